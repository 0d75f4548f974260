import { cookieJar } from '@/lib/testing/next-headers-mock';
import { startPortalSession } from './links';
import { PORTAL_COOKIE } from './rules';

/** For integration tests: the next portal action or page is made by this client (null: signed out). */
export async function actAsPortalClient(client: { practiceId: string; id: string } | null) {
  if (!client) {
    cookieJar.delete(PORTAL_COOKIE);
    return;
  }
  const { cookieValue } = await startPortalSession(client.practiceId, client.id);
  cookieJar.set(PORTAL_COOKIE, cookieValue);
}
