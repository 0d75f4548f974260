/**
 * `npm run load -- [--duration 60] [--coaches 50] [--clients 20]`: coaches browsing client pages and saving intake
 * answers, and clients filling in homework in the portal, at once, over HTTP against the production build.
 *
 * By default it starts the app as `npm start` does (run `npm run build` first) on a free port with a fresh DATA_DIR
 * and SEED_DEMO=1, and stops it afterwards. `--url http://127.0.0.1:3000 --data-dir .data` uses a running app
 * instead (the data dir gives its database URL and AUTH_SECRET). Loopback addresses only.
 *
 * It adds a practice with the coaches (a real password hash), one client and an intake in progress per coach, and
 * portal clients with an energy diary each. Coaches get a session cookie minted with next-auth's own `encode` and
 * the app's AUTH_SECRET; portal clients a portal session row, as the magic link makes one. Answers are saved
 * through the same server actions the forms call (their ids from the build's server-reference manifest).
 *
 * Prints requests, errors and p50/p95/p99 per route group; exits 1 on any error. Not part of `npm test`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { register } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

// Server modules say `import 'server-only'`, which throws outside React Server Components; this script is server code.
register(
  `data:text/javascript,${encodeURIComponent(
    "export async function resolve(s, c, next) { return s === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : next(s, c); }",
  )}`,
);

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    coaches: { type: 'string', default: '50' },
    clients: { type: 'string', default: '20' },
    url: { type: 'string' },
    'data-dir': { type: 'string' },
  },
});
const DURATION = Number(args.duration);
const COACHES = Number(args.coaches);
const PORTAL_CLIENTS = Number(args.clients);
if (![DURATION, COACHES, PORTAL_CLIENTS].every((n) => Number.isInteger(n) && n > 0)) {
  throw new Error('--duration, --coaches and --clients take whole numbers');
}
const SESSION_COOKIE = 'authjs.session-token';
// The build the app runs from: NEXT_DIST_DIR (as next.config reads it; the e2e slots build elsewhere) or .next.
const distDir = () => path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next');

function loopbackOnly(url: string): string {
  const { hostname } = new URL(url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(hostname)) throw new Error(`Load runs against loopback only, not ${hostname}`);
  return url.replace(/\/$/, '');
}

async function waitForHealth(base: string, child: ChildProcess | null, timeoutMs = 180_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The app at ${base} did not become healthy in ${timeoutMs / 1000} s`);
}

/** Starts the app the way `npm start` does, in its own process group so that it can be stopped whole. */
async function startApp(): Promise<{ base: string; dataDir: string; stop: () => Promise<void> }> {
  if (!existsSync(path.join(distDir(), 'BUILD_ID'))) throw new Error('No production build: run `npm run build` first.');
  const { freePort } = await import('@/db/embedded');
  const port = await freePort(0);
  const pgPort = await freePort(0);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'balanspunt-load-'));
  const base = `http://127.0.0.1:${port}`;
  const child = spawn('npm', ['run', '--silent', 'start'], {
    env: {
      ...process.env,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      DATA_DIR: dataDir,
      SEED_DEMO: '1',
      APP_URL: base,
      DATABASE_URL: '',
      ALLOW_LOCAL_PRODUCTION: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    }
    // npm exits before the launcher has stopped PostgreSQL: wait for the server's pid file to go.
    const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    for (let i = 0; i < 60 && existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 250));
    const { removeDataDir } = await import('@/db/embedded');
    await removeDataDir(path.join(dataDir, 'postgres'));
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
  };
  try {
    await waitForHealth(base, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, dataDir, stop };
}

type Coach = { cookie: string; clientId: string; measurementId: string };
type PortalClient = { cookie: string; homeworkId: string };

/** The practice under load: coaches with a client and an intake each, and portal clients with homework. */
async function seed(
  databaseUrl: string,
  authSecret: string,
): Promise<{ practiceId: string; coaches: Coach[]; portal: PortalClient[]; itemKeys: string[] }> {
  process.env.DATABASE_URL = databaseUrl;
  const { getDb, closeDb } = await import('@/db/client');
  const { practices, users, clients, consents, homework, portalSessions } = await import('@/db/schema');
  const { CONSENT_TEXT_VERSIONS } = await import('@/lib/caseload/consent-state');
  const { hashPassword } = await import('@/lib/auth/password');
  const { startMeasurement } = await import('@/lib/intake/service');
  const { allItems, jdrIntakeV1, JDR_INTAKE_KEY } = await import('@/lib/instruments');
  const { newLinkToken } = await import('@/lib/accounts/links');
  const { encode } = await import('next-auth/jwt');
  // The activity marks are signed with the app's secret (lib/auth/server-key.ts reads it from the environment).
  process.env.AUTH_SECRET = authSecret;
  const { activityMark } = await import('@/lib/auth/activity');
  const { activityCookie } = await import('@/lib/security/cookies');

  const db = getDb();
  const run = randomBytes(3).toString('hex');
  const passwordHash = await hashPassword(`load-${run}-password`);
  const [practice] = await db
    .insert(practices)
    .values({ name: `Load test ${run}` })
    .returning({ id: practices.id });
  const practiceId = practice!.id;
  const coachRows = await db
    .insert(users)
    .values(
      Array.from({ length: COACHES }, (_, i) => ({
        practiceId,
        email: `coach-${i}-${run}@load.test`,
        name: `Coach ${i}`,
        passwordHash,
        role: i === 0 ? ('owner' as const) : ('coach' as const),
      })),
    )
    .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
  const people = Math.max(COACHES, PORTAL_CLIENTS);
  const clientRows = await db
    .insert(clients)
    .values(
      Array.from({ length: people }, (_, i) => ({
        practiceId,
        coachId: coachRows[i % COACHES]!.id,
        firstName: 'Cliënt',
        lastName: String(i),
        email: `client-${i}-${run}@load.test`,
        status: 'intake' as const,
      })),
    )
    .returning({ id: clients.id, coachId: clients.coachId });
  // Measurements and homework need the client's recorded coaching agreement (lib/caseload/consent-gate.ts).
  await db.insert(consents).values(
    clientRows.map((client) => ({
      practiceId,
      clientId: client.id,
      kind: 'coaching_agreement' as const,
      action: 'given' as const,
      textVersion: CONSENT_TEXT_VERSIONS.coaching_agreement,
      recordedBy: client.coachId,
    })),
  );

  const coaches: Coach[] = [];
  for (const [i, coach] of coachRows.entries()) {
    const client = clientRows[i]!;
    const { id } = await startMeasurement(practiceId, {
      clientId: client.id,
      instrumentKey: JDR_INTAKE_KEY,
      administeredBy: 'coach',
      createdBy: coach.id,
    });
    const signedInAt = Math.floor(Date.now() / 1000);
    const token = await encode({
      token: {
        sub: coach.id,
        name: coach.name,
        email: coach.email,
        uid: coach.id,
        pid: practiceId,
        role: coach.role,
        auth_time: signedInAt,
      },
      secret: authSecret,
      salt: SESSION_COOKIE,
      maxAge: 60 * 60 * 12,
    });
    // With its activity mark (lib/auth/activity.ts), as a browser has one: renewed by the proxy after a minute.
    const mark = activityMark({ uid: coach.id, signedInAt }, signedInAt);
    coaches.push({ cookie: `${SESSION_COOKIE}=${token}; ${activityCookie(false).name}=${mark}`, clientId: client.id, measurementId: id });
  }

  const dueDate = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const portal: PortalClient[] = [];
  for (const client of clientRows.slice(0, PORTAL_CLIENTS)) {
    const [row] = await db
      .insert(homework)
      .values({ practiceId, clientId: client.id, template: 'energy_diary', dueDate, assignedBy: client.coachId })
      .returning({ id: homework.id });
    const { token, tokenHash } = newLinkToken(practiceId);
    await db.insert(portalSessions).values({ practiceId, clientId: client.id, tokenHash, expiresAt: new Date(Date.now() + 86_400_000) });
    portal.push({ cookie: `portal_session=${token}`, homeworkId: row!.id });
  }
  await closeDb();
  return { practiceId, coaches, portal, itemKeys: allItems(jdrIntakeV1).map((item) => item.key) };
}

/** Server action ids from the build: the id a form's action posts under the `Next-Action` header. */
async function actionId(exportedName: string, filename: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(distDir(), 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const hit = Object.entries(manifest.node).find(([, e]) => e.exportedName === exportedName && e.filename === filename);
  if (!hit) throw new Error(`No server action ${exportedName} in ${filename} in this build: rebuild, or the action moved`);
  return hit[0];
}

type Step = { group: string; method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string; action?: boolean };
type Sample = { ms: number; error: boolean };
const samples = new Map<string, Sample[]>();
let lastResponse: { group: string; error: boolean } | null = null;
const failures: string[] = [];

function record(group: string, ms: number, error: boolean) {
  if (!samples.has(group)) samples.set(group, []);
  samples.get(group)!.push({ ms, error });
}

/** One autocannon run; every connection is one person with their own cookie and steps. */
function runPeople(base: string, title: string, stepsFor: ((i: number) => Step[])[], duration: number) {
  let next = 0;
  // Without a callback autocannon returns its event emitter, which is also a promise of the result.
  const instance = autocannon({
    url: base,
    connections: stepsFor.length,
    duration,
    timeout: 20,
    requests: [{ method: 'GET', path: '/api/health' }],
    setupClient: (client) => {
      const person = next++;
      const steps = stepsFor[person % stepsFor.length]!(person);
      client.setRequests(
        steps.map((step) => ({
          method: step.method,
          path: step.path,
          headers: step.headers,
          body: step.body,
          // Called with the body just before autocannon's 'response' event for the same response.
          onResponse: (status: number, body: string) => {
            const ok = status >= 200 && status < 300 && (!step.action || body.includes('"ok":true'));
            if (!ok && failures.length < 5) failures.push(`${step.group} ${step.method} ${step.path} → ${status} ${body.slice(0, 200)}`);
            lastResponse = { group: step.group, error: !ok };
          },
        })),
      );
    },
  }) as unknown as EventEmitter & Promise<autocannon.Result>;
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    if (lastResponse) record(lastResponse.group, ms, lastResponse.error);
    lastResponse = null;
  });
  instance.on('reqError', () => record(`${title}: connection errors`, 0, true));
  return instance;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function main() {
  let base: string;
  let dataDir: string;
  let stop = async () => {};
  if (args.url) {
    base = loopbackOnly(args.url);
    dataDir = path.resolve(args['data-dir'] ?? process.env.DATA_DIR ?? '.data');
    await waitForHealth(base, null, 10_000);
  } else {
    console.log('Starting the production build …');
    ({ base, dataDir, stop } = await startApp());
  }
  try {
    const databaseUrl = (await readFile(path.join(dataDir, 'database-url'), 'utf8')).trim();
    const authSecret = process.env.AUTH_SECRET ?? (await readFile(path.join(dataDir, 'auth-secret'), 'utf8')).trim();
    const [intakeSave, homeworkSave] = await Promise.all([
      actionId('saveIntakeAnswerAction', 'app/(coach)/clients/[clientId]/measurements/actions.ts'),
      actionId('saveHomeworkAnswerAction', 'app/portal/homework/[homeworkId]/actions.ts'),
    ]);
    console.log(`Seeding ${COACHES} coaches and ${PORTAL_CLIENTS} portal clients …`);
    const { practiceId, coaches, portal, itemKeys } = await seed(databaseUrl, authSecret);

    // Sanity: the minted cookies are accepted (a refused one redirects to the sign-in page).
    const probe = await fetch(`${base}/clients/${coaches[0]!.clientId}`, { headers: { cookie: coaches[0]!.cookie }, redirect: 'manual' });
    if (probe.status !== 200) throw new Error(`A seeded coach is not signed in (status ${probe.status}); is AUTH_SECRET the app's?`);

    const actionHeaders = (cookie: string) => ({
      cookie,
      'next-action': '',
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
      origin: base,
    });
    const coachSteps = coaches.map((coach, c) => (_: number): Step[] => {
      const page = (group: string, p: string): Step => ({ group, method: 'GET', path: p, headers: { cookie: coach.cookie } });
      const save = (k: number): Step => ({
        group: 'coach: save intake answer (action)',
        method: 'POST',
        path: `/intake/${coach.measurementId}`,
        headers: { ...actionHeaders(coach.cookie), 'next-action': intakeSave },
        body: JSON.stringify([coach.measurementId, { itemKey: itemKeys[(c * 3 + k) % itemKeys.length], value: 1 + ((c + k) % 5) }]),
        action: true,
      });
      // Saves between the page loads, as a coach answers while moving around: a short run still has all kinds.
      return [
        page('coach: intake page', `/intake/${coach.measurementId}`),
        save(0),
        page('coach: client page', `/clients/${coach.clientId}`),
        save(1),
        page('coach: measurements page', `/clients/${coach.clientId}/measurements`),
        save(2),
        page('coach: client list', '/clients'),
      ];
    });
    const portalSteps = portal.map((client, c) => (_: number): Step[] => {
      const save = (day: number): Step => ({
        group: 'client: save homework answer (action)',
        method: 'POST',
        path: `/portal/homework/${client.homeworkId}`,
        headers: { ...actionHeaders(client.cookie), 'next-action': homeworkSave },
        body: JSON.stringify([{ homeworkId: client.homeworkId, fieldKey: `day${day}.energy`, value: String(1 + ((c + day) % 5)) }]),
        action: true,
      });
      const page: Step = {
        group: 'client: homework page',
        method: 'GET',
        path: `/portal/homework/${client.homeworkId}`,
        headers: { cookie: client.cookie },
      };
      return [page, save(1), save(2), save(3)];
    });

    console.log(`Running ${COACHES} coaches and ${PORTAL_CLIENTS} clients for ${DURATION} s against ${base} …`);
    await Promise.all([runPeople(base, 'coaches', coachSteps, DURATION), runPeople(base, 'clients', portalSteps, DURATION)]);

    let errors = 0;
    let total = 0;
    const rows = [...samples.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, list]) => {
        const ms = list
          .filter((s) => !s.error)
          .map((s) => s.ms)
          .sort((a, b) => a - b);
        const failed = list.filter((s) => s.error).length;
        errors += failed;
        total += list.length;
        return { group, requests: list.length, errors: failed, p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99) };
      });
    console.log(`\n| route group | requests | errors | p50 ms | p95 ms | p99 ms |\n| --- | ---: | ---: | ---: | ---: | ---: |`);
    for (const r of rows) {
      console.log(`| ${r.group} | ${r.requests} | ${r.errors} | ${[r.p50, r.p95, r.p99].map((ms) => ms.toFixed(0)).join(' | ')} |`);
    }
    console.log(`\n${total} requests in ${DURATION} s (${(total / DURATION).toFixed(1)}/s), ${errors} errors`);
    for (const f of failures) console.log(`  error: ${f}`);
    // The saves must have landed, not just answered 200.
    const { default: postgres } = await import('postgres');
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    const [stored] = await sql<{ intake: number; homework: number }[]>`
      select (select count(*)::int from measurement_answers where practice_id = ${practiceId}) as intake,
             (select count(*)::int from homework_answers where practice_id = ${practiceId}) as homework`;
    await sql.end({ timeout: 5 });
    console.log(`Stored: ${stored!.intake} intake answers, ${stored!.homework} homework answers (distinct items; saves overwrite)`);
    if (errors > 0 || total === 0 || stored!.intake === 0 || stored!.homework === 0) process.exitCode = 1;
  } finally {
    await stop();
  }
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => process.exit(process.exitCode ?? 0));
