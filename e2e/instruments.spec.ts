import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { e2eDatabase, loseFirstActionAnswer, signUp, uniqueEmail } from './helpers';
import { ready } from './pages/auth-pages';
import { InstrumentEditorPage } from './pages/intake-page';

/**
 * A questionnaire saved while the connection drops: the server stored it, the page never heard. Pressing Save again,
 * after typing more or after a reload, must neither lose what was typed nor make a second questionnaire.
 */

/** The practice's questionnaire versions (of the coach signed up as `email`), as `key@version`, with their item count. */
async function versions(email: string) {
  const sql = e2eDatabase();
  const rows = await sql<{ key: string; version: number; items: number }[]>`
    select c.key, c.version, jsonb_array_length(c.definition->'items') as items from custom_instruments c
    where c.practice_id = (select practice_id from users where email = ${email}) order by c.key, c.version`;
  await sql.end();
  return rows.map((r) => `${r.key}@${r.version}:${r.items}`);
}

/** A coach of a practice of their own, on a new questionnaire with a name, a subscale and one item. */
async function newQuestionnaire(page: Page, email: string) {
  await signUp(page, { practice: 'Praktijk Meetlat', name: 'Mees Meetlat', email });
  const editor = new InstrumentEditorPage(page);
  await page.goto('/instruments/new');
  await ready(page);
  await editor.name().fill('Werkdrukmeter');
  await editor.subscaleName(0).fill('Werkdruk');
  await editor.itemText(0).fill('Ik heb meer werk dan ik aankan.');
  return editor;
}

const lostAnswer = (page: Page) => page.getByRole('alert').filter({ hasText: 'Er ging iets mis aan onze kant' });

test('a save whose answer was lost, then an item added and saved again: the item is saved, as version 2', async ({ page }) => {
  const email = uniqueEmail('instrument-retry');
  const editor = await newQuestionnaire(page, email);
  await loseFirstActionAnswer(page);
  await editor.save().click();
  await expect(lostAnswer(page)).toBeVisible();
  await editor.addItem().click();
  await editor.itemText(1).fill('Ik werk door in mijn pauzes.');
  await editor.save().click();
  await expect(page).toHaveURL(/\/instruments\/werkdrukmeter\?saved=2$/);
  await expect(editor.itemText(1)).toHaveValue('Ik werk door in mijn pauzes.');
  expect(await versions(email)).toEqual(['werkdrukmeter@1:1', 'werkdrukmeter@2:2']);
});

test('a save whose answer was lost, then a reload: the draft saves as the questionnaire made, not a second one', async ({ page }) => {
  const email = uniqueEmail('instrument-reload');
  const editor = await newQuestionnaire(page, email);
  // Kept in the draft before the save (use-form-draft writes a moment after the last keystroke).
  await page.waitForTimeout(500);
  await loseFirstActionAnswer(page);
  await editor.save().click();
  await expect(lostAnswer(page)).toBeVisible();
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(editor.name()).toHaveValue('Werkdrukmeter');
  await editor.save().click();
  await expect(page).toHaveURL(/\/instruments\/werkdrukmeter\?saved=1$/);
  expect(await versions(email)).toEqual(['werkdrukmeter@1:1']);
  // Saved: the next new questionnaire starts afresh, with an id of its own.
  await page.goto('/instruments/new');
  await ready(page);
  await expect(editor.name()).toHaveValue('');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
  await editor.name().fill('Werkdrukmeter');
  await editor.subscaleName(0).fill('Werkdruk');
  await editor.itemText(0).fill('Ik heb meer werk dan ik aankan.');
  await editor.save().click();
  await expect(page).toHaveURL(/\/instruments\/werkdrukmeter-2\?saved=1$/);
});
