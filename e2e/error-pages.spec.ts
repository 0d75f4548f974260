import { expect, test } from './fixtures';
import { signUp, uniqueEmail } from './helpers';
import { CoachShell } from './pages/coach-shell';
import { PortalPage } from './pages/portal-page';

// The pages that throw on purpose exist only with E2E_FORCE_ERRORS=1 (playwright.config.ts).
test('errors and unknown pages speak Dutch, never Next.js English', async ({ page }) => {
  const shell = new CoachShell(page);
  await signUp(page, { practice: 'Praktijk Fout', name: 'Frank', email: uniqueEmail('fout') });
  // An address that does not exist: the root not-found page.
  await page.goto('/deze-pagina-bestaat-niet');
  await expect(shell.notFound()).toBeVisible();

  // A malformed client id inside the coach area: its own not-found, in the coach's frame.
  await page.goto('/clients/geen-geldig-id');
  await expect(shell.notFound()).toBeVisible();
  await expect(shell.practiceName()).toHaveText('Praktijk Fout');

  // A page that fails: the coach's error page, with a retry and a way back.
  await page.goto('/e2e-error');
  await expect(shell.errorHeading()).toBeVisible();
  await expect(page.getByText('Je gegevens zijn niet verloren gegaan.')).toBeVisible();
  await expect(shell.retry()).toBeVisible();
  await expect(page.getByText('Application error')).toHaveCount(0);
  await expect(page.getByText(/server-side exception/)).toHaveCount(0);
  await shell.toDashboard().click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // Outside the coach area (sign-in, intake): the root error page, whose component loads when it shows.
  await page.goto('/e2e-root-error');
  await expect(shell.errorHeading()).toBeVisible();
  // The root layout's boundary, not the global one (which looks the same, and would take over if this one failed).
  await expect(page.locator('main[data-boundary="root"]')).toContainText('Er ging iets mis');
  await expect(shell.retry()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
  // Should the error page's own code not load (offline, a new version installed), the texts the root layout gave the
  // browser still say what happened, with the start page as the way out.
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    return body.includes('errorReference') ? route.abort() : route.fulfill({ response, body });
  });
  await page.reload();
  const root = page.locator('main[data-boundary="root"]');
  await expect(root).toContainText('Er ging iets mis');
  await expect(root.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
  await expect(shell.retry()).toHaveCount(0);
  await page.unroute('**/_next/static/chunks/*.js');

  // In the portal too (open to anyone: no sign-in needed to reach this page).
  const portal = new PortalPage(page);
  await page.goto('/portal/e2e-error');
  await expect(portal.errorHeading()).toBeVisible();
  await expect(portal.toPortal()).toBeVisible();

  // On the employer's page: a retry, and no way into the coaches' app (its sign-in is no place for a manager).
  await page.goto('/share/e2e-error');
  await expect(page.getByRole('heading', { name: 'Er ging iets mis' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
  await expect(page.getByRole('link')).toHaveCount(0);
  // An address under a share link that is no page: what an unknown link says, and no way into the coaches' app.
  await page.goto('/share/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ/iets');
  await expect(page.getByTestId('share-state')).toHaveText('Deze link werkt niet');
  await expect(page.getByRole('link')).toHaveCount(0);
  // And `/share` itself, a link cut short: the same page with a 404, not the coaches' one with its way to the dashboard.
  expect((await page.goto('/share'))?.status()).toBe(404);
  await expect(page.getByTestId('share-state')).toHaveText('Deze link werkt niet');
  await expect(page.getByRole('link')).toHaveCount(0);
});

test("when the root layout itself fails, the error page still speaks the visitor's language", async ({ page, baseURL }) => {
  // global-error.tsx loads its texts and its component only then; the layout fails for this cookie (E2E_FORCE_ERRORS=1).
  await page.context().addCookies([{ name: 'e2e_root_error', value: '1', url: baseURL! }]);
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Er ging iets mis' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: baseURL! }]);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
