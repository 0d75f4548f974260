import type { Page } from '@playwright/test';
import { getLatestInstrument, jdrIntakeV1 } from '../lib/instruments';
import { allItems } from '../lib/instruments/types';
import { expect, test } from './fixtures';
import { signUp, uniqueEmail } from './helpers';
import { insertClient, riskProfileAnswers, storedAnswers } from './intake-helpers';
import { AttentionPage, InstrumentEditorPage, IntakePage, MeasurementsPage, ResultsPage } from './pages/intake-page';

const steps = riskProfileAnswers(jdrIntakeV1);

/** Answers steps [from, to) by keyboard only, starting from the step that has focus. */
async function answerByKeyboard(page: Page, from: number, to: number) {
  const intake = new IntakePage(page);
  for (const step of steps.slice(from, to)) {
    if (step.press) {
      await expect(intake.focusedRadio(step.key)).toBeFocused();
      await page.keyboard.press(step.press);
    } else {
      const box = intake.openAnswer(step.key);
      await expect(box).toBeFocused();
      await page.keyboard.type(step.words ?? '');
      await page.keyboard.press('Control+Enter');
    }
  }
}

test('a whole intake by keyboard survives going offline and a reload, and shows the risk profile', async ({ page, context }) => {
  // 89 questions, each checked for focus before its key press.
  test.setTimeout(180_000);
  const measurements = new MeasurementsPage(page);
  const intake = new IntakePage(page);
  const results = new ResultsPage(page);
  const email = uniqueEmail('intake');
  await signUp(page, { practice: 'Praktijk Intake', name: 'Ingrid Coach', email });
  const clientId = await insertClient(email, { firstName: 'Sanne', lastName: 'Bakker' });

  await measurements.goto(clientId);
  await expect(measurements.heading()).toBeVisible();
  await expect(measurements.instrument()).toHaveValue('jdr-intake');
  // Offered once, in its latest version: the earlier version only scores earlier measurements.
  await expect(measurements.instrument().getByRole('option', { name: 'JD-R-intake', exact: true })).toHaveCount(1);
  await measurements.start().click();
  await expect(page).toHaveURL(/\/intake\/[0-9a-f-]{36}$/);
  await expect(intake.heading('Sanne Bakker')).toBeVisible();
  const measurementId = page.url().split('/').pop() as string;

  // The browser receives the questions in the page's language, and nothing of how they are scored.
  const started = getLatestInstrument('jdr-intake')!;
  const sent = (await (await page.request.get(`/intake/${measurementId}`)).text()).replace(/\\"/g, '"');
  const question = started.sections[0]!.items[0]!;
  expect(sent).toContain(question.text.nl);
  expect(sent).not.toContain(question.text.en);
  expect(sent).not.toContain(started.dimensions[0]!.explanation.nl);
  expect(sent).not.toContain('"reverse"');

  // First half online, each answer saved on its own.
  const half = Math.floor(steps.length / 2);
  await answerByKeyboard(page, 0, half);
  await expect(intake.saveStatus()).toHaveAttribute('data-status', 'saved');
  await expect(intake.progress()).toHaveText(intake.progressText(half, steps.length));

  // A stray key answers the next item: ↑ back to it, and Backspace takes the answer away again.
  const next = steps[half]!;
  await page.keyboard.press(next.press!);
  await expect(intake.progress()).toHaveText(intake.progressText(half + 1, steps.length));
  await page.keyboard.press('ArrowUp');
  await expect(intake.checkedRadio(next.key)).toBeFocused();
  await page.keyboard.press('Backspace');
  await expect(intake.checkedRadio(next.key)).toHaveCount(0);
  await expect(intake.progress()).toHaveText(intake.progressText(half, steps.length));
  await expect(intake.focusedRadio(next.key)).toBeFocused();

  // A note on that item with `n`; back on its answers with the note still open, `n` goes back into the note; Escape
  // closes it and returns to the answers.
  await page.keyboard.press('n');
  await expect(intake.note(next.key)).toBeFocused();
  await page.keyboard.type('Noemt de reorganisatie');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(intake.focusedRadio(next.key)).toBeFocused();
  await page.keyboard.press('n');
  await expect(intake.note(next.key)).toBeFocused();
  await page.keyboard.press('Escape');

  // Offline: answers queue in the browser and the coach sees it.
  await context.setOffline(true);
  const offlineUntil = half + 15;
  await answerByKeyboard(page, half, offlineUntil);
  await expect(intake.saveStatus()).toHaveAttribute('data-status', 'offline');
  await expect(intake.saveStatus()).toContainText(intake.offlineText);
  expect((await storedAnswers(measurementId)).length).toBeLessThan(offlineUntil);

  // Back online: the queue is sent.
  await context.setOffline(false);
  await expect(intake.saveStatus()).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  await expect.poll(async () => (await storedAnswers(measurementId)).length).toBe(offlineUntil);

  // A reload shows every answer and resumes at the first open question, also when this browser remembers an earlier
  // one (answers given since on another device): digits typed next must not overwrite the first answers.
  await page.evaluate((first) => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('intake-position:')) localStorage.setItem(key, first);
  }, steps[0]!.key);
  await page.reload();
  await expect(intake.progress()).toHaveText(intake.progressText(offlineUntil, steps.length));
  const firstOpen = steps[offlineUntil]!;
  await expect(firstOpen.press ? intake.focusedRadio(firstOpen.key) : intake.openAnswer(firstOpen.key)).toBeFocused();
  for (const step of steps.slice(0, offlineUntil)) {
    if (step.press) {
      await expect(intake.checkedRadio(step.key)).toHaveAttribute('data-value', step.press);
    } else {
      await expect(intake.openAnswer(step.key)).toHaveValue(step.words ?? '');
    }
  }
  await expect(page.getByText('Noemt de reorganisatie')).toBeVisible();

  await answerByKeyboard(page, offlineUntil, steps.length);
  await expect(intake.progress()).toHaveText(intake.progressText(steps.length, steps.length));
  await expect(intake.saveStatus()).toHaveAttribute('data-status', 'saved');
  // Past the last question the keyboard lands on the button that completes the intake.
  await expect(page.getByRole('button', { name: 'Afronden' }).last()).toBeFocused();
  await page.keyboard.press('Enter');

  // The results: the risk quadrant, its signals, the reference used, the client's own words. The focus is on its heading,
  // where a keyboard or screen-reader user goes on reading, not on the page as a whole.
  await expect(results.heading()).toBeVisible();
  await expect(results.heading()).toBeFocused();
  // The tab's title names the section and the app, as every page's does (the record's layout once dropped the app).
  await expect(page).toHaveTitle('Resultaten · Sanne Bakker · Balanspunt');
  await expect(results.profileName()).toHaveText('Zwaar werk zonder voldoende hulpbronnen');
  await expect(page.locator('[data-profile]')).toHaveAttribute('data-profile', 'high_demands_low_resources');
  await expect(page.locator('[data-quadrant="high_demands_low_resources"]')).toBeVisible();
  const signals = results.signals();
  await expect(signals).toContainText('Hoge taakeisen (100) en weinig hulpbronnen (0)');
  await expect(signals).toContainText('De burn-outscore is 100. Vanaf 70 noemen wij dat een aandachtspunt');
  await expect(signals).toContainText('niet genormeerd en geen diagnose');
  await expect(signals).toContainText('bedrijfsarts');
  await expect(results.reference()).toContainText('gesplitst op het midden van de schaal (50)');
  // Which components built the indices is stated; every extreme dimension is named with its score.
  await expect(page.getByTestId('profile-components')).toContainText('JD-R breed');
  await expect(page.getByTestId('dimension-flags')).toContainText('Werkdruk: 100 (taakeis, hoog)');
  // The first measurement: nothing to compare with yet.
  await expect(page.getByTestId('change-since')).toContainText('Dit is de eerste afgeronde meting');
  await expect(results.ownWords()).toContainText('Eigen woorden bij energy_drains');

  // Folded away, one click from the figures: every answer as given, and what each dimension means.
  const first = started.sections[0]!.items[0]!;
  const firstValue = Number(steps.find((s) => s.key === first.key)!.press);
  const firstLabel = started.scale.labels.find((l) => l.value === firstValue)!.nl;
  await expect(results.answerRow(first.text.nl)).toBeHidden();
  await results.answersFold().click();
  await expect(results.answerRow(first.text.nl)).toContainText(`${firstValue} · ${firstLabel}`);
  const reversed = allItems(started).find((i) => i.reverse)!;
  await expect(results.answerRow(reversed.text.nl)).toContainText('(omgekeerd gescoord)');
  const workload = started.dimensions.find((d) => d.key === 'workload')!;
  const explanation = page.locator(`[data-group="${workload.group}"]`).getByText(workload.explanation.nl);
  await expect(explanation).toBeHidden();
  await results.explanationsFold(workload.group).click();
  await expect(explanation).toBeVisible();

  const answers = await storedAnswers(measurementId);
  expect(answers).toHaveLength(steps.length);
  expect(answers.every((a) => a.answered_by === 'coach')).toBe(true);

  // Completed: the intake page now leads to the results; the list shows the profile.
  await page.goto(`/intake/${measurementId}`);
  await expect(results.heading()).toBeVisible();
  await measurements.goto(clientId);
  await expect(measurements.list()).toContainText('Hoge eisen, weinig hulpbronnen');
  // One measurement is no trend yet: the page says from when it shows one.
  await expect(page.getByText(/het verloop verschijnt hier vanaf de tweede/)).toBeVisible();
  await expect(measurements.trendChart()).toHaveCount(0);

  // No session planned: the coach finds Sanne under "needs attention", with why, and goes on to plan one.
  const attention = new AttentionPage(page);
  await attention.goto();
  await expect(attention.heading()).toBeVisible();
  await expect(attention.count()).toHaveText('1 cliënt');
  await expect(attention.list()).toContainText('Sanne Bakker');
  await expect(attention.list()).toContainText('Hoge taakeisen, weinig hulpbronnen · Hoge burn-outscore');
  await attention.list().getByRole('link', { name: 'Plan een sessie met Sanne Bakker' }).click();
  await expect(page).toHaveURL(new RegExp(`/clients/${clientId}/sessions$`));
});

test('a custom instrument: a duplicate item code is refused by name, then saved as version 1 and 2', async ({ page }) => {
  const editor = new InstrumentEditorPage(page);
  const email = uniqueEmail('instrument');
  await signUp(page, { practice: 'Praktijk Maatwerk', name: 'Mila Maat', email });
  await page.goto('/instruments');
  await expect(editor.listHeading()).toBeVisible();
  await editor.newLink().click();
  await expect(editor.newHeading()).toBeVisible();

  await editor.name().fill('Werkdrukmeter');
  await editor.subscaleName(0).fill('Werkdruk');
  await editor.itemText(0).fill('Ik heb meer werk dan ik aankan.');
  await editor.addItem().click();
  await editor.itemKey(1).fill('subscale_1_1');
  await editor.itemText(1).fill('Ik werk door in mijn pauzes.');
  // The subscale's code cleared and typed anew, a key at a time: its two items go with it, and their choice names it.
  await editor.subscaleCode(0).fill('');
  await editor.subscaleCode(0).pressSequentially('werkdruk');
  await expect(editor.subscaleCode(0)).toHaveValue('werkdruk');
  await expect(editor.itemSubscale(0)).toHaveValue('werkdruk');
  await expect(editor.itemSubscale(1)).toHaveValue('werkdruk');
  await expect(editor.itemSubscale(1).locator('option:checked')).toHaveText('Werkdruk (werkdruk)');
  await editor.save().click();

  await expect(editor.issues()).toContainText('Item 2: De itemcode ‘subscale_1_1’ komt meer dan één keer voor.');
  await expect(editor.itemKey(1)).toHaveAttribute('aria-invalid', 'true');

  await editor.itemKey(1).fill('subscale_1_2');
  await editor.save().click();
  await expect(page).toHaveURL(/\/instruments\/werkdrukmeter\?saved=1$/);
  await expect(editor.saved(1)).toBeVisible();

  await editor.itemText(1).fill('Ik sla mijn pauzes over.');
  await editor.saveAsVersion(2).click();
  await expect(page).toHaveURL(/\/instruments\/werkdrukmeter\?saved=2$/);
  await expect(editor.saved(2)).toBeVisible();
  await expect(editor.itemText(1)).toHaveValue('Ik sla mijn pauzes over.');
});
