import { expect, test } from './fixtures';
import { e2eDatabase, signUp, uniqueEmail } from './helpers';
import { CoachShell } from './pages/coach-shell';
import { OutboxPage, SettingsPage } from './pages/settings-page';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f0e1b60000000049454e44ae426082',
  'hex',
);

test('the owner edits the practice settings and uploads a logo', async ({ page }) => {
  const settings = new SettingsPage(page);
  await signUp(page, { practice: 'Praktijk Oud', name: 'Eva Eigenaar', email: uniqueEmail('settings') });
  await settings.goto();

  await settings.practiceName().fill('Praktijk Nieuw Licht');
  await settings.kvk().fill('1234');
  await settings.saveDetails().click();
  await expect(page.getByText('Een KvK-nummer bestaat uit 8 cijfers.')).toBeVisible();

  await settings.kvk().fill('87654321');
  await settings.address().fill('Lindelaan 4, 6811 AB Arnhem');
  await settings.reportColour().fill('#7c3aed');
  await settings.saveDetails().click();
  await expect(settings.savedDetails()).toBeVisible();
  await expect(new CoachShell(page).practiceName()).toHaveText('Praktijk Nieuw Licht');

  await page.reload();
  await expect(settings.kvk()).toHaveValue('87654321');
  await expect(settings.reportColour()).toHaveValue('#7c3aed');

  await settings.logoFile().setInputFiles({ name: 'logo.txt', mimeType: 'image/png', buffer: Buffer.from('geen plaatje') });
  await settings.upload().click();
  await expect(page.getByText('Upload een PNG- of JPEG-afbeelding.')).toBeVisible();

  await settings.logoFile().setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await settings.upload().click();
  const logo = settings.logo('Praktijk Nieuw Licht');
  await expect(logo).toBeVisible();
  const src = await logo.getAttribute('src');
  const response = await page.request.get(src!);
  expect(response.headers()['content-type']).toBe('image/png');
});

test('the logo route answers only a signed-in coach', async ({ request }) => {
  const response = await request.get('/api/practice/logo');
  expect(response.status()).toBe(401);
});

test('two forms on one practice: the details saved, then the indices, then the details again, without reloading', async ({ page }) => {
  const settings = new SettingsPage(page);
  await signUp(page, { practice: 'Praktijk Twee Formulieren', name: 'Tom Tweede', email: uniqueEmail('settings-two') });
  await settings.goto();
  const scoring = page.getByRole('region', { name: 'Indices: welke onderdelen tellen mee' });
  const stale = page.getByText('Dit is intussen ergens anders opgeslagen', { exact: false });

  // A busy server: the page's refresh after a save comes late. Each form still takes the other's new version at once
  // (announceVersion), so a save right after the other's "saved" is not refused as changed by someone else.
  await page.route(/\/settings\?_rsc=/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await route.continue().catch(() => {});
  });
  await settings.address().fill('Lindelaan 4, 6811 AB Arnhem');
  await settings.saveDetails().click();
  await expect(settings.savedDetails()).toBeVisible();
  // Both forms save the practice (one version): each follows the other's save.
  await scoring.getByLabel('AZW-analyse zorg en welzijn').check();
  await scoring.getByRole('button', { name: 'Opslaan' }).click();
  await expect(scoring.getByText('Opgeslagen')).toBeVisible();
  await expect(stale).toHaveCount(0);
  await settings.kvk().fill('87654321');
  await settings.saveDetails().click();
  await expect(settings.savedDetails()).toBeVisible();
  await expect(stale).toHaveCount(0);

  await page.reload();
  await expect(settings.kvk()).toHaveValue('87654321');
  await expect(settings.address()).toHaveValue('Lindelaan 4, 6811 AB Arnhem');
  await expect(
    page.getByRole('region', { name: 'Indices: welke onderdelen tellen mee' }).getByLabel('AZW-analyse zorg en welzijn'),
  ).toBeChecked();
});

test('a mail that failed for good: the owner sees why and sends it again, and it goes out', async ({ page }) => {
  const email = uniqueEmail('outbox-owner');
  await signUp(page, { practice: 'Praktijk Post', name: 'Olaf Eigenaar', email });
  // A mail of this practice whose every attempt the mail server refused (as the worker records it).
  const sql = e2eDatabase();
  const subject = `Uitnodiging ${uniqueEmail('sub')}`;
  try {
    await sql`
      select graphile_worker.add_job('send_mail', json_build_object('practiceId', p.id, 'mail',
        json_build_object('to', 'nieuwe.coach@example.test', 'subject', ${subject}::text, 'text', 'Kom erbij', 'html', '<p>Kom erbij</p>')),
        run_at => now() + interval '1 day', max_attempts => 15)
      from practices p join users u on u.practice_id = p.id where u.email = ${email}`;
    await sql`
      update graphile_worker._private_jobs set attempts = max_attempts, last_error = '550 mailbox unavailable'
      where payload->'mail'->>'subject' = ${subject}`;
  } finally {
    await sql.end();
  }
  const outbox = new OutboxPage(page);
  await outbox.goto();
  await expect(outbox.queued(subject)).toHaveAttribute('data-status', 'failed');
  await expect(outbox.queued(subject)).toContainText('Laatste fout: 550 mailbox unavailable');
  await outbox.sendAgain(subject).click();
  // Back in the queue and sent at once: without a mail server it is kept, and no longer listed as failed.
  await expect(outbox.queued(subject).getByRole('button')).toHaveCount(0);
  await expect(async () => {
    await page.reload();
    await expect(outbox.queued(subject)).toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(outbox.mailTo('nieuwe.coach@example.test').filter({ hasText: subject })).toBeVisible();
});
