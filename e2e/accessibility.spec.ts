import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CONSENT_TEXT_VERSIONS } from '../lib/caseload/consent-state';
import { jdrIntakeV1 } from '../lib/instruments';
import { createClient, createEmployerWithManager } from './clients-helpers';
import { expect, test } from './fixtures';
import { e2eDatabase, ready, signUp, uniqueEmail } from './helpers';
import { riskProfileAnswers } from './intake-helpers';
import { ClientListPage } from './pages/client-pages';
import { InstrumentEditorPage, IntakePage, MeasurementsPage } from './pages/intake-page';
import { PortalPage } from './pages/portal-page';
import { SettingsPage } from './pages/settings-page';
import { phoneContext, portalLinkFromOutbox } from './portal-helpers';

/** The WCAG 2.1 A and AA rules: what the app promises (best-practice rules are advice, not a failure). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on the page as it is now and expects no violation. Soft: one run lists every page's problems, each with
 * the page's name, the rule and the failing nodes.
 */
async function expectAccessible(page: Page, name: string) {
  // Lazily loaded parts (charts, folds' contents) are on the page before axe looks.
  await page.waitForLoadState('networkidle');
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = result.violations.map(
    (v) =>
      `${v.id} (${v.help}): ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join(' | ')}`,
  );
  expect.soft(found, `axe violations on ${name}`).toEqual([]);
}

/** A phone's page never scrolls sideways (a long word or a wide table would make the client pan). */
async function expectNoSidewaysScroll(page: Page, name: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect.soft(overflow, `horizontal scroll on ${name} at 390 px`).toBeLessThanOrEqual(0);
}

/** Opens every fold (details) on the page by its summary, as a reader who wants to see everything would. */
async function openAllFolds(page: Page) {
  const closed = page.locator('details:not([open]) > summary');
  for (let n = await closed.count(); n > 0; n = await closed.count()) {
    await closed.first().click();
    // A fold whose summary opens nothing (it navigates or is disabled) must not loop forever.
    if ((await closed.count()) >= n) break;
  }
}

/**
 * What a real caseload holds, inserted directly where the UI path is long (their own specs cover those paths): both
 * consents, two plan items released by the client, a held session with its record and a planned one, a submitted
 * energy diary and an open one.
 */
async function seedCaseload(clientId: string) {
  const sql = e2eDatabase();
  try {
    const [client] = await sql<{ practice_id: string; coach_id: string }[]>`
      select practice_id, coach_id from clients where id = ${clientId}`;
    const { practice_id: practiceId, coach_id: coachId } = client!;
    for (const kind of ['coaching_agreement', 'employer_sharing'] as const) {
      await sql`
        insert into consents (practice_id, client_id, kind, action, text_version, recorded_by)
        values (${practiceId}, ${clientId}, ${kind}, 'given', ${CONSENT_TEXT_VERSIONS[kind]}, ${coachId})`;
    }
    const items = [
      ['Prioriteiten herverdelen', 'Maandelijks prioriteitenoverleg met de leidinggevende.', 'hindering_demands', 'team', 'manager'],
      ['Vaste stoptijd', 'Eva stopt om 17:30 met werken.', 'recovery', 'person', 'client'],
      ['Coaching op grenzen stellen', 'Drie gesprekken over grenzen stellen.', 'personal_resources', 'person', 'coach'],
    ] as const;
    for (const [i, [title, wording, category, level, owner]] of items.entries()) {
      const [item] = await sql<{ id: string }[]>`
        insert into plan_items (practice_id, client_id, title, description, employer_wording, category, level, owner, position,
          due_date, status, created_by)
        values (${practiceId}, ${clientId}, ${title}, ${`Waarom: ${title.toLowerCase()}.`}, ${wording}, ${category}, ${level},
          ${owner}, ${i}, current_date + 21, ${i === 0 ? 'in_progress' : 'planned'}, ${coachId})
        returning id`;
      if (i < 2) {
        await sql`
          insert into plan_releases (practice_id, client_id, item_id, employer_wording, released_by)
          values (${practiceId}, ${clientId}, ${item!.id}, ${wording}, 'client')`;
      }
    }
    const [held] = await sql<{ id: string }[]>`
      insert into coaching_sessions (practice_id, client_id, coach_id, starts_at, duration_minutes, kind, location, status,
        private_notes, client_summary, agreed_homework, checkin_energy)
      values (${practiceId}, ${clientId}, ${coachId}, date_trunc('hour', now()) - interval '2 days', 60, 'coaching', 'on_site', 'held',
        'Noemt de reorganisatie als grootste bron van stress.', 'We bespraken je energiegevers.', 'Energiedagboek bijhouden', 4)
      returning id`;
    await sql`
      insert into coaching_sessions (practice_id, client_id, coach_id, starts_at, duration_minutes, kind, location)
      values (${practiceId}, ${clientId}, ${coachId}, date_trunc('hour', now()) + interval '2 days', 60, 'evaluation', 'video')`;
    const [submitted] = await sql<{ id: string }[]>`
      insert into homework (practice_id, client_id, template, message, due_date, status, assigned_by, submitted_at)
      values (${practiceId}, ${clientId}, 'energy_diary', 'Vul het elke avond even in.', current_date - 1, 'submitted', ${coachId}, now())
      returning id`;
    const answers = {
      'day1.energy': '6',
      'day1.drained': 'Drie vergaderingen achter elkaar',
      'day1.gave': 'Wandelen in de lunchpauze',
      'day2.energy': '4',
      'day2.gave': 'Een goed gesprek met mijn leidinggevende',
    };
    for (const [key, value] of Object.entries(answers)) {
      await sql`
        insert into homework_answers (practice_id, homework_id, field_key, value)
        values (${practiceId}, ${submitted!.id}, ${key}, ${value})`;
    }
    const [open] = await sql<{ id: string }[]>`
      insert into homework (practice_id, client_id, template, message, due_date, assigned_by)
      values (${practiceId}, ${clientId}, 'job_crafting', 'Kies één taak om anders aan te pakken.', current_date + 7, ${coachId})
      returning id`;
    return { sessionId: held!.id, submittedHomeworkId: submitted!.id, openHomeworkId: open!.id };
  } finally {
    await sql.end();
  }
}

/** Every answer of a measurement, as the intake's own spec gives them (a high-risk profile, with own words). */
async function answerEverything(measurementId: string) {
  const sql = e2eDatabase();
  try {
    const [m] = await sql<{ practice_id: string }[]>`select practice_id from measurements where id = ${measurementId}`;
    for (const step of riskProfileAnswers(jdrIntakeV1)) {
      await sql`
        insert into measurement_answers (practice_id, measurement_id, item_key, value, text, answered_by)
        values (${m!.practice_id}, ${measurementId}, ${step.key}, ${step.press ? Number(step.press) : null},
          ${step.press ? null : (step.words ?? null)}, 'coach')
        on conflict do nothing`;
    }
  } finally {
    await sql.end();
  }
}

test('the signed-out pages pass axe: sign-in, sign-up, forgot password, portal sign-in, not found', async ({ page, browser }) => {
  for (const [name, path] of [
    ['sign-in', '/login'],
    ['sign-up', '/signup'],
    ['forgot password', '/forgot-password'],
    ['not found (signed out)', '/bestaat-niet'],
  ] as const) {
    await page.goto(path);
    await expectAccessible(page, name);
  }
  const phone = await phoneContext(browser);
  const mobile = await phone.newPage();
  for (const [name, path] of [
    ['portal sign-in', '/portal/login'],
    ['share page of an unknown link', '/share/geen-echte-link'],
  ] as const) {
    await mobile.goto(path);
    await ready(mobile);
    await expectAccessible(mobile, name);
    await expectNoSidewaysScroll(mobile, name);
  }
  await phone.close();
});

test('every page a coach, a client and an employer reach passes axe, with a real caseload on it', async ({ page, browser }) => {
  // Some forty pages, each checked by axe, and a caseload built around them. 300 s ran out once with the restart
  // journeys (an app and a database of their own) on the other worker of a 2-core machine: the last pages took 6 s each.
  test.setTimeout(480_000);
  const coachEmail = uniqueEmail('a11y');
  await signUp(page, { practice: 'Praktijk Toegankelijk', name: 'Noor Visser', email: coachEmail });
  await createEmployerWithManager(page, 'Zorggroep Noord', 'Henk de Brug');
  const employerUrl = page.url();
  const clientEmail = uniqueEmail('eva');
  const clientUrl = await createClient(page, {
    first: 'Eva',
    last: 'Smit',
    email: clientEmail,
    employer: 'Zorggroep Noord',
    manager: 'Henk de Brug',
  });
  const clientId = new URL(clientUrl).pathname.split('/').pop()!;
  await createClient(page, { first: 'Tom', last: 'Bakker', email: uniqueEmail('tom') });
  const { sessionId, submittedHomeworkId, openHomeworkId } = await seedCaseload(clientId);

  // The live intake with every answer in, then completed through the page.
  const measurements = new MeasurementsPage(page);
  await measurements.goto(clientId);
  await measurements.start().click();
  await expect(page).toHaveURL(/\/intake\/[0-9a-f-]{36}$/);
  const measurementId = page.url().split('/').pop()!;
  await expect(new IntakePage(page).heading('Eva Smit')).toBeVisible();
  // Checked once, with every answer in: the same questions as when empty, plus the notes and the finish step. Axe takes
  // 10–19 s on its 89 questions (about 600 radios), the longest of any page here.
  await answerEverything(measurementId);
  await page.reload();
  await ready(page);
  await expectAccessible(page, 'live intake (every question answered)');
  await new IntakePage(page).finish().click();
  await expect(page.getByRole('heading', { name: 'Resultaten: JD-R-intake' })).toBeVisible();
  await ready(page);
  await openAllFolds(page);
  await expectAccessible(page, 'results (folds open)');

  // A custom instrument, saved through its editor.
  const editor = new InstrumentEditorPage(page);
  await page.goto('/instruments/new');
  await expectAccessible(page, 'instrument editor (new)');
  await editor.name().fill('Werkdrukmeter');
  await editor.subscaleName(0).fill('Werkdruk');
  await editor.itemText(0).fill('Ik heb meer werk dan ik aankan.');
  await editor.save().click();
  await expect(editor.saved(1)).toBeVisible();
  await expectAccessible(page, 'instrument editor (saved)');

  // An invitation for the team list.
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.invite('Jeroen Bakker', uniqueEmail('jeroen'));
  await expect(page.getByText(/Uitnodiging verstuurd naar/)).toBeVisible();

  // The share link for the manager (not mailed: the outbox has the portal's mail later on).
  await page.goto(`/clients/${clientId}/plan`);
  await page.getByLabel('Link per e-mail sturen').uncheck();
  await page.getByRole('button', { name: 'Deellink maken' }).click();
  const sharePath = new URL((await page.getByTestId('share-url').textContent())!.trim()).pathname;
  await expectAccessible(page, 'plan (with a new share link)');

  // The client signs in to the portal on a phone.
  const phone = await phoneContext(browser);
  const mobile = await phone.newPage();
  const portal = new PortalPage(mobile);
  await mobile.goto('/portal/login');
  await ready(mobile);
  await portal.requestLink(clientEmail);
  await expect(portal.linkRequested()).toBeVisible();
  await expectAccessible(mobile, 'portal sign-in (link requested)');
  const link = await portalLinkFromOutbox(page, clientEmail);
  await mobile.goto(link);
  await ready(mobile);
  await expectAccessible(mobile, 'portal sign-in link');
  await expectNoSidewaysScroll(mobile, 'portal sign-in link');
  await mobile.getByRole('button', { name: /^(Aanmelden|Sign in)$/ }).click();
  await expect(portal.greeting('Eva')).toBeVisible();
  await ready(mobile);
  const portalPages = [
    ['portal home', '/portal'],
    ['portal homework form (job crafting)', `/portal/homework/${openHomeworkId}`],
    ['portal homework (submitted energy diary)', `/portal/homework/${submittedHomeworkId}`],
    ['portal plan', '/portal/plan'],
    ['portal not found', '/portal/homework/00000000-0000-4000-8000-000000000000'],
  ] as const;
  for (const [name, path] of portalPages) {
    await mobile.goto(path);
    await ready(mobile);
    await openAllFolds(mobile);
    await expectAccessible(mobile, name);
    await expectNoSidewaysScroll(mobile, name);
  }
  await mobile.goto(`/portal/homework/${submittedHomeworkId}`);
  await mobile.screenshot({ path: 'test-results/a11y-portal-submitted-homework.png', fullPage: true });
  await phone.close();

  // The manager opens the share link on a phone.
  const managerContext = await phoneContext(browser);
  const manager = await managerContext.newPage();
  await manager.goto(sharePath);
  await ready(manager);
  await expect(manager.getByTestId('shared-item')).toHaveCount(2);
  await expectAccessible(manager, 'share page');
  await expectNoSidewaysScroll(manager, 'share page');
  await manager.getByRole('button', { name: /Plan bevestigen|Confirm plan/ }).click();
  await expect(manager.getByTestId('confirmed')).toBeVisible();
  await expectAccessible(manager, 'share page (confirmed)');
  await expectNoSidewaysScroll(manager, 'share page (confirmed)');
  await managerContext.close();

  // The client list, with a search.
  const list = new ClientListPage(page);
  await page.goto('/clients');
  await expectAccessible(page, 'client list');
  await list.search('Smit');
  await expect(list.clientLink('Eva Smit')).toBeVisible();
  await expectAccessible(page, 'client list (searched)');

  const coachPages = [
    ['dashboard', '/dashboard'],
    ['client overview', `/clients/${clientId}`],
    ['client edit', `/clients/${clientId}/edit`],
    ['new client', '/clients/new'],
    ['timeline', `/clients/${clientId}/timeline`],
    ['measurements list', `/clients/${clientId}/measurements`],
    ['plan', `/clients/${clientId}/plan`],
    ['sessions list', `/clients/${clientId}/sessions`],
    ['session record', `/clients/${clientId}/sessions/${sessionId}`],
    ['homework list', `/clients/${clientId}/homework`],
    ['homework submission', `/clients/${clientId}/homework/${submittedHomeworkId}`],
    ['agenda', '/agenda'],
    ['attention', '/attention'],
    ['homework inbox', '/homework'],
    ['employers list', '/employers'],
    ['employer', new URL(employerUrl).pathname],
    ['employer edit', `${new URL(employerUrl).pathname}/edit`],
    ['new employer', '/employers/new'],
    ['instruments list', '/instruments'],
    ['settings (practice and team)', '/settings'],
    ['settings security', '/settings/security'],
    ['settings audit log', '/settings/audit'],
    ['outbox', '/outbox'],
    ['not found (coach)', '/clients/00000000-0000-4000-8000-000000000000'],
  ] as const;
  for (const [name, path] of coachPages) {
    await page.goto(path);
    await openAllFolds(page);
    await expectAccessible(page, name);
    if (name === 'new client') {
      // A required field is said to be required; one labelled "(optioneel)" is not.
      await expect(page.getByLabel('Voornaam')).toHaveAttribute('aria-required', 'true');
      await expect(page.getByLabel('Startdatum (optioneel)')).not.toHaveAttribute('aria-required');
    }
    // Pages whose look an accessibility fix touched, to compare by eye.
    if (name === 'new client' || name === 'homework submission') {
      await page.screenshot({ path: `test-results/a11y-${name.replace(/\W+/g, '-')}.png`, fullPage: true });
    }
  }
  // The results page was checked right after the intake; the reports are PDFs, offered on the client overview.

  // The coach on a phone: the menu folds into a button, and opened it lists every page.
  const coachPhone = await phoneContext(browser);
  await coachPhone.addCookies(await page.context().cookies());
  const coachMobile = await coachPhone.newPage();
  await coachMobile.goto(`/clients/${clientId}`);
  await ready(coachMobile);
  await coachMobile.getByRole('button', { name: 'Menu openen' }).click();
  await expect(coachMobile.getByRole('navigation').getByRole('link', { name: 'Werkgevers' })).toBeVisible();
  await expectAccessible(coachMobile, 'client overview on a phone (menu open)');
  // The open menu lies over the page: Escape closes it and gives the focus back to its button; tabbing past its last
  // entry closes it too, so the focused link is not hidden under it.
  const menuButton = coachMobile.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { expanded: true });
  await coachMobile.keyboard.press('Escape');
  await expect(coachMobile.getByRole('button', { name: 'Menu openen' })).toBeFocused();
  await expect(coachMobile.getByRole('navigation').getByRole('link', { name: 'Werkgevers' })).toBeHidden();
  await coachMobile.keyboard.press('Enter');
  await expect(menuButton).toBeVisible();
  const menuStops = await coachMobile.locator('#coach-nav-list').locator('a, button').count();
  for (let i = 0; i < menuStops + 1; i++) await coachMobile.keyboard.press('Tab');
  await expect(coachMobile.getByRole('button', { name: 'Menu openen' })).toHaveAttribute('aria-expanded', 'false');
  await coachMobile.getByRole('button', { name: 'Menu openen' }).click();
  // Looking something up on a phone: the record's pages do not scroll sideways (a table's hidden header once did).
  for (const [name, path] of [
    ['client overview', `/clients/${clientId}`],
    ['measurements list', `/clients/${clientId}/measurements`],
    ['results', `/clients/${clientId}/measurements/${measurementId}`],
    ['plan', `/clients/${clientId}/plan`],
    ['sessions list', `/clients/${clientId}/sessions`],
    ['homework list', `/clients/${clientId}/homework`],
  ] as const) {
    await coachMobile.goto(path);
    await ready(coachMobile);
    await expectNoSidewaysScroll(coachMobile, `${name} (coach on a phone)`);
    // The tab of the page shown is in view, not cut off at the row's end.
    const tabs = coachMobile.getByRole('navigation', { name: 'Onderdelen van het dossier' });
    const tab = await tabs.locator('a[aria-current=page]').boundingBox();
    expect.soft(tab && tab.x >= 0 && tab.x + tab.width <= 390, `${name}: current tab in view`).toBe(true);
  }
  await coachPhone.close();
});
