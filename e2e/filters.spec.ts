import { expect, test } from './fixtures';
import { signUp, uniqueEmail } from './helpers';
import { seedClient } from './portal-helpers';

// The client list and the audit log share one GET filter form (app/_components/filter-form.tsx): the filters are in the URL.
test('the client list and the audit log filter through the URL and reset', async ({ page }) => {
  const email = uniqueEmail('filters');
  await signUp(page, { practice: 'Praktijk Filters', name: 'Fien Filter', email });
  // One client: before the first, the list shows what to do instead of filters over nothing.
  await seedClient(email, { firstName: 'Els', lastName: 'Jansen', email: uniqueEmail('els') });

  await page.goto('/clients');
  const clientSearch = page.getByRole('search', { name: 'Cliënten zoeken' });
  await clientSearch.getByLabel('Zoeken', { exact: true }).fill('Jansen');
  await clientSearch.getByLabel('Status').selectOption({ label: 'Gepauzeerd' });
  await page.screenshot({ path: 'test-results/filters-clients.png', fullPage: true });
  await clientSearch.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/\/clients\?.*q=Jansen.*status=paused|\/clients\?.*status=paused.*q=Jansen/);
  await expect(clientSearch.getByLabel('Zoeken', { exact: true })).toHaveValue('Jansen');
  await clientSearch.getByRole('link', { name: 'Filters wissen' }).click();
  await expect(page).toHaveURL(/\/clients$/);

  await page.goto('/settings/audit');
  const auditFilter = page.getByRole('search', { name: 'Filteren' });
  await auditFilter.getByLabel('Handeling').selectOption({ label: 'Aangemeld' });
  await auditFilter.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(page).toHaveURL(/\/settings\/audit\?.*action=auth\.sign_in/);
  await expect(auditFilter.getByLabel('Handeling')).toHaveValue('auth.sign_in');
  await expect(page.getByTestId('audit-count')).toBeVisible();
  await page.screenshot({ path: 'test-results/filters-audit.png', fullPage: true });
  await auditFilter.getByRole('link', { name: 'Filters wissen' }).click();
  await expect(page).toHaveURL(/\/settings\/audit$/);
});
