import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { e2eDatabase, ready, signUp, uniqueEmail } from './helpers';
import { seedClient } from './portal-helpers';

/**
 * A plan item's text typed while its save is on its way (a slow connection in a session) is not lost: it stays in the
 * open form, unsaved and kept in this browser, as the session notes do (no-lost-answers.spec.ts).
 */

/**
 * Every save on the plan page takes two seconds, until the returned function is awaited; resolves with the answer. The
 * route stays and lets everything through from then on: removing it (unrouteAll) while the form's refresh after the save
 * was being routed left that request hanging in one CI run, and the list never showed the new item.
 */
async function slowSaves(page: Page, planUrl: string) {
  let slow = true;
  await page.route(`**${planUrl}`, async (route) => {
    if (slow && route.request().method() === 'POST') await new Promise((resolve) => setTimeout(resolve, 2000));
    await route.continue();
  });
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(planUrl));
  return async () => {
    await answered;
    slow = false;
    // The form has taken the answer in (it resets what was saved a moment after the response).
    await page.waitForTimeout(500);
  };
}

async function storedTitles(clientId: string): Promise<{ title: string; employer_wording: string | null }[]> {
  const sql = e2eDatabase();
  try {
    return await sql<{ title: string; employer_wording: string | null }[]>`
      select title, employer_wording from plan_items where client_id = ${clientId} order by created_at`;
  } finally {
    await sql.end();
  }
}

/** A new coach's practice with one client, on the client's plan page with the "add" form open. */
async function planWithAddFormOpen(page: Page, who: { slug: string; practice: string; coach: string; first: string; last: string }) {
  const email = uniqueEmail(who.slug);
  await signUp(page, { practice: who.practice, name: who.coach, email });
  const client = await seedClient(email, { firstName: who.first, lastName: who.last, email: uniqueEmail(who.first.toLowerCase()) });
  const planUrl = `/clients/${client.clientId}/plan`;
  await page.goto(planUrl);
  await ready(page);
  const newForm = page.getByRole('form', { name: 'Actiepunt toevoegen' });
  await page.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
  return { client, planUrl, newForm };
}

test('an item edited while its save is on its way: the later text stays in the open form, unsaved, and survives a reload', async ({
  page,
}) => {
  const { client, planUrl, newForm } = await planWithAddFormOpen(page, {
    slug: 'plan-during-save',
    practice: 'Praktijk Traag Plan',
    coach: 'Pien Traag',
    first: 'Bas',
    last: 'Bakker',
  });
  await newForm.getByLabel('Titel').fill('Werkoverleg verplaatsen');
  await newForm.getByRole('button', { name: 'Toevoegen' }).click();
  const card = page.getByTestId('plan-item').first();
  await expect(card).toContainText('Werkoverleg verplaatsen');

  await card.getByRole('button', { name: 'Bewerken' }).click();
  const title = card.getByLabel('Titel');
  await title.fill('Werkoverleg naar dinsdag');
  // A slow connection: the coach keeps typing after pressing save.
  const answered = await slowSaves(page, planUrl);
  await card.getByRole('button', { name: 'Opslaan' }).click();
  await title.press('End');
  await title.pressSequentially('middag');
  await answered();
  // Saved as sent; the form stays open with what came after.
  await expect.poll(async () => (await storedTitles(client.clientId)).map((i) => i.title)).toEqual(['Werkoverleg naar dinsdag']);
  await expect(title).toHaveValue('Werkoverleg naar dinsdagmiddag');
  await page.reload();
  await ready(page);
  await expect(card.getByTestId('draft-restored')).toBeVisible();
  await expect(card.getByLabel('Titel')).toHaveValue('Werkoverleg naar dinsdagmiddag');
  // Saved again, on the item's new version: stored, and the form closes.
  await card.getByRole('button', { name: 'Opslaan' }).click();
  await expect(card.getByLabel('Titel')).toHaveCount(0);
  await expect.poll(async () => (await storedTitles(client.clientId)).map((i) => i.title)).toEqual(['Werkoverleg naar dinsdagmiddag']);
});

test('a new item typed on while it is being added: the later text stays in the form, unsaved, and survives a reload', async ({ page }) => {
  const { client, planUrl, newForm } = await planWithAddFormOpen(page, {
    slug: 'plan-new-during-save',
    practice: 'Praktijk Traag Nieuw',
    coach: 'Noor Traag',
    first: 'Eef',
    last: 'Evers',
  });
  await newForm.getByLabel('Titel').fill('Werkoverleg verplaatsen');
  const wording = newForm.getByLabel('Tekst voor de werkgever');
  await wording.fill('Het werkoverleg gaat naar dinsdag.');
  const answered = await slowSaves(page, planUrl);
  await newForm.getByRole('button', { name: 'Toevoegen' }).click();
  await wording.press('End');
  await wording.pressSequentially(' Vrijdag blijft vrij.');
  await answered();
  // The item is added as sent; the form is empty again but for the text typed since, which is not saved yet.
  await expect
    .poll(() => storedTitles(client.clientId))
    .toEqual([{ title: 'Werkoverleg verplaatsen', employer_wording: 'Het werkoverleg gaat naar dinsdag.' }]);
  await expect(page.getByTestId('plan-item').filter({ hasText: 'Werkoverleg verplaatsen' })).toBeVisible();
  await expect(newForm.getByLabel('Titel')).toHaveValue('');
  await expect(wording).toHaveValue('Het werkoverleg gaat naar dinsdag. Vrijdag blijft vrij.');
  await page.reload();
  await ready(page);
  await expect(newForm.getByTestId('draft-restored')).toBeVisible();
  await expect(newForm.getByLabel('Tekst voor de werkgever')).toHaveValue('Het werkoverleg gaat naar dinsdag. Vrijdag blijft vrij.');
});
