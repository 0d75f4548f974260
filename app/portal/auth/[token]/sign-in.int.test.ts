import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { clients, portalLinks, portalSessions } from '@/db/schema';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { issuePortalLink } from '@/lib/portal/links';
import { PORTAL_COOKIE } from '@/lib/portal/rules';
import { createPractice } from '@/lib/testing/fixtures';
import { cookieJar } from '@/lib/testing/next-headers-mock';
import { signInWithPortalLink } from './actions';
import PortalLinkSignInPage from './page';

vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key }));

async function setup() {
  const owner = await createPractice();
  const client = await seedClient(owner.practiceId, owner.userId);
  const url = await issuePortalLink(owner.practiceId, client.id, '/portal/homework/3f0c2b7e-1d2a-4b3c-9d8e-0f1a2b3c4d5e');
  return { client, token: url.split('/portal/auth/')[1]! };
}

const form = (token: string) => {
  const data = new FormData();
  data.set('token', token);
  return data;
};
const linkOf = async (clientId: string) => (await getDb().select().from(portalLinks).where(eq(portalLinks.clientId, clientId)))[0]!;
const sessionsOf = (clientId: string) => getDb().select().from(portalSessions).where(eq(portalSessions.clientId, clientId));

describe('opening a portal sign-in link', () => {
  it('GET only shows the sign-in button: the link stays unused and no session starts (mail scanners)', async () => {
    const { client, token } = await setup();
    for (let i = 0; i < 3; i++) await PortalLinkSignInPage({ params: Promise.resolve({ token }) });
    expect((await linkOf(client.id)).usedAt).toBeNull();
    expect(await sessionsOf(client.id)).toEqual([]);
  });

  it('the button (POST) consumes the link once: a session, the cookie, and on to where the link leads', async () => {
    const { client, token } = await setup();
    cookieJar.clear();
    await expect(signInWithPortalLink(form(token))).rejects.toMatchObject({ digest: expect.stringContaining('/portal/homework/3f0c2b7e') });
    expect(cookieJar.get(PORTAL_COOKIE)).toEqual(expect.any(String));
    expect((await linkOf(client.id)).usedAt).not.toBeNull();
    expect(await sessionsOf(client.id)).toHaveLength(1);
    // A second press in the same browser: signed in already, on to the same place; no second session.
    await expect(signInWithPortalLink(form(token))).rejects.toMatchObject({ digest: expect.stringContaining('/portal/homework/3f0c2b7e') });
    expect(await sessionsOf(client.id)).toHaveLength(1);
    // A replay from anywhere else finds the link used and starts nothing.
    cookieJar.clear();
    await expect(signInWithPortalLink(form(token))).rejects.toMatchObject({
      digest: expect.stringContaining('/portal/link?reason=link_used'),
    });
    expect(cookieJar.get(PORTAL_COOKIE)).toBeUndefined();
    expect(await sessionsOf(client.id)).toHaveLength(1);
  });

  it('an older mail’s link, tapped while signed in, does not switch the portal away from the client’s chosen language', async () => {
    const { client, token } = await setup();
    await getDb().update(clients).set({ locale: 'en' }).where(eq(clients.id, client.id));
    cookieJar.clear();
    await expect(signInWithPortalLink(form(token))).rejects.toMatchObject({ digest: expect.stringContaining('/portal/homework/') });
    expect(cookieJar.get(LOCALE_COOKIE)).toBe('en');
    // The link's `?lang=nl` (the mail was sent in Dutch) set the language for the link page; signed in already, the
    // second press puts the client's own back.
    cookieJar.set(LOCALE_COOKIE, 'nl');
    await expect(signInWithPortalLink(form(token))).rejects.toMatchObject({ digest: expect.stringContaining('/portal/homework/') });
    expect(cookieJar.get(LOCALE_COOKIE)).toBe('en');
  });

  it('a token that is no token (too long, missing, not text) is a link that is not valid: no session, no error', async () => {
    const { token } = await setup();
    cookieJar.clear();
    const notValid = { digest: expect.stringContaining('/portal/link?reason=link_invalid') };
    await expect(signInWithPortalLink(form(token + 'x'.repeat(10_000)))).rejects.toMatchObject(notValid);
    await expect(signInWithPortalLink(new FormData())).rejects.toMatchObject(notValid);
    await expect(signInWithPortalLink({ token } as unknown as FormData)).rejects.toMatchObject(notValid);
    expect(cookieJar.get(PORTAL_COOKIE)).toBeUndefined();
  });

  it('a link of a client whose trajectory is closed ends on the “coaching ended” page, starting nothing', async () => {
    const { client, token } = await setup();
    await getDb().update(clients).set({ status: 'closed' }).where(eq(clients.id, client.id));
    cookieJar.clear();
    await expect(signInWithPortalLink(form(token))).rejects.toMatchObject({
      digest: expect.stringContaining('/portal/link?reason=coaching_ended'),
    });
    expect(cookieJar.get(PORTAL_COOKIE)).toBeUndefined();
    expect(await sessionsOf(client.id)).toEqual([]);
  });
});
