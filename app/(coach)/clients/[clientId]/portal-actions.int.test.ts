import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { requestPortalLinkAction } from '@/app/portal/actions';
import { getDb } from '@/db/client';
import { seedClient, timelineKinds } from '@/db/queries/client-test-fixtures';
import { listQueuedMails } from '@/db/queries/outbox';
import { clients, portalLinkRequests, portalLinks, practices, rateLimits } from '@/db/schema';
import { portalEmailKey } from '@/lib/portal/rules';
import { consumePortalLink } from '@/lib/portal/service';
import { actAs, addCoach, auditFor, createPractice, linkInMail, outboxFor } from '@/lib/testing/fixtures';
import { portalSignInUrl } from '@/lib/urls';
import { mailPortalLinkAction } from './portal-actions';

beforeEach(async () => {
  actAs(null);
  // The portal's own request (one test uses it) counts per IP too: each test starts clean.
  await getDb().delete(rateLimits);
});

async function setup() {
  const owner = await createPractice('Praktijk Veerkracht');
  const email = `eva-${Math.random().toString(36).slice(2)}@example.test`;
  const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'Eva', email, status: 'active' });
  actAs(owner);
  return { owner, client, email };
}

const linksOf = (practiceId: string) => getDb().select().from(portalLinks).where(eq(portalLinks.practiceId, practiceId));
const requestsOf = (email: string) =>
  getDb()
    .select()
    .from(portalLinkRequests)
    .where(eq(portalLinkRequests.emailKey, portalEmailKey(email)));

/** The address's earlier link requests move two minutes back: the next one is a new request, not a double tap. */
const twoMinutesLater = (email: string) =>
  getDb()
    .update(portalLinkRequests)
    .set({ createdAt: sql`${portalLinkRequests.createdAt} - interval '2 minutes'` })
    .where(eq(portalLinkRequests.emailKey, portalEmailKey(email)));

/** Nothing went out for this practice: no mail queued or kept, no link issued, no request counted, no entry. */
async function expectNothingSent(practiceId: string, email: string) {
  expect(await listQueuedMails(practiceId)).toEqual([]);
  expect(await outboxFor(practiceId)).toEqual([]);
  expect(await linksOf(practiceId)).toEqual([]);
  expect(await requestsOf(email)).toEqual([]);
  expect((await auditFor(practiceId)).map((a) => a.action)).not.toContain('portal.link_sent');
}

describe('the coach mails a client the portal sign-in link', () => {
  it('queues one mail to the client, the portal’s own sign-in mail, whose link signs them in to the portal home', async () => {
    const { owner, client, email } = await setup();
    expect(await mailPortalLinkAction({ clientId: client.id })).toEqual({ ok: true, data: { to: email, repeat: false } });

    // Queued in the change's transaction, sent by the worker after it.
    expect((await listQueuedMails(owner.practiceId)).map((m) => m.to)).toEqual([email]);
    const mails = await outboxFor(owner.practiceId);
    expect(mails).toHaveLength(1);
    // The mail the portal's "send me a link" sends: its subject, and the sign-in page's address for a next link.
    expect(mails[0]).toMatchObject({ to: email, subject: 'Je aanmeldlink voor het cliëntportaal van Praktijk Veerkracht' });
    expect(mails[0]!.text).toContain('Beste Eva,');
    // Often the client's first mail: who sends it and what the portal is for, on the practice's behalf (no "ignore it").
    expect(mails[0]!.text).toContain('van Praktijk Veerkracht stuurt je de link naar je cliëntportaal. Daar vul je je huiswerk in');
    expect(mails[0]!.text).toContain('namens Praktijk Veerkracht.');
    expect(mails[0]!.text).not.toContain('negeren');
    expect(mails[0]!.text).toContain(`vraag een nieuwe link aan: ${portalSignInUrl('nl')}`);
    expect(mails[0]!.clientId).toBe(client.id);

    const link = await linkInMail(owner.practiceId, email);
    expect(link).toMatch(/^\/portal\/auth\/[^/]+$/);
    const token = decodeURIComponent(link.split('/')[3]!);
    expect(await consumePortalLink(token)).toMatchObject({ ok: true, data: { redirectTo: '/portal', locale: 'nl' } });

    // Audited as the coach's; no line on the client's timeline (the client's own request has none either).
    const entries = (await auditFor(owner.practiceId)).filter((a) => a.action === 'portal.link_sent');
    expect(entries).toEqual([
      expect.objectContaining({ actorKind: 'coach', actorUserId: owner.userId, entityType: 'client', entityId: client.id }),
    ]);
    expect(await timelineKinds(owner.practiceId, client.id)).toEqual([]);
    // Counted among the address's link requests, as the client's own are.
    expect(await requestsOf(email)).toHaveLength(1);
  });

  it('is not found for a coach of another practice and for a colleague who may not see the client: nothing is sent', async () => {
    const { owner, client, email } = await setup();
    const stranger = await createPractice('Praktijk Elders');
    actAs(stranger);
    expect(await mailPortalLinkAction({ clientId: client.id })).toEqual({ ok: false, error: 'not_found' });

    await getDb().update(practices).set({ coachVisibility: 'assigned' }).where(eq(practices.id, owner.practiceId));
    const colleague = await addCoach(owner.practiceId);
    actAs(colleague);
    expect(await mailPortalLinkAction({ clientId: client.id })).toEqual({ ok: false, error: 'not_found' });
    expect(await mailPortalLinkAction({ clientId: 'not-an-id' })).toMatchObject({ ok: false, error: 'validation' });
    actAs(null);
    expect(await mailPortalLinkAction({ clientId: client.id })).toEqual({ ok: false, error: 'unauthenticated' });

    await expectNothingSent(owner.practiceId, email);
    await expectNothingSent(stranger.practiceId, email);
  });

  it('refuses, saying why, where the portal is not open to the client: closed, archived, no address', async () => {
    const { owner, client, email } = await setup();
    const set = (values: Partial<typeof clients.$inferInsert>) => getDb().update(clients).set(values).where(eq(clients.id, client.id));

    await set({ status: 'closed', closedOn: '2026-11-30' });
    expect(await mailPortalLinkAction({ clientId: client.id })).toEqual({
      ok: false,
      error: 'account_inactive',
      fieldErrors: { _form: 'clients.portal.errors.closed' },
    });
    await set({ archivedAt: new Date() });
    expect(await mailPortalLinkAction({ clientId: client.id })).toEqual({
      ok: false,
      error: 'account_inactive',
      fieldErrors: { _form: 'clients.portal.errors.archived' },
    });
    await expectNothingSent(owner.practiceId, email);

    await set({ status: 'active', closedOn: null, archivedAt: null, email: '' });
    expect(await mailPortalLinkAction({ clientId: client.id })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { _form: 'clients.portal.errors.noEmail' },
    });
    await expectNothingSent(owner.practiceId, '');
  });

  it('keeps to the address’s limits, the client’s own requests counted with the coach’s', async () => {
    const { owner, client, email } = await setup();
    const send = () => mailPortalLinkAction({ clientId: client.id });
    expect(await send()).toEqual({ ok: true, data: { to: email, repeat: false } });
    // A double tap: the link is on its way; no second mail, no second place under the limits.
    expect(await send()).toEqual({ ok: true, data: { to: email, repeat: true } });
    expect(await outboxFor(owner.practiceId)).toHaveLength(1);
    expect(await requestsOf(email)).toHaveLength(1);

    // The client asks once themselves, the coach once more: three in a quarter-hour.
    await twoMinutesLater(email);
    expect(await requestPortalLinkAction({ email })).toEqual({ ok: true, data: null });
    await twoMinutesLater(email);
    expect((await send()).ok).toBe(true);
    await twoMinutesLater(email);
    expect(await send()).toEqual({
      ok: false,
      error: 'rate_limited',
      params: { minutes: 15 },
      fieldErrors: { _form: 'clients.portal.errors.rateLimited' },
    });
    expect(await outboxFor(owner.practiceId)).toHaveLength(3);
    expect((await auditFor(owner.practiceId)).filter((a) => a.action === 'portal.link_sent')).toHaveLength(2);

    // Ten in the last day (the earliest 20 hours ago): the next is free in about four hours.
    await getDb()
      .delete(portalLinkRequests)
      .where(eq(portalLinkRequests.emailKey, portalEmailKey(email)));
    await getDb()
      .insert(portalLinkRequests)
      .values(
        Array.from({ length: 10 }, (_, i) => ({
          emailKey: portalEmailKey(email),
          createdAt: new Date(Date.now() - (20 - i) * 3_600_000),
        })),
      );
    expect(await send()).toEqual({
      ok: false,
      error: 'rate_limited',
      params: { hours: 4 },
      fieldErrors: { _form: 'clients.portal.errors.rateLimitedHours' },
    });
    expect(await outboxFor(owner.practiceId)).toHaveLength(3);
  });
});
