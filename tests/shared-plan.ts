import { eq } from 'drizzle-orm';
import { createShareAction } from '@/app/(coach)/clients/[clientId]/plan/actions';
import { getDb } from '@/db/client';
import { seedSharingClient } from '@/db/queries/client-test-fixtures';
import { employerContacts } from '@/db/schema';
import { actAs, createPractice } from '@/lib/testing/fixtures';

/** For tests: a practice whose client Sam shares with their manager through a live link (no mail), in `contactLocale`. */
export async function sharedPlan(practice: string, contactLocale: 'nl' | 'en' = 'nl') {
  const owner = await createPractice(practice);
  const { manager, client } = await seedSharingClient(owner.practiceId, owner.userId, 'Bouwbedrijf Noord', { firstName: 'Sam' });
  if (contactLocale !== 'nl')
    await getDb().update(employerContacts).set({ locale: contactLocale }).where(eq(employerContacts.id, manager.id));
  actAs(owner);
  const result = await createShareAction({ clientId: client.id, contactId: manager.id, sendMail: false });
  if (!result.ok) throw new Error(`share failed: ${JSON.stringify(result)}`);
  actAs(null);
  return { owner, client, shareId: result.data.shareId, token: result.data.url.split('/share/')[1]! };
}
