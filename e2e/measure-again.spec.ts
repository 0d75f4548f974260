import { checkInV1 } from '../lib/instruments';
import { expect, test } from './fixtures';
import { ready, signUp, uniqueEmail } from './helpers';
import { MeasurementsPage } from './pages/intake-page';
import { PortalPage } from './pages/portal-page';
import { HomeworkPage } from './pages/sessions-page';
import { openLinkOnPhone, portalLinkFromOutbox, seedClient } from './portal-helpers';

test('measure again at home: the coach assigns a check-in, the client fills it in on a phone, the coach sees it done', async ({
  page,
  browser,
}) => {
  const homework = new HomeworkPage(page);
  const coachEmail = uniqueEmail('coach');
  await signUp(page, { practice: 'Praktijk Meten', name: 'Mila Jansen', email: coachEmail });
  const clientEmail = uniqueEmail('ruben');
  const ruben = await seedClient(coachEmail, { firstName: 'Ruben', lastName: 'Kok', email: clientEmail });

  await homework.goto(ruben.clientId);
  await expect(homework.heading()).toBeVisible();
  await homework.assign({ template: 'Opnieuw meten', instrument: 'Check-in' });
  await expect(homework.assigned('Ruben')).toBeVisible();
  const link = await portalLinkFromOutbox(page, clientEmail);

  const { phone, mobile } = await openLinkOnPhone(browser, link);
  const portal = new PortalPage(mobile);
  await expect(portal.heading('Opnieuw meten: Check-in')).toBeVisible();

  // Every question in Dutch, answered by tapping; the open questions in the client's own words.
  const items = checkInV1.sections.flatMap((s) => s.items);
  for (const item of items) {
    await expect(mobile.getByText(item.text.nl)).toBeVisible();
    await mobile.locator(`#step-${item.key} [role=radio][data-value="3"]`).tap();
    await expect(mobile.locator(`#step-${item.key} [role=radio][data-value="3"]`)).toHaveAttribute('aria-checked', 'true');
  }
  const ownWords = (key: string) => `In mijn eigen woorden (${key}): minder vergaderen, meer wandelen`;
  for (const question of checkInV1.openQuestions) {
    await expect(mobile.getByText(question.text.nl)).toBeVisible();
    await mobile.locator(`textarea[data-open="${question.key}"]`).fill(ownWords(question.key));
  }
  const total = items.length + checkInV1.openQuestions.length;
  await expect(mobile.getByTestId('overall-progress')).toHaveText(`${total} van ${total} beantwoord`);
  await expect(portal.saveStatus()).toHaveAttribute('data-status', 'saved');

  // Back up through the questions with the keyboard: the focused answer is never hidden under the sticky progress bar.
  await mobile.locator(`#step-${items.at(-1)!.key} [role=radio][tabindex="0"]`).focus();
  for (let i = 0; i < items.length - 1; i++) {
    await mobile.keyboard.press('Shift+Tab');
    const overlap = await mobile.evaluate(() => {
      const bar = document.querySelector('[data-testid=measurement-form] > .sticky')!.getBoundingClientRect();
      const focused = document.activeElement!.getBoundingClientRect();
      return { focusedTop: focused.top, barBottom: bar.bottom };
    });
    expect(overlap.focusedTop).toBeGreaterThanOrEqual(overlap.barBottom);
  }

  // A reload keeps what was given, then the client sends it.
  await mobile.reload();
  await ready(mobile);
  await expect(mobile.locator(`#step-${items[0]!.key} [role=radio][data-value="3"]`)).toHaveAttribute('aria-checked', 'true');
  await mobile.getByRole('button', { name: 'Versturen' }).tap();
  await expect(portal.submittedNote()).toBeVisible();
  await expect(mobile.getByText('Je hebt deze vragenlijst ingevuld.')).toBeVisible();
  await phone.close();

  // The coach finds it done, filled in at home, with its results.
  const measurements = new MeasurementsPage(page);
  await measurements.goto(ruben.clientId);
  const row = measurements.list().getByRole('row').filter({ hasText: 'Check-in' });
  await expect(row).toContainText('Thuis door de cliënt');
  await expect(row).toContainText('Afgerond op');
  await row.getByRole('link', { name: 'Resultaten' }).click();
  await expect(page.getByRole('heading', { name: 'Resultaten Check-in' })).toBeVisible();
  for (const question of checkInV1.openQuestions) await expect(page.getByText(ownWords(question.key))).toBeVisible();
});
