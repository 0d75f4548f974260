import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient, seedEmployer } from '@/db/queries/client-test-fixtures';
import { clients, employerContacts, employers } from '@/db/schema';
import { actAs, addCoach, auditFor, createPractice } from '@/lib/testing/fixtures';
import { createContactAction, createEmployerAction, removeContactAction, updateContactAction, updateEmployerAction } from './actions';

beforeEach(() => actAs(null));

const contact = (employerId: string, extra: Record<string, unknown> = {}) => ({
  employerId,
  requestId: randomUUID(),
  name: 'Henk de Leidinggevende',
  role: 'manager' as const,
  email: 'henk@werkgever.test',
  phone: '030 123 4567',
  locale: 'nl' as const,
  ...extra,
});

describe('employers', () => {
  it('creates and edits an employer with optimistic concurrency', async () => {
    const owner = await createPractice();
    actAs(owner);
    const created = await createEmployerAction({ requestId: randomUUID(), name: 'Gemeente Voorbeeld', address: 'Markt 1', notes: '' });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data.id : '';
    expect(
      await updateEmployerAction({ employerId: id, version: 1, name: 'Gemeente Voorbeeldstad', address: 'Markt 1', notes: '' }),
    ).toEqual({
      ok: true,
      data: { version: 2 },
    });
    expect(await updateEmployerAction({ employerId: id, version: 1, name: 'Te laat', address: '', notes: '' })).toEqual({
      ok: false,
      error: 'stale',
    });
    const [row] = await getDb().select().from(employers).where(eq(employers.id, id));
    expect(row).toMatchObject({ name: 'Gemeente Voorbeeldstad', version: 2 });
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toEqual(['employer.created', 'employer.updated']);
  });

  it('makes the employer once when the same form is sent again (its answer lost on the way back)', async () => {
    const owner = await createPractice();
    actAs(owner);
    const requestId = randomUUID();
    const send = () => createEmployerAction({ requestId, name: 'Bouwbedrijf De Vries', address: '', notes: '' });
    const [first, second] = await Promise.all([send(), send()]);
    expect(first).toEqual({ ok: true, data: { id: requestId } });
    expect(second).toEqual(first);
    expect(await send()).toEqual(first);
    expect((await getDb().select().from(employers).where(eq(employers.practiceId, owner.practiceId))).map((e) => e.name)).toEqual([
      'Bouwbedrijf De Vries',
    ]);
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toEqual(['employer.created']);
    // The id with another name (the form changed before it was sent again): that employer is made too.
    const renamed = await createEmployerAction({ requestId, name: 'Zorggroep Noord', address: '', notes: '' });
    expect(renamed).toMatchObject({ ok: true });
    expect(renamed.ok && renamed.data.id).not.toBe(requestId);
    expect(await getDb().select().from(employers).where(eq(employers.practiceId, owner.practiceId))).toHaveLength(2);
    // Another practice's form with the same id makes its own employer: ids are per practice.
    const other = await createPractice();
    actAs(other);
    expect(await send()).toEqual(first);
    expect(await getDb().select().from(employers).where(eq(employers.practiceId, other.practiceId))).toHaveLength(1);
  });

  it('refuses a second employer with the same name, whatever its case, on creating and on renaming', async () => {
    const owner = await createPractice();
    actAs(owner);
    const first = await createEmployerAction({ requestId: randomUUID(), name: 'Gemeente Utrecht', address: '', notes: '' });
    const other = await createEmployerAction({ requestId: randomUUID(), name: 'Gemeente Zeist', address: '', notes: '' });
    const taken = { ok: false, error: 'validation', fieldErrors: { name: 'employers.validation.nameTaken' } };
    expect(await createEmployerAction({ requestId: randomUUID(), name: 'gemeente UTRECHT', address: '', notes: '' })).toEqual(taken);
    // Accents and their capitals too (PostgreSQL's lower() leaves Ö alone under the C locale).
    await createEmployerAction({ requestId: randomUUID(), name: 'Özdemir Bouw', address: '', notes: '' });
    expect(await createEmployerAction({ requestId: randomUUID(), name: 'OZDEMIR BOUW', address: '', notes: '' })).toEqual(taken);
    expect(await createEmployerAction({ requestId: randomUUID(), name: 'ÖZDEMIR BOUW', address: '', notes: '' })).toEqual(taken);
    const otherId = other.ok ? other.data.id : '';
    expect(await updateEmployerAction({ employerId: otherId, version: 1, name: 'Gemeente Utrecht', address: '', notes: '' })).toEqual(
      taken,
    );
    // Its own name, another case or address: not another employer's.
    const firstId = first.ok ? first.data.id : '';
    expect(
      await updateEmployerAction({ employerId: firstId, version: 1, name: 'Gemeente utrecht', address: 'Stadsplateau 1', notes: '' }),
    ).toEqual({
      ok: true,
      data: { version: 2 },
    });
    const names = (await getDb().select().from(employers).where(eq(employers.practiceId, owner.practiceId))).map((e) => e.name).sort();
    expect(names).toEqual(['Gemeente Zeist', 'Gemeente utrecht', 'Özdemir Bouw']);
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toEqual([
      'employer.created',
      'employer.created',
      'employer.created',
      'employer.updated',
    ]);
    // Two coaches creating the same name at once: one employer.
    const same = () => createEmployerAction({ requestId: randomUUID(), name: 'Bouwbedrijf Tegelijk', address: '', notes: '' });
    const both = await Promise.all([same(), same()]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.filter((r) => !r.ok)).toEqual([taken]);
    // Two employers saved under one name before this check existed stay editable (the name is checked only when it changes).
    const [twin] = await getDb()
      .insert(employers)
      .values({ practiceId: owner.practiceId, name: 'Gemeente Zeist' })
      .returning({ id: employers.id });
    expect(
      await updateEmployerAction({ employerId: twin!.id, version: 1, name: 'Gemeente Zeist', address: 'Slotlaan 6', notes: '' }),
    ).toEqual({
      ok: true,
      data: { version: 2 },
    });
    // Another practice may have its own "Gemeente Utrecht".
    actAs(await createPractice());
    expect(await createEmployerAction({ requestId: randomUUID(), name: 'Gemeente Utrecht', address: '', notes: '' })).toMatchObject({
      ok: true,
    });
  });

  it('gives a field message for a missing name and writes nothing', async () => {
    const owner = await createPractice();
    actAs(owner);
    expect(await createEmployerAction({ requestId: randomUUID(), name: ' ', address: '', notes: '' })).toMatchObject({
      fieldErrors: { name: 'validation.required' },
    });
    expect(await getDb().select().from(employers).where(eq(employers.practiceId, owner.practiceId))).toEqual([]);
  });

  it('is not found for a coach of another practice', async () => {
    const owner = await createPractice();
    const { employer, manager } = await seedEmployer(owner.practiceId);
    actAs(await createPractice());
    expect(await updateEmployerAction({ employerId: employer.id, version: 1, name: 'Gekaapt', address: '', notes: '' })).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(await createContactAction(contact(employer.id))).toEqual({ ok: false, error: 'not_found' });
    expect(await updateContactAction({ ...contact(employer.id), contactId: manager.id, version: 1 })).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(await removeContactAction({ employerId: employer.id, contactId: manager.id })).toEqual({ ok: false, error: 'not_found' });
    const [row] = await getDb().select().from(employers).where(eq(employers.id, employer.id));
    expect(row!.name).toBe('Zorggroep Test');
  });
});

describe('employer contacts', () => {
  it('adds, edits and removes a contact', async () => {
    const owner = await createPractice();
    const { employer } = await seedEmployer(owner.practiceId);
    actAs(owner);
    const added = await createContactAction(contact(employer.id, { role: 'company_doctor', name: 'Dr. Bos', email: '' }));
    expect(added.ok).toBe(true);
    const contactId = added.ok ? added.data.id : '';
    expect(
      await updateContactAction({
        ...contact(employer.id, { role: 'company_doctor', name: 'Dr. A. Bos', locale: 'en' }),
        contactId,
        version: 1,
      }),
    ).toEqual({
      ok: true,
      data: { version: 2 },
    });
    const [row] = await getDb().select().from(employerContacts).where(eq(employerContacts.id, contactId));
    expect(row).toMatchObject({ name: 'Dr. A. Bos', role: 'company_doctor', locale: 'en', version: 2 });
    expect(await removeContactAction({ employerId: employer.id, contactId })).toEqual({ ok: true, data: null });
    expect(await getDb().select().from(employerContacts).where(eq(employerContacts.id, contactId))).toEqual([]);
  });

  it('adds a contact once when the same form is sent again (its answer lost); its id under another employer is refused', async () => {
    const owner = await createPractice();
    const { employer } = await seedEmployer(owner.practiceId);
    const other = await seedEmployer(owner.practiceId, 'Ander bedrijf');
    actAs(owner);
    const requestId = randomUUID();
    const [first, second] = await Promise.all([
      createContactAction(contact(employer.id, { requestId })),
      createContactAction(contact(employer.id, { requestId })),
    ]);
    expect(first).toEqual({ ok: true, data: { id: requestId } });
    expect(second).toEqual(first);
    expect(await createContactAction(contact(other.employer.id, { requestId }))).toEqual({ ok: false, error: 'stale' });
    const rows = await getDb().select().from(employerContacts).where(eq(employerContacts.id, requestId));
    expect(rows.map((r) => r.employerId)).toEqual([employer.id]);
    expect((await auditFor(owner.practiceId)).filter((a) => a.action === 'employer.contact_added')).toHaveLength(1);
    // The id with another name (the form changed before it was sent again): that contact is added too.
    const next = await createContactAction(contact(employer.id, { requestId, name: 'Ingrid van HR', role: 'hr' }));
    expect(next).toMatchObject({ ok: true });
    expect(next.ok && next.data.id).not.toBe(requestId);
  });

  it('refuses a bad email or phone, and removing the manager of a client', async () => {
    const owner = await createPractice();
    const { employer, manager } = await seedEmployer(owner.practiceId);
    await seedClient(owner.practiceId, owner.userId, { employerId: employer.id, managerContactId: manager.id });
    actAs(owner);
    expect(await createContactAction(contact(employer.id, { email: 'henk@', phone: '12' }))).toMatchObject({
      fieldErrors: { email: 'validation.email', phone: 'clients.validation.phone' },
    });
    expect(await removeContactAction({ employerId: employer.id, contactId: manager.id })).toMatchObject({
      error: 'validation',
      fieldErrors: { contactId: 'employers.validation.contactInUse' },
      params: { count: 1 },
    });
    expect(await getDb().select().from(employerContacts).where(eq(employerContacts.employerId, employer.id))).toHaveLength(1);
  });

  it('keeps a client’s manager a manager until that client has another; a contact who manages nobody may change role', async () => {
    const owner = await createPractice();
    const { employer, manager } = await seedEmployer(owner.practiceId);
    const client = await seedClient(owner.practiceId, owner.userId, { employerId: employer.id, managerContactId: manager.id });
    actAs(owner);
    const asHr = { ...contact(employer.id, { role: 'hr' }), contactId: manager.id, version: 1 };
    expect(await updateContactAction(asHr)).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { role: 'employers.validation.contactInUse' },
      params: { count: 1 },
    });
    const [kept] = await getDb().select().from(employerContacts).where(eq(employerContacts.id, manager.id));
    expect(kept).toMatchObject({ role: 'manager', version: 1 });
    await getDb().update(clients).set({ managerContactId: null }).where(eq(clients.id, client.id));
    expect(await updateContactAction(asHr)).toEqual({ ok: true, data: { version: 2 } });
  });

  it('does not move a contact to another employer by editing', async () => {
    const owner = await createPractice();
    const a = await seedEmployer(owner.practiceId, 'A');
    const b = await seedEmployer(owner.practiceId, 'B');
    actAs(owner);
    expect(await updateContactAction({ ...contact(b.employer.id), contactId: a.manager.id, version: 1 })).toEqual({
      ok: false,
      error: 'not_found',
    });
  });

  it('refuses the second of two coaches editing the same version of a contact, and keeps the first edit', async () => {
    const owner = await createPractice();
    const { employer, manager } = await seedEmployer(owner.practiceId);
    actAs(owner);
    expect(await updateContactAction({ ...contact(employer.id, { name: 'Henk (eerste)' }), contactId: manager.id, version: 1 })).toEqual({
      ok: true,
      data: { version: 2 },
    });
    actAs(await addCoach(owner.practiceId));
    expect(await updateContactAction({ ...contact(employer.id, { name: 'Henk (tweede)' }), contactId: manager.id, version: 1 })).toEqual({
      ok: false,
      error: 'stale',
    });
    const [row] = await getDb().select().from(employerContacts).where(eq(employerContacts.id, manager.id));
    expect(row).toMatchObject({ name: 'Henk (eerste)', version: 2 });
    expect((await auditFor(owner.practiceId)).filter((a) => a.action === 'employer.contact_updated')).toHaveLength(1);
  });

  it('refuses a contact edit without the version the coach saw', async () => {
    const owner = await createPractice();
    const { employer, manager } = await seedEmployer(owner.practiceId);
    actAs(owner);
    expect(await updateContactAction({ ...contact(employer.id), contactId: manager.id } as never)).toMatchObject({
      ok: false,
      error: 'validation',
      fieldErrors: { version: 'validation.invalid' },
    });
  });
});

describe('employer list', () => {
  it("counts contacts and current clients per employer, limited to the coach's own when restricted", async () => {
    const { pageEmployers } = await import('@/db/queries/employers');
    const listEmployers = async (practiceId: string, opts = {}) => (await pageEmployers(practiceId, opts, { limit: 10, offset: 0 })).rows;
    const owner = await createPractice();
    const { employer, manager } = await seedEmployer(owner.practiceId, 'Gemeente Voorbeeld');
    await seedEmployer(owner.practiceId, 'Bakkerij Noord');
    await seedClient(owner.practiceId, owner.userId, { employerId: employer.id, managerContactId: manager.id });
    await seedClient(owner.practiceId, owner.userId, { employerId: employer.id, archivedAt: new Date(), status: 'closed' });
    expect(await listEmployers(owner.practiceId)).toEqual([
      expect.objectContaining({ name: 'Bakkerij Noord', contacts: 1, clients: 0 }),
      expect.objectContaining({ name: 'Gemeente Voorbeeld', contacts: 1, clients: 1 }),
    ]);
    expect(await listEmployers(owner.practiceId, { q: 'gemeente', coachId: 'e0000000-0000-4000-8000-000000000000' })).toEqual([
      expect.objectContaining({ name: 'Gemeente Voorbeeld', clients: 0 }),
    ]);
  });
});
