import { eq, isNull, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { clients, portalLinkRequests, portalLinks, portalSessions, rateLimits } from '@/db/schema';
import { runMailJobsOnce } from '@/lib/mail/worker';
import { PORTAL_COOKIE, portalEmailKey } from '@/lib/portal/rules';
import { actAs, auditFor, createPractice, linkInMail, outboxFor } from '@/lib/testing/fixtures';
import { cookieJar, setCookieHeaders } from '@/lib/testing/next-headers-mock';
import { requestPortalLinkAction, signOutPortalAction } from './actions';
import { signInWithPortalLink } from './auth/[token]/actions';

beforeEach(async () => {
  actAs(null);
  cookieJar.clear();
  // The per-IP limit (20 a quarter-hour) counts every test's requests from the one test address: each test starts clean.
  await getDb().delete(rateLimits);
});

async function setup(email = `eva-${Math.random().toString(36).slice(2)}@example.test`) {
  const owner = await createPractice('Praktijk Veerkracht');
  const client = await seedClient(owner.practiceId, owner.userId, { firstName: 'Eva', email });
  return { owner, client, email };
}

/** Presses the link page's sign-in button (the server action); answers with where it led and the cookies it set. */
const open = async (path: string) => {
  const data = new FormData();
  data.set('token', path.replace('/portal/auth/', ''));
  setCookieHeaders.length = 0;
  const redirect: { digest?: string } = await signInWithPortalLink(data).then(
    () => ({}),
    (error: { digest?: string }) => error,
  );
  const location = new URL(String(redirect.digest).split(';')[2] ?? '', 'http://localhost:3000').href;
  const cookies = [...setCookieHeaders];
  return {
    redirected: String(redirect.digest).startsWith('NEXT_REDIRECT'),
    headers: { get: (h: string) => (h === 'location' ? location : null), getSetCookie: () => cookies },
  };
};

const SAME_ANSWER = { ok: true, data: null };

/** The address's earlier link requests move two minutes back: the next request is a new one, not a double tap. */
const twoMinutesLater = (email: string) =>
  getDb()
    .update(portalLinkRequests)
    .set({ createdAt: sql`${portalLinkRequests.createdAt} - interval '2 minutes'` })
    .where(eq(portalLinkRequests.emailKey, portalEmailKey(email)));

const requestsOf = (email: string) =>
  getDb()
    .select()
    .from(portalLinkRequests)
    .where(eq(portalLinkRequests.emailKey, portalEmailKey(email)));

describe('asking for a sign-in link', () => {
  it('mails a known client a link and answers an unknown email exactly the same', async () => {
    const { owner, email } = await setup();
    expect(
      await requestPortalLinkAction({ email: email.toUpperCase(), next: '/portal/homework/3f0c2b7e-1d2a-4b3c-9d8e-0f1a2b3c4d5e' }),
    ).toEqual(SAME_ANSWER);
    expect(await requestPortalLinkAction({ email: 'nobody@example.test' })).toEqual(SAME_ANSWER);
    const mails = await outboxFor(owner.practiceId);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: email, subject: 'Je aanmeldlink voor het cliëntportaal van Praktijk Veerkracht' });
    const [link] = await getDb().select().from(portalLinks).where(eq(portalLinks.practiceId, owner.practiceId));
    expect(link!.redirectTo).toBe('/portal/homework/3f0c2b7e-1d2a-4b3c-9d8e-0f1a2b3c4d5e');
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toContain('portal.link_requested');
  });

  it('only enqueues the look-up: the worker issues the link for a known email and does nothing for an unknown one', async () => {
    const { owner, email } = await setup();
    const linksOf = () => getDb().select().from(portalLinks).where(eq(portalLinks.practiceId, owner.practiceId));
    expect(await requestPortalLinkAction({ email })).toEqual(SAME_ANSWER);
    expect(await requestPortalLinkAction({ email: 'nobody-else@example.test' })).toEqual(SAME_ANSWER);
    expect(await linksOf()).toHaveLength(0);
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).not.toContain('portal.link_requested');

    await runMailJobsOnce();
    expect(await linksOf()).toHaveLength(1);
    const mails = await outboxFor(owner.practiceId);
    expect(mails.map((m) => m.to)).toEqual([email]);
    const [{ n }] = (await getDb().execute<{ n: number }>(sql`select count(*)::int as n from graphile_worker.jobs`)) as unknown as [
      { n: number },
    ];
    expect(n).toBe(0);
  });

  it('never stores a redirect outside the portal', async () => {
    const { owner, email } = await setup();
    await requestPortalLinkAction({ email, next: 'https://evil.example/' });
    await twoMinutesLater(email);
    await requestPortalLinkAction({ email, next: '/dashboard' });
    await runMailJobsOnce();
    const links = await getDb().select().from(portalLinks).where(eq(portalLinks.practiceId, owner.practiceId));
    expect(links.map((l) => l.redirectTo)).toEqual(['/portal', '/portal']);
  });

  it('limits requests per email to 3 in 15 minutes, for unknown emails too, and stores no address', async () => {
    const { owner, email } = await setup();
    // Two minutes apart: within a minute, a request is the same one again (a double tap, below).
    for (let i = 0; i < 3; i++) {
      expect(await requestPortalLinkAction({ email })).toEqual(SAME_ANSWER);
      await twoMinutesLater(email);
    }
    expect(await requestPortalLinkAction({ email })).toEqual({ ok: false, error: 'rate_limited', params: { minutes: 15 } });
    expect(await outboxFor(owner.practiceId)).toHaveLength(3);
    for (let i = 0; i < 3; i++) {
      await requestPortalLinkAction({ email: 'unknown@example.test' });
      await twoMinutesLater('unknown@example.test');
    }
    expect(await requestPortalLinkAction({ email: 'unknown@example.test' })).toMatchObject({ error: 'rate_limited' });
    const rows = await requestsOf(email);
    expect(rows).toHaveLength(3);
    expect(JSON.stringify(rows)).not.toContain('@');
  });

  it('limits requests per email to 10 a day, saying when the next is possible', async () => {
    const { owner, email } = await setup();
    const hour = 60 * 60 * 1000;
    // Nine earlier today, spread out (none in the last 15 minutes), the earliest 23 hours ago.
    await getDb()
      .insert(portalLinkRequests)
      .values(
        Array.from({ length: 9 }, (_, i) => ({ emailKey: portalEmailKey(email), createdAt: new Date(Date.now() - (23 - 2 * i) * hour) })),
      );
    expect(await requestPortalLinkAction({ email })).toEqual(SAME_ANSWER);
    await twoMinutesLater(email);
    const refused = await requestPortalLinkAction({ email });
    expect(refused).toMatchObject({ ok: false, error: 'rate_limited' });
    // Free again when the earliest is a day old: in about an hour.
    const minutes = Number(!refused.ok && refused.params?.minutes);
    expect(minutes).toBeGreaterThan(55);
    expect(minutes).toBeLessThanOrEqual(60);
    expect(await outboxFor(owner.practiceId)).toHaveLength(1);
  });

  it('answers a double tap on “Sign in” twice the same, but mails one link and counts one request', async () => {
    const { owner, email } = await setup();
    // Both taps at once (a page whose scripts had not loaded yet sends the form twice), then a third one just after.
    expect(await Promise.all([requestPortalLinkAction({ email }), requestPortalLinkAction({ email: email.toUpperCase() })])).toEqual([
      SAME_ANSWER,
      SAME_ANSWER,
    ]);
    expect(await requestPortalLinkAction({ email })).toEqual(SAME_ANSWER);
    const mails = await outboxFor(owner.practiceId);
    expect(mails.map((m) => m.to)).toEqual([email]);
    expect(await getDb().select().from(portalLinks).where(eq(portalLinks.practiceId, owner.practiceId))).toHaveLength(1);
    expect(await requestsOf(email)).toHaveLength(1);

    // Counted once: two more requests later in the quarter-hour still get their links; the fourth is refused.
    for (let i = 0; i < 2; i++) {
      await twoMinutesLater(email);
      expect(await requestPortalLinkAction({ email })).toEqual(SAME_ANSWER);
    }
    expect(await outboxFor(owner.practiceId)).toHaveLength(3);
    await twoMinutesLater(email);
    expect(await requestPortalLinkAction({ email })).toEqual({ ok: false, error: 'rate_limited', params: { minutes: 15 } });
  });

  it('refuses a malformed email with a field message', async () => {
    expect(await requestPortalLinkAction({ email: 'geen-email' })).toMatchObject({ ok: false, fieldErrors: { email: 'validation.email' } });
  });

  it('sends no link to an archived client', async () => {
    const { owner, email } = await setup();
    await getDb().update(clients).set({ archivedAt: new Date() }).where(eq(clients.email, email));
    expect(await requestPortalLinkAction({ email })).toEqual(SAME_ANSWER);
    expect(await outboxFor(owner.practiceId)).toEqual([]);
  });
});

describe('opening the link', () => {
  it('starts a 12-hour session with an httpOnly cookie, sets the language and goes to the stored page', async () => {
    const { owner, client, email } = await setup();
    await requestPortalLinkAction({ email, next: '/portal/homework/3f0c2b7e-1d2a-4b3c-9d8e-0f1a2b3c4d5e' });
    const response = await open(await linkInMail(owner.practiceId, email));
    expect(response.redirected).toBe(true);
    expect(new URL(response.headers.get('location')!).pathname).toBe('/portal/homework/3f0c2b7e-1d2a-4b3c-9d8e-0f1a2b3c4d5e');
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith(`${PORTAL_COOKIE}=`))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=lax/i);
    expect(session).toMatch(/Max-Age=43200/);
    expect(session).toMatch(/Path=\/portal/);
    expect(session).not.toMatch(/Secure/i);
    expect(cookies.some((c) => c.startsWith('NEXT_LOCALE=nl'))).toBe(true);
    const [row] = await getDb().select().from(portalSessions).where(eq(portalSessions.clientId, client.id));
    expect(row!.expiresAt.getTime() - Date.now()).toBeGreaterThan(11.9 * 3_600_000);
    expect(session).not.toContain(row!.tokenHash);
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toContain('portal.signed_in');
  });

  it('works once: a second use, an expired link and a broken one end on a clear page, without a session', async () => {
    const { owner, client, email } = await setup();
    await requestPortalLinkAction({ email });
    const path = await linkInMail(owner.practiceId, email);
    const first = await open(path);
    expect(first.redirected).toBe(true);
    // A second tap in the browser the first one signed in: on to where the link leads, without a new session.
    const tappedTwice = await open(path);
    expect(new URL(tappedTwice.headers.get('location')!).pathname).toBe(new URL(first.headers.get('location')!).pathname);
    expect(tappedTwice.headers.getSetCookie().some((c) => c.startsWith(PORTAL_COOKIE))).toBe(false);
    // Anyone else (another browser, a replay): the link was used.
    cookieJar.clear();
    const again = await open(path);
    expect(new URL(again.headers.get('location')!).search).toContain('reason=link_used');
    expect(again.headers.getSetCookie().some((c) => c.startsWith(PORTAL_COOKIE))).toBe(false);

    // A new request (within a minute it would be the first one again: one link mail per address per minute).
    await twoMinutesLater(email);
    await requestPortalLinkAction({ email });
    const second = await linkInMail(owner.practiceId, email);
    await getDb()
      .update(portalLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(isNull(portalLinks.usedAt));
    const expired = await open(second);
    expect(new URL(expired.headers.get('location')!).search).toContain('reason=link_expired');

    const broken = await open('/portal/auth/not-a-token');
    expect(new URL(broken.headers.get('location')!).search).toContain('reason=link_invalid');
    const sessions = await getDb().select().from(portalSessions).where(eq(portalSessions.clientId, client.id));
    expect(sessions).toHaveLength(1);
  });
});

describe('signing out', () => {
  it('ends the session on the server', async () => {
    const { owner, client, email } = await setup();
    await requestPortalLinkAction({ email });
    const response = await open(await linkInMail(owner.practiceId, email));
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${PORTAL_COOKIE}=`))!;
    cookieJar.set(PORTAL_COOKIE, decodeURIComponent(cookie.split(';')[0]!.split('=')[1]!));
    await expect(signOutPortalAction()).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await getDb().select().from(portalSessions).where(eq(portalSessions.clientId, client.id))).toEqual([]);
  });
});
