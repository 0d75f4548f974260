import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { e2eDatabase, signUp, uniqueEmail } from './helpers';
import { ready } from './pages/auth-pages';
import { ClientFormPage, ClientListPage, ClientPage, EmployerPage, isoDaysAgo } from './pages/client-pages';
import { CoachShell } from './pages/coach-shell';

test('a coach keeps a caseload: employer, client, search, edit, close, reopen, export, erase', async ({ page }) => {
  // About 30 s in CI runs, with some fifty steps; twice over 60 s on a machine loaded by other test runs.
  test.setTimeout(120_000);
  const shell = new CoachShell(page);
  const form = new ClientFormPage(page);
  const list = new ClientListPage(page);
  const client = new ClientPage(page);
  await signUp(page, { practice: 'Praktijk Caseload', name: 'Carla Coach', email: uniqueEmail('owner') });
  const employer = new EmployerPage(page);
  await employer.createWithManager('Zorggroep De Brug', 'Henk de Vries');
  // By keyboard: "Bewerken" puts the focus in the contact's form; saving or cancelling returns it to "Bewerken".
  const editHenk = page.getByRole('button', { name: 'Henk de Vries bewerken' });
  await editHenk.press('Enter');
  await expect(employer.editField('Naam')).toBeFocused();
  await employer.editField('Telefoon (optioneel)').fill('020 123 4567');
  await employer.editField('Telefoon (optioneel)').press('Enter');
  await expect(employer.contact('Henk de Vries')).toContainText('020\u00a0123\u00a04567');
  await expect(editHenk).toBeFocused();
  await editHenk.press('Enter');
  await page.getByRole('button', { name: 'Annuleren' }).press('Enter');
  await expect(editHenk).toBeFocused();
  // Removing asks first; "Niet verwijderen" keeps the contact and gives the focus back. A removed contact's buttons go with
  // it: the focus goes to the list's heading.
  await page.getByLabel('Naam', { exact: true }).fill('Tijdelijk Contact');
  await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
  // Added, the emptied form is ready for the next contact: the focus is on its name.
  await expect(employer.contact('Tijdelijk Contact')).toHaveCount(1);
  await expect(page.getByLabel('Naam', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('');
  const removeTemp = page.getByRole('button', { name: 'Tijdelijk Contact verwijderen' });
  await removeTemp.press('Enter');
  await expect(employer.contact('Tijdelijk Contact')).toContainText('Tijdelijk Contact verwijderen? Dat kan niet ongedaan worden gemaakt.');
  await expect(page.getByRole('button', { name: 'Niet verwijderen' })).toBeFocused();
  await page.getByRole('button', { name: 'Niet verwijderen' }).press('Enter');
  await expect(removeTemp).toBeFocused();
  await expect(employer.contact('Tijdelijk Contact')).toHaveCount(1);
  await removeTemp.press('Enter');
  await page.getByRole('button', { name: 'Ja, verwijderen' }).press('Enter');
  await expect(employer.contact('Tijdelijk Contact')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Contactpersonen' })).toBeFocused();

  const clientEmail = uniqueEmail('eva');
  const url = await form.createClient({
    first: 'Eva',
    last: 'Smit',
    email: clientEmail,
    employer: 'Zorggroep De Brug',
    manager: 'Henk de Vries',
  });
  const clientId = new URL(url).pathname.split('/').pop()!;
  await expect(page.getByText('Henk de Vries')).toBeVisible();
  await expect(client.timeline()).toContainText('Dossier aangemaakt');

  // Found by the employer's name, with the GET form.
  await shell.nav('Cliënten').click();
  await expect(list.heading()).toBeVisible();
  await list.search('de brug');
  await expect(page).toHaveURL(/q=de\+brug/);
  await expect(list.count('1 cliënt')).toBeVisible();
  await list.clientLink('Eva Smit').click();

  // Edit: a bad phone number gets its message, then the change is saved.
  await client.editLink().click();
  await expect(form.editHeading()).toBeVisible();
  await form.phone().fill('bel mij');
  await form.jobTitle().fill('Teamleider thuiszorg');
  await form.save().click();
  await expect(page.getByText('Vul een telefoonnummer in met 8 tot 20 tekens')).toBeVisible();
  await form.phone().fill('06 1234 5678');
  await form.save().click();
  await expect(page.getByText('Teamleider thuiszorg')).toBeVisible();
  await expect(client.timeline()).toContainText('Gegevens bijgewerkt (2 velden)');

  // Close with a date and reason (by keyboard: the form is folded and loads when opened), then reopen.
  // Each step replaces its control: the focus goes to the panel's heading, which is described by the new status.
  const lifecycle = page.getByRole('heading', { name: 'Traject', exact: true });
  await client.closeByKeyboard();
  await expect(client.timeline()).toContainText('Traject afgesloten per');
  await expect(client.reopen()).toBeVisible();
  await expect(lifecycle).toBeFocused();
  await expect(lifecycle).toHaveAccessibleDescription('Status: Afgesloten');
  await client.reopen().click();
  await expect(client.timeline()).toContainText('Traject heropend');
  await expect(client.changeStatus()).toBeVisible();
  await expect(lifecycle).toBeFocused();
  await expect(lifecycle).toHaveAccessibleDescription('Status: Actief');

  // Export: the downloaded JSON holds the client.
  const [download] = await Promise.all([page.waitForEvent('download'), client.exportLink().click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^balanspunt-client-${clientId}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(exported.client).toMatchObject({
    id: clientId,
    firstName: 'Eva',
    lastName: 'Smit',
    email: clientEmail,
    jobTitle: 'Teamleider thuiszorg',
  });
  expect(exported.manager).toMatchObject({ name: 'Henk de Vries' });

  // Erase: only once the trajectory is closed (closing calls off its sessions); the wrong name is refused; the right one
  // removes the client and leaves an audit entry.
  await expect(client.eraseNeedsClosing()).toContainText('Sluit eerst het traject af');
  await client.close();
  await expect(client.reopen()).toBeVisible();
  await client.openErase();
  await client.confirmErase('Eva Smit', 'Eva');
  await expect(page.getByText('De naam komt niet overeen.')).toBeVisible();
  await client.confirmErase('Eva Smit', 'eva smit');
  await expect(page).toHaveURL(/\/clients\?erased=1$/);
  await expect(list.erased()).toBeVisible();
  await expect(list.clientLink('Eva Smit')).toHaveCount(0);
  await page.goto(url);
  await expect(shell.notFound()).toBeVisible();

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
  const url = await new ClientFormPage(page).createClient({ first: 'Geheim', last: 'Dossier', email: uniqueEmail('geheim') });

  const other = await (await browser.newContext()).newPage();
  const shell = new CoachShell(other);
  await signUp(other, { practice: 'Praktijk B', name: 'Bert B', email: uniqueEmail('b') });
  for (const path of [url, `${url}/edit`]) {
    await other.goto(path);
    await expect(shell.notFound()).toBeVisible();
    await expect(other.getByText('Geheim')).toHaveCount(0);
  }
  expect((await other.request.get(`${url}/export`)).status()).toBe(404);
  await other.goto('/clients?q=geheim');
  await expect(new ClientListPage(other).noneFound()).toBeVisible();
});

// Two forms open on one client (two tabs here; two coaches of a practice meet the same version check): the later save
// is refused, not written over the first.
test('two open edit forms of one client: the later save is refused, not overwritten', async ({ page }) => {
  await signUp(page, { practice: 'Praktijk Tegelijk', name: 'Tine', email: uniqueEmail('t') });
  const url = await new ClientFormPage(page).createClient({ first: 'Sam', last: 'de Bruin', email: uniqueEmail('sam') });
  const second = await page.context().newPage();
  await second.goto(`${url}/edit`);
  await page.goto(`${url}/edit`);
  const first = new ClientFormPage(page);
  const other = new ClientFormPage(second);

  await first.jobTitle().fill('Eerste versie');
  await first.save().click();
  await expect(page.getByText('Eerste versie')).toBeVisible();

  await other.jobTitle().fill('Tweede versie');
  await other.save().click();
  await expect(other.formError()).toHaveText(/Dit is intussen ergens anders opgeslagen/);
  await page.reload();
  await expect(page.getByText('Eerste versie')).toBeVisible();
  await expect(page.getByText('Tweede versie')).toHaveCount(0);
});

test('a client on sick leave shows the poortwachter milestones; a future first sick day is refused', async ({ page }) => {
  await signUp(page, { practice: 'Praktijk Verzuim', name: 'Vera', email: uniqueEmail('v') });
  const form = new ClientFormPage(page);
  await form.gotoNew();
  await form.fillName({ first: 'Joost', last: 'Meijer', email: 'joost@e2e.example' });
  await form.sickLeave().check();
  await form.firstSickDay().fill(isoDaysAgo(-3));
  await form.create().click();
  await expect(page.getByText('De eerste ziektedag kan niet in de toekomst liggen.')).toBeVisible();
  await form.firstSickDay().fill(isoDaysAgo(20));
  await form.create().click();
  await expect(new ClientPage(page).sickLeaveHeading()).toBeVisible();
  await expect(page.getByText('nu in week 3')).toBeVisible();
  await expect(page.getByText('Probleemanalyse door de bedrijfsarts')).toBeVisible();
  await expect(page.getByText('Plan van aanpak door werkgever en werknemer')).toBeVisible();

  // Back at work, recorded later: ticking sick leave off asks since when (not before the first sick day).
  const client = new ClientPage(page);
  await client.editLink().click();
  await expect(form.editHeading()).toBeVisible();
  await expect(form.backAtWork()).toBeHidden();
  await form.sickLeave().uncheck();
  await form.backAtWork().fill(isoDaysAgo(25));
  await form.save().click();
  await expect(page.getByText('De hersteldatum kan niet voor de eerste ziektedag liggen.')).toBeVisible();
  await form.backAtWork().fill(isoDaysAgo(6));
  await page.screenshot({ path: 'test-results/client-back-at-work.png', fullPage: true });
  await form.save().click();
  await expect(client.sickLeaveHeading()).toBeHidden();
  // The line says the day back at work, not the day it was recorded.
  const backOn = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDaysAgo(6)}T12:00:00Z`));
  await expect(client.timeline().getByText(`Verzuim beëindigd, weer aan het werk op ${backOn}`)).toBeVisible();
});

test('a poortwachter step the coach records as taken leaves the dashboard, and comes back when taken back', async ({ page }) => {
  await signUp(page, { practice: 'Praktijk Stappen', name: 'Stijn', email: uniqueEmail('steps') });
  const form = new ClientFormPage(page);
  await form.gotoNew();
  await form.fillName({ first: 'Petra', last: 'Poort', email: 'petra@e2e.example' });
  await form.sickLeave().check();
  // Week 6: the problem analysis (day 42) is due within the week.
  await form.firstSickDay().fill(isoDaysAgo(36));
  await form.create().click();
  const client = new ClientPage(page);
  await expect(client.sickLeaveHeading()).toBeVisible();
  const record = page.url();
  const analysis = 'Probleemanalyse door de bedrijfsarts';
  // Months away, the UWV report has no button yet.
  await expect(page.getByRole('button', { name: /Ziekmelding bij UWV/ })).toHaveCount(0);

  await client.stepButton('Gedaan', analysis).click();
  // It asks on which day (today, unless the coach says otherwise): the analysis was made three days ago.
  const day = client.stepDay(analysis);
  const on = day.getByLabel('Gedaan op');
  await expect(on).toBeFocused();
  await expect(on).toHaveValue(isoDaysAgo(0));
  // Cancelled, nothing is recorded and the focus is back on the button.
  await day.getByRole('button', { name: 'Annuleren' }).click();
  await expect(client.stepButton('Gedaan', analysis)).toBeFocused();
  await client.stepButton('Gedaan', analysis).click();
  await on.fill(isoDaysAgo(-1));
  await day.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(day.getByText('Die datum ligt in de toekomst. Leg een stap vast zodra die gezet is.')).toBeVisible();
  // Escape closes it, and the refusal goes with it: opened again, the field holds today, without the old message.
  await on.press('Escape');
  await expect(client.stepButton('Gedaan', analysis)).toBeFocused();
  await expect(page.locator('li[data-step="problem_analysis"]')).not.toContainText('in de toekomst');
  await client.stepButton('Gedaan', analysis).click();
  await expect(on).toHaveValue(isoDaysAgo(0));
  await expect(on).not.toHaveAttribute('aria-invalid', 'true');
  await on.fill(isoDaysAgo(3));
  await day.getByRole('button', { name: 'Vastleggen' }).click();
  // The focus stays on the step's button, with its new name.
  await expect(client.stepButton('Toch niet gedaan', analysis)).toBeFocused();
  const shown = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' }).format(
    new Date(`${isoDaysAgo(3)}T12:00:00Z`),
  );
  await expect(page.locator('li[data-step="problem_analysis"]')).toContainText(`gedaan op ${shown}`);
  await expect(client.timeline().getByText(`Poortwachterstap gedaan op ${shown}: probleemanalyse door de bedrijfsarts`)).toBeVisible();
  const dashboard = page.getByTestId('dashboard-poortwachter');
  await page.goto('/dashboard');
  await expect(dashboard).toContainText('Geen verstreken of komende poortwachterstappen open.');

  await page.goto(record);
  await ready(page);
  await client.stepButton('Toch niet gedaan', analysis).click();
  await expect(client.stepButton('Gedaan', analysis)).toBeFocused();
  await page.goto('/dashboard');
  await expect(dashboard.getByRole('link', { name: 'Petra Poort' })).toBeVisible();
  await expect(dashboard).toContainText(analysis);
});

test('a new employer is saved once, also when "save" is pressed again while its page loads', async ({ page }) => {
  await signUp(page, { practice: 'Praktijk Eenmaal', name: 'Erik Eenmaal', email: uniqueEmail('once') });
  await page.goto('/employers/new');
  await ready(page);
  const name = `Bouwbedrijf ${Date.now()}`;
  await page.getByLabel('Naam van de organisatie').fill(name);
  // The new employer's page is slow to come: the button must stay busy until it is there.
  await page.route(/\/employers\/[0-9a-f-]{36}/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const save = page.getByRole('button', { name: 'Werkgever opslaan' });
  const saved = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/employers/new');
  await save.click();
  await saved;
  await expect(save).toBeDisabled({ timeout: 1000 });
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const sql = e2eDatabase();
  try {
    expect(await sql`select id from employers where name = ${name}`).toHaveLength(1);
  } finally {
    await sql.end();
  }
});

test('employer notes typed, then a reload: the form has them back until the employer is saved, or the edit cancelled', async ({ page }) => {
  await signUp(page, { practice: 'Praktijk Werkgevers', name: 'Wim Werkgever', email: uniqueEmail('employer-draft') });
  const name = `Transportbedrijf ${Date.now()}`;
  const nameField = () => page.getByLabel('Naam van de organisatie');
  const notes = () => page.getByLabel('Notities (optioneel)');
  const restored = () => page.getByTestId('draft-restored');
  const first = 'Verzuim loopt via de vestiging in Zwolle; HR zit in Utrecht.';
  await page.goto('/employers/new');
  await ready(page);
  await nameField().fill(name);
  await notes().fill(first);
  // No save: the tab is reloaded (as after a crash, a dropped connection or a server restart).
  await page.waitForTimeout(500);
  await page.reload();
  await ready(page);
  await expect(restored()).toContainText('Niet-opgeslagen invoer van');
  await expect(nameField()).toHaveValue(name);
  await expect(notes()).toHaveValue(first);
  await page.getByRole('button', { name: 'Werkgever opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const employerUrl = new URL(page.url()).pathname;
  // Saved: the next new employer starts from an empty form.
  await page.goto('/employers/new');
  await ready(page);
  await expect(notes()).toHaveValue('');
  await expect(restored()).toHaveCount(0);

  // The edit form keeps its own draft, until cancelled.
  await page.goto(`${employerUrl}/edit`);
  await ready(page);
  await notes().fill('Nieuwe afspraak: HR belt zelf na twee weken verzuim.');
  await page.waitForTimeout(500);
  await page.reload();
  await ready(page);
  await expect(restored()).toContainText('Niet-opgeslagen invoer van');
  await expect(notes()).toHaveValue('Nieuwe afspraak: HR belt zelf na twee weken verzuim.');
  await page.getByRole('link', { name: 'Annuleren' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.goto(`${employerUrl}/edit`);
  await ready(page);
  await expect(notes()).toHaveValue(first);
  await expect(restored()).toHaveCount(0);
});
