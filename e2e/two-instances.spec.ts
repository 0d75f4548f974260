import { readdirSync } from 'node:fs';
import http from 'node:http';
import type { Page } from '@playwright/test';
import httpProxy from 'http-proxy';
import { CONSENT_TEXT_VERSIONS } from '../lib/caseload/consent-state';
import { jdrIntakeV1 } from '../lib/instruments';
import { expect, test } from './fixtures';
import { uniqueEmail } from './helpers';
import { riskProfileAnswers } from './intake-helpers';
import { OwnApp, OwnDatabase } from './own-instance';
import { PASSWORD, ready } from './pages/auth-pages';
import { IntakePage, MeasurementsPage } from './pages/intake-page';
import { e2eSlot } from './slot';

/**
 * Two app instances on one PostgreSQL behind a round-robin loopback proxy (http-proxy): sessions and rate
 * limits live in the database, so either instance serves any request; both migrate at start-up under an
 * advisory lock; an instance killed with SIGKILL in the middle of the answers loses none of them.
 */
test.describe.configure({ mode: 'serial' });

const slot = e2eSlot();
const proxyPort = slot.port + 8;
const proxyURL = `http://localhost:${proxyPort}`;
const items = riskProfileAnswers(jdrIntakeV1).filter((s) => s.press);

let db: OwnDatabase;
let apps: OwnApp[];
let proxyServer: http.Server;
/** Which instance served each request: [instance index, method, path, status]. */
const served: Array<{ app: number; method: string; path: string; status: number }> = [];
const dead = new Set<number>();

test.beforeAll(async () => {
  test.setTimeout(240_000);
  db = await OwnDatabase.fresh('two-instances', 6);
  await db.start();
  // The proxy is ours and appends the caller's address (xfwd), as a real one in front of the app would: one hop to trust.
  const env = { APP_URL: proxyURL, TRUSTED_PROXY_HOPS: '1' };
  apps = [new OwnApp(slot.port + 6, db.url(), env), new OwnApp(slot.port + 7, db.url(), env)];
  // Both at once on an empty database: both try to migrate.
  await Promise.all(apps.map((app) => app.start(150_000)));

  const proxy = httpProxy.createProxyServer({ xfwd: true });
  let next = 0;
  proxyServer = http.createServer((req, res) => {
    // Round robin over the instances still alive (a load balancer's health check would drop a dead one).
    const alive = apps.map((_, i) => i).filter((i) => !dead.has(i));
    // A test may ask for an instance (x-e2e-instance): round robin alone does not say which one serves a request, as
    // the browser's own requests (prefetches) take turns in between.
    const pinned = Number(req.headers['x-e2e-instance'] ?? Number.NaN);
    const index = alive.includes(pinned) ? pinned : alive[next++ % alive.length]!;
    res.on('finish', () => served.push({ app: index, method: req.method ?? '', path: req.url ?? '', status: res.statusCode }));
    proxy.web(req, res, { target: apps[index]!.baseURL }, () => {
      // Connection refused: this instance is gone; the next requests go to the others.
      dead.add(index);
      if (!res.headersSent) res.writeHead(502).end();
    });
  });
  await new Promise<void>((resolve) => proxyServer.listen(proxyPort, '127.0.0.1', () => resolve()));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => (proxyServer ? proxyServer.close(() => resolve()) : resolve()));
  await Promise.all((apps ?? []).map((app) => app.stop()));
  await db?.stop();
});

test('both instances started at once, the migrations ran once, and both are healthy', async () => {
  const sql = db.sql();
  try {
    const rows = await sql<{ hash: string; n: number }[]>`select hash, count(*)::int as n from drizzle.__drizzle_migrations group by hash`;
    const files = readdirSync('db/migrations').filter((f) => f.endsWith('.sql'));
    expect(rows).toHaveLength(files.length);
    expect(rows.every((r) => r.n === 1)).toBe(true);
  } finally {
    await sql.end();
  }
  for (const app of apps) expect((await fetch(`${app.baseURL}/api/health`)).status).toBe(200);
});

async function signUp(page: Page, email: string) {
  await page.goto(`${proxyURL}/signup`);
  await page.getByLabel('Naam van de praktijk').fill('Praktijk Tweeling');
  await page.getByLabel('Je naam').fill('Tess Coach');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Praktijk aanmaken' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

test('a coach signed in on one instance is served by the other', async ({ page }) => {
  const email = uniqueEmail('twin');
  await signUp(page, email);
  const before = served.length;
  // Each instance in turn, with the session the sign-up (on either one) set: every one knows it. Asked for by name:
  // plain round robin let the browser's own requests in between send all four to one instance (flaky).
  for (const instance of [0, 1, 0, 1]) {
    const headers = { 'x-e2e-instance': String(instance) };
    const response = await page.request.get(`${proxyURL}/clients`, { maxRedirects: 0, headers });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('Tess Coach');
  }
  await expect
    .poll(() =>
      [
        ...new Set(
          served
            .slice(before)
            .filter((s) => s.path === '/clients')
            .map((s) => s.app),
        ),
      ].sort(),
    )
    .toEqual([0, 1]);
});

// A browser without a device cookie (cookies cleared after sign-up), from one address: its count (5 per 15 minutes for the
// email from that address) lives in the database, whichever instance answers.
test('the sign-in lockout counts wrong passwords across both instances', async ({ page }) => {
  const email = uniqueEmail('locked');
  await signUp(page, email);
  await page.context().clearCookies();
  const before = served.length;
  for (let i = 0; i < 5; i++) {
    await page.goto(`${proxyURL}/login`);
    await ready(page);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill('helemaal-fout-wachtwoord');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expect(page.getByTestId('form-error')).toBeVisible();
    await expect(page.getByTestId('form-error')).not.toContainText('Te veel');
  }
  const posts = served.slice(before).filter((s) => s.method === 'POST');
  expect(new Set(posts.map((s) => s.app))).toEqual(new Set([0, 1]));
  // The right password now is refused too, whichever instance gets it.
  for (let i = 0; i < 2; i++) {
    await page.goto(`${proxyURL}/login`);
    await ready(page);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expect(page.getByTestId('form-error')).toContainText('Te veel pogingen kort na elkaar');
  }
});

test('one instance killed (SIGKILL) in the middle of the answers: no answer lost', async ({ page }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail('killed');
  await signUp(page, email);
  const sql = db.sql();
  try {
    const [owner] = await sql<{ id: string; practice_id: string }[]>`select id, practice_id from users where email = ${email}`;
    const [client] = await sql<{ id: string }[]>`
      insert into clients (practice_id, first_name, last_name, email, coach_id, status)
      values (${owner!.practice_id}, 'Kim', 'Kill', ${uniqueEmail('kim')}, ${owner!.id}, 'intake') returning id`;
    await sql`
      insert into consents (practice_id, client_id, kind, action, text_version, recorded_by)
      values (${owner!.practice_id}, ${client!.id}, 'coaching_agreement', 'given', ${CONSENT_TEXT_VERSIONS.coaching_agreement}, ${owner!.id})`;
    await page.goto(`${proxyURL}/clients/${client!.id}/measurements`);
    await ready(page);
    await new MeasurementsPage(page).start().click();
    await expect(page).toHaveURL(/\/intake\/[0-9a-f-]{36}$/);
    await ready(page);
    const measurementId = page.url().split('/').pop() as string;
    const intake = new IntakePage(page);

    const answered = items.slice(0, 16);
    for (const [n, step] of answered.entries()) {
      // Halfway, instance 1 dies at once; the proxy notices only when a request to it fails.
      if (n === 8) {
        await apps[1]!.stop('SIGKILL');
      }
      await page.locator(`[data-step="${step.key}"] [role=radio][data-value="${step.press}"]`).click();
    }
    await expect(intake.saveStatus()).toHaveAttribute('data-status', 'saved', { timeout: 30_000 });
    const stored = await sql<
      { item_key: string; value: number }[]
    >`select item_key, value from measurement_answers where measurement_id = ${measurementId}`;
    expect(Object.fromEntries(stored.map((a) => [a.item_key, String(a.value)]))).toEqual(
      Object.fromEntries(answered.map((s) => [s.key, s.press])),
    );
    // Requests did reach the killed instance after its death (refused, 502), and were sent again to the other.
    expect(dead.has(1)).toBe(true);
    expect(served.some((s) => s.app === 1 && s.status === 502)).toBe(true);
    expect(served.some((s) => s.app === 1 && s.method === 'POST' && s.status === 200)).toBe(true);
    expect(served.some((s) => s.app === 0 && s.method === 'POST')).toBe(true);
  } finally {
    await sql.end();
  }
});
