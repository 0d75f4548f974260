import { expect, test } from './fixtures';
import { newVersionInstalled, signUp, uniqueEmail } from './helpers';
import { CoachShell } from './pages/coach-shell';
import { SettingsPage } from './pages/settings-page';

/**
 * A settings button pressed when no answer can come (offline, or a new version of the app installed meanwhile) says so
 * beside the button; the page stays, never replaced by the error page, and shows things as they still are.
 */
const OFFLINE = 'Geen verbinding. Controleer je internet en probeer het opnieuw.';
const OUTDATED = 'Deze pagina hoort bij een vorige versie van Balanspunt. Laad de pagina opnieuw en probeer het nog eens.';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f0e1b60000000049454e44ae426082',
  'hex',
);

test('security settings offline: the practice rule, sign out everywhere and two-step set-up say so, the page stays', async ({
  page,
  context,
}) => {
  const shell = new CoachShell(page);
  await signUp(page, { practice: 'Praktijk Zonder Net', name: 'Olga Offline', email: uniqueEmail('settings-offline') });
  await page.goto('/settings/security');
  const rule = page.getByRole('region', { name: 'Regel voor de praktijk' });
  const checkbox = rule.getByRole('checkbox', { name: 'Aanmelden in twee stappen verplicht maken voor de praktijk' });
  await expect(checkbox).not.toBeChecked();

  await context.setOffline(true);
  await checkbox.click();
  await expect(rule.getByRole('alert')).toHaveText(OFFLINE);
  // The rule did not change: the box shows it off again, and can be used again.
  await expect(checkbox).not.toBeChecked();
  await expect(checkbox).toBeEnabled();

  const devices = page.getByRole('region', { name: 'Aangemelde apparaten' });
  await devices.getByRole('button', { name: 'Overal elders afmelden' }).click();
  await expect(devices.getByRole('alert')).toHaveText(OFFLINE);
  await expect(devices.getByRole('status')).toHaveCount(0);

  const twoFactor = page.getByRole('region', { name: 'Aanmelden in twee stappen', exact: true });
  await twoFactor.getByRole('button', { name: 'Aanmelden in twee stappen instellen' }).click();
  await expect(twoFactor.getByRole('alert')).toHaveText(OFFLINE);
  await expect(shell.errorHeading()).toHaveCount(0);

  // Online again, the rule as stored: still off. Refused (the owner has no two-step sign-in yet): the box goes back too.
  await context.setOffline(false);
  await page.reload();
  await expect(checkbox).not.toBeChecked();
  await checkbox.click();
  await expect(rule.getByRole('alert')).toHaveText(/Zet eerst aanmelden in twee stappen aan voor je eigen account/);
  await expect(checkbox).not.toBeChecked();
});

test('the logo after a new version was installed, or offline: the page says so and the logo stays', async ({ page, context }) => {
  const settings = new SettingsPage(page);
  const shell = new CoachShell(page);
  await signUp(page, { practice: 'Praktijk Nieuwe Versie', name: 'Nina Nieuw', email: uniqueEmail('settings-outdated') });
  await settings.goto();
  await settings.logoFile().setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await settings.upload().click();
  const logo = settings.logo('Praktijk Nieuwe Versie');
  await expect(logo).toBeVisible();

  await newVersionInstalled(page, '**/*');
  await page.getByRole('button', { name: 'Logo verwijderen' }).click();
  await expect(page.getByTestId('form-error')).toHaveText(OUTDATED);
  await expect(logo).toBeVisible();
  await expect(shell.errorHeading()).toHaveCount(0);
  await page.unrouteAll({ behavior: 'wait' });

  await context.setOffline(true);
  await settings.logoFile().setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await settings.upload().click();
  await expect(page.getByTestId('form-error')).toHaveText(OFFLINE);
  await expect(shell.errorHeading()).toHaveCount(0);
  await context.setOffline(false);
});
