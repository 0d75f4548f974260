import { expect, type Page } from '@playwright/test';

/** Today and a date some days back, as the ISO strings a date input takes (in Amsterdam, like the app). */
export function isoDaysAgo(days: number) {
  const date = new Date(Date.now() - days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);
}

export type NewClient = { first: string; last: string; email: string; employer?: string; manager?: string };

/** The employer form and an employer's page with its contacts. */
export class EmployerPage {
  constructor(readonly page: Page) {}

  async createWithManager(employer: string, manager: string) {
    await this.page.goto('/employers/new');
    await this.page.getByLabel('Naam van de organisatie').fill(employer);
    await this.page.getByRole('button', { name: 'Werkgever opslaan' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: employer })).toBeVisible();
    await this.page.getByLabel('Naam', { exact: true }).fill(manager);
    await this.page.getByLabel('Rol').selectOption({ label: 'Leidinggevende' });
    await this.page.getByLabel('E-mailadres (optioneel)').fill('henk@debrug.example');
    await this.page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    await expect(this.page.getByRole('listitem').filter({ hasText: manager })).toBeVisible();
  }

  /** A contact's card; while it is being edited, its own form's fields. */
  readonly contact = (name: string) => this.page.getByRole('listitem').filter({ hasText: name });
  readonly editField = (label: string) => this.page.getByRole('listitem').getByLabel(label, { exact: true });
}

/** The client list with its search form. */
export class ClientListPage {
  constructor(readonly page: Page) {}
  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Cliënten' });
  readonly count = (text: string) => this.page.getByText(text, { exact: true });
  readonly clientLink = (name: string) => this.page.getByRole('link', { name });
  readonly noneFound = () => this.page.getByText('Geen cliënten gevonden');
  readonly erased = () => this.page.getByText('Het dossier is gewist.');

  async search(query: string) {
    await this.page.getByLabel('Zoeken', { exact: true }).fill(query);
    await this.page.getByRole('button', { name: 'Zoeken' }).click();
  }
}

/** The new-client and edit-client forms (the same fields). */
export class ClientFormPage {
  constructor(readonly page: Page) {}
  readonly heading = () => this.page.getByRole('heading', { name: 'Nieuwe cliënt' });
  readonly editHeading = () => this.page.getByRole('heading', { name: 'Gegevens bewerken' });
  readonly phone = () => this.page.getByLabel('Telefoon (optioneel)');
  readonly jobTitle = () => this.page.getByLabel('Functie (optioneel)');
  readonly sickLeave = () => this.page.getByLabel('De cliënt is (gedeeltelijk) ziekgemeld');
  readonly firstSickDay = () => this.page.getByLabel('Eerste ziektedag');
  readonly backAtWork = () => this.page.getByLabel('Weer aan het werk sinds (optioneel)');
  readonly create = () => this.page.getByRole('button', { name: 'Cliënt aanmaken' });
  readonly save = () => this.page.getByRole('button', { name: 'Wijzigingen opslaan' });
  readonly formError = () => this.page.getByTestId('form-error');

  async gotoNew() {
    await this.page.goto('/clients/new');
  }

  async fillName(client: { first: string; last: string; email: string }) {
    await this.page.getByLabel('Voornaam').fill(client.first);
    await this.page.getByLabel('Achternaam').fill(client.last);
    await this.page.getByLabel('E-mailadres').fill(client.email);
  }

  /** A new client through the form; returns the client page's URL. */
  async createClient(client: NewClient) {
    await this.gotoNew();
    await expect(this.heading()).toBeVisible();
    await this.fillName(client);
    await this.page.getByLabel('Startdatum (optioneel)').fill(isoDaysAgo(30));
    if (client.employer) await this.page.getByLabel('Werkgever', { exact: true }).selectOption({ label: client.employer });
    if (client.manager) await this.page.getByLabel('Leidinggevende').selectOption({ label: `${client.manager} (Leidinggevende)` });
    await this.create().click();
    await expect(this.page.getByRole('heading', { level: 1, name: `${client.first} ${client.last}` })).toBeVisible();
    return this.page.url();
  }
}

/** A client's own page: details, timeline, lifecycle, export and erase. */
export class ClientPage {
  constructor(readonly page: Page) {}
  readonly timeline = () => this.page.getByTestId('timeline');
  readonly editLink = () => this.page.getByRole('link', { name: 'Gegevens bewerken' });
  readonly reopen = () => this.page.getByRole('button', { name: 'Traject heropenen' });
  readonly changeStatus = () => this.page.getByRole('button', { name: 'Status wijzigen' });
  readonly exportLink = () => this.page.getByRole('link', { name: 'Gegevens exporteren (JSON)' });
  readonly sickLeaveHeading = () => this.page.getByRole('heading', { name: 'Verzuim en poortwachter' });
  /** A poortwachter step's button: "Gedaan" (record it as taken) or "Toch niet gedaan" (take that back). */
  readonly stepButton = (label: 'Gedaan' | 'Toch niet gedaan', step: string) =>
    this.page.getByRole('button', { name: `${label}: ${step}`, exact: true });
  /** Recording a step as taken asks on which day: the group that opens in place of the step's button. */
  readonly stepDay = (step: string) => this.page.getByRole('group', { name: `Gedaan: ${step}`, exact: true });
  /** The client portal card: the portal's address and "Email a sign-in link". */
  readonly portalCard = () => this.page.getByTestId('portal-card');
  readonly mailPortalLink = () => this.portalCard().getByRole('button', { name: 'Aanmeldlink mailen' });
  readonly portalLinkSent = () => this.page.getByTestId('portal-link-sent');

  async goto(clientId: string) {
    await this.page.goto(`/clients/${clientId}`);
  }

  /** The whole timeline, its own page (the overview shows the latest events). */
  readonly timelineCount = () => this.page.getByTestId('timeline-count');
  async gotoTimeline(clientId: string) {
    await this.page.goto(`/clients/${clientId}/timeline`);
  }

  /** Closes with the second reason, by keyboard only: the fold opens from its summary and its form is used without a pointer. */
  async closeByKeyboard() {
    const summary = this.page.getByText('Traject afsluiten');
    await summary.focus();
    await this.page.keyboard.press('Enter');
    const reason = this.page.getByLabel('Reden');
    await expect(reason).toBeVisible();
    // Opening keeps the focus on the summary: the next Tab reaches the form's first field.
    await expect(summary).toBeFocused();
    await this.page.keyboard.press('Tab');
    await expect(this.page.getByLabel('Datum van afsluiten')).toBeFocused();
    // The date input takes a Tab per part (day, month, year) before the focus moves on.
    for (let i = 0; i < 4 && !(await reason.evaluate((el) => el === document.activeElement)); i++) await this.page.keyboard.press('Tab');
    await expect(reason).toBeFocused();
    await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('ArrowDown');
    await expect(reason).toHaveValue('returned_to_work');
    await this.page.keyboard.press('Tab');
    await expect(this.page.getByRole('button', { name: 'Afsluiten', exact: true })).toBeFocused();
    await this.page.keyboard.press('Enter');
  }

  /** Closes the trajectory as completed, today (the form's default date). */
  async close() {
    await this.page.getByText('Traject afsluiten').click();
    await this.page.getByLabel('Reden').selectOption('completed');
    await this.page.getByRole('button', { name: 'Afsluiten', exact: true }).click();
  }

  /** What the privacy panel says instead of the erase form while the trajectory is open. */
  readonly eraseNeedsClosing = () => this.page.getByTestId('erase-close-first');

  async openErase() {
    await this.page.getByText('Cliënt definitief wissen').click();
  }

  /** Types `typed` where the client's full name is asked for, then erases. */
  async confirmErase(fullName: string, typed: string) {
    await this.page.getByLabel(`Typ ter bevestiging de naam van de cliënt: ${fullName}`).fill(typed);
    await this.page.getByRole('button', { name: 'Definitief wissen' }).click();
  }
}
