import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient, seedEmployer } from '@/db/queries/client-test-fixtures';
import { clients, employerContacts, employers, practices } from '@/db/schema';
import type { Actor } from '@/lib/auth/guards';
import { addCoach, auditFor, createPractice } from '@/lib/testing/fixtures';
import { addContact, removeContact, updateContactDetails, updateEmployerDetails } from './service';

type Claims = Awaited<ReturnType<typeof createPractice>>;
const asActor = (claims: Claims): Actor => ({ ...claims, name: 'Cas Coach', locale: 'nl' });
const henk = { name: 'Henk', role: 'manager' as const, email: '', phone: '', locale: 'nl' as const };
const contactRow = async (id: string) => (await getDb().select().from(employerContacts).where(eq(employerContacts.id, id)))[0];

describe('employer contacts are versioned', () => {
  it('a new contact starts at version 1 and each edit moves it on', async () => {
    const owner = await createPractice();
    const { employer } = await seedEmployer(owner.practiceId);
    const added = await addContact(asActor(owner), employer.id, henk);
    const id = added.ok ? added.data.id : '';
    expect(await contactRow(id)).toMatchObject({ version: 1 });
    expect(await updateContactDetails(asActor(owner), employer.id, id, 1, { ...henk, name: 'Henk de Vries' })).toEqual({
      ok: true,
      data: { version: 2 },
    });
    expect(await updateContactDetails(asActor(owner), employer.id, id, 2, { ...henk, role: 'hr' })).toEqual({
      ok: true,
      data: { version: 3 },
    });
    expect(await contactRow(id)).toMatchObject({ name: 'Henk', role: 'hr', version: 3 });
  });

  it('a stale contact edit is refused and leaves the newer one, without an audit entry of its own', async () => {
    const owner = await createPractice();
    const colleague = await addCoach(owner.practiceId);
    const { employer, manager } = await seedEmployer(owner.practiceId);
    expect((await updateContactDetails(asActor(colleague), employer.id, manager.id, 1, { ...henk, phone: '030 123 4567' })).ok).toBe(true);
    expect(await updateContactDetails(asActor(owner), employer.id, manager.id, 1, { ...henk, email: 'oud@werkgever.test' })).toEqual({
      ok: false,
      error: 'stale',
    });
    expect(await contactRow(manager.id)).toMatchObject({ phone: '030 123 4567', email: '', version: 2 });
    expect((await auditFor(owner.practiceId)).filter((a) => a.action === 'employer.contact_updated')).toHaveLength(1);
  });

  it('two edits of the same version at once: exactly one is saved', async () => {
    const owner = await createPractice();
    const { employer, manager } = await seedEmployer(owner.practiceId);
    const results = await Promise.all(
      ['Eerste', 'Tweede'].map((name) => updateContactDetails(asActor(owner), employer.id, manager.id, 1, { ...henk, name })),
    );
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, data: { version: 2 } }]);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: 'stale' }]);
  });

  it("another practice's contact is not found, whatever version is sent", async () => {
    const owner = await createPractice();
    const { employer, manager } = await seedEmployer(owner.practiceId);
    expect(await updateContactDetails(asActor(await createPractice()), employer.id, manager.id, 1, henk)).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(await contactRow(manager.id)).toMatchObject({ name: 'Marco Manager', version: 1 });
  });
});

describe('employer service', () => {
  it('an employer edit returns the new version and a stale one is refused', async () => {
    const owner = await createPractice();
    const { employer } = await seedEmployer(owner.practiceId);
    const details = { name: 'Zorggroep Noord', address: '', notes: '' };
    expect(await updateEmployerDetails(asActor(owner), employer.id, 1, details)).toEqual({ ok: true, data: { version: 2 } });
    expect(await updateEmployerDetails(asActor(owner), employer.id, 1, { ...details, name: 'Te laat' })).toEqual({
      ok: false,
      error: 'stale',
    });
    expect((await getDb().select().from(employers).where(eq(employers.id, employer.id)))[0]).toMatchObject({
      name: 'Zorggroep Noord',
      version: 2,
    });
  });

  it('removing a contact twice at once removes it once, with one audit entry', async () => {
    const owner = await createPractice();
    const { employer } = await seedEmployer(owner.practiceId);
    const added = await addContact(asActor(owner), employer.id, { ...henk, role: 'hr' });
    const id = added.ok ? added.data.id : '';
    const results = await Promise.all([removeContact(asActor(owner), employer.id, id), removeContact(asActor(owner), employer.id, id)]);
    expect(results).toContainEqual({ ok: true, data: null });
    expect(await contactRow(id)).toBeUndefined();
    expect((await auditFor(owner.practiceId)).filter((a) => a.action === 'employer.contact_removed')).toHaveLength(1);
  });

  it('keeps a contact who manages a client', async () => {
    const owner = await createPractice();
    const { employer, manager } = await seedEmployer(owner.practiceId);
    await seedClient(owner.practiceId, owner.userId, { employerId: employer.id, managerContactId: manager.id });
    expect(await removeContact(asActor(owner), employer.id, manager.id)).toMatchObject({ error: 'validation', params: { count: 1 } });
    expect(await contactRow(manager.id)).toBeDefined();
  });

  it('says so when the clients this contact manages are archived (not on the employer’s page), and keeps the contact', async () => {
    const owner = await createPractice();
    const { employer, manager } = await seedEmployer(owner.practiceId);
    const managed = { employerId: employer.id, managerContactId: manager.id };
    const archived = { ...managed, status: 'closed' as const, closedOn: '2026-01-30', archivedAt: new Date() };
    const refused = (key: string, count: number) => ({
      ok: false,
      error: 'validation',
      fieldErrors: { contactId: `employers.validation.${key}` },
      params: { count },
    });
    await seedClient(owner.practiceId, owner.userId, archived);
    // Not "the manager of 1 client" the page does not show: an archived one, found under Clients → Archived.
    expect(await removeContact(asActor(owner), employer.id, manager.id)).toEqual(refused('contactInUseArchived', 1));
    await seedClient(owner.practiceId, owner.userId, archived);
    expect(await removeContact(asActor(owner), employer.id, manager.id)).toEqual(refused('contactInUseArchived', 2));
    // A current client too: the one the page lists is counted (the archived ones come next).
    await seedClient(owner.practiceId, owner.userId, managed);
    expect(await removeContact(asActor(owner), employer.id, manager.id)).toEqual(refused('contactInUse', 1));
    expect(await contactRow(manager.id)).toBeDefined();
  });

  it('tells a coach who only sees their own clients that a colleague’s client has this manager, without a number', async () => {
    const owner = await createPractice();
    await getDb().update(practices).set({ coachVisibility: 'assigned' }).where(eq(practices.id, owner.practiceId));
    const coach = await addCoach(owner.practiceId);
    const { employer, manager } = await seedEmployer(owner.practiceId);
    await seedClient(owner.practiceId, owner.userId, { employerId: employer.id, managerContactId: manager.id });
    await seedClient(owner.practiceId, owner.userId, { employerId: employer.id, managerContactId: manager.id });
    const colleagues = { ok: false, error: 'validation', fieldErrors: { contactId: 'employers.validation.contactInUseByColleague' } };
    const counted = (count: number) => ({
      ok: false,
      error: 'validation',
      fieldErrors: { contactId: 'employers.validation.contactInUse' },
      params: { count },
    });
    // Not "the manager of 2 clients: choose another manager for those clients": clients this coach cannot open.
    expect(await removeContact(asActor(coach), employer.id, manager.id)).toEqual(colleagues);
    await seedClient(owner.practiceId, coach.userId, { employerId: employer.id, managerContactId: manager.id });
    expect(await removeContact(asActor(coach), employer.id, manager.id)).toEqual(colleagues);
    // The owner sees every client, so the count.
    expect(await removeContact(asActor(owner), employer.id, manager.id)).toEqual(counted(3));
    // Only their own client left with this manager: the coach can follow the advice, so the count again.
    await getDb()
      .update(clients)
      .set({ managerContactId: null })
      .where(and(eq(clients.practiceId, owner.practiceId), eq(clients.coachId, owner.userId)));
    expect(await removeContact(asActor(coach), employer.id, manager.id)).toEqual(counted(1));
    expect(await contactRow(manager.id)).toBeDefined();
  });
});
