import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createShareAction, revokeShareAction } from '@/app/(coach)/clients/[clientId]/plan/actions';
import { removeContactAction } from '@/app/(coach)/employers/actions';
import { getDb } from '@/db/client';
import { isForeignKeyViolation } from '@/db/errors';
import { seedClient, seedEmployer, timelineKinds } from '@/db/queries/client-test-fixtures';
import { clientsSharedWith } from '@/db/queries/employer-contacts';
import { clients, consents, employerContacts, employers, planEmployerActions, planShareOpenings, planShares, practices } from '@/db/schema';
import type { Actor } from '@/lib/auth/guards';
import { CONSENT_TEXT_VERSIONS } from '@/lib/caseload/consent-state';
import { removeContact } from '@/lib/employers/service';
import { actAs, addCoach, auditFor, createPractice } from '@/lib/testing/fixtures';

// The race test below makes the service's own share check miss once, as if the share were made right after it.
vi.mock('@/db/queries/employer-contacts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/db/queries/employer-contacts')>();
  return { ...actual, clientsSharedWith: vi.fn(actual.clientsSharedWith) };
});

beforeEach(() => actAs(null));

type Claims = Awaited<ReturnType<typeof createPractice>>;
const asActor = (claims: Claims): Actor => ({ ...claims, name: 'Cas Coach', locale: 'nl' });
const db = () => getDb();

const hasShares = (count: number) => ({
  ok: false,
  error: 'validation',
  fieldErrors: { contactId: 'employers.validation.contactHasShares' },
  params: { count },
});

const colleagueHasShares = {
  ok: false,
  error: 'validation',
  fieldErrors: { contactId: 'employers.validation.contactHasSharesOfColleague' },
};

/** A client whose plan is shared with an HR contact, who opened it and commented through the link. */
async function sharedWithHr() {
  const owner = await createPractice('Praktijk Deellinks');
  const { employer, manager } = await seedEmployer(owner.practiceId, 'Bouwbedrijf Zuid');
  const client = await seedClient(owner.practiceId, owner.userId, { employerId: employer.id, managerContactId: manager.id });
  const [hr] = await db()
    .insert(employerContacts)
    .values({ practiceId: owner.practiceId, employerId: employer.id, name: 'Hanna HR', role: 'hr', email: 'hanna@werkgever.test' })
    .returning();
  await db().insert(consents).values({
    practiceId: owner.practiceId,
    clientId: client.id,
    kind: 'employer_sharing',
    action: 'given',
    textVersion: CONSENT_TEXT_VERSIONS.employer_sharing,
    recordedBy: owner.userId,
  });
  actAs(owner);
  const shared = await createShareAction({ clientId: client.id, contactId: hr!.id, sendMail: false });
  if (!shared.ok) throw new Error(`share failed: ${JSON.stringify(shared)}`);
  actAs(null);
  const shareId = shared.data.shareId;
  await db().insert(planShareOpenings).values({ practiceId: owner.practiceId, clientId: client.id, shareId });
  await db()
    .insert(planEmployerActions)
    .values([
      { practiceId: owner.practiceId, clientId: client.id, shareId, kind: 'confirmed' },
      { practiceId: owner.practiceId, clientId: client.id, shareId, kind: 'comment', comment: 'Akkoord, we plannen een gesprek.' },
    ]);
  return { owner, employer, manager, client, hr: hr!, shareId };
}

/** Everything the share left behind: the contact, the share, its openings and the employer's actions. */
async function history(contactId: string, shareId: string) {
  return {
    contact: await db().select().from(employerContacts).where(eq(employerContacts.id, contactId)),
    share: await db().select().from(planShares).where(eq(planShares.id, shareId)),
    openings: await db().select().from(planShareOpenings).where(eq(planShareOpenings.shareId, shareId)),
    actions: await db().select().from(planEmployerActions).where(eq(planEmployerActions.shareId, shareId)),
  };
}

const removedAudits = async (practiceId: string) =>
  (await auditFor(practiceId)).filter((entry) => entry.action === 'employer.contact_removed');

describe('removing an employer contact keeps the client history of its share links', () => {
  it('refuses to remove an HR contact with a share link and deletes nothing', async () => {
    const { owner, employer, client, hr, shareId } = await sharedWithHr();
    const before = await history(hr.id, shareId);
    expect(before.share).toHaveLength(1);
    expect(before.openings).toHaveLength(1);
    expect(before.actions).toHaveLength(2);
    const timelineBefore = await timelineKinds(owner.practiceId, client.id);

    actAs(owner);
    expect(await removeContactAction({ employerId: employer.id, contactId: hr.id })).toEqual(hasShares(1));
    expect(await history(hr.id, shareId)).toEqual(before);
    expect(await timelineKinds(owner.practiceId, client.id)).toEqual(timelineBefore);
    expect(await removedAudits(owner.practiceId)).toEqual([]);
  });

  it('refuses for a revoked link and for a former manager too, counting the clients and not the links', async () => {
    const { owner, employer, manager, client, hr, shareId } = await sharedWithHr();
    actAs(owner);
    expect((await revokeShareAction({ shareId })).ok).toBe(true);
    // The manager gets two links for the client (the first revoked before the second), then the client moves on.
    const first = await createShareAction({ clientId: client.id, contactId: manager.id, sendMail: false });
    if (!first.ok) throw new Error(JSON.stringify(first));
    expect((await revokeShareAction({ shareId: first.data.shareId })).ok).toBe(true);
    expect((await createShareAction({ clientId: client.id, contactId: manager.id, sendMail: false })).ok).toBe(true);
    const [successor] = await db()
      .insert(employerContacts)
      .values({ practiceId: owner.practiceId, employerId: employer.id, name: 'Nina Nieuw', role: 'manager' })
      .returning();
    await db().update(clients).set({ managerContactId: successor!.id }).where(eq(clients.id, client.id));

    expect(await removeContact(asActor(owner), employer.id, hr.id)).toEqual(hasShares(1));
    expect(await removeContact(asActor(owner), employer.id, manager.id)).toEqual(hasShares(1));
    expect(await db().select().from(planShares).where(eq(planShares.clientId, client.id))).toHaveLength(3);
    expect((await history(hr.id, shareId)).contact).toHaveLength(1);
  });

  it('refuses a coach who only sees their own clients for a link with a colleague’s client, without counting them', async () => {
    const { owner, employer, hr, shareId } = await sharedWithHr();
    await db().update(practices).set({ coachVisibility: 'assigned' }).where(eq(practices.id, owner.practiceId));
    const colleague = await addCoach(owner.practiceId);
    const before = await history(hr.id, shareId);
    // Not "a share link for the plan of 1 client … revoke it on the client’s plan": a plan this coach cannot open.
    expect(await removeContact(asActor(colleague), employer.id, hr.id)).toEqual(colleagueHasShares);
    expect(await history(hr.id, shareId)).toEqual(before);
    // A link for one of their own clients besides: still the colleague’s client holds on to the contact, still no number.
    const own = await seedClient(owner.practiceId, colleague.userId, { employerId: employer.id }, { sharing: true });
    actAs(colleague);
    expect((await createShareAction({ clientId: own.id, contactId: hr.id, sendMail: false })).ok).toBe(true);
    expect(await removeContactAction({ employerId: employer.id, contactId: hr.id })).toEqual(colleagueHasShares);
    // The owner sees every client: the count, and the advice they can follow.
    actAs(owner);
    expect(await removeContactAction({ employerId: employer.id, contactId: hr.id })).toEqual(hasShares(2));
    // Once the practice lets every coach see every client, the coach gets the count too.
    await db().update(practices).set({ coachVisibility: 'all' }).where(eq(practices.id, owner.practiceId));
    expect(await removeContact(asActor(colleague), employer.id, hr.id)).toEqual(hasShares(2));
  });

  it('counts for a coach who only sees their own clients when every client with a link is theirs', async () => {
    const { owner, employer, manager } = await sharedWithHr();
    await db().update(practices).set({ coachVisibility: 'assigned' }).where(eq(practices.id, owner.practiceId));
    const colleague = await addCoach(owner.practiceId);
    const [contact] = await db()
      .insert(employerContacts)
      .values({ practiceId: owner.practiceId, employerId: employer.id, name: 'Hilde HR', role: 'hr' })
      .returning();
    const own = await seedClient(
      owner.practiceId,
      colleague.userId,
      { employerId: employer.id, managerContactId: manager.id },
      { sharing: true },
    );
    actAs(colleague);
    expect((await createShareAction({ clientId: own.id, contactId: contact!.id, sendMail: false })).ok).toBe(true);
    expect(await removeContactAction({ employerId: employer.id, contactId: contact!.id })).toEqual(hasShares(1));
  });

  it('still removes a contact who never had a share link', async () => {
    const { owner, employer, hr, shareId } = await sharedWithHr();
    const [unused] = await db()
      .insert(employerContacts)
      .values({ practiceId: owner.practiceId, employerId: employer.id, name: 'Henk HR', role: 'hr', email: 'henk@werkgever.test' })
      .returning();
    const before = await history(hr.id, shareId);
    actAs(owner);
    expect(await removeContactAction({ employerId: employer.id, contactId: unused!.id })).toEqual({ ok: true, data: null });
    expect(await db().select().from(employerContacts).where(eq(employerContacts.id, unused!.id))).toEqual([]);
    expect(await history(hr.id, shareId)).toEqual(before);
    expect(await removedAudits(owner.practiceId)).toHaveLength(1);
  });

  it('answers with the same message, not a server error, when a link is made between the check and the delete', async () => {
    const { owner, employer, hr, shareId } = await sharedWithHr();
    const before = await history(hr.id, shareId);
    vi.mocked(clientsSharedWith).mockClear().mockResolvedValueOnce({ total: 0, visible: 0 });
    expect(await removeContact(asActor(owner), employer.id, hr.id)).toEqual(hasShares(1));
    // The check missed the link, the database refused the delete, and the second look found it.
    expect(clientsSharedWith).toHaveBeenCalledTimes(2);
    expect(await history(hr.id, shareId)).toEqual(before);
    expect(await removedAudits(owner.practiceId)).toEqual([]);
  });
});

describe('the database keeps share links when their contact or employer goes', () => {
  const refusal = async (statement: Promise<unknown>) => {
    const error = await statement.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isForeignKeyViolation(error)).toBe(true);
  };

  it('refuses to delete a contact with a share link', async () => {
    const { hr, shareId } = await sharedWithHr();
    const before = await history(hr.id, shareId);
    await refusal(db().delete(employerContacts).where(eq(employerContacts.id, hr.id)).execute());
    expect(await history(hr.id, shareId)).toEqual(before);
  });

  it('refuses to delete an employer whose contact has a share link, even once no client is linked to it', async () => {
    const { owner, client, employer, hr, shareId } = await sharedWithHr();
    const { employer: next } = await seedEmployer(owner.practiceId, 'Nieuwe werkgever');
    await db().update(clients).set({ employerId: next.id, managerContactId: null }).where(eq(clients.id, client.id));
    const before = await history(hr.id, shareId);
    await refusal(db().delete(employers).where(eq(employers.id, employer.id)).execute());
    expect(await history(hr.id, shareId)).toEqual(before);
    expect(await db().select().from(employers).where(eq(employers.id, employer.id))).toHaveLength(1);
  });

  it('still erases a client with its share links, and a whole practice', async () => {
    const { owner, client, hr, shareId } = await sharedWithHr();
    await db().delete(clients).where(eq(clients.id, client.id));
    expect(await history(hr.id, shareId)).toMatchObject({ contact: [{ id: hr.id }], share: [], openings: [], actions: [] });
    const other = await sharedWithHr();
    await db().execute(sql`delete from practices where id = ${other.owner.practiceId}`);
    expect(await history(other.hr.id, other.shareId)).toEqual({ contact: [], share: [], openings: [], actions: [] });
    expect(owner.practiceId).not.toBe(other.owner.practiceId);
  });
});
