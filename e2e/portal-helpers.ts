import { type Browser, expect, type Page } from '@playwright/test';
import { CONSENT_TEXT_VERSIONS } from '../lib/caseload/consent-state';
import { e2eDatabase, ready } from './helpers';
import { OutboxPage } from './pages/settings-page';

/** A client of the practice whose owner signed up with `ownerEmail`, inserted directly (the caseload has its own tests). */
export async function seedClient(ownerEmail: string, client: { firstName: string; lastName: string; email: string }) {
  const sql = e2eDatabase();
  try {
    const [owner] = await sql<
      { id: string; practice_id: string }[]
    >`select id, practice_id from users where lower(email) = ${ownerEmail.toLowerCase()}`;
    if (!owner) throw new Error(`no user ${ownerEmail}`);
    const [row] = await sql<{ id: string }[]>`
      insert into clients (practice_id, first_name, last_name, email, coach_id, status)
      values (${owner.practice_id}, ${client.firstName}, ${client.lastName}, ${client.email}, ${owner.id}, 'active')
      returning id`;
    // Measurements and homework need the coaching agreement on record (lib/caseload/consent-gate.ts).
    await sql`
      insert into consents (practice_id, client_id, kind, action, text_version, recorded_by)
      values (${owner.practice_id}, ${row!.id}, 'coaching_agreement', 'given', ${CONSENT_TEXT_VERSIONS.coaching_agreement}, ${owner.id})`;
    return { practiceId: owner.practice_id, coachId: owner.id, clientId: row!.id };
  } finally {
    await sql.end();
  }
}

/** Homework for a client without going through the coach's form (for the "someone else's homework" check). */
export async function seedHomework(ids: { practiceId: string; coachId: string; clientId: string }) {
  const sql = e2eDatabase();
  try {
    const [row] = await sql<{ id: string }[]>`
      insert into homework (practice_id, client_id, template, due_date, assigned_by)
      values (${ids.practiceId}, ${ids.clientId}, 'learning_reflection', current_date + 7, ${ids.coachId})
      returning id`;
    return row!.id;
  } finally {
    await sql.end();
  }
}

/** The portal sign-in link in the newest outbox mail to `to` (the owner's outbox page). */
export async function portalLinkFromOutbox(page: Page, to: string, options: { newerThan?: string } = {}): Promise<string> {
  const outbox = new OutboxPage(page);
  const mail = outbox.mailTo(to).first();
  let link = '';
  // The mail worker looks the email up and writes the mail just after the request: reload until it is there (and,
  // with `newerThan`, until the newest mail carries another link than that one).
  await expect(async () => {
    await outbox.goto();
    await expect(mail).toBeVisible({ timeout: 1_000 });
    const href = await mail.locator('a[href*="/portal/auth/"]').first().getAttribute('href');
    if (!href) throw new Error(`no portal link in the mail to ${to}`);
    link = new URL(href).pathname;
    expect(link).not.toBe(options.newerThan);
  }).toPass();
  return link;
}

/** A phone in the Netherlands (a touch screen 390 px wide, Dutch, Amsterdam time): how clients use the portal. */
export function phoneContext(browser: Browser) {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
}

/** A client opening a mailed portal link on a phone, signed in and the page ready. */
export async function openLinkOnPhone(browser: Browser, link: string) {
  const phone = await phoneContext(browser);
  const mobile = await phone.newPage();
  await openPortalLink(mobile, link);
  await ready(mobile);
  return { phone, mobile };
}

/** Opens a portal sign-in link and presses its button: the link page itself (a GET) never signs in. */
export async function openPortalLink(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByRole('button', { name: /^(Aanmelden|Sign in)$/ }).click();
}

/** A date `days` from today as YYYY-MM-DD in Amsterdam. */
export function isoDateIn(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);
}
