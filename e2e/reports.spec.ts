import { expect, test } from './fixtures';
import { signUp, uniqueEmail } from './helpers';
import { insertClient } from './intake-helpers';

test('the coach downloads the client report as a PDF from the client overview', async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail('reports');
  await signUp(page, { practice: 'Praktijk Rapport', name: 'Rita Coach', email });
  const clientId = await insertClient(email, { firstName: 'Sanne', lastName: 'Bakker' });

  await page.goto(`/clients/${clientId}`);
  const card = page.getByTestId('reports-card');
  await expect(card.getByRole('heading', { level: 2, name: 'Rapporten' })).toBeVisible();
  const href = await card.getByRole('link', { name: 'Cliëntrapport (pdf)' }).getAttribute('href');
  expect(href).toBe(`/clients/${clientId}/reports/client`);

  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="SB-client-\d{4}-\d{2}-\d{2}\.pdf"$/);
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // Another client id (not this practice's): no PDF.
  const other = await page.request.get('/clients/00000000-0000-4000-8000-000000000000/reports/client');
  expect(other.status()).toBe(404);
});
