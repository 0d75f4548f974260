import type { Page } from '@playwright/test';

/** A client's sessions and homework pages on the coach's side. */
export class SessionsPage {
  constructor(readonly page: Page) {}
  readonly heading = () => this.page.getByRole('heading', { name: 'Sessie plannen' });
  readonly planned = () => this.page.getByTestId('planned-sessions').locator(':scope > li');
  readonly plannedNote = (count: number) => this.page.getByText(`${count} sessies zijn gepland.`);

  async goto(clientId: string) {
    await this.page.goto(`/clients/${clientId}/sessions`);
  }

  async planWeeklySeries(opts: { date: string; start: string; end: string; count: number }) {
    await this.page.getByLabel('Datum').fill(opts.date);
    await this.page.getByLabel('Begintijd').fill(opts.start);
    await this.page.getByLabel('Eindtijd').fill(opts.end);
    await this.page.getByLabel('Herhalen').selectOption({ label: 'Elke week' });
    await this.page.getByLabel('Aantal sessies').fill(String(opts.count));
    await this.page.getByRole('button', { name: 'Reeks plannen' }).click();
  }
}

export class HomeworkPage {
  constructor(readonly page: Page) {}
  readonly heading = () => this.page.getByRole('heading', { name: 'Huiswerk toewijzen' });
  readonly assigned = (firstName: string) => this.page.getByText(`Toegewezen. ${firstName} krijgt een e-mail`);
  readonly view = () => this.page.getByRole('link', { name: 'Bekijken' });

  async goto(clientId: string) {
    await this.page.goto(`/clients/${clientId}/homework`);
  }

  /** Assigns (the default template unless one is named) and mails the client. */
  async assign(opts: { template?: string; instrument?: string; message?: string } = {}) {
    if (opts.template) await this.page.getByLabel('Soort huiswerk', { exact: true }).selectOption({ label: opts.template });
    if (opts.instrument) await this.page.getByLabel('Vragenlijst').selectOption({ label: opts.instrument });
    if (opts.message) await this.page.getByLabel('Bericht aan de cliënt').fill(opts.message);
    await this.page.getByRole('button', { name: 'Toewijzen en mailen' }).click();
  }
}

/** The dashboard's lists. */
export class DashboardPage {
  constructor(readonly page: Page) {}
  readonly submissions = () => this.page.getByTestId('dashboard-submissions');
  readonly nothingNew = 'Niets nieuws.';

  async goto() {
    await this.page.goto('/dashboard');
  }
}

/** The dashboard's homework cards in full (/homework): new submissions, overdue. */
export class HomeworkInboxPage {
  constructor(readonly page: Page) {}
  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Huiswerk van je cliënten' });
  readonly tab = (name: 'Nieuw ingeleverd' | 'Te laat') =>
    this.page.getByRole('navigation', { name: 'Welke lijst' }).getByRole('link', { name });
  readonly list = () => this.page.getByRole('region', { name: /^(Nieuw ingeleverd huiswerk|Huiswerk te laat)$/ });
  readonly nothingNew = 'Niets nieuws.';

  async goto() {
    await this.page.goto('/homework');
  }
}
