import { expect, test } from './fixtures';
import { ready, signUp, uniqueEmail } from './helpers';
import { isoDateIn, portalLinkFromOutbox, seedClient, seedHomework } from './portal-helpers';

test('a weekly series, an energy diary filled in on a phone, and the submission back with the coach', async ({ page, browser }) => {
  const coachEmail = uniqueEmail('coach');
  await signUp(page, { practice: 'Praktijk Zuurstof', name: 'Noor Visser', email: coachEmail });
  const clientEmail = uniqueEmail('eva');
  const eva = await seedClient(coachEmail, { firstName: 'Eva', lastName: 'Smit', email: clientEmail });
  const other = await seedClient(coachEmail, { firstName: 'Tom', lastName: 'Bakker', email: uniqueEmail('tom') });
  const othersHomework = await seedHomework(other);

  // The coach plans a weekly series of four.
  await page.goto(`/clients/${eva.clientId}/sessions`);
  await expect(page.getByRole('heading', { name: 'Sessie plannen' })).toBeVisible();
  await page.getByLabel('Datum').fill(isoDateIn(3));
  await page.getByLabel('Begintijd').fill('10:00');
  await page.getByLabel('Eindtijd').fill('11:00');
  await page.getByLabel('Herhalen').selectOption({ label: 'Elke week' });
  await page.getByLabel('Aantal sessies').fill('4');
  await page.getByRole('button', { name: 'Reeks plannen' }).click();
  await expect(page.getByText('4 sessies gepland.')).toBeVisible();
  await expect(page.getByTestId('planned-sessions').locator(':scope > li')).toHaveCount(4);

  // ... and assigns an energy diary, which is mailed to the client.
  await page.goto(`/clients/${eva.clientId}/homework`);
  await expect(page.getByRole('heading', { name: 'Huiswerk toewijzen' })).toBeVisible();
  await page.getByLabel('Opdracht', { exact: true }).selectOption({ label: 'Energiedagboek' });
  await page.getByLabel('Bericht aan de cliënt').fill('Vul het elke avond even in.');
  await page.getByRole('button', { name: 'Toewijzen en mailen' }).click();
  await expect(page.getByText('Toegewezen. Eva krijgt een e-mail')).toBeVisible();
  const link = await portalLinkFromOutbox(page, clientEmail);

  // The client opens the link on a phone.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const mobile = await phone.newPage();
  await mobile.goto(link);
  await ready(mobile);
  await expect(mobile.getByRole('heading', { name: 'Energiedagboek' })).toBeVisible();
  await expect(mobile.getByText('Vul het elke avond even in.')).toBeVisible();

  const day1 = mobile.getByRole('group', { name: 'Dag 1' });
  await day1.getByText('6', { exact: true }).click();
  await day1.getByLabel('Wat kostte energie?').fill('Drie vergaderingen achter elkaar');
  await day1.getByLabel('Wat gaf energie?').fill('Wandelen in de lunchpauze');

  // Reload halfway: the answers are still there.
  await mobile.reload();
  await ready(mobile);
  await expect(day1.getByRole('radio', { name: '6' })).toBeChecked();
  await expect(day1.getByLabel('Wat kostte energie?')).toHaveValue('Drie vergaderingen achter elkaar');
  await expect(mobile.getByTestId('save-status')).toHaveAttribute('data-status', /saved|idle/);

  const day2 = mobile.getByRole('group', { name: 'Dag 2' });
  await expect(day2.getByLabel('Wat gaf energie?')).toBeVisible();
  await day2.getByText('4', { exact: true }).click();
  await day2.getByLabel('Wat gaf energie?').fill('Een goed gesprek met mijn leidinggevende');
  await expect(mobile.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await mobile.getByRole('button', { name: 'Inleveren' }).click();
  await expect(mobile.getByTestId('submitted-note')).toBeVisible();
  await expect(mobile.getByText('Een goed gesprek met mijn leidinggevende')).toBeVisible();
  await expect(mobile.getByRole('button', { name: 'Inleveren' })).toHaveCount(0);

  // The portal home: the homework is done, the four sessions are coming.
  await mobile.getByRole('link', { name: 'Naar je overzicht' }).click();
  await expect(mobile.getByRole('heading', { name: 'Hallo Eva' })).toBeVisible();
  await expect(mobile.getByTestId('portal-done')).toContainText('Energiedagboek');
  await expect(mobile.getByRole('heading', { name: 'Komende afspraken' })).toBeVisible();

  // Someone else's homework is simply not found.
  await mobile.goto(`/portal/homework/${othersHomework}`);
  await expect(mobile.getByRole('heading', { name: 'Niet gevonden' })).toBeVisible();
  await phone.close();

  // The coach sees the submission on the dashboard and on the client's timeline.
  await page.goto('/dashboard');
  const submissions = page.getByTestId('dashboard-submissions');
  await expect(submissions).toContainText('Eva Smit');
  await expect(submissions).toContainText('Energiedagboek');
  await page.goto(`/clients/${eva.clientId}`);
  await expect(page.getByTestId('timeline')).toContainText('Huiswerk ingeleverd: energiedagboek');
  await expect(page.getByTestId('timeline')).toContainText('Reeks van 4 sessies gepland');

  // Opening it takes it off the "new" list.
  await page.goto(`/clients/${eva.clientId}/homework`);
  await page.getByRole('link', { name: 'Bekijken' }).click();
  await expect(page.getByRole('heading', { name: 'Dag 2' })).toBeVisible();
  await expect(page.getByText('Drie vergaderingen achter elkaar')).toBeVisible();
  await page.goto('/dashboard');
  await expect(page.getByTestId('dashboard-submissions')).toContainText('Niets nieuws.');
});

test('a used sign-in link gets a clear page and a way to ask for a new one', async ({ page, browser }) => {
  const coachEmail = uniqueEmail('coach');
  await signUp(page, { practice: 'Praktijk Link', name: 'Lies Kok', email: coachEmail });
  const clientEmail = uniqueEmail('sam');
  const sam = await seedClient(coachEmail, { firstName: 'Sam', lastName: 'de Wit', email: clientEmail });
  await page.goto(`/clients/${sam.clientId}/homework`);
  await expect(page.getByRole('heading', { name: 'Huiswerk toewijzen' })).toBeVisible();
  await page.getByRole('button', { name: 'Toewijzen en mailen' }).click();
  await expect(page.getByText('Toegewezen. Sam krijgt een e-mail')).toBeVisible();
  const link = await portalLinkFromOutbox(page, clientEmail);

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'nl-NL' });
  const mobile = await phone.newPage();
  await mobile.goto(link);
  await expect(mobile.getByRole('heading', { name: 'Energiedagboek' })).toBeVisible();
  await phone.clearCookies();
  await mobile.goto(link);
  await expect(mobile.getByRole('heading', { name: 'Deze link werkt niet meer' })).toBeVisible();
  await expect(mobile.getByTestId('link-problem')).toHaveText('Een aanmeldlink werkt één keer, en deze is al gebruikt.');
  await mobile.getByRole('link', { name: 'Vraag een nieuwe link aan' }).click();
  await expect(mobile.getByRole('heading', { name: 'Aanmelden bij je cliëntportaal' })).toBeVisible();
  await mobile.getByLabel('E-mailadres').fill(clientEmail);
  await mobile.getByRole('button', { name: 'Stuur me een link' }).click();
  await expect(mobile.getByText('Als dit e-mailadres bij ons bekend is')).toBeVisible();

  // The new link leads back to the homework it was about.
  const fresh = await portalLinkFromOutbox(page, clientEmail);
  expect(fresh).not.toBe(link);
  await mobile.goto(fresh);
  await expect(mobile.getByRole('heading', { name: 'Energiedagboek' })).toBeVisible();
  await phone.close();
});
