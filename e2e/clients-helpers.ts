import { expect, type Page } from '@playwright/test';

/** Today and a date some days back, as the ISO strings a date input takes (in Amsterdam, like the app). */
export function isoDaysAgo(days: number) {
  const date = new Date(Date.now() - days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);
}

export async function createEmployerWithManager(page: Page, employer: string, manager: string) {
  await page.goto('/employers/new');
  await page.getByLabel('Naam van de organisatie').fill(employer);
  await page.getByRole('button', { name: 'Werkgever opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: employer })).toBeVisible();
  await page.getByLabel('Naam', { exact: true }).fill(manager);
  await page.getByLabel('Rol').selectOption({ label: 'Leidinggevende' });
  await page.getByLabel('E-mailadres (optioneel)').fill('henk@debrug.example');
  await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: manager })).toBeVisible();
}

export async function createClient(page: Page, client: { first: string; last: string; email: string; employer?: string; manager?: string }) {
  await page.goto('/clients/new');
  await expect(page.getByRole('heading', { name: 'Nieuwe cliënt' })).toBeVisible();
  await page.getByLabel('Voornaam').fill(client.first);
  await page.getByLabel('Achternaam').fill(client.last);
  await page.getByLabel('E-mailadres').fill(client.email);
  await page.getByLabel('Startdatum (optioneel)').fill(isoDaysAgo(30));
  if (client.employer) await page.getByLabel('Werkgever', { exact: true }).selectOption({ label: client.employer });
  if (client.manager) await page.getByLabel('Leidinggevende').selectOption({ label: `${client.manager} (Leidinggevende)` });
  await page.getByRole('button', { name: 'Cliënt aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${client.first} ${client.last}` })).toBeVisible();
  return page.url();
}
