import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { clientFormValues, seedClient, seedEmployer } from '@/db/queries/client-test-fixtures';
import { clients, employerContacts } from '@/db/schema';
import type { Actor } from '@/lib/auth/guards';
import { createClient } from '@/lib/caseload/service';
import { addContact, updateContactDetails } from '@/lib/employers/service';
import { createPractice } from '@/lib/testing/fixtures';
import { heldTransaction, lockWaiters } from '@/lib/testing/locks';

// A client's manager must be a contact with the manager role. Both sides check it before their transaction; these
// tests let the other side write in between (committed while this side waits), so only the check under lock can hold.

type Claims = Awaited<ReturnType<typeof createPractice>>;
const asActor = (claims: Claims): Actor => ({ ...claims, name: 'Cas Coach', locale: 'nl' });
const henk = { name: 'Henk', role: 'manager' as const, email: '', phone: '', locale: 'nl' as const };

const managedBy = (contactId: string) => getDb().select().from(clients).where(eq(clients.managerContactId, contactId));

describe('a contact made HR while a client is saved with them as manager', () => {
  it('the demotion first: the new client is refused, not saved with an HR manager', async () => {
    const owner = await createPractice();
    const { employer, manager } = await seedEmployer(owner.practiceId);
    const demotion = await heldTransaction((tx) =>
      tx.update(employerContacts).set({ role: 'hr' }).where(eq(employerContacts.id, manager.id)),
    );
    const saving = createClient(asActor(owner), clientFormValues(owner.userId, { employerId: employer.id, managerContactId: manager.id }));
    await lockWaiters(1);
    await demotion.commit();
    expect(await saving).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { managerContactId: 'clients.validation.managerNotManager' },
    });
    expect(await managedBy(manager.id)).toEqual([]);
  });

  it('the client first: the demotion is refused, the contact stays the manager', async () => {
    const owner = await createPractice();
    const { employer } = await seedEmployer(owner.practiceId);
    const added = await addContact(asActor(owner), employer.id, henk);
    const henkId = added.ok ? added.data.id : '';
    const client = await seedClient(owner.practiceId, owner.userId, { employerId: employer.id });
    // As the client's save does it: the contact held, then the client pointed at them.
    const save = await heldTransaction(async (tx) => {
      await tx.select().from(employerContacts).where(eq(employerContacts.id, henkId)).for('share');
      await tx.update(clients).set({ managerContactId: henkId }).where(eq(clients.id, client.id));
    });
    const demoting = updateContactDetails(asActor(owner), employer.id, henkId, 1, { ...henk, role: 'hr' });
    await lockWaiters(1);
    await save.commit();
    expect(await demoting).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { role: 'employers.validation.contactInUse' },
      params: { count: 1 },
    });
    const [row] = await getDb().select().from(employerContacts).where(eq(employerContacts.id, henkId));
    expect(row).toMatchObject({ role: 'manager', version: 1 });
  });
});
