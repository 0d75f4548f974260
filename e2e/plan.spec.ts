import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { e2eDatabase, loseFirstActionAnswer, ready, signIn, signUp, uniqueEmail } from './helpers';
import { openPortalLink, phoneContext, portalLinkFromOutbox } from './portal-helpers';

/** A client with an employer and an English-speaking manager, inserted directly (the caseload has its own tests). */
async function seedClientWithManager(ownerEmail: string, clientEmail: string) {
  const sql = e2eDatabase();
  try {
    const [owner] = await sql<
      { id: string; practice_id: string }[]
    >`select id, practice_id from users where lower(email) = ${ownerEmail.toLowerCase()}`;
    const [employer] = await sql<
      { id: string }[]
    >`insert into employers (practice_id, name) values (${owner!.practice_id}, 'Zorggroep Noord') returning id`;
    const [manager] = await sql<{ id: string }[]>`
      insert into employer_contacts (practice_id, employer_id, name, role, email, locale)
      values (${owner!.practice_id}, ${employer!.id}, 'Mark Manager', 'manager', 'mark@zorggroep.test', 'en') returning id`;
    const [client] = await sql<{ id: string }[]>`
      insert into clients (practice_id, first_name, last_name, email, coach_id, status, employer_id, manager_contact_id)
      values (${owner!.practice_id}, 'Eva', 'Smit', ${clientEmail}, ${owner!.id}, 'active', ${employer!.id}, ${manager!.id}) returning id`;
    return { practiceId: owner!.practice_id, clientId: client!.id };
  } finally {
    await sql.end();
  }
}

async function expireShares(clientId: string) {
  const sql = e2eDatabase();
  try {
    await sql`update plan_shares set expires_at = now() - interval '1 minute' where client_id = ${clientId} and revoked_at is null`;
  } finally {
    await sql.end();
  }
}

/** The coach's status change, written directly: what the portal page open meanwhile does not know. */
async function setItemStatus(clientId: string, titleLike: string, status: 'planned' | 'dropped') {
  const sql = e2eDatabase();
  try {
    await sql`update plan_items set status = ${status} where client_id = ${clientId} and title like ${titleLike}`;
  } finally {
    await sql.end();
  }
}

async function addItem(page: Page, item: { title: string; wording: string; owner: string }) {
  const form = page.getByRole('form', { name: 'Actiepunt toevoegen' });
  await form.getByLabel('Titel').fill(item.title);
  await form.getByLabel('Tekst voor de werkgever').fill(item.wording);
  await form.getByLabel('Eigenaar').selectOption({ label: item.owner });
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByTestId('plan-item').filter({ hasText: item.title })).toBeVisible();
}

async function createShare(page: Page, clientId: string): Promise<string> {
  await page.goto(`/clients/${clientId}/plan`);
  // The manager reads English: the coach sees that before sending the link.
  await expect(page.getByLabel('Contactpersoon')).toContainText('Mark Manager (leidinggevende, leest Engels)');
  await page.getByLabel('Link per e-mail sturen').uncheck();
  await page.getByRole('button', { name: 'Deellink maken' }).click();
  const url = (await page.getByTestId('share-url').textContent())!.trim();
  return new URL(url).pathname;
}

test('the coach builds a plan, the client releases two items on a phone, the manager sees exactly those', async ({ page, browser }) => {
  // Three browsers (coach, phone, manager) and some forty-five steps: 50 s in one CI run, over the default 60 s in the next,
  // 127 s on a loaded machine.
  test.setTimeout(180_000);
  const coachEmail = uniqueEmail('coach');
  await signUp(page, { practice: 'Praktijk Zuurstof', name: 'Noor Visser', email: coachEmail });
  const clientEmail = uniqueEmail('eva');
  const eva = await seedClientWithManager(coachEmail, clientEmail);

  // The coach builds the plan by hand (no completed intake here: no suggestions).
  await page.goto(`/clients/${eva.clientId}/plan`);
  await expect(page.getByRole('heading', { name: 'Het plan' })).toBeVisible();
  // The form is folded away, also on an empty plan (its code loads when it opens); opening it moves the focus there.
  await expect(page.getByRole('form', { name: 'Actiepunt toevoegen' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
  await expect(page.getByRole('heading', { name: 'Actiepunt toevoegen' })).toBeFocused();
  await addItem(page, {
    title: 'Prioriteiten herverdelen',
    wording: 'Monthly priorities meeting with the manager.',
    owner: 'Leidinggevende',
  });
  await addItem(page, { title: 'Vaste stoptijd', wording: 'Eva stops work at 17:30.', owner: 'Cliënt' });
  // A pasted address is one long word: it must wrap, not widen the page (checked on the phone below).
  const longWord = `https://opleidingen.example.nl/${'planning-en-prioriteren-'.repeat(6)}`;
  await addItem(page, { title: `Scholing ${longWord}`, wording: 'A course on planning, paid by HR.', owner: 'HR' });
  await expect(page.getByTestId('plan-item')).toHaveCount(3);
  // The health-word check warns while typing.
  const form = page.getByRole('form', { name: 'Actiepunt toevoegen' });
  await form.getByLabel('Tekst voor de werkgever').fill('Na de burn-out rustig opbouwen');
  await expect(form.getByTestId('health-word-warning')).toContainText('burn-out');
  await page.screenshot({ path: 'test-results/plan-coach.png', fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // Nothing can be shared before the client consents to sharing with the employer: no link form, a way to the consent.
  await expect(page.getByTestId('shares-blocked')).toContainText('toestemming');
  await expect(page.getByRole('button', { name: 'Deellink maken' })).toHaveCount(0);

  // The client signs in to the portal on a phone and releases two of the three items.
  const phone = await phoneContext(browser);
  const mobile = await phone.newPage();
  await mobile.goto('/portal/login');
  await ready(mobile);
  await mobile.getByLabel('E-mailadres').fill(clientEmail);
  await mobile.getByRole('button', { name: 'Stuur me een link' }).click();
  await expect(mobile.getByText('Als dit e-mailadres bij ons bekend is')).toBeVisible();
  await openPortalLink(mobile, await portalLinkFromOutbox(page, clientEmail));
  await ready(mobile);
  await expect(mobile).toHaveTitle('Overzicht · Cliëntportaal');
  await mobile.getByRole('link', { name: 'Mijn actieplan bekijken' }).click();
  await expect(mobile.getByRole('heading', { name: 'Mijn actieplan' })).toBeVisible();
  // Without the consent the client is told so (not that they refused it: a withdrawal the coach recorded reads the
  // same), and there is nothing to release yet.
  await expect(mobile.getByTestId('portal-no-sharing-consent')).toContainText('Er is geen toestemming (meer) vastgelegd');
  await expect(mobile.getByTestId('portal-no-sharing-consent')).toContainText('Bespreek het met je coach');
  await expect(mobile.getByRole('button', { name: /Vrijgeven voor mijn werkgever/ })).toHaveCount(0);

  // The coach records the consent (signed on paper) on the client's overview, through the plan's link to it.
  await page.goto(`/clients/${eva.clientId}/plan`);
  await page.getByTestId('shares-blocked').getByRole('link', { name: 'Naar toestemming' }).click();
  const sharing = page.getByRole('article', { name: 'Delen met de werkgever' });
  await ready(page);
  // The link lands on the consents, not on the top of the overview, and the keyboard goes on from there.
  await expect(sharing).toBeInViewport();
  await expect(page.getByRole('heading', { name: 'Toestemming', exact: true })).toBeFocused();
  await sharing.getByLabel('Toelichting (optioneel)').fill('Ondertekend op papier');
  await sharing.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await expect(page.getByTestId('consent-state-employer_sharing')).toHaveText('Gegeven');
  // The button is gone with the new state; the focus is on that state, not on the page.
  await expect(page.getByTestId('consent-state-employer_sharing')).toBeFocused();
  // Withdrawing it ends the employer's links at once: the first click only asks, with the safe choice focused.
  await sharing.getByRole('button', { name: 'Intrekking vastleggen' }).click();
  await expect(sharing.getByRole('button', { name: 'Laat maar' })).toBeFocused();
  await sharing.screenshot({ path: 'test-results/consent-withdraw-question.png' });
  await expect(sharing.getByRole('button', { name: 'Laat maar' })).toHaveAccessibleDescription(
    /De deellinks van de werkgever stoppen meteen/,
  );
  await sharing.getByRole('button', { name: 'Laat maar' }).click();
  await expect(sharing.getByRole('button', { name: 'Intrekking vastleggen' })).toBeFocused();
  await expect(page.getByTestId('consent-state-employer_sharing')).toHaveText('Gegeven');

  await mobile.reload();
  await expect(mobile.getByTestId('portal-no-sharing-consent')).toHaveCount(0);
  await ready(mobile);
  for (const title of ['Prioriteiten herverdelen', 'Vaste stoptijd']) {
    const card = mobile.getByTestId('portal-plan-item').filter({ hasText: title });
    await card.getByRole('button', { name: `Vrijgeven voor mijn werkgever: ${title}` }).click();
    // Each step moves the focus to what replaced the button: the preview, then the new state.
    await expect(card.getByTestId('employer-preview')).toBeFocused();
    if (title === 'Vaste stoptijd') {
      // The client reads "owner: you"; the preview shows what the manager, who reads English, sees: the share page's
      // own words for the same owner, in English.
      await expect(card).toContainText('eigenaar: jij');
      await expect(card.getByTestId('employer-preview')).toContainText('Je werkgever leest Engels. Dit ziet je werkgever:');
      await expect(card.getByTestId('employer-preview')).toContainText('owner: employee');
    }
    // No health word found: the client, who knows what the word check cannot, is asked to read once more.
    await expect(card.getByTestId('health-reminder')).toHaveText(
      'Staat er toch iets over je gezondheid in? Geef het dan niet vrij en vraag je coach de tekst aan te passen.',
    );
    const box = await card.getByRole('button', { name: 'Ja, dit mag mijn werkgever zien' }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await card.getByRole('button', { name: 'Ja, dit mag mijn werkgever zien' }).click();
    await expect(card.getByTestId('portal-release-state')).toContainText('Vrijgegeven op');
    await expect(card.getByTestId('portal-release-state')).toBeFocused();
    // Each card's button says which item it withdraws: a screen reader's list of buttons tells them apart.
    await expect(card.getByRole('button', { name: `Vrijgave intrekken: ${title}` })).toBeVisible();
  }
  // The coach drops the third item while the client reads its preview: the release is refused, and the card stays to
  // say so (the refreshed plan would no longer list it, and the message with it). Taken up again afterwards.
  const course = mobile.getByTestId('portal-plan-item').filter({ hasText: 'Scholing' });
  await course.getByRole('button', { name: `Vrijgeven voor mijn werkgever: Scholing ${longWord}` }).click();
  await setItemStatus(eva.clientId, 'Scholing%', 'dropped');
  await course.getByRole('button', { name: 'Ja, dit mag mijn werkgever zien' }).click();
  await expect(course.getByTestId('release-refusal')).toHaveText(
    'Dit punt is geschrapt en wordt daarom niet gedeeld. Wordt het toch weer opgepakt, dan kan het opnieuw worden vrijgegeven.',
  );
  await expect(course.getByTestId('release-refusal')).toBeFocused();
  await expect(course.getByRole('button')).toHaveCount(0);
  await mobile.reload();
  await ready(mobile);
  await expect(course).toHaveCount(0);
  await setItemStatus(eva.clientId, 'Scholing%', 'planned');
  await mobile.reload();
  await ready(mobile);
  await expect(course).toHaveCount(1);
  await mobile.screenshot({ path: 'test-results/plan-portal.png', fullPage: true });
  await expect(mobile.getByText(longWord)).toBeVisible();
  expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The client can switch the portal's language (kept on the client's record), and back.
  await mobile.getByRole('button', { name: 'English' }).click();
  await expect(mobile.getByRole('heading', { name: 'My action plan' })).toBeVisible();
  await expect(mobile.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  // The name a screen reader or voice control uses starts with what the button shows (WCAG 2.5.3), in English too.
  await expect(mobile.getByRole('button', { name: `Release for my employer: Scholing ${longWord}` })).toHaveText(
    'Release for my employer…',
  );
  const axe = await new AxeBuilder({ page: mobile }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await mobile.getByRole('button', { name: 'Nederlands' }).click();
  await expect(mobile.getByRole('heading', { name: 'Mijn actieplan' })).toBeVisible();

  // The coach shares with the manager; the manager opens the link in English and sees exactly those two.
  const sharePath = await createShare(page, eva.clientId);
  // A second click on "create": refused (the manager has a working link), and the link shown once stays on screen.
  await page.getByRole('button', { name: 'Deellink maken' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Deze contactpersoon heeft al een werkende link.' })).toBeVisible();
  // Offline, the click says that it was not sent (not "something went wrong"); the link still stays.
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Deellink maken' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Geen verbinding. Controleer je internet' })).toBeVisible();
  await page.context().setOffline(false);
  await expect(page.getByTestId('share-url')).toContainText(sharePath);
  const managerContext = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  // A link preview (Teams, Slack) or a mail scanner fetches the page without running it, and the coach checks the link
  // in their own browser: neither is the manager viewing the plan.
  const preview = await managerContext.request.get(sharePath);
  expect(preview.status()).toBe(200);
  const previewHtml = await preview.text();
  expect(previewHtml).toContain('Monthly priorities meeting with the manager.');
  // The whole page is in the manager's language, its tag too (a screen reader's voice), whatever the browser chose.
  expect(previewHtml).toMatch(/<html lang="en-GB"/);
  const coachCheck = await page.context().newPage();
  // The page reports its opening once it runs; wait until that report has been answered, so that what follows checks
  // what the server made of it (a coach's visit is no opening), not a report still on its way.
  const openingReported = coachCheck.waitForResponse(
    (r) => r.request().method() === 'POST' && Boolean(r.request().headers()['next-action']),
  );
  await coachCheck.goto(sharePath);
  await ready(coachCheck);
  // The coach's own language is Dutch; the page the coach checks is the manager's, in English.
  await expect(coachCheck.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(coachCheck.getByTestId('shared-item')).toHaveCount(2);
  expect((await openingReported).ok()).toBe(true);
  await coachCheck.close();
  await page.reload();
  await expect(page.getByTestId('shares')).toContainText('nog niet bekeken');
  await mobile.reload();
  await ready(mobile);
  await expect(mobile.getByRole('heading', { name: 'Mijn actieplan' })).toBeVisible();
  await expect(mobile.getByTestId('plan-opened')).toHaveCount(0);
  const manager = await managerContext.newPage();
  const response = await manager.goto(sharePath);
  expect(response!.headers()['referrer-policy']).toBe('no-referrer');
  await expect(manager.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  // Nothing in the head says what kind of coach this is (a link preview shows title and description).
  await expect(manager).toHaveTitle('Balanspunt');
  await expect(manager.locator('meta[name="description"]')).toHaveCount(0);
  expect((await response!.text()).toLowerCase()).not.toContain('burn');
  await ready(manager);
  await expect(manager.getByRole('heading', { name: 'Shared action plan' })).toBeVisible();
  await expect(manager.getByTestId('privacy-note')).toContainText('You only see work agreements that your employee released themselves');
  await expect(manager.getByTestId('shared-item')).toHaveCount(2);
  await expect(manager.getByTestId('shared-items')).toContainText('Monthly priorities meeting with the manager.');
  await expect(manager.getByTestId('shared-items')).toContainText('Eva stops work at 17:30.');
  await expect(manager.getByTestId('shared-items')).not.toContainText('A course on planning');
  await expect(manager.getByText('Prioriteiten herverdelen')).toHaveCount(0);
  await manager.screenshot({ path: 'test-results/plan-share.png', fullPage: true });
  // The coach's address is a link on a line of its own: a thumb-sized target.
  expect((await manager.locator('a[href^="mailto:"]').boundingBox())!.height).toBeGreaterThanOrEqual(44);

  // Confirm, update the manager's item, comment.
  await manager.getByRole('button', { name: 'Confirm plan' }).click();
  await expect(manager.getByTestId('confirmed')).toBeVisible();
  await expect(manager.getByTestId('confirmed')).toBeFocused();
  const managerItem = manager.getByTestId('shared-item').filter({ hasText: 'Monthly priorities' });
  // Each item's controls say which item they are for (a screen reader lists form controls without their cards).
  await expect(managerItem.getByLabel('Status')).toHaveAccessibleDescription('Monthly priorities meeting with the manager.');
  await expect(managerItem.getByRole('button', { name: 'Save status' })).toHaveAccessibleDescription(
    'Monthly priorities meeting with the manager.',
  );
  await managerItem.getByLabel('Status').selectOption({ label: 'In progress' });
  await managerItem.getByRole('button', { name: 'Save status' }).click();
  await expect(managerItem).toContainText('owner: manager · in progress');
  // Saved, the button has nothing left to save, and still the focus (a keyboard user goes on from there, not the top).
  await expect(managerItem.getByRole('button', { name: 'Save status' })).toBeDisabled();
  await expect(managerItem.getByRole('button', { name: 'Save status' })).toBeFocused();
  // Dropping cannot be undone on this page: chosen, the button says what it does and the warning is read with it.
  await managerItem.getByLabel('Status').selectOption({ label: 'Dropped' });
  const drop = managerItem.getByRole('button', { name: 'Drop item' });
  await expect(drop).toHaveAccessibleDescription(/only the coach can take this item up again/);
  await expect(managerItem.getByTestId('drop-warning')).toBeVisible();
  await managerItem.getByLabel('Status').selectOption({ label: 'In progress' });
  await expect(managerItem.getByTestId('drop-warning')).toHaveCount(0);
  await expect(managerItem.getByRole('button', { name: 'Save status' })).toBeDisabled();
  // A health word in the manager's own comment is pointed out while they type (and read with the field), not refused.
  await manager.getByLabel('Your comment').fill('She told me she is on sick leave with a burnout.');
  await expect(manager.getByTestId('comment-health-words')).toContainText('Your comment mentions health: “sick leave”, “burnout”.');
  await expect(manager.getByLabel('Your comment')).toHaveAccessibleDescription(/Your comment mentions health/);
  // A comment typed on a phone survives a reload until it is sent; sent, it is gone from the browser.
  await manager.getByLabel('Your comment').fill('Good plan, first meeting next week.');
  await expect(manager.getByTestId('comment-health-words')).toHaveCount(0);
  await manager.reload();
  await ready(manager);
  await expect(manager.getByLabel('Your comment')).toHaveValue('Good plan, first meeting next week.');
  await expect(manager.getByTestId('draft-restored')).toContainText('Your unsent text from');
  // Sent without a connection: the page says so (not "something went wrong"), and the comment stays in its box.
  await managerContext.setOffline(true);
  await manager.getByRole('button', { name: 'Send comment' }).click();
  await expect(manager.getByRole('alert').filter({ hasText: 'No connection: this was not sent.' })).toBeVisible();
  await expect(manager.getByLabel('Your comment')).toHaveValue('Good plan, first meeting next week.');
  await managerContext.setOffline(false);
  // The phone's connection drops as the comment arrives: the server has it, the page does not know. The manager
  // reloads and sends it again; it is noted once (the one-comment count after the next reload).
  await loseFirstActionAnswer(manager);
  await manager.getByRole('button', { name: 'Send comment' }).click();
  await expect(manager.getByRole('alert').filter({ hasText: 'Something went wrong. Please try again.' })).toBeVisible();
  await manager.reload();
  await ready(manager);
  await expect(manager.getByLabel('Your comment')).toHaveValue('Good plan, first meeting next week.');
  await manager.getByRole('button', { name: 'Send comment' }).click();
  await expect(manager.getByText('Your comment was sent.')).toBeVisible();
  await expect(manager.getByTestId('draft-restored')).toHaveCount(0);
  // Sent, it is listed as the manager's own, with its date: what they already told the coach.
  await expect(manager.getByRole('heading', { name: 'Your earlier comments' })).toBeVisible();
  await expect(manager.getByTestId('own-comments')).toContainText('Good plan, first meeting next week.');
  await manager.reload();
  await ready(manager);
  await expect(manager.getByLabel('Your comment')).toHaveValue('');
  await expect(manager.getByTestId('own-comments').getByRole('listitem')).toHaveCount(1);

  // The client sees the opening and the update.
  await mobile.reload();
  await ready(mobile);
  await expect(mobile.getByTestId('plan-opened')).toContainText('Je leidinggevende heeft het plan bekeken op');
  await expect(mobile.getByTestId('portal-employer-activity')).toContainText('‘Prioriteiten herverdelen’ bijgewerkt: bezig');
  await expect(mobile.getByTestId('portal-employer-activity')).toContainText('Good plan, first meeting next week.');

  // The coach sees it too: the page the manager's browser showed counts once (reloads within half an hour are one).
  await page.goto(`/clients/${eva.clientId}/plan`);
  await expect(page.getByTestId('shares')).toContainText('1 keer bekeken');

  // The coach changes the employer wording of a released item: the manager no longer sees it.
  // In edit mode the title sits in an input, so the card is found by its place in the plan.
  const stop = page.getByTestId('plan-item').nth(1);
  await expect(stop).toContainText('Vaste stoptijd');
  await stop.getByRole('button', { name: 'Bewerken' }).click();
  // The focus goes into the form, and back to "Bewerken" once it is saved.
  await expect(stop.getByLabel('Titel')).toBeFocused();
  await stop.getByLabel('Tekst voor de werkgever').fill('Eva stops work at 17:00.');
  await expect(stop.getByText('Als je de tekst voor de werkgever, de eigenaar of de datum')).toBeVisible();
  await stop.getByRole('button', { name: 'Opslaan' }).click();
  await expect(stop.getByTestId('release-state')).toHaveText('Niet vrijgegeven: de werkgever ziet dit punt niet.');
  await expect(stop.getByRole('button', { name: 'Bewerken' })).toBeFocused();
  await manager.reload();
  await expect(manager.getByTestId('shared-item')).toHaveCount(1);
  await expect(manager.getByTestId('shared-items')).not.toContainText('17:');

  // The status by keyboard: an arrow key only chooses, the button saves, and the focus stays where it was.
  const status = stop.getByLabel('Status van Vaste stoptijd');
  await status.focus();
  await page.keyboard.press('ArrowDown');
  await expect(status).toBeFocused();
  await expect(status).toHaveValue('in_progress');
  const sql = e2eDatabase();
  const stored = async () =>
    (await sql<{ status: string }[]>`select status from plan_items where client_id = ${eva.clientId} and title = 'Vaste stoptijd'`)[0]
      ?.status;
  expect(await stored()).toBe('planned');
  await page.keyboard.press('Tab');
  await expect(stop.getByRole('button', { name: 'Status opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(stored).toBe('in_progress');
  await expect(stop.getByRole('button', { name: 'Status opslaan' })).toHaveCount(0);
  await expect(status).toBeFocused();
  await sql.end();

  // Moving by keyboard: the focus moves with the item, so it can be moved again at once.
  await page.getByRole('button', { name: 'Prioriteiten herverdelen omlaag' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('plan-item').nth(1)).toContainText('Prioriteiten herverdelen');
  await expect(page.getByRole('button', { name: 'Prioriteiten herverdelen omlaag' })).toBeFocused();

  // The employee stops sharing an item while the manager's page shows it: saving its status there says why the item
  // left the list, and the message stays once the refreshed list no longer has the item.
  const priorities = mobile.getByTestId('portal-plan-item').filter({ hasText: 'Prioriteiten herverdelen' });
  await priorities.getByRole('button', { name: 'Vrijgave intrekken: Prioriteiten herverdelen' }).click();
  await expect(priorities.getByRole('button', { name: 'Vrijgeven voor mijn werkgever: Prioriteiten herverdelen' })).toBeVisible();
  const monthly = manager.getByTestId('shared-item').filter({ hasText: 'Monthly priorities' });
  await monthly.getByLabel('Status').selectOption({ label: 'Done' });
  await monthly.getByRole('button', { name: 'Save status' }).click();
  await expect(manager.getByTestId('shared-item')).toHaveCount(0);
  await expect(manager.getByTestId('item-gone')).toHaveText(
    'The item you wanted to update is no longer shared with you, so its status was not saved. The list below has been updated.',
  );
  await expect(manager.getByTestId('item-gone')).toBeFocused();

  // Revoked: the link shows nothing about the plan or the client.
  await page.getByTestId('shares').getByRole('button', { name: 'Intrekken', exact: true }).click();
  await expect(page.getByTestId('share-state').first()).toHaveText('ingetrokken');
  // Its buttons are gone: the focus is on the section's heading, not on the page.
  await expect(page.getByRole('heading', { name: 'Delen met de werkgever' })).toBeFocused();
  expect((await manager.reload())?.status()).toBe(404);
  await expect(manager.getByTestId('share-state')).toHaveText('Deze link werkt niet');
  await expect(manager.getByTestId('shared-item')).toHaveCount(0);
  await expect(manager.locator('body')).not.toContainText('Monthly priorities');
  await expect(manager.locator('body')).not.toContainText('Eva');
  await expect(manager.locator('body')).not.toContainText('Zuurstof');

  // Expired: says so, and nothing more.
  const second = await createShare(page, eva.clientId);
  await expireShares(eva.clientId);
  await manager.goto(second);
  await expect(manager.getByTestId('share-state')).toHaveText('This link has expired');
  await expect(manager.locator('body')).not.toContainText('Monthly priorities');

  await phone.close();
  await managerContext.close();
});

test('suggestions from the latest completed intake: why, evidence, accept and dismiss', async ({ page }) => {
  // The demo practice: Esra's latest intake has the risk profile.
  await signIn(page, 'coach@demo.balanspunt.nl', 'demo-balans-2026');
  await expect(page).toHaveURL(/\/dashboard$/);
  const sql = e2eDatabase();
  const [esra] = await sql<{ id: string }[]>`select id from clients where first_name = 'Esra' and last_name = 'Yilmaz'`;
  await sql.end();
  await page.goto(`/clients/${esra!.id}`);
  await page.getByRole('link', { name: 'Plan' }).click();
  await expect(page).toHaveURL(/\/plan$/);
  await expect(page.getByRole('heading', { name: 'Suggesties uit de intake' })).toBeVisible();
  const suggestions = page.getByTestId('suggestion');
  await expect(suggestions.first()).toBeVisible();
  await expect(suggestions.first()).toContainText('Waarom');
  await suggestions.first().getByText('Beschrijving en onderbouwing').click();
  await expect(suggestions.first()).toContainText('Onderbouwing:');
  await page.getByRole('heading', { name: 'Suggesties uit de intake' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/plan-suggestions.png' });
  // The demo intake has more suggestions than the list shows at first.
  await page.getByRole('button', { name: /suggesties tonen$/ }).click();
  // The button is gone: the focus is on the first suggestion it brought into view.
  await expect(suggestions.nth(6).getByRole('button', { name: 'Overnemen' })).toBeFocused();
  const count = await suggestions.count();
  const first = (await suggestions.first().getByRole('heading').textContent())!.trim();
  // Each button says whose it is (a screen reader's list of buttons would read "Overnemen" eight times).
  await expect(suggestions.first().getByRole('button', { name: 'Overnemen' })).toHaveAccessibleName(`Overnemen: ${first}`);
  await expect(suggestions.first().getByRole('button', { name: 'Afwijzen' })).toHaveAccessibleName(`Afwijzen: ${first}`);
  await suggestions.first().getByRole('button', { name: 'Overnemen' }).click();
  await expect(page.getByTestId('plan-item').filter({ hasText: first })).toBeVisible();
  // The card pressed is gone: the focus is on the plan item it became.
  await expect(page.getByTestId('plan-item').filter({ hasText: first })).toBeFocused();
  await expect(suggestions).toHaveCount(count - 1);
  const second = (await suggestions.first().getByRole('heading').textContent())!.trim();
  await suggestions.first().getByRole('button', { name: 'Afwijzen' }).click();
  await expect(suggestions).toHaveCount(count - 2);
  // The next suggestion moved into its place, and its "accept" has the focus.
  await expect(suggestions.first().getByRole('button', { name: 'Overnemen' })).toBeFocused();
  await page.reload();
  await expect(page.getByTestId('suggestion').filter({ hasText: second })).toHaveCount(0);
  // A dismissal is not final: folded away under its own button, each can be put back.
  await page.getByRole('button', { name: 'Afgewezen suggesties tonen (1)' }).click();
  await page
    .getByTestId('dismissed-suggestions')
    .getByRole('button', { name: /terugzetten/ })
    .click();
  await expect(page.getByTestId('suggestion').filter({ hasText: second })).toHaveCount(1);
  await expect(page.getByTestId('dismissed-suggestions')).toHaveCount(0);
  // Same language as the client: no word about it. For an English client the coach is told whose language it is.
  await expect(page.getByTestId('suggestions-language')).toHaveCount(0);
  const langDb = e2eDatabase();
  await langDb`update clients set locale = 'en' where id = ${esra!.id}`;
  await langDb.end();
  await page.reload();
  await expect(page.getByTestId('suggestions-language')).toContainText('in de taal van de cliënt (Engels)');
  const langBack = e2eDatabase();
  await langBack`update clients set locale = 'nl' where id = ${esra!.id}`;
  await langBack.end();

  // On sick leave the poortwachter milestones stand beside the plan, which feeds the plan van aanpak.
  const db = e2eDatabase();
  await db`update clients set on_sick_leave = true, sick_leave_since = current_date - 20 where id = ${esra!.id}`;
  await db.end();
  await page.reload();
  await expect(page.getByTestId('plan-van-aanpak-note')).toHaveText(
    'Dit plan levert bouwstenen voor het plan van aanpak van werkgever en werknemer; het vervangt dat plan niet.',
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/plan-sick-leave.png' });
});

test('an item open for editing while the plan is reordered: the edit still saves, nothing typed is lost', async ({ page }) => {
  const coachEmail = uniqueEmail('coach-reorder');
  await signUp(page, { practice: 'Praktijk Volgorde', name: 'Vera Volger', email: coachEmail });
  const client = await seedClientWithManager(coachEmail, uniqueEmail('eva-reorder'));
  await page.goto(`/clients/${client.clientId}/plan`);
  await page.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
  await addItem(page, { title: 'Werkoverleg', wording: 'A weekly meeting with the manager.', owner: 'Leidinggevende' });
  await addItem(page, { title: 'Pauzes', wording: 'Eva takes a break at noon.', owner: 'Cliënt' });

  // Offline, a step says that it was not sent, and the focus stays on what it says (as on the suggestions). The last
  // add's refresh must have arrived first: a refresh cut off by going offline makes the router load the page in full,
  // which the offline browser shows as its own error page (seen once in a run).
  await page.waitForLoadState('networkidle');
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Pauzes omhoog' }).click();
  const unsent = page.getByRole('alert').filter({ hasText: 'Geen verbinding' });
  await expect(unsent).toBeFocused();
  // Still there once the step is over (the alert takes the focus as it appears; the step's end must not take it away).
  await expect(page.getByRole('button', { name: 'Pauzes omhoog' })).toBeEnabled();
  await page.waitForTimeout(500);
  await expect(unsent).toBeFocused();
  await expect(page.getByTestId('plan-item').nth(0)).toContainText('Werkoverleg');
  await page.context().setOffline(false);

  const first = page.getByTestId('plan-item').nth(0);
  await first.getByRole('button', { name: 'Bewerken' }).click();
  await first.getByLabel('Tekst voor de werkgever').fill('A weekly meeting with the manager, on Mondays.');
  // Reordering changes every item (a new version each) while this one is open, unsaved.
  await page.getByRole('button', { name: 'Pauzes omhoog' }).click();
  await expect(page.getByTestId('plan-item').nth(0)).toContainText('Pauzes');
  const open = page.getByTestId('plan-item').nth(1);
  await expect(open.getByLabel('Tekst voor de werkgever')).toHaveValue('A weekly meeting with the manager, on Mondays.');
  await open.getByRole('button', { name: 'Opslaan' }).click();
  await expect(open.getByRole('button', { name: 'Bewerken' })).toBeVisible();
  await expect(page.getByText('Dit is intussen ergens anders opgeslagen', { exact: false })).toHaveCount(0);
  const sql = e2eDatabase();
  try {
    const rows = await sql<{ title: string; employer_wording: string }[]>`
      select title, employer_wording from plan_items where client_id = ${client.clientId} order by position`;
    expect(rows).toEqual([
      { title: 'Pauzes', employer_wording: 'Eva takes a break at noon.' },
      { title: 'Werkoverleg', employer_wording: 'A weekly meeting with the manager, on Mondays.' },
    ]);
  } finally {
    await sql.end();
  }
});

test('two items open for editing side by side, and a half-typed date: nothing typed is folded away or saved as no date', async ({
  page,
}) => {
  const coachEmail = uniqueEmail('coach-side-by-side');
  await signUp(page, { practice: 'Praktijk Naast Elkaar', name: 'Nina Naast', email: coachEmail });
  const client = await seedClientWithManager(coachEmail, uniqueEmail('eva-side-by-side'));
  await page.goto(`/clients/${client.clientId}/plan`);
  await page.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
  await addItem(page, { title: 'Werkoverleg', wording: 'A weekly meeting with the manager.', owner: 'Leidinggevende' });
  await addItem(page, { title: 'Pauzes', wording: 'Eva takes a break at noon.', owner: 'Cliënt' });

  const first = page.getByTestId('plan-item').nth(0);
  const second = page.getByTestId('plan-item').nth(1);
  await first.getByRole('button', { name: 'Bewerken' }).click();
  await first.getByLabel('Tekst voor de werkgever').fill('A weekly meeting with the manager, on Mondays.');
  // Opening the second editor leaves the first open, with what was typed in it.
  await second.getByRole('button', { name: 'Bewerken' }).click();
  await expect(first.getByLabel('Tekst voor de werkgever')).toHaveValue('A weekly meeting with the manager, on Mondays.');
  await second.getByLabel('Tekst voor de werkgever').fill('Eva takes a break at noon and at three.');
  // A reload with both open: both open again, each with its unsaved text.
  await page.reload();
  await ready(page);
  await expect(first.getByLabel('Tekst voor de werkgever')).toHaveValue('A weekly meeting with the manager, on Mondays.');
  await expect(second.getByLabel('Tekst voor de werkgever')).toHaveValue('Eva takes a break at noon and at three.');
  // Day and month typed, the year not: the browser reports no date at all. Refused, not saved as "no due date".
  await second.getByLabel('Uiterlijk klaar op').click();
  await page.keyboard.type('1203');
  await second.getByRole('button', { name: 'Opslaan' }).click();
  await expect(second.getByLabel('Uiterlijk klaar op')).toHaveAccessibleDescription(/Vul een volledige datum in\./);
  await expect(second.getByLabel('Uiterlijk klaar op')).toBeFocused();
  await second.getByLabel('Uiterlijk klaar op').fill('2027-03-12');
  await second.getByRole('button', { name: 'Opslaan' }).click();
  await expect(second.getByRole('button', { name: 'Bewerken' })).toBeVisible();
  await first.getByRole('button', { name: 'Opslaan' }).click();
  await expect(first.getByRole('button', { name: 'Bewerken' })).toBeVisible();
  await expect(first.getByRole('button', { name: 'Vrijgave in sessie vastleggen' })).toBeVisible();
  // Wording with a health word cannot be released: the card says why, and offers no release to record.
  await second.getByRole('button', { name: 'Bewerken' }).click();
  await second.getByLabel('Tekst voor de werkgever').fill('Na de burn-out om drie uur een pauze.');
  await second.getByRole('button', { name: 'Opslaan' }).click();
  await expect(second.getByRole('button', { name: 'Bewerken' })).toBeVisible();
  await expect(second).toContainText('anders kan het punt niet worden vrijgegeven');
  await expect(second.getByRole('button', { name: 'Vrijgave in sessie vastleggen' })).toHaveCount(0);
  await second.getByRole('button', { name: 'Bewerken' }).click();
  await second.getByLabel('Tekst voor de werkgever').fill('Eva takes a break at noon and at three.');
  await second.getByRole('button', { name: 'Opslaan' }).click();
  await expect(second.getByRole('button', { name: 'Vrijgave in sessie vastleggen' })).toBeVisible();
  const sql = e2eDatabase();
  try {
    const rows = await sql<{ title: string; employer_wording: string; due_date: string | null }[]>`
      select title, employer_wording, due_date::text from plan_items where client_id = ${client.clientId} order by position`;
    expect(rows).toEqual([
      { title: 'Werkoverleg', employer_wording: 'A weekly meeting with the manager, on Mondays.', due_date: null },
      { title: 'Pauzes', employer_wording: 'Eva takes a break at noon and at three.', due_date: '2027-03-12' },
    ]);
  } finally {
    await sql.end();
  }
});
