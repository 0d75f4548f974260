import { expect, test } from './fixtures';
import { signUp, uniqueEmail } from './helpers';
import { insertClient } from './intake-helpers';
import { LoginPage } from './pages/auth-pages';

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
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="SB-persoonlijk-rapport-\d{4}-\d{2}-\d{2}\.pdf"$/);
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // Clicked, the link downloads the PDF: the route's attachment makes it a download, no `download` attribute needed.
  const link = card.getByRole('link', { name: 'Cliëntrapport (pdf)' });
  await expect(link).not.toHaveAttribute('download');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^SB-persoonlijk-rapport-\d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(page).toHaveURL(new RegExp(`/clients/${clientId}$`));

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

test('a report link clicked after the session ended shows the sign-in page, not a saved file', async ({ page }) => {
  const email = uniqueEmail('reports-expired');
  await signUp(page, { practice: 'Praktijk Verlopen Rapport', name: 'Vera Rapport', email });
  const clientId = await insertClient(email, { firstName: 'Tim', lastName: 'Tijd' });
  await page.goto(`/clients/${clientId}`);
  const link = page.getByTestId('reports-card').getByRole('link', { name: 'Cliëntrapport (pdf)' });
  await expect(link).toBeVisible();

  // The session runs out while the overview is open: the route sends the browser to the sign-in page. With `download`
  // on the link, the browser saved that page as a file and stayed here, without a word.
  await page.context().clearCookies();
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await link.click();
  await expect(page).toHaveURL(/\/login(\?.*)?$/);
  await expect(new LoginPage(page).submit()).toBeVisible();
  expect(downloads).toEqual([]);
});
