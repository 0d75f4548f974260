import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { signUp, uniqueEmail } from './helpers';
import { ready } from './pages/auth-pages';
import { InstrumentEditorPage } from './pages/intake-page';

/**
 * The questionnaire editor and list for a keyboard and screen reader user: the focus stays where the work is when a
 * row leaves (removed, archived, restored), each row's fields are a group named by its number, and a problem of an
 * English text is said at that field, as a Dutch one is.
 */

async function editor(page: Page, prefix: string, template = 'blank') {
  await signUp(page, { practice: 'Praktijk Focus', name: 'Fleur Focus', email: uniqueEmail(prefix) });
  await page.goto(`/instruments/new?template=${template}`);
  await ready(page);
  return new InstrumentEditorPage(page);
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

test('after each removal the focus goes to the next row, else the one before, else the add button', async ({ page }) => {
  await editor(page, 'instrument-remove-focus');

  // Scale labels (the blank template has five): the last one, then the first.
  await button(page, 'Label 5 verwijderen').click();
  await expect(page.locator('#def-scale-labels-3-value')).toBeFocused();
  await button(page, 'Label 1 verwijderen').click();
  await expect(page.locator('#def-scale-labels-0-value')).toBeFocused();
  await expect(page.locator('#def-scale-labels-0-value')).toHaveValue('2');

  // Items: one in the middle (the next moves up), the last (the one before), the only one left (the add button).
  await button(page, 'Item toevoegen').click();
  await button(page, 'Item toevoegen').click();
  await page.locator('#def-items-2-text').fill('Derde');
  await button(page, 'Item 2 verwijderen').click();
  await expect(page.locator('#def-items-1-key')).toBeFocused();
  await expect(page.locator('#def-items-1-text')).toHaveValue('Derde');
  await button(page, 'Item 2 verwijderen').click();
  await expect(page.locator('#def-items-0-key')).toBeFocused();
  await button(page, 'Item 1 verwijderen').click();
  await expect(button(page, 'Item toevoegen')).toBeFocused();

  // A subscale's only band, a recoding, open questions.
  await button(page, 'Band toevoegen').click();
  await button(page, 'Band verwijderen: subschaal 1, band 1').click();
  await expect(button(page, 'Band toevoegen')).toBeFocused();
  await button(page, 'Omcodering toevoegen').click();
  await button(page, 'Omcodering 1 verwijderen').click();
  await expect(button(page, 'Omcodering toevoegen')).toBeFocused();
  await button(page, 'Open vraag toevoegen').click();
  await button(page, 'Open vraag toevoegen').click();
  await button(page, 'Open vraag 1 verwijderen').click();
  await expect(page.locator('#def-openQuestions-0-key')).toBeFocused();

  // Subscales: the second (the first takes the focus), then the only one.
  await button(page, 'Subschaal toevoegen').click();
  await button(page, 'Subschaal 2 verwijderen').click();
  await expect(page.locator('#def-subscales-0-key')).toBeFocused();
  await button(page, 'Subschaal 1 verwijderen').click();
  await expect(button(page, 'Subschaal toevoegen')).toBeFocused();
});

test('archived, the focus goes to the archived list; restored, to the row’s button in the list it is back in', async ({ page }) => {
  const edit = await editor(page, 'instrument-archive-focus');
  await edit.name().fill('Werkdrukmeter');
  await edit.subscaleName(0).fill('Werkdruk');
  await edit.itemText(0).fill('Ik heb meer werk dan ik aankan.');
  await edit.save().click();
  await expect(page).toHaveURL(/\/instruments\/werkdrukmeter\?saved=1$/);

  await page.goto('/instruments');
  await ready(page);
  await button(page, 'Werkdrukmeter archiveren').click();
  const archivedList = page.locator('summary', { hasText: 'Gearchiveerd (1)' });
  await expect(archivedList).toBeFocused();
  await page.keyboard.press('Enter');
  await button(page, 'Werkdrukmeter terugzetten').click();
  await expect(button(page, 'Werkdrukmeter archiveren')).toBeFocused();
  await expect(archivedList).toHaveCount(0);
});

test('each label, band and recoding row is a group named by its number', async ({ page }) => {
  await editor(page, 'instrument-row-groups', 'bat23');
  const label2 = page.getByRole('group', { name: 'Label 2', exact: true });
  await expect(label2.getByLabel('Waarde')).toHaveValue('2');
  await expect(label2.getByLabel('Label (Nederlands)')).toHaveValue('Zelden');
  await expect(page.getByRole('group', { name: 'Label 5', exact: true }).getByLabel('Waarde')).toHaveValue('5');

  const band = page.getByRole('group', { name: 'Subschaal 3, band 2', exact: true });
  await expect(band.getByLabel('Tot en met')).toHaveCount(1);
  await expect(band.locator('#def-subscales-2-bands-1-upTo')).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Totaalscore, band 1', exact: true }).locator('#def-total-bands-0-upTo')).toHaveCount(1);

  await button(page, 'Omcodering toevoegen').click();
  await button(page, 'Omcodering toevoegen').click();
  const recode2 = page.getByRole('group', { name: 'Omcodering 2', exact: true });
  await expect(recode2.getByLabel('Antwoord')).toHaveAttribute('id', 'def-recode-1-from');
  await expect(recode2.getByLabel('Telt als')).toHaveAttribute('id', 'def-recode-1-to');
});

test('a problem of an English text is said under that field, which is marked invalid', async ({ page }) => {
  const edit = await editor(page, 'instrument-english-issue');
  await edit.name().fill('Werkdrukmeter');
  await page.getByLabel('Naam (Engels)').first().fill('x'.repeat(2001));
  await edit.subscaleName(0).fill('Werkdruk');
  await edit.itemText(0).fill('Ik heb meer werk dan ik aankan.');
  await page.locator('#def-items-0-text-en').fill('y'.repeat(2001));
  await edit.save().click();
  await expect(edit.issues()).toBeVisible();

  for (const field of [page.locator('#def-name-en'), page.locator('#def-items-0-text-en')]) {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription('Deze tekst is te lang.');
  }
  // The Dutch fields beside them are fine.
  await expect(edit.name()).toHaveAttribute('aria-invalid', 'false');
  // The list names both places (the same problem, said once) and leads to the first.
  await expect(edit.issues().locator('a[href="#def-name-en"]')).toContainText('Item 1');
});
