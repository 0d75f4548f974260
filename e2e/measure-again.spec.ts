import type { Browser, Page } from '@playwright/test';
import { checkInV1 } from '../lib/instruments';
import { expect, test } from './fixtures';
import { e2eDatabase, newVersionInstalled, ready, signUp, uniqueEmail } from './helpers';
import { ClientPage } from './pages/client-pages';
import { InstrumentEditorPage, IntakePage, MeasurementsPage } from './pages/intake-page';
import { PortalPage } from './pages/portal-page';
import { HomeworkPage } from './pages/sessions-page';
import { openLinkOnPhone, openPortalLink, portalLinkFromOutbox, seedClient } from './portal-helpers';

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
  // The tab says which homework it is (a second open homework page is told apart by it).
  await expect(mobile).toHaveTitle('Opnieuw meten: Check-in · Cliëntportaal');

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
      const element = document.querySelector('[data-testid=progress-bar]')!;
      const bar = element.getBoundingClientRect();
      const focused = document.activeElement!.getBoundingClientRect();
      return { sticky: getComputedStyle(element).position, focusedTop: focused.top, barBottom: bar.bottom };
    });
    // On a phone's screen the bar stays in view (it is sticky from 30rem of height on), above the focused answer.
    expect(overlap.sticky).toBe('sticky');
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

  // Something to correct: the coach reopens it, after confirming (it takes the scores away), and finds the client's
  // answers in the form as given.
  await page.getByRole('button', { name: 'Heropenen' }).click();
  const confirmation = page.getByTestId('reopen-confirmation');
  await expect(confirmation).toBeFocused();
  await confirmation.getByRole('button', { name: 'Ja, heropenen' }).click();
  await expect(page).toHaveURL(/\/intake\/[0-9a-f-]{36}$/);
  await expect(new IntakePage(page).checkedRadio(items[0]!.key)).toHaveAttribute('data-value', '3');
  await measurements.goto(ruben.clientId);
  await expect(measurements.list().getByRole('row').filter({ hasText: 'Check-in' })).not.toContainText('Afgerond op');
});

/**
 * A coach signs up and assigns "measure again" (the check-in) to a new client, who opens the mailed link on a phone:
 * the pages, the client, and the answer buttons of the check-in's questions by index.
 */
async function checkInOnPhone(page: Page, browser: Browser, who: { practice: string; coach: string; firstName: string; lastName: string }) {
  const homework = new HomeworkPage(page);
  const coachEmail = uniqueEmail('coach');
  await signUp(page, { practice: who.practice, name: who.coach, email: coachEmail });
  const clientEmail = uniqueEmail(who.firstName.toLowerCase());
  const client = await seedClient(coachEmail, { firstName: who.firstName, lastName: who.lastName, email: clientEmail });
  await homework.goto(client.clientId);
  await homework.assign({ template: 'Opnieuw meten', instrument: 'Check-in' });
  await expect(homework.assigned(who.firstName)).toBeVisible();
  const link = await portalLinkFromOutbox(page, clientEmail);
  const { phone, mobile } = await openLinkOnPhone(browser, link);
  const portal = new PortalPage(mobile);
  await expect(portal.heading('Opnieuw meten: Check-in')).toBeVisible();
  const items = checkInV1.sections.flatMap((s) => s.items);
  const radio = (index: number, value: number) => mobile.locator(`#step-${items[index]!.key} [role=radio][data-value="${value}"]`);
  return { homework, client, phone, mobile, portal, radio };
}

test('measure again withdrawn while the client is filling it in: asked first, the measurement goes, the phone is told', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const {
    homework,
    client: bram,
    phone,
    mobile,
    portal,
    radio,
  } = await checkInOnPhone(page, browser, {
    practice: 'Praktijk Vergist',
    coach: 'Vera Vos',
    firstName: 'Bram',
    lastName: 'Bos',
  });

  // The client starts on it: two answers, saved.
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

test('Versturen while saving has stopped (a new version, or signed out): the phone says what helps, in the client’s words', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const {
    client: saar,
    phone,
    mobile,
    portal,
    radio,
  } = await checkInOnPhone(page, browser, {
    practice: 'Praktijk Gestopt',
    coach: 'Gijs Goed',
    firstName: 'Saar',
    lastName: 'Stop',
  });
  const homeworkId = mobile.url().split('/').pop() as string;
  /** Versturen, and (questions are still open) "send anyway": the answer the form gives. */
  const send = async () => {
    await mobile.getByRole('button', { name: 'Versturen', exact: true }).tap();
    await mobile.getByRole('button', { name: 'Toch versturen', exact: true }).tap();
  };

  // A new version installed while the questionnaire is open: the save is unknown to the server, and only a reload helps.
  await newVersionInstalled(mobile, `**/portal/homework/${homeworkId}`);
  await radio(0, 3).tap();
  await expect(portal.saveStatus()).toHaveAttribute('data-status', 'outdated');
  await send();
  await expect(
    mobile.getByRole('alert').filter({
      hasText: 'Er is een nieuwe versie van Balanspunt. Laad de pagina opnieuw en verstuur dan; je antwoorden blijven bewaard.',
    }),
  ).toBeVisible();
  await mobile.unrouteAll({ behavior: 'wait' });
  await mobile.reload();
  await ready(mobile);
  await expect(radio(0, 3)).toHaveAttribute('aria-checked', 'true');
  await expect(portal.saveStatus()).toHaveAttribute('data-status', /^(saved|idle)$/);

  // The portal session ends (idle too long, or signed out elsewhere): signing in again helps, waiting does not.
  const sql = e2eDatabase();
  try {
    await sql`delete from portal_sessions where client_id = ${saar.clientId}`;
  } finally {
    await sql.end();
  }
  await radio(1, 2).tap();
  await expect(portal.saveStatus()).toHaveAttribute('data-status', 'signed_out');
  await send();
  await expect(
    mobile.getByRole('alert').filter({
      hasText:
        'Je bent niet meer aangemeld, dus versturen kan nu niet. Laad deze pagina opnieuw en meld je weer aan; wat je hebt ingevuld, gaat niet verloren.',
    }),
  ).toBeVisible();
  await expect(radio(1, 2)).toHaveAttribute('aria-checked', 'true');
  await phone.close();
});

test('a custom 0–10 questionnaire on a 360 px phone: every answer is a touch target at least 44 px wide', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const coachEmail = uniqueEmail('coach');
  await signUp(page, { practice: 'Praktijk Schaal', name: 'Sam Schaal', email: coachEmail });
  // The widest scale a questionnaire may have: eleven answers, 0 to 10.
  const editor = new InstrumentEditorPage(page);
  await page.goto('/instruments/new');
  await ready(page);
  await editor.name().fill('Tienpuntsmeter');
  await editor.subscaleName(0).fill('Energie');
  await editor.itemText(0).fill('Hoeveel energie had je deze week?');
  await page.getByLabel('Laagste waarde', { exact: true }).fill('0');
  await page.getByLabel('Hoogste waarde', { exact: true }).fill('10');
  await editor.save().click();
  await expect(editor.saved(1)).toBeVisible();

  const clientEmail = uniqueEmail('tim');
  const tim = await seedClient(coachEmail, { firstName: 'Tim', lastName: 'Tien', email: clientEmail });
  const homework = new HomeworkPage(page);
  await homework.goto(tim.clientId);
  await homework.assign({ template: 'Opnieuw meten', instrument: 'Tienpuntsmeter' });
  await expect(homework.assigned('Tim')).toBeVisible();
  const link = await portalLinkFromOutbox(page, clientEmail);

  // The narrowest phone WCAG's reflow asks for: 320 px wide.
  const phone = await browser.newContext({
    viewport: { width: 320, height: 700 },
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const mobile = await phone.newPage();
  await openPortalLink(mobile, link);
  await ready(mobile);
  await expect(mobile.getByText('Hoeveel energie had je deze week?')).toBeVisible();
  const answers = mobile.locator('[data-step]').first().getByRole('radio');
  await expect(answers).toHaveCount(11);
  const sizes = await answers.evaluateAll((buttons) =>
    buttons.map((b) => ({ width: b.getBoundingClientRect().width, height: b.getBoundingClientRect().height })),
  );
  for (const size of sizes) {
    expect(size.width).toBeGreaterThanOrEqual(44);
    expect(size.height).toBeGreaterThanOrEqual(44);
  }
  // And nothing runs off the side of the screen.
  expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  // With the phone's text twice as large (the paddings grow with it): fewer answers to a row, each still a thumb wide,
  // nothing off the side, and the header's sign-out button under the practice's name rather than over it.
  await mobile.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  const largeSizes = await answers.evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().width));
  for (const width of largeSizes) expect(width).toBeGreaterThanOrEqual(44);
  expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const home = (await mobile.locator('header a[href="/portal"]').boundingBox())!;
  const signOut = (await mobile.locator('header').getByRole('button', { name: 'Afmelden' }).boundingBox())!;
  expect(signOut.y).toBeGreaterThanOrEqual(home.y + home.height);
  expect(
    await mobile
      .locator('header')
      .getByText('Cliëntportaal')
      .evaluate((e) => e.scrollWidth <= e.clientWidth),
  ).toBe(true);
  // The progress bar, twice as tall now, would hide close to half the screen: it scrolls away with the page instead.
  const barPosition = () =>
    mobile.getByTestId('progress-bar').evaluate((bar) => {
      const { height } = bar.getBoundingClientRect();
      return `${getComputedStyle(bar).position} ${height > window.innerHeight * 0.4 ? 'tall' : 'short'}`;
    });
  await expect.poll(barPosition).toBe('static tall');
  await mobile.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });
  await expect.poll(barPosition).toBe('sticky short');
  await answers.nth(10).tap();
  await expect(answers.nth(10)).toHaveAttribute('aria-checked', 'true');
  await phone.close();
});
