import { expect, test } from './fixtures';
import { signUp, uniqueEmail } from './helpers';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f0e1b60000000049454e44ae426082',
  'hex',
);

test('the owner edits the practice settings and uploads a logo', async ({ page }) => {
  await signUp(page, { practice: 'Praktijk Oud', name: 'Eva Eigenaar', email: uniqueEmail('settings') });
  await page.goto('/settings');
  const details = page.getByRole('region', { name: 'Praktijkgegevens' });

  await page.getByLabel('Naam van de praktijk').fill('Praktijk Nieuw Licht');
  await page.getByLabel('KvK-nummer').fill('1234');
  await details.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Een KvK-nummer bestaat uit 8 cijfers.')).toBeVisible();

  await page.getByLabel('KvK-nummer').fill('87654321');
  await page.getByLabel('Adres', { exact: true }).fill('Lindelaan 4, 6811 AB Arnhem');
  await page.getByLabel('Kleur van de rapporten').fill('#7c3aed');
  await details.getByRole('button', { name: 'Opslaan' }).click();
  await expect(details.getByText('Opgeslagen')).toBeVisible();
  await expect(page.getByTestId('practice-name')).toHaveText('Praktijk Nieuw Licht');

  await page.reload();
  await expect(page.getByLabel('KvK-nummer')).toHaveValue('87654321');
  await expect(page.getByLabel('Kleur van de rapporten')).toHaveValue('#7c3aed');

  await page.getByLabel('Logobestand').setInputFiles({ name: 'logo.txt', mimeType: 'image/png', buffer: Buffer.from('geen plaatje') });
  await page.getByRole('button', { name: 'Uploaden' }).click();
  await expect(page.getByText('Upload een PNG- of JPEG-afbeelding.')).toBeVisible();

  await page.getByLabel('Logobestand').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await page.getByRole('button', { name: 'Uploaden' }).click();
  const logo = page.getByRole('img', { name: 'Logo van Praktijk Nieuw Licht' });
  await expect(logo).toBeVisible();
  const src = await logo.getAttribute('src');
  const response = await page.request.get(src!);
  expect(response.headers()['content-type']).toBe('image/png');
});

test('the logo route answers only a signed-in coach', async ({ request }) => {
  const response = await request.get('/api/practice/logo');
  expect(response.status()).toBe(401);
});
