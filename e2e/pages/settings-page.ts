import type { Page } from '@playwright/test';

/** The practice settings (details, logo, inviting a coach) and the owner's outbox. */
export class SettingsPage {
  constructor(readonly page: Page) {}
  readonly heading = () => this.page.getByRole('heading', { name: 'Instellingen' });
  readonly details = () => this.page.getByRole('region', { name: 'Praktijkgegevens' });
  readonly saveDetails = () => this.details().getByRole('button', { name: 'Opslaan' });
  readonly savedDetails = () => this.details().getByText('Opgeslagen');
  readonly practiceName = () => this.page.getByLabel('Naam van de praktijk');
  readonly kvk = () => this.page.getByLabel('KvK-nummer');
  readonly address = () => this.page.getByLabel('Adres', { exact: true });
  readonly reportColour = () => this.page.getByLabel('Kleur van de rapporten');
  readonly logoFile = () => this.page.getByLabel('Logobestand');
  readonly upload = () => this.page.getByRole('button', { name: 'Uploaden' });
  readonly logo = (practice: string) => this.page.getByRole('img', { name: `Logo van ${practice}` });
  readonly invitationSent = (email: string) => this.page.getByText(`Uitnodiging verstuurd naar ${email}.`);

  async goto() {
    await this.page.goto('/settings');
  }

  async invite(name: string, email: string) {
    await this.page.getByLabel('Naam', { exact: true }).fill(name);
    await this.page.getByLabel('E-mailadres').fill(email);
    await this.page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  }
}

export class OutboxPage {
  constructor(readonly page: Page) {}
  readonly heading = () => this.page.getByRole('heading', { name: 'Uitgaande e-mail' });
  readonly mailTo = (to: string) => this.page.getByTestId('outbox-mail').filter({ hasText: to });
  readonly queued = (subject: string) => this.page.getByTestId('queued-mail').filter({ hasText: subject });
  readonly sendAgain = (subject: string) => this.page.getByRole('button', { name: `Opnieuw versturen: ${subject}` });

  async goto() {
    await this.page.goto('/outbox');
  }
}
