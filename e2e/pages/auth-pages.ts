import { expect, type Page } from '@playwright/test';

/**
 * The sign-up, sign-in and password pages. Their Dutch labels live here only, so a copy edit changes one file,
 * not every spec.
 */
export const PASSWORD = 'een-sterk-wachtwoord-2026';

/** Waits until React has hydrated the current document (see app/_components/hydration-marker.tsx). */
export async function ready(page: Page) {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

export class SignupPage {
  constructor(readonly page: Page) {}
  readonly email = () => this.page.getByLabel('E-mailadres');
  readonly password = () => this.page.getByLabel('Wachtwoord', { exact: true });
  readonly submit = () => this.page.getByRole('button', { name: 'Praktijk aanmaken' });

  async goto() {
    await this.page.goto('/signup');
  }

  async fill(opts: { practice: string; name: string; email: string; password?: string }) {
    await this.page.getByLabel('Naam van de praktijk').fill(opts.practice);
    await this.page.getByLabel('Je naam').fill(opts.name);
    await this.email().fill(opts.email);
    await this.password().fill(opts.password ?? PASSWORD);
  }

  /** A new practice; ends on its dashboard. */
  async signUp(opts: { practice: string; name: string; email: string; password?: string }) {
    await this.goto();
    await this.fill(opts);
    await this.submit().click();
    await expect(this.page).toHaveURL(/\/dashboard$/);
    await ready(this.page);
  }
}

export class LoginPage {
  constructor(readonly page: Page) {}
  readonly email = () => this.page.getByLabel('E-mailadres');
  readonly password = () => this.page.getByLabel('Wachtwoord');
  readonly submit = () => this.page.getByRole('button', { name: 'Aanmelden' });
  readonly error = () => this.page.getByTestId('form-error');
  readonly code = () => this.page.getByLabel('Code uit je authenticator-app');
  /** A wrong two-step code is the code field's message, not the alert's. */
  readonly codeError = () => this.page.locator('#code-error');
  readonly forgotLink = () => this.page.getByRole('link', { name: 'Wachtwoord vergeten?' });

  async goto() {
    await this.page.goto('/login');
  }

  /** Fills in and sends the form, without assuming it works (see `error`). */
  async submitWith(email: string, password = PASSWORD) {
    await this.email().fill(email);
    await this.password().fill(password);
    await this.submit().click();
  }

  async signIn(email: string, password = PASSWORD) {
    await this.goto();
    await this.submitWith(email, password);
    await this.page.waitForLoadState();
    await ready(this.page);
  }
}

export class PasswordPages {
  constructor(readonly page: Page) {}
  readonly forgotHeading = () => this.page.getByRole('heading', { name: 'Wachtwoord vergeten' });
  readonly requestSent = () => this.page.getByText('Als dit e-mailadres bij een account hoort');
  readonly changed = () => this.page.getByText('Je wachtwoord is gewijzigd.');

  async requestReset(email: string) {
    await this.page.getByLabel('E-mailadres').fill(email);
    await this.page.getByRole('button', { name: 'Stuur de link' }).click();
  }

  async setNewPassword(password: string) {
    await this.page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(password);
    await this.page.getByLabel('Herhaal het nieuwe wachtwoord').fill(password);
    await this.page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  }
}

/** The invitation link's page, where an invited coach chooses a password. */
export class InvitationPage {
  constructor(readonly page: Page) {}
  readonly welcome = (practice: string) => this.page.getByRole('heading', { name: `Welkom bij ${practice}` });
  readonly accepted = () => this.page.getByText('Je account is klaar.');
  readonly alreadyUsed = () => this.page.getByRole('heading', { name: 'Deze uitnodiging is al gebruikt.' });
  readonly toSignIn = () => this.page.getByRole('link', { name: 'Naar aanmelden' });

  async accept(password: string) {
    await this.page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await this.page.getByLabel('Herhaal het wachtwoord').fill(password);
    await this.page.getByRole('button', { name: 'Account aanmaken' }).click();
  }
}
