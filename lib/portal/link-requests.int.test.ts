import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { outbox, portalLinks } from '@/db/schema';
import { createPractice } from '@/lib/testing/fixtures';
import { handlePortalLinkRequested } from './link-requests';

const mailsTo = (email: string) => getDb().select().from(outbox).where(eq(outbox.to, email));
const linksOf = (clientId: string) => getDb().select().from(portalLinks).where(eq(portalLinks.clientId, clientId));

describe('the worker behind “send me a sign-in link”', () => {
  it('mails an active client a link, and a client whose trajectory is closed none (it would lead nowhere)', async () => {
    const owner = await createPractice();
    const email = `gesloten-${Math.random().toString(36).slice(2)}@example.test`;
    const closed = await seedClient(owner.practiceId, owner.userId, { email, status: 'closed' });
    await handlePortalLinkRequested(email, '/portal');
    expect(await linksOf(closed.id)).toEqual([]);
    expect(await mailsTo(email)).toEqual([]);

    // The same address of an active client in another practice still gets its link.
    const other = await createPractice();
    const active = await seedClient(other.practiceId, other.userId, { email: email.toUpperCase() });
    await handlePortalLinkRequested(email, '/portal');
    expect(await linksOf(active.id)).toHaveLength(1);
    expect(await linksOf(closed.id)).toEqual([]);
  });
});
