import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decode, encode } from 'next-auth/jwt';
import { activityMark } from '../lib/auth/activity';
import { expect, test } from './fixtures';
import { e2eDatabase, signUp, uniqueEmail } from './helpers';
import { LoginPage, ready } from './pages/auth-pages';
import { CoachShell } from './pages/coach-shell';
import { seedClient } from './portal-helpers';
import { e2eSlot } from './slot';

const SESSION_COOKIE = 'authjs.session-token';
const MARK = 'balanspunt-activity';

/**
 * The coach's session runs out while a page is open (the laptop slept, twelve hours passed): what is typed is kept,
 * a save says to sign in again, and "sign out" still signs out and forgets this browser's drafts.
 */
test('session notes saved after the session ran out: "signed out", the text kept; sign-out still forgets the draft', async ({ page }) => {
  const email = uniqueEmail('expired-coach');
  await signUp(page, { practice: 'Praktijk Verlopen', name: 'Vera Verloop', email });
  const client = await seedClient(email, { firstName: 'Tim', lastName: 'Tijd', email: uniqueEmail('tim') });
  const sql = e2eDatabase();
  const [session] = await sql<{ id: string }[]>`
    insert into coaching_sessions (practice_id, client_id, coach_id, starts_at, duration_minutes, kind, location)
    values (${client.practiceId}, ${client.clientId}, ${client.coachId}, now() - interval '2 hours', 60, 'coaching', 'video') returning id`;
  await sql.end();
  const notes = page.getByLabel('Notities', { exact: true });

  await page.goto(`/clients/${client.clientId}/sessions/${session!.id}`);
  await ready(page);
  await notes.fill('Wil minder uren; gesprek met leidinggevende gepland.');
  await page.waitForTimeout(500);
  await page.context().clearCookies();
  await page.getByRole('button', { name: 'Verslag opslaan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Je bent afgemeld. Meld je opnieuw aan.' })).toBeVisible();
  await expect(notes).toHaveValue('Wil minder uren; gesprek met leidinggevende gepland.');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('autosave:')).length)).toBeGreaterThan(0);

  // Signing out now (a shared laptop) asks first, since the notes are not saved; confirmed, it reaches the sign-in page,
  // which forgets what was typed here.
  page.once('dialog', (dialog) => dialog.accept());
  await new CoachShell(page).signOut();
  await expect(page).toHaveURL(/\/login\?notice=signed-out$/);
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('autosave:')))).toEqual([]);
});

/**
 * Thirty minutes without a request end the coach's session (ASVS 3.3.2): the next page load goes to the sign-in page,
 * which says why, and signing in leads back to that page. The session is aged by re-signing its cookie with an earlier
 * sign-in time (the app's own secret, from its data folder), the activity mark by signing an earlier one.
 */
test('a session idle for 30 minutes ends; the sign-in page says why and leads back; a recent mark keeps it', async ({ page }) => {
  const email = uniqueEmail('idle-coach');
  await signUp(page, { practice: 'Praktijk Stil', name: 'Ilse Idle', email });
  const secret = (await readFile(path.join(e2eSlot().dataDir, 'auth-secret'), 'utf8')).trim();
  process.env.AUTH_SECRET = secret; // the activity mark's key is derived from it (lib/auth/server-key.ts)
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === SESSION_COOKIE)!;
  const claims = (await decode({ token: session.value, secret, salt: SESSION_COOKIE }))!;
  const now = Math.floor(Date.now() / 1000);
  const signedInAt = now - 3 * 60 * 60;
  const aged = await encode({ token: { ...claims, auth_time: signedInAt }, secret, salt: SESSION_COOKIE, maxAge: 12 * 60 * 60 });
  const setCookies = async (mark?: number) => {
    await page.context().clearCookies();
    await page
      .context()
      .addCookies([
        { name: SESSION_COOKIE, value: aged, url: page.url() },
        ...(mark ? [{ name: MARK, value: activityMark({ uid: claims.uid as string, signedInAt }, mark), url: page.url() }] : []),
      ]);
  };

  // Last used 10 minutes ago: the page opens, and the proxy renews the mark.
  await setCookies(now - 10 * 60);
  await page.goto('/agenda');
  await expect(page).toHaveURL(/\/agenda$/);
  const renewed = (await page.context().cookies()).find((c) => c.name === MARK)!;
  expect(Number(renewed.value.split('.')[0])).toBeGreaterThanOrEqual(now);
  expect(renewed.httpOnly).toBe(true);

  // Last used 31 minutes ago (and signed in three hours ago): signed out, told why, and back after signing in.
  await setCookies(now - 31 * 60);
  await page.goto('/agenda?week=1');
  await expect(page).toHaveURL(/\/login\?next=%2Fagenda%3Fweek%3D1&notice=idle$/);
  await expect(page.getByRole('status').filter({ hasText: 'Je was 30 minuten niet actief en bent daarom afgemeld.' })).toBeVisible();
  const login = new LoginPage(page);
  await ready(page);
  await login.submitWith(email);
  await expect(page).toHaveURL(/\/agenda\?week=1$/);

  // No mark at all, and a sign-in more than 30 minutes ago: the same.
  await setCookies();
  await page.goto('/clients');
  await expect(page).toHaveURL(/\/login\?next=%2Fclients&notice=idle$/);
});

/**
 * The browser's side (app/_components/idle-watch.tsx), on the browser's own clock: warned, kept, ended. The server runs
 * on real time and still knows the session at the end: the sign-in page then keeps the screen clear until asked.
 */
test('two minutes before the idle timeout a bar offers to stay signed in; at the timeout the page goes to sign in', async ({ page }) => {
  await page.clock.install();
  await signUp(page, { practice: 'Praktijk Klok', name: 'Karin Klok', email: uniqueEmail('idle-watch') });
  await page.goto('/agenda');
  await ready(page);
  const bar = page.getByRole('alert').filter({ hasText: 'Over 2 minuten word je afgemeld' });
  // Counted from a minute before the page's own request (the server's mark may be that much older): the bar at 27.
  await page.clock.fastForward('26:00');
  await expect(bar).toBeHidden();
  await page.clock.fastForward('01:30');
  await expect(bar).toBeVisible();
  const stillHere = page.waitForResponse((r) => r.url().endsWith('/api/session') && r.request().method() === 'POST');
  await bar.getByRole('button', { name: 'Aangemeld blijven' }).click();
  expect((await stillHere).status()).toBe(204);
  await expect(bar).toBeHidden();
  // Twenty-nine quiet minutes later the page leaves for the sign-in page.
  await page.clock.fastForward('29:30');
  await expect(page).toHaveURL(/\/login\?notice=idle&next=%2Fagenda$/);
  await expect(page.getByRole('status')).toHaveText(
    'Je was een tijd niet actief, daarom staat er niets meer op het scherm. Je bent nog aangemeld.',
  );
  await expect(page.getByText('Karin Klok')).toHaveCount(0);
  await page.getByRole('link', { name: 'Verder waar je was' }).click();
  await expect(page).toHaveURL(/\/agenda$/);
});
