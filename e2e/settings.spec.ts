import { expect, test } from './fixtures';
import { signUp, uniqueEmail } from './helpers';
import { CoachShell } from './pages/coach-shell';
import { SettingsPage } from './pages/settings-page';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f0e1b60000000049454e44ae426082',
  'hex',
);

test('the owner edits the practice settings and uploads a logo', async ({ page }) => {
  const settings = new SettingsPage(page);
  await signUp(page, { practice: 'Praktijk Oud', name: 'Eva Eigenaar', email: uniqueEmail('settings') });
  await settings.goto();

  await settings.practiceName().fill('Praktijk Nieuw Licht');
  await settings.kvk().fill('1234');
  await settings.saveDetails().click();
  await expect(page.getByText('Een KvK-nummer bestaat uit 8 cijfers.')).toBeVisible();

  await settings.kvk().fill('87654321');
  await settings.address().fill('Lindelaan 4, 6811 AB Arnhem');
  await settings.reportColour().fill('#7c3aed');
  await settings.saveDetails().click();
  await expect(settings.savedDetails()).toBeVisible();
  await expect(new CoachShell(page).practiceName()).toHaveText('Praktijk Nieuw Licht');

  await page.reload();
  await expect(settings.kvk()).toHaveValue('87654321');
  await expect(settings.reportColour()).toHaveValue('#7c3aed');

  await settings.logoFile().setInputFiles({ name: 'logo.txt', mimeType: 'image/png', buffer: Buffer.from('geen plaatje') });
  await settings.upload().click();
  await expect(page.getByText('Upload een PNG- of JPEG-afbeelding.')).toBeVisible();

  await settings.logoFile().setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await settings.upload().click();
  const logo = settings.logo('Praktijk Nieuw Licht');
  await expect(logo).toBeVisible();
  const src = await logo.getAttribute('src');
  const response = await page.request.get(src!);
  expect(response.headers()['content-type']).toBe('image/png');
});

test('the logo route answers only a signed-in coach', async ({ request }) => {
  const response = await request.get('/api/practice/logo');
  expect(response.status()).toBe(401);
});

test('two forms on one practice: the details saved, then the indices, then the details again, without reloading', async ({ page }) => {
  const settings = new SettingsPage(page);
  await signUp(page, { practice: 'Praktijk Twee Formulieren', name: 'Tom Tweede', email: uniqueEmail('settings-two') });
  await settings.goto();
  const scoring = page.getByRole('region', { name: 'Indices: welke onderdelen tellen mee' });
  const stale = page.getByText('Iemand anders heeft dit intussen gewijzigd.', { exact: false });

  await settings.address().fill('Lindelaan 4, 6811 AB Arnhem');
  await settings.saveDetails().click();
  await expect(settings.savedDetails()).toBeVisible();
  // Both forms save the practice (one version): each follows the other's save.
  await scoring.getByLabel('AZW-analyse zorg en welzijn').check();
  await scoring.getByRole('button', { name: 'Opslaan' }).click();
  await expect(scoring.getByText('Opgeslagen')).toBeVisible();
  await expect(stale).toHaveCount(0);
  await settings.kvk().fill('87654321');
  await settings.saveDetails().click();
  await expect(settings.savedDetails()).toBeVisible();
  await expect(stale).toHaveCount(0);

  await page.reload();
  await expect(settings.kvk()).toHaveValue('87654321');
  await expect(settings.address()).toHaveValue('Lindelaan 4, 6811 AB Arnhem');
  await expect(
    page.getByRole('region', { name: 'Indices: welke onderdelen tellen mee' }).getByLabel('AZW-analyse zorg en welzijn'),
  ).toBeChecked();
});
