import { Secret, TOTP } from 'otpauth';
import { expect, test } from './fixtures';
import { e2eDatabase, PASSWORD, signIn, signOut, signUp, uniqueEmail } from './helpers';
import { LoginPage } from './pages/auth-pages';
import { CoachShell } from './pages/coach-shell';

const codeFor = (secret: string, timestamp = Date.now()) =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp });

test('enrol two-step sign-in in settings, then sign in with an app code and with a recovery code', async ({ page, browser }) => {
  // Sign-up, enrolment and two more sign-ins: 36–48 s in CI runs, close to the default 60 s.
  test.setTimeout(120_000);
  const email = uniqueEmail('totp');
  const shell = new CoachShell(page);
  await signUp(page, { practice: 'Praktijk Twee Stappen', name: 'Tessa Tweestap', email });
  // A second browser (another device), signed in before two-step sign-in is turned on.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await signIn(other, email);

  await page.goto('/settings/security');
  await page.getByRole('button', { name: 'Aanmelden in twee stappen instellen' }).click();
  await expect(page.getByRole('img', { name: 'QR-code voor je authenticator-app' })).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  await page.getByLabel('Code uit de app').fill(codeFor(secret));
  // A session alone does not turn it on: the password is asked, and a wrong one is that field's message.
  const password = page.getByLabel('Je wachtwoord', { exact: true });
  await password.fill('niet-het-wachtwoord');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription(/Dit is niet je huidige wachtwoord\./);
  await expect(page.locator('#totpPassword-error')).toHaveText('Dit is niet je huidige wachtwoord.');
  await expect(page.getByTestId('recovery-codes')).toHaveCount(0);
  await password.fill(PASSWORD);
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  const codes = page.getByTestId('recovery-codes').getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())!.trim();
  const otherRecovery = (await codes.nth(1).textContent())!.trim();
  await page.screenshot({ path: 'test-results/two-factor-recovery-codes.png', fullPage: true });
  await page.getByRole('button', { name: 'Ik heb ze bewaard' }).click();
  await expect(page.getByTestId('two-factor-status')).toHaveText('Aanmelden in twee stappen staat aan.');
  // The coach is mailed that it was turned on (written by the mail worker just after the answer).
  const sql = e2eDatabase();
  await expect
    .poll(async () => (await sql`select subject from outbox where "to" = ${email}`).map((m) => String(m.subject)))
    .toEqual(['Aanmelden in twee stappen is aangezet']);
  await sql.end();
  // Turning it on ended every other session (perhaps someone who had the password): the other device is signed out.
  await other.goto('/settings/security');
  await expect(other).toHaveURL(/\/login/);
  // Signed in again there, with a recovery code, before "sign out everywhere".
  const otherLogin = new LoginPage(other);
  await otherLogin.goto();
  await otherLogin.submitWith(email);
  await other.getByLabel('Code uit je authenticator-app').fill(otherRecovery);
  await otherLogin.submit().click();
  await expect(other).toHaveURL(/\/dashboard$/);

  // "Sign out everywhere" raises the session version; this session got a fresh token and stays signed in.
  await page.getByRole('button', { name: 'Overal elders afmelden' }).click();
  // The action's response re-renders this page: it must see the re-issued cookie, not the retired one.
  await expect(page.getByRole('status').filter({ hasText: 'Je bent op al je andere apparaten afgemeld.' })).toBeVisible();
  await expect(page).toHaveURL(/\/settings\/security$/);
  await expect(page.getByTestId('two-factor-status')).toHaveText('Aanmelden in twee stappen staat aan.');
  await page.reload();
  await expect(page.getByTestId('two-factor-status')).toBeVisible();
  await other.goto('/settings/security');
  await expect(other).toHaveURL(/\/login/);
  await elsewhere.close();
  await page.goto('/settings/security');
  await expect(page).toHaveURL(/\/settings\/security$/);
  await expect(page.getByTestId('two-factor-status')).toBeVisible();
  await signOut(page);

  // The password alone is not enough: the form asks for the code.
  const login = new LoginPage(page);
  await login.goto();
  await login.submitWith(email);
  const code = page.getByLabel('Code uit je authenticator-app');
  await expect(code).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await page.screenshot({ path: 'test-results/two-factor-login.png', fullPage: true });
  // No code at all: the code field says what to fill in, instead of nothing happening.
  await login.submit().click();
  await expect(login.codeError()).toHaveText('Vul de code uit je app in, of een van je herstelcodes.');
  await expect(code).toBeFocused();
  // A wrong code (ten minutes old): the code field says so and keeps the focus, for the next try.
  await code.fill(codeFor(secret, Date.now() - 600_000));
  await login.submit().click();
  await expect(login.codeError()).toHaveText(
    'Deze code klopt niet (of is al gebruikt). Vul de huidige code uit je app in, of een van je herstelcodes.',
  );
  await expect(page.getByTestId('form-error')).toHaveCount(0);
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expect(code).toBeFocused();
  await page.screenshot({ path: 'test-results/two-factor-wrong-code.png', fullPage: true });
  // The enrolment used this 30-second step's code; a code works once, so take the next step's (within the window).
  await code.fill(codeFor(secret, Date.now() + 30_000));
  await login.submit().click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(shell.greeting('Tessa Tweestap')).toBeVisible();
  await signOut(page);

  await login.goto();
  await login.submitWith(email);
  await page.getByLabel('Code uit je authenticator-app').fill(recovery);
  await login.submit().click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await signOut(page);

  // The recovery code worked once.
  await login.goto();
  await login.submitWith(email);
  await page.getByLabel('Code uit je authenticator-app').fill(recovery);
  await login.submit().click();
  await expect(login.codeError()).toContainText('Deze code klopt niet (of is al gebruikt)');
  await expect(login.code()).toHaveAttribute('aria-invalid', 'true');
});
