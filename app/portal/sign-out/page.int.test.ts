import { eq, sql } from 'drizzle-orm';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { portalSessions } from '@/db/schema';
import { actAsPortalClient } from '@/lib/portal/testing';
import { createPractice } from '@/lib/testing/fixtures';
import { cookieJar } from '@/lib/testing/next-headers-mock';
import PortalSignOutPage from './page';

vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'));

beforeEach(() => cookieJar.clear());

/** Where the page sends the visitor (a redirect), or null when it renders. */
async function redirectedTo(): Promise<string | null> {
  try {
    renderToStaticMarkup(await PortalSignOutPage());
    return null;
  } catch (error) {
    const digest = String((error as { digest?: string }).digest);
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return digest.split(';')[2] ?? '';
  }
}

describe('the portal’s sign-out page', () => {
  it('after the session ran out, leads to the sign-in page as a sign-out does, which forgets what this device kept', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    await actAsPortalClient(client);
    await getDb().update(portalSessions).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(portalSessions.clientId, client.id));
    // `signedOut` makes the sign-in page clear the answers queued on this device (ClearPendingAnswers).
    expect(await redirectedTo()).toBe('/portal/login?signedOut=1');
  });

  it('without any session cookie does the same', async () => {
    await actAsPortalClient(null);
    expect(await redirectedTo()).toBe('/portal/login?signedOut=1');
  });

  it('for a signed-in client shows the sign-out button', async () => {
    const owner = await createPractice();
    const client = await seedClient(owner.practiceId, owner.userId);
    await actAsPortalClient(client);
    expect(await redirectedTo()).toBeNull();
  });
});
