import type { Page } from '@playwright/test';

/** The client's portal on a phone: homework forms, the overview, sign-in links. */
export class PortalPage {
  constructor(readonly page: Page) {}
  readonly heading = (name: string) => this.page.getByRole('heading', { name });
  readonly greeting = (firstName: string) => this.page.getByRole('heading', { name: `Hallo ${firstName}` });
  readonly day = (n: number) => this.page.getByRole('group', { name: `Dag ${n}` });
  /** A day's fold: tapping its title opens or closes it (its text runs on into the badge: "Dag 5Begonnen"). */
  readonly fold = (n: number) => this.page.locator('summary').filter({ hasText: new RegExp(`^Dag ${n}(?!\\d)`) });
  readonly saveStatus = () => this.page.getByTestId('save-status');
  readonly submit = () => this.page.getByRole('button', { name: 'Inleveren' });
  /** Handing in with parts still empty asks first (homework-form.tsx): the question, and its two answers. */
  readonly emptyQuestion = () => this.page.getByTestId('submit-empty');
  readonly submitAnyway = () => this.page.getByRole('button', { name: 'Toch inleveren' });
  readonly keepFilling = () => this.page.getByRole('button', { name: 'Verder invullen' });
  readonly submittedNote = () => this.page.getByTestId('submitted-note');
  readonly toOverview = () => this.page.getByRole('link', { name: 'Naar je overzicht' });
  readonly done = () => this.page.getByTestId('portal-done');
  readonly upcomingHeading = () => this.page.getByRole('heading', { name: 'Komende sessies' });
  readonly notFound = () => this.page.getByRole('heading', { name: 'Niet gevonden' });
  readonly errorHeading = () => this.page.getByRole('heading', { name: 'Er ging iets mis' });
  readonly toPortal = () => this.page.getByRole('link', { name: 'Naar mijn overzicht' });
  // The energy diary's questions.
  readonly drains = (day: number) => this.day(day).getByLabel('Wat kostte energie?');
  readonly gains = (day: number) => this.day(day).getByLabel('Wat gaf energie?');
  readonly score = (day: number, value: number) => this.day(day).getByText(String(value), { exact: true });
  readonly scoreRadio = (day: number, value: number) => this.day(day).getByRole('radio', { name: String(value), exact: true });
  // A link that no longer works, and asking for a new one.
  readonly linkProblemHeading = () => this.page.getByRole('heading', { name: 'Deze link werkt niet meer' });
  readonly linkProblem = () => this.page.getByTestId('link-problem');
  readonly usedLinkText = 'Een aanmeldlink werkt één keer, en deze is al gebruikt.';
  readonly askNewLink = () => this.page.getByRole('link', { name: 'Vraag een nieuwe link aan' });
  readonly loginHeading = () => this.page.getByRole('heading', { name: 'Aanmelden bij je cliëntportaal' });
  readonly linkRequested = () => this.page.getByText('Als dit e-mailadres bij ons bekend is');

  async requestLink(email: string) {
    await this.page.getByLabel('E-mailadres').fill(email);
    await this.page.getByRole('button', { name: 'Stuur me een link' }).click();
  }
}
