import { expect, test } from './fixtures';
import { e2eDatabase, PASSWORD, signIn, signOut, signUp, uniqueEmail } from './helpers';

test('sign up a practice, sign out, sign in again', async ({ page }) => {
  const email = uniqueEmail('owner');
  await signUp(page, { practice: 'Praktijk Veerkracht', name: 'Femke Jansen', email });
  await expect(page.getByRole('heading', { name: 'Goedendag, Femke Jansen' })).toBeVisible();
  await expect(page.getByTestId('practice-name')).toHaveText('Praktijk Veerkracht');

  await signOut(page);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard/);

  await signIn(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { name: 'Goedendag, Femke Jansen' })).toBeVisible();
});

test('a wrong password gets a clear message; after 5 failures the email waits', async ({ page }) => {
  const email = uniqueEmail('locked');
  await signUp(page, { practice: 'Praktijk Slot', name: 'Lot', email });
  await signOut(page);

  await signIn(page, email, 'helemaal-verkeerd');
  await expect(page.getByTestId('form-error')).toHaveText('Dit e-mailadres en wachtwoord horen niet bij elkaar.');
  for (let i = 0; i < 4; i++) {
    await page.getByLabel('Wachtwoord').fill(`nog-steeds-fout-${i}`);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expect(page.getByTestId('form-error')).toBeVisible();
  }
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByTestId('form-error')).toHaveText('Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.');
  await expect(page).toHaveURL(/\/login/);
});

test('bad sign-up input gets messages next to the fields', async ({ page }) => {
  await page.goto('/signup');
  await page.getByLabel('E-mailadres').fill('geen-email');
  await page.getByLabel('Wachtwoord', { exact: true }).fill('1234567890');
  await page.getByRole('button', { name: 'Praktijk aanmaken' }).click();
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
  const email = uniqueEmail('lang');
  await signUp(page, { practice: 'Praktijk Taal', name: 'Tess', email });
  await page.getByRole('button', { name: 'English' }).first().click();
  await expect(page.getByRole('link', { name: 'Clients', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Hello, Tess' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');

  // Remembered on the account too: a fresh browser signs in and gets English.
  await signOut(page);
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Tess' })).toBeVisible();

  await page.getByRole('button', { name: 'Nederlands' }).first().click();
  await expect(page.getByRole('link', { name: 'Cliënten', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Goedendag, Tess' })).toBeVisible();
});

test('the owner invites a coach, who accepts through the outbox link and signs in', async ({ page, browser }) => {
  const ownerEmail = uniqueEmail('owner');
  const coachEmail = uniqueEmail('coach');
  await signUp(page, { practice: 'Praktijk Samen', name: 'Olga Owner', email: ownerEmail });
  await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Instellingen' })).toBeVisible();
  await page.getByLabel('Naam', { exact: true }).fill('Cor Coach');
  await page.getByLabel('E-mailadres').fill(coachEmail);
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(page.getByText(`Uitnodiging verstuurd naar ${coachEmail}.`)).toBeVisible();

  await page.getByRole('link', { name: 'Uitgaande e-mail' }).click();
  await expect(page.getByRole('heading', { name: 'Uitgaande e-mail' })).toBeVisible();
  const mail = page.getByTestId('outbox-mail').filter({ hasText: coachEmail });
  await expect(mail.getByRole('heading')).toHaveText('Uitnodiging voor Praktijk Samen op Balanspunt');
  const link = await mail.getByRole('link').getAttribute('href');

  const coach = await (await browser.newContext()).newPage();
  await coach.goto(link!);
  await coach.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await expect(coach.getByRole('heading', { name: 'Welkom bij Praktijk Samen' })).toBeVisible();
  await coach.getByLabel('Wachtwoord', { exact: true }).fill('cor-zijn-eigen-wachtwoord');
  await coach.getByLabel('Herhaal het wachtwoord').fill('cor-zijn-eigen-wachtwoord');
  await coach.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(coach.getByText('Je account is klaar.')).toBeVisible();
  await signIn(coach, coachEmail, 'cor-zijn-eigen-wachtwoord');
  await expect(coach.getByRole('heading', { name: 'Goedendag, Cor Coach' })).toBeVisible();
  await expect(coach.getByTestId('practice-name')).toHaveText('Praktijk Samen');

  // The link works once.
  await coach.goto(link!);
  await expect(coach.getByText('Deze link is al gebruikt. Vraag zo nodig een nieuwe aan.')).toBeVisible();
});

test('a forgotten password is reset through the mailed link', async ({ page }) => {
  const email = uniqueEmail('forgot');
  await signUp(page, { practice: 'Praktijk Vergeet', name: 'Vera', email });
  await signOut(page);
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await expect(page.getByRole('heading', { name: 'Wachtwoord vergeten' })).toBeVisible();
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Stuur de link' }).click();
  await expect(page.getByText('Als dit e-mailadres bij een account hoort')).toBeVisible();

  const sql = e2eDatabase();
  const [mail] = await sql`select text from outbox where "to" = ${email} order by created_at desc limit 1`;
  await sql.end();
  const link = new URL(String(mail!.text).match(/https?:\/\/\S+/)![0]).pathname;

  await page.goto(link);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('mijn-vernieuwde-wachtwoord');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('mijn-vernieuwde-wachtwoord');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByText('Je wachtwoord is gewijzigd.')).toBeVisible();
  await signIn(page, email, 'mijn-vernieuwde-wachtwoord');
  await expect(page).toHaveURL(/\/dashboard$/);
});

test('the demo coach can sign in with the printed login', async ({ page }) => {
  await signIn(page, 'coach@demo.balanspunt.nl', 'demo-balans-2026');
  await expect(page.getByTestId('practice-name')).toHaveText('Praktijk De Balans (demo)');
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
});
