import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { createClient, createEmployerWithManager, isoDaysAgo } from './clients-helpers';
import { e2eDatabase, signUp, uniqueEmail } from './helpers';

test('a coach keeps a caseload: employer, client, search, edit, close, reopen, export, erase', async ({ page }) => {
  await signUp(page, { practice: 'Praktijk Caseload', name: 'Carla Coach', email: uniqueEmail('owner') });
  await createEmployerWithManager(page, 'Zorggroep De Brug', 'Henk de Vries');

  const clientEmail = uniqueEmail('eva');
  const url = await createClient(page, { first: 'Eva', last: 'Smit', email: clientEmail, employer: 'Zorggroep De Brug', manager: 'Henk de Vries' });
  const clientId = new URL(url).pathname.split('/').pop()!;
  await expect(page.getByText('Henk de Vries')).toBeVisible();
  await expect(page.getByTestId('timeline')).toContainText('Dossier aangemaakt');

  // Found by the employer's name, with the GET form.
  await page.getByRole('link', { name: 'Cliënten', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cliënten' })).toBeVisible();
  await page.getByLabel('Zoeken', { exact: true }).fill('de brug');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/q=de\+brug/);
  await expect(page.getByText('1 cliënt', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Eva Smit' }).click();

  // Edit: a bad phone number gets its message, then the change is saved.
  await page.getByRole('link', { name: 'Gegevens bewerken' }).click();
  await expect(page.getByRole('heading', { name: 'Gegevens bewerken' })).toBeVisible();
  await page.getByLabel('Telefoon (optioneel)').fill('bel mij');
  await page.getByLabel('Functie (optioneel)').fill('Teamleider thuiszorg');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByText('Vul een telefoonnummer in met 8 tot 20 tekens')).toBeVisible();
  await page.getByLabel('Telefoon (optioneel)').fill('06 1234 5678');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByText('Teamleider thuiszorg')).toBeVisible();
  await expect(page.getByTestId('timeline')).toContainText('Gegevens bijgewerkt (2 velden)');

  // Close with a date and reason, then reopen.
  await page.getByText('Traject afsluiten').click();
  await page.getByLabel('Reden').selectOption({ label: 'Volledig terug aan het werk' });
  await page.getByRole('button', { name: 'Afsluiten' }).click();
  await expect(page.getByTestId('timeline')).toContainText('Traject afgesloten per');
  await expect(page.getByRole('button', { name: 'Traject heropenen' })).toBeVisible();
  await page.getByRole('button', { name: 'Traject heropenen' }).click();
  await expect(page.getByTestId('timeline')).toContainText('Traject heropend');
  await expect(page.getByRole('button', { name: 'Status wijzigen' })).toBeVisible();

  // Export: the downloaded JSON holds the client.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Gegevens exporteren (JSON)' }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^balanspunt-client-${clientId}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(exported.client).toMatchObject({ id: clientId, firstName: 'Eva', lastName: 'Smit', email: clientEmail, jobTitle: 'Teamleider thuiszorg' });
  expect(exported.manager).toMatchObject({ name: 'Henk de Vries' });

  // Erase: the wrong name is refused; the right one removes the client and leaves an audit entry.
  await page.getByText('Cliënt definitief wissen').click();
  await page.getByLabel('Typ ter bevestiging de naam van de cliënt: Eva Smit').fill('Eva');
  await page.getByRole('button', { name: 'Definitief wissen' }).click();
  await expect(page.getByText('De naam komt niet overeen.')).toBeVisible();
  await page.getByLabel('Typ ter bevestiging de naam van de cliënt: Eva Smit').fill('eva smit');
  await page.getByRole('button', { name: 'Definitief wissen' }).click();
  await expect(page).toHaveURL(/\/clients\?erased=1$/);
  await expect(page.getByText('Het dossier is gewist.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Eva Smit' })).toHaveCount(0);
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();

  const sql = e2eDatabase();
  const [clientRows, audit] = await Promise.all([
    sql`select id from clients where id = ${clientId}`,
    sql`select action, metadata from audit_log where entity_id = ${clientId} and action = 'client.erased'`,
  ]);
  await sql.end();
  expect(clientRows).toHaveLength(0);
  expect(audit).toEqual([{ action: 'client.erased', metadata: {} }]);
});

test('a coach of practice A cannot open a client URL of practice B', async ({ page, browser }) => {
  await signUp(page, { practice: 'Praktijk A', name: 'Anna A', email: uniqueEmail('a') });
  const url = await createClient(page, { first: 'Geheim', last: 'Dossier', email: uniqueEmail('geheim') });

  const other = await (await browser.newContext()).newPage();
  await signUp(other, { practice: 'Praktijk B', name: 'Bert B', email: uniqueEmail('b') });
  for (const path of [url, `${url}/edit`]) {
    await other.goto(path);
    await expect(other.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
    await expect(other.getByText('Geheim')).toHaveCount(0);
  }
  expect((await other.request.get(`${url}/export`)).status()).toBe(404);
  await other.goto('/clients?q=geheim');
  await expect(other.getByText('Geen cliënten gevonden')).toBeVisible();
});

test('the second of two coaches saving the same client is refused, not overwritten', async ({ page }) => {
  await signUp(page, { practice: 'Praktijk Tegelijk', name: 'Tine', email: uniqueEmail('t') });
  const url = await createClient(page, { first: 'Sam', last: 'de Bruin', email: uniqueEmail('sam') });
  const second = await page.context().newPage();
  await second.goto(`${url}/edit`);
  await page.goto(`${url}/edit`);

  await page.getByLabel('Functie (optioneel)').fill('Eerste versie');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByText('Eerste versie')).toBeVisible();

  await second.getByLabel('Functie (optioneel)').fill('Tweede versie');
  await second.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(second.getByTestId('form-error')).toHaveText(/Iemand anders heeft dit intussen gewijzigd/);
  await page.reload();
  await expect(page.getByText('Eerste versie')).toBeVisible();
});

test('a client on sick leave shows the poortwachter milestones; a future first sick day is refused', async ({ page }) => {
  await signUp(page, { practice: 'Praktijk Verzuim', name: 'Vera', email: uniqueEmail('v') });
  await page.goto('/clients/new');
  await page.getByLabel('Voornaam').fill('Joost');
  await page.getByLabel('Achternaam').fill('Meijer');
  await page.getByLabel('E-mailadres').fill('joost@e2e.example');
  await page.getByLabel('De cliënt is (gedeeltelijk) ziekgemeld').check();
  await page.getByLabel('Eerste ziektedag').fill(isoDaysAgo(-3));
  await page.getByRole('button', { name: 'Cliënt aanmaken' }).click();
  await expect(page.getByText('De eerste ziektedag kan niet in de toekomst liggen.')).toBeVisible();
  await page.getByLabel('Eerste ziektedag').fill(isoDaysAgo(20));
  await page.getByRole('button', { name: 'Cliënt aanmaken' }).click();
  await expect(page.getByRole('heading', { name: 'Verzuim en poortwachter' })).toBeVisible();
  await expect(page.getByText('nu in week 3')).toBeVisible();
  await expect(page.getByText('Probleemanalyse door de bedrijfsarts')).toBeVisible();
  await expect(page.getByText('Plan van aanpak door werkgever en werknemer')).toBeVisible();
});
