import { expect, test } from './fixtures';
import { e2eDatabase, loseFirstActionAnswer, ready, signUp, uniqueEmail } from './helpers';
import { ClientPage } from './pages/client-pages';
import { PortalPage } from './pages/portal-page';
import { DashboardPage, HomeworkInboxPage, HomeworkPage, SessionsPage } from './pages/sessions-page';
import { OutboxPage } from './pages/settings-page';
import { isoDateIn, openLinkOnPhone, openPortalLink, portalLinkFromOutbox, seedClient, seedHomework } from './portal-helpers';

test('a weekly series, an energy diary filled in on a phone, and the submission back with the coach', async ({ page, browser }) => {
  // A coach's browser and a phone's, and some forty steps: about 45 s in CI runs, close to the default 60 s.
  test.setTimeout(120_000);
  const sessions = new SessionsPage(page);
  const homework = new HomeworkPage(page);
  const dashboard = new DashboardPage(page);
  const coachEmail = uniqueEmail('coach');
  await signUp(page, { practice: 'Praktijk Zuurstof', name: 'Noor Visser', email: coachEmail });
  const clientEmail = uniqueEmail('eva');
  const eva = await seedClient(coachEmail, { firstName: 'Eva', lastName: 'Smit', email: clientEmail });
  const other = await seedClient(coachEmail, { firstName: 'Tom', lastName: 'Bakker', email: uniqueEmail('tom') });
  const othersHomework = await seedHomework(other);

  // The coach plans a weekly series of four.
  await sessions.goto(eva.clientId);
  await expect(sessions.heading()).toBeVisible();
  await sessions.planWeeklySeries({ date: isoDateIn(3), start: '10:00', end: '11:00', count: 4 });
  await expect(sessions.plannedNote(4)).toBeVisible();
  await expect(sessions.planned()).toHaveCount(4);
  // Eva hears of them in one mail with the four times (the worker sends it just after the request).
  const outbox = new OutboxPage(page);
  await expect(async () => {
    await outbox.goto();
    await expect(outbox.mailTo(clientEmail).filter({ hasText: '4 afspraken met Noor Visser' })).toHaveCount(1, { timeout: 1_000 });
  }).toPass();
  await expect(outbox.mailTo(clientEmail).filter({ hasText: '4 afspraken met Noor Visser' })).toContainText(/, 10:00–11:00/);

  // ... and assigns an energy diary, which is mailed to the client.
  await homework.goto(eva.clientId);
  await expect(homework.heading()).toBeVisible();
  await homework.assign({ template: 'Energiedagboek', message: 'Vul het elke avond even in.' });
  await expect(homework.assigned('Eva')).toBeVisible();
  const link = await portalLinkFromOutbox(page, clientEmail);
  // The due date in words, as the built app formats it (its precompiled messages once printed 12-12-2026).
  await expect(new OutboxPage(page).mailTo(clientEmail).first()).toContainText(
    /Graag uiterlijk \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4} inleveren\./,
  );

  // The client opens the link on a phone.
  const { phone, mobile } = await openLinkOnPhone(browser, link);
  const portal = new PortalPage(mobile);
  await expect(portal.heading('Energiedagboek')).toBeVisible();
  await expect(mobile.getByText('Vul het elke avond even in.')).toBeVisible();
  // From the portal home too: its link names the homework it opens.
  await portal.toOverview().click();
  await mobile.getByRole('link', { name: 'Openen: Energiedagboek' }).click();
  await expect(portal.heading('Energiedagboek')).toBeVisible();
  await ready(mobile);

  // On the narrowest phone (320 px) each of the eleven 0–10 answers is still a thumb wide, and nothing runs off the side.
  await mobile.setViewportSize({ width: 320, height: 700 });
  const scoreSizes = await mobile
    .locator('label:has(input[type="radio"])')
    .evaluateAll((labels) => labels.map((l) => [l.getBoundingClientRect().width, l.getBoundingClientRect().height]));
  expect(scoreSizes).toHaveLength(11);
  for (const [width, height] of scoreSizes) expect(Math.min(width!, height!)).toBeGreaterThanOrEqual(44);
  expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await mobile.setViewportSize({ width: 390, height: 844 });

  await portal.score(1, 6).click();
  await portal.drains(1).fill('Drie vergaderingen achter elkaar');
  await portal.gains(1).fill('Wandelen in de lunchpauze');

  // Reload halfway: the answers are still there.
  await mobile.reload();
  await ready(mobile);
  await expect(portal.scoreRadio(1, 6)).toBeChecked();
  await expect(portal.drains(1)).toHaveValue('Drie vergaderingen achter elkaar');
  await expect(portal.saveStatus()).toHaveAttribute('data-status', /saved|idle/);

  await expect(portal.gains(2)).toBeVisible();
  await portal.score(2, 4).click();
  await portal.gains(2).fill('Een goed gesprek met mijn leidinggevende');
  await expect(portal.saveStatus()).toHaveAttribute('data-status', 'saved');
  // A folded day has no questions on the page until it is opened (the phone hydrates one day, not seven). Day 5 opened,
  // written in without its energy, folded again: handing in says what is missing and opens day 5 at its energy.
  await expect(mobile.locator('#hw-day5-drained')).toHaveCount(0);
  await portal.fold(5).click();
  await portal.drains(5).fill('Een lange treinreis');
  await expect(portal.saveStatus()).toHaveAttribute('data-status', 'saved');
  await portal.fold(5).click();
  await expect(mobile.locator('#hw-day5-drained')).toHaveCount(0);
  // Days 3, 4, 6 and 7 are empty: handing in is final, so the phone asks first. "Verder invullen" opens the first
  // empty day at its first question.
  await portal.submit().click();
  await expect(portal.emptyQuestion()).toContainText('4 onderdelen zijn nog leeg. Na het inleveren kun je niets meer aanvullen.');
  await portal.keepFilling().click();
  await expect(portal.scoreRadio(3, 0)).toBeFocused();
  await expect(portal.emptyQuestion()).toHaveCount(0);
  await portal.submit().click();
  await portal.submitAnyway().click();
  await expect(mobile.getByTestId('form-error')).toHaveText('Nog één vraag in te vullen voordat je kunt inleveren.');
  await expect(portal.scoreRadio(5, 0)).toBeFocused();
  await expect(portal.drains(5)).toHaveValue('Een lange treinreis');
  await portal.score(5, 3).click();
  await expect(portal.saveStatus()).toHaveAttribute('data-status', 'saved');
  // On a slow phone, a day tapped open before the page's script has run gets its questions once it has.
  let scriptsArrive = () => {};
  const held = new Promise<void>((resolve) => {
    scriptsArrive = resolve;
  });
  // Only the scripts: a stylesheet held would hold the page's parsing too.
  await mobile.route('**/_next/static/chunks/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await mobile.reload({ waitUntil: 'domcontentloaded' });
  await portal.fold(6).click();
  scriptsArrive();
  await ready(mobile);
  await mobile.unroute('**/_next/static/chunks/*.js');
  await expect(portal.gains(6)).toBeVisible();
  // The connection drops as the hand-in arrives: handed in, but the phone does not know. Tapping again shows the
  // note, not an error that it was already handed in.
  await loseFirstActionAnswer(mobile);
  await portal.submit().click();
  await portal.submitAnyway().click();
  await expect(mobile.getByTestId('form-error')).toContainText('Geen verbinding');
  await portal.submit().click();
  await portal.submitAnyway().click();
  await expect(portal.submittedNote()).toBeVisible();
  // The note takes the place of the form, and the focus with it: a screen reader reads it.
  await expect(portal.submittedNote()).toBeFocused();
  await expect(mobile.getByText('Een goed gesprek met mijn leidinggevende')).toBeVisible();
  // What was handed in, part by part, under the page's heading (h1, then h2: no level skipped).
  await expect(mobile.getByRole('heading', { level: 2, name: 'Dag 2' })).toBeVisible();
  await expect(mobile.getByTestId('answers').getByRole('heading', { level: 3 })).toHaveCount(0);
  await expect(portal.submit()).toHaveCount(0);

  // The portal home: the homework is done, the four sessions are coming.
  await portal.toOverview().click();
  await expect(portal.greeting('Eva')).toBeVisible();
  await expect(portal.done()).toContainText('Energiedagboek');
  await expect(portal.upcomingHeading()).toBeVisible();

  // Someone else's homework is simply not found.
  await mobile.goto(`/portal/homework/${othersHomework}`);
  await expect(portal.notFound()).toBeVisible();
  // So is an address under /portal that does not exist (a mail link cut off): the portal's page, with its way home.
  expect((await mobile.goto('/portal/huiswrk'))?.status()).toBe(404);
  await expect(portal.notFound()).toBeVisible();
  await expect(mobile.getByRole('link', { name: 'Naar je overzicht' })).toHaveAttribute('href', '/portal');
  await phone.close();

  // The coach sees the submission on the dashboard and on the client's timeline.
  await dashboard.goto();
  await expect(dashboard.submissions()).toContainText('Eva Smit');
  await expect(dashboard.submissions()).toContainText('Energiedagboek');
  const client = new ClientPage(page);
  await client.goto(eva.clientId);
  await expect(page).toHaveTitle('Eva Smit · Balanspunt');
  await expect(client.timeline()).toContainText('Huiswerk ingeleverd: energiedagboek');
  await expect(client.timeline()).toContainText('Reeks van 4 sessies gepland');

  // Without homework, the coach gives Eva the portal from her record (her own plan and releases are there): the portal's
  // address, and a sign-in link by mail, sent by keyboard. The button keeps the focus; the answer says where it went.
  await expect(client.portalCard()).toContainText(/https?:\/\/\S+\/portal\/login/);
  await expect(client.mailPortalLink()).toBeEnabled();
  await client.mailPortalLink().focus();
  await page.keyboard.press('Enter');
  await expect(client.portalLinkSent()).toHaveText(`Verstuurd naar ${clientEmail}.`);
  await expect(client.mailPortalLink()).toBeFocused();
  // She signs in on her phone with the mailed link, to the portal's home.
  const invited = await portalLinkFromOutbox(page, clientEmail, { newerThan: link });
  const invitedPhone = await openLinkOnPhone(browser, invited);
  await expect(new PortalPage(invitedPhone.mobile).greeting('Eva')).toBeVisible();
  await invitedPhone.phone.close();
  // The whole timeline, newest first: the submission above the series planned before it.
  await client.gotoTimeline(eva.clientId);
  await expect(page).toHaveTitle('Tijdlijn · Eva Smit · Balanspunt');
  await expect(client.timelineCount()).toContainText('de nieuwste eerst');
  await expect(client.timeline().getByRole('listitem').first()).toContainText('Huiswerk ingeleverd: energiedagboek');
  await expect(client.timeline()).toContainText('Reeks van 4 sessies gepland');

  // The full list across clients has it too, linked to the submission itself.
  const inbox = new HomeworkInboxPage(page);
  await inbox.goto();
  await expect(inbox.heading()).toBeVisible();
  await expect(inbox.tab('Nieuw ingeleverd')).toHaveAttribute('aria-current', 'page');
  await expect(inbox.list()).toContainText('Energiedagboek');
  await expect(inbox.list().getByRole('link', { name: 'Eva Smit' })).toHaveAttribute(
    'href',
    new RegExp(`^/clients/${eva.clientId}/homework/[0-9a-f-]{36}$`),
  );

  // Opening it from the client's homework takes it off the "new" lists.
  await homework.goto(eva.clientId);
  await homework.view().click();
  await expect(page.getByRole('heading', { name: 'Dag 2' })).toBeVisible();
  await expect(page.getByText('Drie vergaderingen achter elkaar')).toBeVisible();
  await dashboard.goto();
  await expect(dashboard.submissions()).toContainText(dashboard.nothingNew);
  await inbox.goto();
  await expect(page.getByText(inbox.nothingNew)).toBeVisible();
  await inbox.tab('Te laat').click();
  await expect(inbox.tab('Te laat')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Niets te laat.')).toBeVisible();
});

test('the rest of a weekly series cancelled at once: one question, one mail with every time', async ({ page }) => {
  const sessions = new SessionsPage(page);
  const coachEmail = uniqueEmail('series-coach');
  await signUp(page, { practice: 'Praktijk Ritme', name: 'Rik Ritme', email: coachEmail });
  const clientEmail = uniqueEmail('lot');
  const lot = await seedClient(coachEmail, { firstName: 'Lot', lastName: 'Vos', email: clientEmail });
  await sessions.goto(lot.clientId);
  await sessions.planWeeklySeries({ date: isoDateIn(3), start: '09:00', end: '10:00', count: 4 });
  await expect(sessions.plannedNote(4)).toBeVisible();
  await ready(page);

  // From the second on: the question offers the two after it, and says the client gets one mail.
  const second = sessions.planned().nth(1);
  await second.getByRole('button', { name: 'Afzeggen', exact: true }).click();
  // The question about this session (its time describes it) starts at the choice, which comes before the answer.
  const question = second.getByRole('group', { name: 'Deze sessie afzeggen?' });
  await expect(question).toHaveAccessibleDescription(/09:00–10:00/);
  const following = second.getByLabel('Ook de 2 volgende sessies van deze reeks afzeggen');
  await expect(following).toBeFocused();
  await following.press('Space');
  await expect(second.getByRole('button', { name: 'Ja, afzeggen' })).toHaveAccessibleDescription(
    'De cliënt krijgt één e-mail met alle afgezegde afspraken.',
  );
  await second.getByRole('button', { name: 'Ja, afzeggen' }).click();
  await expect(sessions.planned()).toHaveCount(1);
  // The last one of the series has none after it: no such choice.
  await sessions.planned().first().getByRole('button', { name: 'Afzeggen', exact: true }).click();
  await expect(sessions.planned().first().getByRole('checkbox')).toHaveCount(0);

  const outbox = new OutboxPage(page);
  await expect(async () => {
    await outbox.goto();
    await expect(outbox.mailTo(clientEmail).filter({ hasText: '3 afspraken gaan niet door' })).toHaveCount(1, { timeout: 1_000 });
  }).toPass();
  await expect(outbox.mailTo(clientEmail).filter({ hasText: '3 afspraken gaan niet door' })).toContainText('09:00–10:00');
});

test('a used sign-in link gets a clear page and a way to ask for a new one', async ({ page, browser }) => {
  const homework = new HomeworkPage(page);
  const coachEmail = uniqueEmail('coach');
  await signUp(page, { practice: 'Praktijk Link', name: 'Lies Kok', email: coachEmail });
  const clientEmail = uniqueEmail('sam');
  const sam = await seedClient(coachEmail, { firstName: 'Sam', lastName: 'de Wit', email: clientEmail });
  await homework.goto(sam.clientId);
  await expect(homework.heading()).toBeVisible();
  await homework.assign();
  await expect(homework.assigned('Sam')).toBeVisible();
  const link = await portalLinkFromOutbox(page, clientEmail);

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'nl-NL' });
  const mobile = await phone.newPage();
  const portal = new PortalPage(mobile);
  await openPortalLink(mobile, link);
  await expect(portal.heading('Energiedagboek')).toBeVisible();
  await phone.clearCookies();
  await openPortalLink(mobile, link);
  await expect(portal.linkProblemHeading()).toBeVisible();
  await expect(portal.linkProblem()).toHaveText(portal.usedLinkText);
  await portal.askNewLink().click();
  await expect(portal.loginHeading()).toBeVisible();
  await portal.requestLink(clientEmail);
  await expect(portal.linkRequested()).toBeVisible();

  // The new link leads back to the homework it was about.
  const fresh = await portalLinkFromOutbox(page, clientEmail, { newerThan: link });
  await openPortalLink(mobile, fresh);
  await expect(portal.heading('Energiedagboek')).toBeVisible();
  await phone.close();
});

test('sessions by keyboard: after each action the focus stays on the session or the control that replaced the pressed one', async ({
  page,
}) => {
  const email = uniqueEmail('focus-coach');
  await signUp(page, { practice: 'Praktijk Focus', name: 'Fien Focus', email });
  const client = await seedClient(email, { firstName: 'Kees', lastName: 'Klavier', email: uniqueEmail('kees') });
  const sql = e2eDatabase();
  const session = async (startsAt: string) => {
    const [row] = await sql<{ id: string }[]>`
      insert into coaching_sessions (practice_id, client_id, coach_id, starts_at, duration_minutes, kind, location)
      values (${client.practiceId}, ${client.clientId}, ${client.coachId}, now() + ${startsAt}::interval, 60, 'coaching', 'on_site')
      returning id`;
    return row!.id;
  };
  const past = await session('-1 hour');
  const future = await session('3 days');
  await sql.end();

  await page.goto(`/clients/${client.clientId}/sessions`);
  await ready(page);
  // "Held" by keyboard: the session leaves the planned list; its row in the history takes the focus, with its new status.
  // The session's controls are a chunk of their own, disabled until it has hydrated: a key pressed before then is lost.
  const held = page.locator(`#session-${past}`).getByRole('button', { name: 'Gehouden' });
  await expect(held).toBeEnabled();
  await held.press('Enter');
  await expect(page.locator(`#session-${past}`)).toBeFocused();
  await expect(page.locator(`#session-${past}`)).toContainText('Gehouden');

  // Cancelling asks first: the confirmation takes the focus; "never mind" gives it back to "Afzeggen".
  const row = page.locator(`#session-${future}`);
  await row.getByRole('button', { name: 'Afzeggen', exact: true }).press('Enter');
  await expect(row.getByRole('button', { name: 'Ja, afzeggen' })).toBeFocused();
  await row.getByRole('button', { name: 'Laat maar' }).press('Enter');
  await expect(row.getByRole('button', { name: 'Afzeggen', exact: true })).toBeFocused();
  // Escape is "never mind" too.
  await row.getByRole('button', { name: 'Afzeggen', exact: true }).press('Enter');
  await row.getByRole('button', { name: 'Ja, afzeggen' }).press('Escape');
  await expect(row.getByRole('button', { name: 'Afzeggen', exact: true })).toBeFocused();
  // Moving: the form's first field takes the focus; keeping the time, the focus returns to "Verplaatsen".
  await row.getByRole('button', { name: 'Verplaatsen' }).press('Enter');
  await expect(row.getByLabel('Datum')).toBeFocused();
  await row.getByRole('button', { name: 'Laat maar' }).press('Enter');
  await expect(row.getByRole('button', { name: 'Verplaatsen' })).toBeFocused();
  await row.getByRole('button', { name: 'Verplaatsen' }).press('Enter');
  await row.getByLabel('Datum').press('Escape');
  await expect(row.getByRole('button', { name: 'Verplaatsen' })).toBeFocused();

  // On the session's own page, a correction to "no-show": the heading with the new status takes the focus.
  await page.goto(`/clients/${client.clientId}/sessions/${past}`);
  await ready(page);
  await page.getByRole('button', { name: 'Niet verschenen' }).press('Enter');
  await expect(page.locator(`#session-${past}`)).toBeFocused();
  await expect(page.locator(`#session-${past}`)).toContainText('Niet verschenen');

  // Once the trajectory is closed, the page says so instead of offering the plan form (the service refuses too).
  const closing = e2eDatabase();
  await closing`update clients set status = 'closed' where practice_id = ${client.practiceId} and id = ${client.clientId}`;
  await closing.end();
  await page.goto(`/clients/${client.clientId}/sessions`);
  await expect(page.getByTestId('plan-blocked')).toHaveText(
    'Het traject van Kees is afgesloten: je kunt geen sessies meer plannen. Komt Kees terug? Heropen het traject op het overzicht.',
  );
  await expect(page.getByRole('button', { name: 'Sessie plannen' })).toHaveCount(0);
  // The session still planned: no move (the service refuses one now), cancelling stays.
  await ready(page);
  await expect(row.getByRole('button', { name: 'Afzeggen', exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: 'Verplaatsen' })).toHaveCount(0);

  // Archiving the closed file asks first (the way back clears the closing details); "Laat maar" changes nothing.
  await page.goto(`/clients/${client.clientId}`);
  await ready(page);
  const archive = page.getByRole('button', { name: 'Dossier archiveren' });
  await archive.click();
  await expect(page.getByRole('button', { name: 'Laat maar' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Laat maar' })).toHaveAccessibleDescription(/verdwijnt uit de gewone lijst/);
  await page.screenshot({ path: 'test-results/archive-question.png', fullPage: true });
  await page.getByRole('button', { name: 'Laat maar' }).click();
  await expect(archive).toBeFocused();
  await archive.click();
  await page.getByRole('button', { name: 'Ja, archiveren' }).click();
  await expect(page.getByText('Dit dossier is gearchiveerd.')).toBeVisible();
});

test('moving a session onto another asks to move anyway, not to plan anyway', async ({ page }) => {
  const email = uniqueEmail('move-coach');
  await signUp(page, { practice: 'Praktijk Verzet', name: 'Vera Verzet', email });
  const client = await seedClient(email, { firstName: 'Mees', lastName: 'Mover', email: uniqueEmail('mees') });
  const sql = e2eDatabase();
  // Three days ahead, at 10:00 (a three-way meeting) and 14:00 Amsterdam time.
  const session = async (time: string, kind = 'coaching') => {
    const [row] = await sql<{ id: string }[]>`
      insert into coaching_sessions (practice_id, client_id, coach_id, starts_at, duration_minutes, kind, location)
      values (${client.practiceId}, ${client.clientId}, ${client.coachId},
        (((now() at time zone 'Europe/Amsterdam')::date + 3) + ${time}::time) at time zone 'Europe/Amsterdam', 60, ${kind}, 'video')
      returning id`;
    return row!.id;
  };
  const moving = await session('10:00', 'tripartite');
  await session('14:00');
  await sql.end();

  await page.goto(`/clients/${client.clientId}/sessions`);
  await ready(page);
  const row = page.locator(`#session-${moving}`);
  await row.getByRole('button', { name: 'Verplaatsen' }).click();
  const form = row.getByRole('form', { name: 'Sessie verplaatsen' });
  // A three-way meeting is the manager's too: the form says who hears of the move.
  await expect(form).toContainText(
    'De cliënt krijgt de nieuwe tijd per e-mail, als die nog moet komen. Bij een driegesprek krijgen ook de leidinggevende en elke contactpersoon met een werkende deellink (zoals HR) een e-mail, als de cliënt met de werkgever deelt.',
  );
  await form.getByLabel('Begintijd').fill('14:30');
  await form.getByLabel('Eindtijd').fill('15:30');
  await form.getByRole('button', { name: 'Nieuwe tijd opslaan' }).click();
  const warning = form.getByTestId('overlap-warning');
  await expect(warning).toContainText('Let op: dit overlapt met een andere sessie in je agenda. Kies een andere tijd, of verplaats toch.');
  await expect(warning.getByRole('button', { name: 'Toch plannen' })).toHaveCount(0);
  await warning.getByRole('button', { name: 'Toch verplaatsen' }).click();
  await expect(form).toHaveCount(0);
  await expect(row).toContainText('14:30');
});

test('the calendar link by keyboard: the new link takes the focus, renewing asks first, and the old link stops working', async ({
  page,
}) => {
  await signUp(page, { practice: 'Praktijk Agenda', name: 'Anne Agenda', email: uniqueEmail('feed-coach') });
  await page.goto('/agenda');
  await ready(page);
  const url = page.getByLabel('Je agendalink');
  await page.getByRole('button', { name: 'Agendalink maken' }).press('Enter');
  await expect(url).toBeFocused();
  const first = await url.inputValue();
  expect((await page.request.get(first)).headers()['content-type']).toContain('text/calendar');

  // Asking first: the confirmation takes the focus; "never mind" gives it back.
  const renew = page.getByRole('button', { name: 'Nieuwe link maken' });
  await renew.press('Enter');
  const confirm = page.getByRole('button', { name: 'Ja, nieuwe link' });
  await expect(confirm).toBeFocused();
  await expect(confirm).toHaveAccessibleDescription('De huidige link werkt daarna niet meer.');
  await page.getByRole('button', { name: 'Laat maar' }).press('Enter');
  await expect(renew).toBeFocused();
  await renew.press('Enter');
  await confirm.press('Enter');
  await expect(url).toBeFocused();
  await expect(url).not.toHaveValue(first);
  expect((await page.request.get(await url.inputValue())).status()).toBe(200);
  expect((await page.request.get(first)).status()).toBe(404);
});

test('withdrawing homework by keyboard: asked first, then gone, and the client’s list says so; a handed-in form is kept', async ({
  page,
}) => {
  const email = uniqueEmail('withdraw-coach');
  await signUp(page, { practice: 'Praktijk Terug', name: 'Wim Weg', email });
  const client = await seedClient(email, { firstName: 'Lotte', lastName: 'Los', email: uniqueEmail('lotte') });
  const [first, second, third] = [await seedHomework(client), await seedHomework(client), await seedHomework(client)];
  await page.goto(`/clients/${client.clientId}/homework/${first}`);
  await ready(page);
  const withdraw = page.getByRole('button', { name: 'Intrekken' });
  await expect(withdraw).toBeEnabled();
  await withdraw.press('Enter');
  const confirm = page.getByRole('button', { name: 'Ja, intrekken' });
  await expect(confirm).toBeFocused();
  await expect(confirm).toHaveAccessibleDescription('De cliënt ziet dit huiswerk daarna niet meer; wat al is ingevuld, wordt verwijderd.');
  await page.getByRole('button', { name: 'Laat maar' }).press('Enter');
  await expect(withdraw).toBeFocused();
  await withdraw.press('Enter');
  await confirm.press('Enter');
  const notice = page.locator('#homework-withdrawn');
  await expect(notice).toHaveText('Het huiswerk is ingetrokken. De cliënt ziet het niet meer.');
  await expect(notice).toBeFocused();
  // The notice is said once: the address no longer carries it (a reload does not repeat it).
  await expect(page).toHaveURL(new RegExp(`/clients/${client.clientId}/homework$`));
  await expect(page.getByTestId('homework-list').getByRole('listitem')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/homework-withdrawn.png', fullPage: true });

  // A second one, from the list: a new notice takes the focus again.
  const row = page.getByTestId('homework-list').getByRole('listitem').first();
  await row.getByRole('button', { name: 'Intrekken' }).press('Enter');
  await row.getByRole('button', { name: 'Ja, intrekken' }).press('Enter');
  await expect(page.getByTestId('homework-list').getByRole('listitem')).toHaveCount(1);
  await expect(notice).toBeFocused();

  // Handed in while the coach's page was open: refused, said, and the form stays.
  const sql = e2eDatabase();
  // Whichever of the two is left (the other was withdrawn, and updates nothing).
  await sql`update homework set status = 'submitted', submitted_at = now() where id in (${second}, ${third})`;
  await sql.end();
  const last = page.getByTestId('homework-list').getByRole('listitem');
  await last.getByRole('button', { name: 'Intrekken' }).press('Enter');
  await last.getByRole('button', { name: 'Ja, intrekken' }).press('Enter');
  const alert = page.getByTestId('form-error');
  await expect(alert).toHaveText('Dit huiswerk is al eens ingeleverd: de antwoorden blijven bewaard, dus intrekken kan niet meer.');
  await expect(alert).toBeFocused();
  await expect(page.getByTestId('homework-list').getByRole('listitem')).toHaveCount(1);

  await page.goto(`/clients/${client.clientId}/homework/${first}`);
  await expect(page.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
});

test('the owner plans a session for a colleague’s client: it goes into the colleague’s agenda, which the page says first', async ({
  page,
}) => {
  const email = uniqueEmail('agenda-owner');
  await signUp(page, { practice: 'Praktijk Agenda', name: 'Olga Eigenaar', email });
  const client = await seedClient(email, { firstName: 'Mila', lastName: 'Maas', email: uniqueEmail('mila') });
  const sql = e2eDatabase();
  try {
    const [colleague] = await sql<{ id: string }[]>`
      insert into users (practice_id, email, name, password_hash, role)
      values (${client.practiceId}, ${uniqueEmail('cas')}, 'Cas Collega', 'not-a-hash', 'coach') returning id`;
    await sql`update clients set coach_id = ${colleague!.id} where id = ${client.clientId}`;
    // Cas has another client's session three days ahead at 10:00; Olga's own agenda is empty.
    const [other] = await sql<{ id: string }[]>`
      insert into clients (practice_id, first_name, last_name, email, coach_id, status)
      values (${client.practiceId}, 'Bram', 'Bezet', ${uniqueEmail('bram')}, ${colleague!.id}, 'active') returning id`;
    await sql`
      insert into coaching_sessions (practice_id, client_id, coach_id, starts_at, duration_minutes, kind, location)
      values (${client.practiceId}, ${other!.id}, ${colleague!.id},
        (((now() at time zone 'Europe/Amsterdam')::date + 3) + '10:00'::time) at time zone 'Europe/Amsterdam', 60, 'coaching', 'video')`;
  } finally {
    await sql.end();
  }

  await page.goto(`/clients/${client.clientId}/sessions`);
  await ready(page);
  await expect(page.getByTestId('plan-agenda')).toHaveText('De sessies komen in de agenda van Cas Collega, de coach van Mila.');
  await page.getByLabel('Datum').fill(isoDateIn(3));
  await page.getByLabel('Begintijd').fill('10:30');
  await page.getByLabel('Eindtijd').fill('11:30');
  await page.getByRole('button', { name: 'Sessie plannen' }).click();
  // The clash is in Cas's agenda: Olga's own has nothing then.
  await expect(page.getByTestId('overlap-warning')).toContainText('in de agenda van de coach van deze sessie');
  await page.getByRole('button', { name: 'Toch plannen' }).click();
  await expect(new SessionsPage(page).planned()).toHaveCount(1);
  await page.goto('/agenda');
  await ready(page);
  await expect(page.getByText('Mila Maas')).toHaveCount(0);
});
