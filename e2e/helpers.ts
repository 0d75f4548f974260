import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import postgres from 'postgres';
import { e2eSlot } from './slot';

export const PASSWORD = 'een-sterk-wachtwoord-2026';

export function uniqueEmail(prefix: string) {
  return `${prefix}-${randomBytes(4).toString('hex')}@e2e.test`;
}

/** The e2e server's own embedded database (see playwright.config.ts), for what only a mailbox would show. */
export function e2eDatabase() {
  const url = readFileSync(path.join(e2eSlot().dataDir, 'database-url'), 'utf8').trim();
  return postgres(url, { max: 1, onnotice: () => {} });
}

/** Waits until React has hydrated the current document (see app/_components/hydration-marker.tsx). */
export async function ready(page: Page) {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

export async function signUp(page: Page, opts: { practice: string; name: string; email: string; password?: string }) {
  await page.goto('/signup');
  await page.getByLabel('Naam van de praktijk').fill(opts.practice);
  await page.getByLabel('Je naam').fill(opts.name);
  await page.getByLabel('E-mailadres').fill(opts.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(opts.password ?? PASSWORD);
  await page.getByRole('button', { name: 'Praktijk aanmaken' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await ready(page);
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForLoadState();
  await ready(page);
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: /Afmelden|Sign out/ }).click();
  await expect(page).toHaveURL(/\/login$/);
  await ready(page);
}
