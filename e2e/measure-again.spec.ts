import { checkInV1 } from '../lib/instruments';
import { expect, test } from './fixtures';
import { ready, signUp, uniqueEmail } from './helpers';
import { ClientPage } from './pages/client-pages';
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
  await expect(page.getByRole('heading', { name: 'Resultaten: Check-in' })).toBeVisible();
  for (const question of checkInV1.openQuestions) await expect(page.getByText(ownWords(question.key))).toBeVisible();
});

test('measure again withdrawn while the client is filling it in: asked first, the measurement goes, the phone is told', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const homework = new HomeworkPage(page);
  const coachEmail = uniqueEmail('coach');
  await signUp(page, { practice: 'Praktijk Vergist', name: 'Vera Vos', email: coachEmail });
  const clientEmail = uniqueEmail('bram');
  const bram = await seedClient(coachEmail, { firstName: 'Bram', lastName: 'Bos', email: clientEmail });

  await homework.goto(bram.clientId);
  await homework.assign({ template: 'Opnieuw meten', instrument: 'Check-in' });
  await expect(homework.assigned('Bram')).toBeVisible();
  const link = await portalLinkFromOutbox(page, clientEmail);

  // The client starts on it: two answers, saved.
  const { phone, mobile } = await openLinkOnPhone(browser, link);
  const portal = new PortalPage(mobile);
  await expect(portal.heading('Opnieuw meten: Check-in')).toBeVisible();
  const items = checkInV1.sections.flatMap((s) => s.items);
  const radio = (index: number, value: number) => mobile.locator(`#step-${items[index]!.key} [role=radio][data-value="${value}"]`);
  for (const index of [0, 1]) {
    await radio(index, 2).tap();
    await expect(radio(index, 2)).toHaveAttribute('aria-checked', 'true');
  }
  await expect(portal.saveStatus()).toHaveAttribute('data-status', 'saved');

  // The coach meant another questionnaire: withdraw is offered, and the question says the answers go too.
  await homework.goto(bram.clientId);
  await ready(page);
  const row = page.getByTestId('homework-list').getByRole('listitem').filter({ hasText: 'Opnieuw meten: Check-in' });
  await row.getByRole('button', { name: 'Intrekken' }).press('Enter');
  const confirm = row.getByRole('button', { name: 'Ja, intrekken' });
  await expect(confirm).toBeFocused();
  await expect(confirm).toHaveAccessibleDescription(
    'De cliënt ziet deze vragenlijst daarna niet meer; de meting wordt verwijderd, met de antwoorden die al zijn gegeven.',
  );
  await confirm.press('Enter');
  const notice = page.locator('#homework-withdrawn');
  await expect(notice).toHaveText('Het huiswerk is ingetrokken. De cliënt ziet het niet meer.');
  await expect(notice).toBeFocused();
  await expect(page.getByText('Nog geen huiswerk toegewezen.')).toBeVisible();

  // The measurement is gone from the coach's list; the timeline says what was withdrawn.
  const measurements = new MeasurementsPage(page);
  await measurements.goto(bram.clientId);
  await expect(page.getByText('Nog geen metingen')).toBeVisible();
  const client = new ClientPage(page);
  await client.gotoTimeline(bram.clientId);
  await expect(client.timeline()).toContainText('Huiswerk ingetrokken: opnieuw meten (Check-in), meting verwijderd');

  // On the phone, the next answer is refused (not an error page), and a reload shows it is no longer there.
  await radio(2, 3).tap();
  await expect(mobile.getByText('Deze meting bestaat niet (meer) of je hebt er geen toegang toe.')).toBeVisible();
  await mobile.reload();
  await expect(mobile.getByText('Huiswerk dat je coach heeft ingetrokken, staat hier niet meer.')).toBeVisible();
  await phone.close();
});
