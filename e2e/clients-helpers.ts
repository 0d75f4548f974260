import type { Page } from '@playwright/test';
import { ClientFormPage, EmployerPage, type NewClient } from './pages/client-pages';

export { isoDaysAgo } from './pages/client-pages';

/** Short forms of the client page objects (e2e/pages/client-pages.ts). */
export async function createEmployerWithManager(page: Page, employer: string, manager: string) {
  await new EmployerPage(page).createWithManager(employer, manager);
}

export async function createClient(page: Page, client: NewClient) {
  return new ClientFormPage(page).createClient(client);
}
