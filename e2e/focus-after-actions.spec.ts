import { Secret, TOTP } from 'otpauth';
import { expect, test } from './fixtures';
import { e2eDatabase, PASSWORD, ready, signUp, uniqueEmail } from './helpers';
import { insertClient } from './intake-helpers';
import { IntakePage, MeasurementsPage } from './pages/intake-page';
import { SettingsPage } from './pages/settings-page';
import { seedClient } from './portal-helpers';

// A step whose control the refreshed page removes or replaces gives the focus to something that stays and says where the
// coach is, not to the page (where a keyboard or screen-reader user would start again at the top). The steps the main
// journeys take are checked there (foundation.spec.ts: roles and (de)activation; clients.spec.ts: close, reopen, status).

const codeFor = (secret: string) => new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate();

test('resetting two-step sign-in and withdrawing an invitation give the focus to their list', async ({ page }) => {
  const settings = new SettingsPage(page);
  const email = uniqueEmail('focus-owner');
  await signUp(page, { practice: 'Praktijk Focus', name: 'Fenna Focus', email });
  const sql = e2eDatabase();
  try {
    const [owner] = await sql<{ practice_id: string }[]>`select practice_id from users where email = ${email}`;
    await sql`
      insert into users (practice_id, email, name, password_hash, role, totp_secret, totp_enabled_at)
      values (${owner!.practice_id}, ${uniqueEmail('rik')}, 'Rik Reset', 'not-a-hash', 'coach', 'not-a-secret', now())`;
  } finally {
    await sql.end();
  }
  await settings.goto();
  await ready(page);

  // Who the reset is for is said with the question, not only in a tooltip.
  const reset = page.getByRole('button', { name: 'Aanmelden in twee stappen resetten: Rik Reset' });
  await expect(reset).not.toHaveAttribute('title');
  await reset.click();
  const question = page.getByRole('group', { name: 'Aanmelden in twee stappen resetten: Rik Reset' });
  await expect(question).toContainText('Voor een coach die telefoon én herstelcodes kwijt is.');
  await question.getByRole('button', { name: 'Ja, resetten' }).click();
  await expect(reset).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Coaches', exact: true })).toBeFocused();
  // Deactivating says what it does in its question too (no tooltip).
  await expect(page.getByRole('button', { name: 'Deactiveren: Rik Reset' })).not.toHaveAttribute('title');

  await settings.invite('Iris Intrekken', uniqueEmail('iris'));
  const withdraw = page.getByRole('button', { name: 'Intrekken: Iris Intrekken' });
  await withdraw.click();
  await page.getByRole('group', { name: 'Intrekken: Iris Intrekken' }).getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(withdraw).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Uitnodigingen', exact: true })).toBeFocused();
});

test('changing the status and archiving give the focus to the trajectory heading, which says the new state', async ({ page }) => {
  const email = uniqueEmail('focus-archive');
  await signUp(page, { practice: 'Praktijk Archief', name: 'Anna Archief', email });
  const client = await seedClient(email, { firstName: 'Arie', lastName: 'Afgerond', email: uniqueEmail('arie') });
  await page.goto(`/clients/${client.clientId}`);
  await ready(page);
  const lifecycle = page.getByRole('heading', { name: 'Traject', exact: true });
  // Active → paused, the usual next step the select offers first; the form is re-created with the new version.
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(lifecycle).toHaveAccessibleDescription('Status: Gepauzeerd');
  await expect(lifecycle).toBeFocused();

  const sql = e2eDatabase();
  try {
    await sql`update clients set status = 'closed', closed_on = current_date, close_reason = 'completed' where id = ${client.clientId}`;
  } finally {
    await sql.end();
  }
  await page.reload();
  await ready(page);
  const archive = page.getByRole('button', { name: 'Dossier archiveren' });
  await archive.click();
  await page.getByRole('button', { name: 'Ja, archiveren' }).click();
  await expect(page.getByText('Dit dossier is gearchiveerd.')).toBeVisible();
  await expect(lifecycle).toBeFocused();
  await expect(lifecycle).toHaveAccessibleDescription(/^Status: Afgesloten Dit dossier is gearchiveerd\./);
});

test('two-step set-up moves the focus with each step; the practice rule is described', async ({ page }) => {
  const email = uniqueEmail('focus-totp');
  await signUp(page, { practice: 'Praktijk Stappen', name: 'Stijn Stappen', email });
  await page.goto('/settings/security');
  await ready(page);
  await expect(
    page.getByRole('checkbox', { name: 'Aanmelden in twee stappen verplicht maken voor de praktijk' }),
  ).toHaveAccessibleDescription('Coaches die het nog niet hebben ingesteld, kunnen na het aanmelden alleen dat nog doen.');

  // The start button goes with the set-up: its heading takes the focus, with the scan instruction read.
  await page.getByRole('button', { name: 'Aanmelden in twee stappen instellen' }).click();
  const setup = page.getByRole('heading', { name: 'Aanmelden in twee stappen instellen', exact: true });
  await expect(setup).toBeFocused();
  await expect(setup).toHaveAccessibleDescription(/^Scan deze QR-code/);

  // The recovery codes, shown this once, take the focus.
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  await page.getByLabel('Code uit de app').fill(codeFor(secret));
  await page.getByLabel('Je wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  const codes = page.getByRole('heading', { name: 'Je herstelcodes' });
  await expect(codes).toBeFocused();
  await expect(codes).toHaveAccessibleDescription(/^Bewaar deze codes/);
  await page.getByRole('button', { name: 'Ik heb ze bewaard' }).click();

  // Turning it off: the form goes, and the new state takes the focus.
  await expect(page.getByTestId('two-factor-status')).toHaveText('Aanmelden in twee stappen staat aan.');
  await ready(page);
  await page.getByLabel('Je wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Uitzetten' }).click();
  await expect(page.getByTestId('two-factor-status')).toHaveText('Aanmelden in twee stappen staat uit.');
  await expect(page.getByTestId('two-factor-status')).toBeFocused();
});

test('a button its own action disables for a moment keeps the focus: the language switch, the portal’s link request', async ({
  browser,
}) => {
  // A visitor's browser with no session: the sign-in page's switch, then the portal's sign-in form, by keyboard.
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto('/login');
  await ready(page);
  await page.getByRole('button', { name: 'English' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await expect(page.getByRole('button', { name: 'English' })).toBeFocused();
  await page.getByRole('button', { name: 'Nederlands' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanmelden');
  await expect(page.getByRole('button', { name: 'Nederlands' })).toBeFocused();

  await page.goto('/portal/login');
  await ready(page);
  await page.getByLabel('E-mailadres').fill(uniqueEmail('nobody'));
  await page.keyboard.press('Tab');
  const send = page.getByRole('button', { name: 'Stuur me een link' });
  await expect(send).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Als dit e-mailadres bij ons bekend is')).toBeVisible();
  await expect(send).toBeFocused();
  await context.close();
});

test('the intake’s "not all answered" question: Escape answers it as "keep filling in", back at the first open question', async ({
  page,
}) => {
  const email = uniqueEmail('focus-intake');
  await signUp(page, { practice: 'Praktijk Vraag', name: 'Vera Vraag', email });
  const clientId = await insertClient(email, { firstName: 'Quinten', lastName: 'Quist' });
  const measurements = new MeasurementsPage(page);
  await measurements.goto(clientId);
  await measurements.start().click();
  await expect(page).toHaveURL(/\/intake\/[0-9a-f-]{36}$/);
  await ready(page);
  const intake = new IntakePage(page);
  // On a phone the heading wraps: whose intake it is stays readable (it was cut off to "Intake met Q…").
  await page.setViewportSize({ width: 320, height: 640 });
  const heading = intake.heading('Quinten Quist');
  await expect(heading).toBeVisible();
  expect(await heading.evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 800 });
  const firstQuestion = page.locator('[data-step] [role=radio][tabindex="0"]').first();
  await intake.finish().click();
  // An inline question (the page stays usable around it), named by its text, with the focus on it.
  const question = page.getByRole('group', { name: /vragen hebben nog geen antwoord/ });
  await expect(question).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(firstQuestion).toBeFocused();
  // Tabbing from the question's buttons and pressing Escape there does the same.
  await intake.finish().click();
  await question.getByRole('button', { name: 'Verder invullen' }).focus();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(firstQuestion).toBeFocused();
});
