import { expect, type Page } from '@playwright/test';
import { ready } from './auth-pages';

/** The coach area's frame: menu, practice name, language, sign-out, and the pages every area shares (not found, error). */
export class CoachShell {
  constructor(readonly page: Page) {}
  readonly practiceName = () => this.page.getByTestId('practice-name');
  readonly greeting = (name: string) => this.page.getByRole('heading', { name: `Hallo, ${name}` });
  readonly greetingEn = (name: string) => this.page.getByRole('heading', { name: `Hello, ${name}` });
  /** A menu item by its Dutch (default) name; English names are asked for in the language tests only. */
  readonly nav = (
    name: 'Dashboard' | 'Cliënten' | 'Werkgevers' | 'Agenda' | 'Vragenlijsten' | 'Instellingen' | 'Uitgaande e-mail' | 'Clients',
  ) => this.page.getByRole('link', { name, exact: true });
  readonly language = (name: 'English' | 'Nederlands') => this.page.getByRole('button', { name }).first();
  readonly notFound = () => this.page.getByRole('heading', { name: 'Pagina niet gevonden' });
  readonly errorHeading = () => this.page.getByRole('heading', { name: 'Er ging iets mis' });
  readonly retry = () => this.page.getByRole('button', { name: 'Opnieuw proberen' });
  readonly toDashboard = () => this.page.getByRole('link', { name: 'Naar het dashboard' });

  async signOut() {
    await this.page.getByRole('button', { name: /Afmelden|Sign out/ }).click();
    await expect(this.page).toHaveURL(/\/login\?notice=signed-out$/);
    await ready(this.page);
  }
}
