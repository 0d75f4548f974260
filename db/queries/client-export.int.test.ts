import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient, seedEmployer } from '@/db/queries/client-test-fixtures';
import { employerContacts } from '@/db/schema';
import { buildClientExport } from '@/lib/caseload/export-document';
import { createPractice } from '@/lib/testing/fixtures';
import { loadClientExport } from './client-export';

describe("the client's data export", () => {
  it('names their manager as a share link names its recipient, without the contact’s phone number or language', async () => {
    const owner = await createPractice();
    const { employer, manager } = await seedEmployer(owner.practiceId);
    await getDb().update(employerContacts).set({ phone: '0611223344', locale: 'en' }).where(eq(employerContacts.id, manager.id));
    const client = await seedClient(owner.practiceId, owner.userId, { employerId: employer.id, managerContactId: manager.id });

    const input = await loadClientExport(owner.practiceId, client.id);
    const who = { name: 'Marco Manager', role: 'manager', email: 'marco@werkgever.test', employerName: 'Zorggroep Test' };
    expect(input?.manager).toEqual(who);
    const doc = buildClientExport({ ...input!, exportedAt: new Date() });
    expect(doc.manager).toEqual(who);
    expect(JSON.stringify(doc)).not.toContain('0611223344');
  });
});
