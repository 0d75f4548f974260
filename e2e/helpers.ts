import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import postgres from 'postgres';
import { LoginPage, PASSWORD, SignupPage } from './pages/auth-pages';
import { CoachShell } from './pages/coach-shell';
import { e2eSlot } from './slot';

export { PASSWORD, ready } from './pages/auth-pages';

export function uniqueEmail(prefix: string) {
  return `${prefix}-${randomBytes(4).toString('hex')}@e2e.test`;
}

/** The e2e server's own embedded database (see playwright.config.ts), for what only a mailbox would show. */
export function e2eDatabase() {
  const url = readFileSync(path.join(e2eSlot().dataDir, 'database-url'), 'utf8').trim();
  return postgres(url, { max: 1, onnotice: () => {} });
}

/** Short forms of the auth page objects (e2e/pages/auth-pages.ts), for specs that only need to get in. */
export async function signUp(page: Page, opts: { practice: string; name: string; email: string; password?: string }) {
  await new SignupPage(page).signUp(opts);
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await new LoginPage(page).signIn(email, password);
}

export async function signOut(page: Page) {
  await new CoachShell(page).signOut();
}

/**
 * The next server action reaches the server, which does its work, but its answer is lost on the way back (a dropped
 * connection at the wrong moment): the page sees a network error.
 */
export async function loseFirstActionAnswer(page: Page) {
  let lost = false;
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (lost || request.method() !== 'POST' || !(await request.headerValue('next-action'))) return route.fallback();
    lost = true;
    await route.fetch();
    await route.abort('connectionreset');
  });
}

/**
 * A new version of the app is installed while `url` is open: the server of the new build does not know the old page's
 * server actions and answers them as Next does. `delayMs` holds each answer back first (a save still on its way when
 * the client presses a button). Undo with `page.unrouteAll({ behavior: 'wait' })`.
 */
export async function newVersionInstalled(page: Page, url: string, delayMs = 0) {
  await page.route(url, async (route) => {
    const request = route.request();
    if (request.method() !== 'POST' || !(await request.headerValue('next-action'))) return route.continue();
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    await route.fulfill({
      status: 404,
      headers: { 'x-nextjs-action-not-found': '1' },
      contentType: 'text/plain',
      body: 'Server action not found.',
    });
  });
}
