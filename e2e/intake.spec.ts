import type { Page } from '@playwright/test';
import { jdrIntakeV1 } from '../lib/instruments';
import { expect, test } from './fixtures';
import { signUp, uniqueEmail } from './helpers';
import { insertClient, riskProfileAnswers, storedAnswers } from './intake-helpers';

const steps = riskProfileAnswers(jdrIntakeV1);

/** Answers steps [from, to) by keyboard only, starting from the step that has focus. */
async function answerByKeyboard(page: Page, from: number, to: number) {
  for (const step of steps.slice(from, to)) {
    if (step.press) {
      await expect(page.locator(`[data-step="${step.key}"] [role=radio][tabindex="0"]`)).toBeFocused();
      await page.keyboard.press(step.press);
    } else {
      const box = page.locator(`textarea[data-open="${step.key}"]`);
      await expect(box).toBeFocused();
      await page.keyboard.type(step.words ?? '');
      await page.keyboard.press('Control+Enter');
    }
  }
}

test('a whole intake by keyboard survives going offline and a reload, and shows the risk profile', async ({ page, context }) => {
  // 89 questions, each checked for focus before its key press.
  test.setTimeout(180_000);
  const email = uniqueEmail('intake');
  await signUp(page, { practice: 'Praktijk Intake', name: 'Ingrid Coach', email });
  const clientId = await insertClient(email, { firstName: 'Sanne', lastName: 'Bakker' });

  await page.goto(`/clients/${clientId}/measurements`);
  await expect(page.getByRole('heading', { name: 'Metingen', exact: true })).toBeVisible();
  await expect(page.getByLabel('Vragenlijst')).toHaveValue('jdr-intake');
  await page.getByRole('button', { name: 'Start de meting' }).click();
  await expect(page).toHaveURL(/\/intake\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Intake met Sanne Bakker' })).toBeVisible();
  const measurementId = page.url().split('/').pop() as string;

  // First half online, each answer saved on its own.
  const half = Math.floor(steps.length / 2);
  await answerByKeyboard(page, 0, half);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await expect(page.getByTestId('overall-progress')).toHaveText(`${half} van ${steps.length} beantwoord`);

  // A note on the next item with `n`, then Escape back to the answers.
  await page.keyboard.press('n');
  await expect(page.locator(`textarea[data-note="${steps[half]?.key}"]`)).toBeFocused();
  await page.keyboard.type('Noemt de reorganisatie');
  await page.keyboard.press('Escape');

  // Offline: answers queue in the browser and the coach sees it.
  await context.setOffline(true);
  const offlineUntil = half + 15;
  await answerByKeyboard(page, half, offlineUntil);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'offline');
  await expect(page.getByTestId('save-status')).toContainText('Geen verbinding');
  expect((await storedAnswers(measurementId)).length).toBeLessThan(offlineUntil);

  // Back online: the queue is sent.
  await context.setOffline(false);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  await expect.poll(async () => (await storedAnswers(measurementId)).length).toBe(offlineUntil);

  // A reload shows every answer and resumes where the coach was.
  await page.reload();
  await expect(page.getByTestId('overall-progress')).toHaveText(`${offlineUntil} van ${steps.length} beantwoord`);
  for (const step of steps.slice(0, offlineUntil)) {
    if (step.press) {
      await expect(page.locator(`[data-step="${step.key}"] [role=radio][aria-checked=true]`)).toHaveAttribute('data-value', step.press);
    } else {
      await expect(page.locator(`textarea[data-open="${step.key}"]`)).toHaveValue(step.words ?? '');
    }
  }
  await expect(page.getByText('Noemt de reorganisatie')).toBeVisible();

  await answerByKeyboard(page, offlineUntil, steps.length);
  await expect(page.getByTestId('overall-progress')).toHaveText(`${steps.length} van ${steps.length} beantwoord`);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await page.getByRole('button', { name: 'Afronden' }).first().click();

  // The results: the risk quadrant, its signals, the reference used, the client's own words.
  await expect(page.getByRole('heading', { name: 'Resultaten JD-R-intake' })).toBeVisible();
  await expect(page.getByTestId('profile-name')).toHaveText('Zwaar werk zonder voldoende hulpbronnen');
  await expect(page.locator('[data-profile]')).toHaveAttribute('data-profile', 'high_demands_low_resources');
  await expect(page.locator('[data-quadrant="high_demands_low_resources"]')).toBeVisible();
  const signals = page.getByTestId('signals');
  await expect(signals).toContainText('Hoge taakeisen (100) en weinig hulpbronnen (0)');
  await expect(signals).toContainText('De burn-outscore is 100. Vanaf 70 noemen wij dat een aandachtspunt');
  await expect(signals).toContainText('niet genormeerd en geen diagnose');
  await expect(signals).toContainText('bedrijfsarts');
  await expect(page.getByTestId('profile-reference')).toContainText('gesplitst op het midden van de schaal (50)');
  // Which components built the indices is stated; every extreme dimension is named with its score.
  await expect(page.getByTestId('profile-components')).toContainText('JD-R breed');
  await expect(page.getByTestId('dimension-flags')).toContainText('Werkdruk: 100 (taakeis, hoog)');
  // The first measurement: nothing to compare with yet.
  await expect(page.getByTestId('change-since')).toContainText('Dit is de eerste afgeronde meting');
  await expect(page.getByTestId('own-words')).toContainText('Eigen woorden bij energy_drains');

  const answers = await storedAnswers(measurementId);
  expect(answers).toHaveLength(steps.length);
  expect(answers.every((a) => a.answered_by === 'coach')).toBe(true);

  // Completed: the intake page now leads to the results; the list shows the profile.
  await page.goto(`/intake/${measurementId}`);
  await expect(page.getByRole('heading', { name: 'Resultaten JD-R-intake' })).toBeVisible();
  await page.goto(`/clients/${clientId}/measurements`);
  await expect(page.getByTestId('measurement-list')).toContainText('Hoge eisen, weinig hulpbronnen');
  await expect(page.getByRole('img', { name: /Verloop van de indices/ })).toBeVisible();
});

test('a custom instrument: a duplicate item code is refused by name, then saved as version 1 and 2', async ({ page }) => {
  const email = uniqueEmail('instrument');
  await signUp(page, { practice: 'Praktijk Maatwerk', name: 'Mila Maat', email });
  await page.goto('/instruments');
  await expect(page.getByRole('heading', { name: 'Vragenlijsten', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Nieuwe vragenlijst' }).first().click();
  await expect(page.getByRole('heading', { name: 'Nieuwe vragenlijst' })).toBeVisible();

  await page.getByLabel('Naam (Nederlands)').first().fill('Werkdrukmeter');
  await page.locator('#def-subscales-0-name').fill('Werkdruk');
  await page.locator('#def-items-0-text').fill('Ik heb meer werk dan ik aankan.');
  await page.getByRole('button', { name: 'Item toevoegen' }).click();
  await page.locator('#def-items-1-key').fill('subscale_1_1');
  await page.locator('#def-items-1-text').fill('Ik werk door in mijn pauzes.');
  await page.getByRole('button', { name: 'Vragenlijst opslaan' }).click();

  const issues = page.getByTestId('instrument-issues');
  await expect(issues).toContainText('Item 2: De itemcode "subscale_1_1" komt meer dan één keer voor.');
  await expect(page.locator('#def-items-1-key')).toHaveAttribute('aria-invalid', 'true');

  await page.locator('#def-items-1-key').fill('subscale_1_2');
  await page.getByRole('button', { name: 'Vragenlijst opslaan' }).click();
  await expect(page).toHaveURL(/\/instruments\/werkdrukmeter\?saved=1$/);
  await expect(page.getByText('Versie 1 is opgeslagen.')).toBeVisible();

  await page.locator('#def-items-1-text').fill('Ik sla mijn pauzes over.');
  await page.getByRole('button', { name: 'Opslaan als versie 2' }).click();
  await expect(page).toHaveURL(/\/instruments\/werkdrukmeter\?saved=2$/);
  await expect(page.getByText('Versie 2 is opgeslagen.')).toBeVisible();
  await expect(page.locator('#def-items-1-text')).toHaveValue('Ik sla mijn pauzes over.');
});
