import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { e2eDatabase, PASSWORD, ready, signIn, signOut, signUp, uniqueEmail } from './helpers';
import { InvitationPage, LoginPage, PasswordPages, SignupPage } from './pages/auth-pages';
import { CoachShell } from './pages/coach-shell';
import { OutboxPage, SettingsPage } from './pages/settings-page';
import { e2eSlot } from './slot';

test('sign up a practice, sign out, sign in again', async ({ page }) => {
  const shell = new CoachShell(page);
  const email = uniqueEmail('owner');
  await signUp(page, { practice: 'Praktijk Veerkracht', name: 'Femke Jansen', email });
  await expect(shell.greeting('Femke Jansen')).toBeVisible();
  await expect(shell.practiceName()).toHaveText('Praktijk Veerkracht');

  await shell.signOut();
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard/);

  await signIn(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(shell.greeting('Femke Jansen')).toBeVisible();
});

test('a wrong password gets a clear message; after 5 failures the email waits', async ({ page }) => {
  const login = new LoginPage(page);
  const email = uniqueEmail('locked');
  await signUp(page, { practice: 'Praktijk Slot', name: 'Lot', email });
  await signOut(page);

  await login.signIn(email, 'helemaal-verkeerd');
  await expect(login.error()).toHaveText('Dit e-mailadres en wachtwoord horen niet bij elkaar.');
  for (let i = 0; i < 4; i++) {
    await login.password().fill(`nog-steeds-fout-${i}`);
    await login.submit().click();
    await expect(login.error()).toBeVisible();
  }
  await login.password().fill(PASSWORD);
  await login.submit().click();
  await expect(login.error()).toHaveText('Te veel pogingen kort na elkaar. Probeer het over 15 minuten opnieuw.');
  await expect(page).toHaveURL(/\/login/);
});

test('the sign-in form checks its fields in the browser; that code loads on first use, not with the page', async ({ page }) => {
  const scripts: string[] = [];
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
    if (r.method() === 'POST') posts.push(r.url());
  });
  const login = new LoginPage(page);
  await login.goto();
  await page.waitForLoadState('networkidle');
  const loadedWithPage = scripts.length;
  await login.email().fill('geen-email');
  await login.submit().click();
  await expect(page.getByText('Vul een geldig e-mailadres in')).toBeVisible();
  await expect(page.getByText('Vul dit veld in.')).toBeVisible();
  // The first field with a message takes the focus, as on every form.
  await expect(login.email()).toBeFocused();
  await expect(login.email()).toHaveAttribute('aria-invalid', 'true');
  // Checked here, without asking the server; the schema (zod) came as a chunk of its own after the page had loaded.
  expect(posts).toEqual([]);
  expect(scripts.length).toBeGreaterThan(loadedWithPage);
  // Checked again as it changes: still wrong keeps the message, right removes it.
  await login.email().fill('nog-steeds-geen-email');
  await page.waitForTimeout(300);
  await expect(page.getByText('Vul een geldig e-mailadres in')).toBeVisible();
  await login.email().fill('iemand@voorbeeld.nl');
  await expect(page.getByText('Vul een geldig e-mailadres in')).toHaveCount(0);
});

test('bad sign-up input gets messages next to the fields', async ({ page }) => {
  const signup = new SignupPage(page);
  await signup.goto();
  // Required fields are said to be required (the form is noValidate: zod checks it), not with the HTML attribute.
  await expect(signup.email()).toHaveAttribute('aria-required', 'true');
  await expect(signup.email()).not.toHaveAttribute('required');
  await signup.email().fill('geen-email');
  await signup.password().fill('1234567890');
  await signup.submit().click();
  await expect(page.getByText('Vul een geldig e-mailadres in')).toBeVisible();
  await expect(page.getByText('Vul dit veld in.')).toHaveCount(2);
  // The strength estimate (large dictionaries) runs on the server: the rest valid, the weak password is refused there.
  await page.getByLabel('Naam van de praktijk').fill('Praktijk Zwak');
  await page.getByLabel('Je naam').fill('Zoë');
  await page.getByLabel('E-mailadres').fill(uniqueEmail('weak'));
  await page.getByRole('button', { name: 'Praktijk aanmaken' }).click();
  await expect(page.getByText('Dit wachtwoord is te makkelijk te raden')).toBeVisible();
  await expect(page).toHaveURL(/\/signup/);
});

test('switch to English and back; the choice is remembered', async ({ page }) => {
  const shell = new CoachShell(page);
  const email = uniqueEmail('lang');
  await signUp(page, { practice: 'Praktijk Taal', name: 'Tess', email });
  await shell.language('English').click();
  await expect(shell.nav('Clients')).toBeVisible();
  await page.reload();
  await expect(shell.greetingEn('Tess')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');

  // Remembered on the account too: a fresh browser signs in and gets English.
  await signOut(page);
  await page.context().clearCookies();
  const login = new LoginPage(page);
  await login.goto();
  await login.submitWith(email);
  await expect(shell.greetingEn('Tess')).toBeVisible();

  await shell.language('Nederlands').click();
  await expect(shell.nav('Cliënten')).toBeVisible();
  await page.reload();
  await expect(shell.greeting('Tess')).toBeVisible();
});

test('the owner invites a coach, who accepts through the outbox link and signs in', async ({ page, browser }) => {
  const shell = new CoachShell(page);
  const settings = new SettingsPage(page);
  const outbox = new OutboxPage(page);
  const ownerEmail = uniqueEmail('owner');
  const coachEmail = uniqueEmail('coach');
  await signUp(page, { practice: 'Praktijk Samen', name: 'Olga Owner', email: ownerEmail });
  await shell.nav('Instellingen').click();
  await expect(settings.heading()).toBeVisible();
  await settings.invite('Cor Coach', coachEmail);
  await expect(settings.invitationSent(coachEmail)).toBeVisible();

  await shell.nav('Uitgaande e-mail').click();
  await expect(outbox.heading()).toBeVisible();
  const mail = outbox.mailTo(coachEmail);
  // The mail worker writes the mail just after the invitation is saved: reload until it is there.
  await expect(async () => {
    await page.reload();
    await expect(mail.getByRole('heading')).toHaveText('Uitnodiging voor Praktijk Samen op Balanspunt', { timeout: 1_000 });
  }).toPass();
  const link = await mail.getByRole('link').getAttribute('href');

  const coach = await (await browser.newContext()).newPage();
  const invitation = new InvitationPage(coach);
  await coach.goto(link!);
  await ready(coach);
  await expect(invitation.welcome('Praktijk Samen')).toBeVisible();
  await invitation.accept('cor-zijn-eigen-wachtwoord');
  await expect(invitation.accepted()).toBeVisible();
  await signIn(coach, coachEmail, 'cor-zijn-eigen-wachtwoord');
  const coachShell = new CoachShell(coach);
  await expect(coachShell.greeting('Cor Coach')).toBeVisible();
  await expect(coachShell.practiceName()).toHaveText('Praktijk Samen');

  // The link works once; clicked again from the mail, it leads to signing in.
  await coach.goto(link!);
  await expect(invitation.alreadyUsed()).toBeVisible();
  await expect(invitation.toSignIn()).toHaveAttribute('href', '/login');

  // A second owner: asked first; Cor then sees the practice's settings, which a coach does not.
  await shell.nav('Instellingen').click();
  await page.getByRole('button', { name: 'Eigenaar maken: Cor Coach' }).click();
  const promote = page.getByRole('group', { name: 'Eigenaar maken: Cor Coach' });
  await expect(promote).toContainText('Cor Coach eigenaar maken?');
  await promote.getByRole('button', { name: 'Ja, eigenaar maken' }).click();
  await expect(page.getByRole('button', { name: 'Coach maken: Cor Coach' })).toBeVisible();
  // The row's control is replaced: the focus goes to the team list's heading, not to the page.
  const team = page.getByRole('heading', { name: 'Coaches', exact: true });
  await expect(team).toBeFocused();
  await coach.goto('/settings/audit');
  await expect(coach.getByRole('heading', { level: 1 })).toHaveText('Auditlog');
  await page.getByRole('button', { name: 'Coach maken: Cor Coach' }).click();
  await page.getByRole('group', { name: 'Coach maken: Cor Coach' }).getByRole('button', { name: 'Ja, coach maken' }).click();
  await expect(page.getByRole('button', { name: 'Eigenaar maken: Cor Coach' })).toBeVisible();
  await expect(team).toBeFocused();
  await coach.goto('/settings/audit');
  await expect(coach).toHaveURL(/\/dashboard/);

  // Deactivating asks first, by keyboard too: "Annuleren" keeps the coach and gives the focus back.
  await shell.nav('Instellingen').click();
  const deactivate = page.getByRole('button', { name: 'Deactiveren: Cor Coach' });
  await deactivate.press('Enter');
  const question = page.getByRole('group', { name: 'Deactiveren: Cor Coach' });
  await expect(question).toContainText('Cor Coach deactiveren?');
  await expect(question.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await question.getByRole('button', { name: 'Annuleren' }).press('Enter');
  await expect(deactivate).toBeFocused();
  await deactivate.click();
  await question.getByRole('button', { name: 'Ja, deactiveren' }).click();
  const reactivate = page.getByRole('button', { name: 'Weer activeren: Cor Coach' });
  await expect(reactivate).toBeVisible();
  await expect(team).toBeFocused();
  // Out at the next request.
  await coach.goto('/dashboard');
  await expect(coach).toHaveURL(/\/login/);
  // Reactivating replaces that button too: the focus goes to the heading again.
  await reactivate.click();
  await expect(deactivate).toBeVisible();
  await expect(team).toBeFocused();
});

test('a forgotten password is reset through the mailed link', async ({ page }) => {
  const passwords = new PasswordPages(page);
  const email = uniqueEmail('forgot');
  await signUp(page, { practice: 'Praktijk Vergeet', name: 'Vera', email });
  await signOut(page);
  await new LoginPage(page).forgotLink().click();
  await expect(passwords.forgotHeading()).toBeVisible();
  // A mistyped address is answered at the field, which gets the focus; nothing is sent.
  await passwords.requestReset('vera-at-example');
  const address = page.getByLabel('E-mailadres');
  await expect(page.getByText('Vul een geldig e-mailadres in')).toBeVisible();
  await expect(address).toBeFocused();
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(passwords.requestSent()).toHaveCount(0);
  await passwords.requestReset(email);
  await expect(passwords.requestSent()).toBeVisible();
  await expect(address).toHaveAttribute('aria-invalid', 'false');

  // The mail worker looks the email up and writes the mail just after the answer.
  const sql = e2eDatabase();
  let text = '';
  await expect
    .poll(async () => {
      const [mail] = await sql`select text from outbox where "to" = ${email} order by created_at desc limit 1`;
      text = String(mail?.text ?? '');
      return text;
    })
    .toContain('/reset-password/');
  await sql.end();
  const link = new URL(text.match(/https?:\/\/\S+/)![0]).pathname;

  await page.goto(link);
  await ready(page);
  // Two different passwords: the message is at the repeat, which gets the focus; then a correct pair goes through
  // with the link's token, which the form sends without a field for it.
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('mijn-vernieuwde-wachtwoord');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('mijn-vernieuwd-wachtwoord');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByText('De wachtwoorden zijn niet hetzelfde.')).toBeVisible();
  await expect(page.getByLabel('Herhaal het nieuwe wachtwoord')).toBeFocused();
  await passwords.setNewPassword('mijn-vernieuwde-wachtwoord');
  await expect(passwords.changed()).toBeVisible();
  // The link worked once: opened again, it says so before any password is typed.
  await page.goto(link);
  await expect(page.getByTestId('reset-link-state')).toContainText('al gebruikt');
  await expect(page.getByLabel('Nieuw wachtwoord', { exact: true })).toHaveCount(0);
  await signIn(page, email, 'mijn-vernieuwde-wachtwoord');
  await expect(page).toHaveURL(/\/dashboard$/);
});

test('the demo coach can sign in with the printed login', async ({ page }) => {
  await signIn(page, 'coach@demo.balanspunt.nl', 'demo-balans-2026');
  await expect(new CoachShell(page).practiceName()).toHaveText('Praktijk De Balans (demo)');
});

test("the demo manager's printed link shows Anouk's plan: the two items she released, nothing she kept", async ({ page }) => {
  const sql = e2eDatabase();
  const [demo] = await sql<{ id: string }[]>`select id from practices where is_demo`;
  await sql.end();
  // The start-up prints this link; it derives the token as scripts/seed-demo-plan.ts demoShareToken does.
  const secret = readFileSync(path.join(e2eSlot().dataDir, 'auth-secret'), 'utf8').trim();
  const token = createHmac('sha256', secret).update(`demo-share:${demo!.id}`).digest('base64url');
  await page.goto(`/share/${token}`);
  await expect(page.getByText('Tijdelijk geen nieuwe taken, projecten of extra verantwoordelijkheden.', { exact: false })).toBeVisible();
  await expect(page.getByText('Leidinggevende en medewerker bepalen samen de prioriteiten', { exact: false })).toBeVisible();
  // Her fixed stopping time and her own recharge moments stay between her and the coach.
  await expect(page.getByText('rondt de werkdag op een vast tijdstip af', { exact: false })).toHaveCount(0);
  await expect(page.getByText('Pauzes en vrije tijd worden gerespecteerd', { exact: false })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Plan bevestigen' })).toBeVisible();
});

test('pages carry the security headers and a nonce-based CSP', async ({ request }) => {
  for (const path of ['/login', '/api/health']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  }
  // The coach's calendar feed has its secret in the address: never passed on as a referrer, never indexed.
  const feed = await request.get('/api/calendar/00000000-0000-4000-8000-000000000000.unknown.ics');
  expect(feed.status()).toBe(404);
  expect(feed.headers()['referrer-policy']).toBe('no-referrer');
  expect(feed.headers()['x-robots-tag']).toBe('noindex, nofollow');
});
