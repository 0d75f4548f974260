import { expect, test } from './fixtures';
import { e2eDatabase, signUp, uniqueEmail } from './helpers';
import { ready } from './pages/auth-pages';
import { CoachShell } from './pages/coach-shell';
import { seedClient } from './portal-helpers';

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

  // Signing out now (a shared laptop) reaches the sign-in page, which forgets what was typed here.
  await new CoachShell(page).signOut();
  await expect(page).toHaveURL(/\/login\?notice=signed-out$/);
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('autosave:')))).toEqual([]);
});
