import { expect, test } from './fixtures';
import { signUp, uniqueEmail } from './helpers';
import { insertClient } from './intake-helpers';

test('the coach downloads the client report as a PDF from the client overview', async ({ page, browser }) => {
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

  // Another practice's client: no PDF for this coach, though the report is there for that client's own coach.
  const otherCoach = uniqueEmail('reports-other');
  const otherPage = await (await browser.newContext()).newPage();
  await signUp(otherPage, { practice: 'Praktijk Ernaast', name: 'Olaf Ander', email: otherCoach });
  const otherClientId = await insertClient(otherCoach, { firstName: 'Otto', lastName: 'Opzij' });
  const otherReport = `/clients/${otherClientId}/reports/client`;
  expect((await otherPage.request.get(otherReport)).status()).toBe(200);
  expect((await page.request.get(otherReport)).status()).toBe(404);
  await otherPage.context().close();
});
