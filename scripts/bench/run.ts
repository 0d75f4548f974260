/**
 * `npm run bench [-- --smoke]`: the app at practice scale, measured side by side with its floors in one run.
 *
 * Starts its own embedded PostgreSQL in a temporary folder with two databases (the demo practice, and the demo
 * practice plus a large practice's history: scripts/bench/seed.ts), builds the source as it is (ensureBuild) and starts
 * the production build against each with BENCH_COUNT_QUERIES=1, and for every page measures p50/p95 over
 * sequential requests after warm-ups, the statements each request sends, and each figure's ratio to its floor
 * (the not-found page; for the answer save, an action call the action refuses after its guard and schema).
 * Then loads the main pages in Chromium (JavaScript transferred, gzip) and runs axe-core on them.
 * Writes the table into BENCHMARKS.md under "Performance" (not with --smoke, which seeds the small practice and a
 * small "large" one and sends a few requests: the test suite runs it so that the benchmark cannot rot, and it fails
 * when a page sends more than STATEMENT_BUDGET statements or a different count at the two sizes).
 * `--smoke --browser` adds the browser checks and Lighthouse on the small practice; BENCH_DETAIL=<folder> also writes
 * each page's scripts and each Lighthouse report there (for finding what weighs); BENCH_LIGHTHOUSE=0 skips Lighthouse,
 * BENCH_LIGHTHOUSE_RUNS=<n> sets the runs per page (median reported; 5 by default, 1 with --smoke).
 * `--reuse-build` measures the build that is there instead of building first (for repeated runs of one build).
 * `--hold small|large` seeds that practice, starts the app and keeps it up until Ctrl-C, printing its address, the
 * cookies and the pages: for profiling a page by hand.
 */
import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { register } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchBuildChoice } from '@/lib/testing/bench-build';

register(
  `data:text/javascript,${encodeURIComponent(
    "export async function resolve(s, c, next) { return s === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : next(s, c); }",
  )}`,
);

const SESSION_COOKIE = 'authjs.session-token';

export type Options = {
  smoke: boolean;
  runs: number;
  warmups: number;
  write: boolean;
  browser?: boolean;
  hold?: 'small' | 'large';
  /** Use the build that is there (`--reuse-build`) instead of building the source as it is now. */
  reuseBuild?: boolean;
};
export type Row = {
  name: string;
  p50: number;
  p95: number;
  ratio: number;
  queries: number | null;
  status: number;
  /** The floor's p50 timed alternately with this row. */
  floorP50?: number;
};
export type SizeResult = {
  size: string;
  rows: Row[];
  js: { name: string; kb: number }[];
  axe: { name: string; violations: string[] }[];
  lighthouse: import('./lighthouse').LighthouseRow[];
};

// The build the app runs from: NEXT_DIST_DIR (as next.config reads it; the e2e slots build elsewhere) or .next.
const distDir = () => path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next');

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

async function actionId(exportedName: string, filename: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(distDir(), 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const hit = Object.entries(manifest.node).find(([, e]) => e.exportedName === exportedName && e.filename === filename);
  if (!hit) throw new Error(`No server action ${exportedName} in ${filename} in this build: rebuild`);
  return hit[0];
}

async function startApp(databaseUrl: string, authSecret: string, dataDir: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const { freePort } = await import('@/db/embedded');
  const port = await freePort(0);
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/app.ts', 'start'], {
    env: {
      ...process.env,
      // The benchmark runs a local production build: no SMTP, http on loopback.
      ALLOW_LOCAL_PRODUCTION: '1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: authSecret,
      APP_URL: base,
      DATA_DIR: dataDir,
      BENCH_COUNT_QUERIES: '1',
      SEED_DEMO: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  // A crash of the benchmark must not leave the app running: stop its process group on exit too.
  const killGroup = () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  process.once('exit', killGroup);
  const stop = async () => {
    process.off('exit', killGroup);
    if (child.exitCode !== null || !child.pid) return;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  };
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      await stop();
      throw new Error('The app did not become healthy in 120 s');
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { base, stop };
}

async function forgetLimits(databaseUrl: string) {
  const { default: postgres } = await import('postgres');
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`delete from rate_limits`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

type Req = {
  name: string;
  path: string;
  cookie?: string | (() => string);
  action?: { id: string; body: string };
  floor?: 'page' | 'action';
};

async function send(base: string, req: Req): Promise<{ ms: number; status: number; body: string }> {
  const headers: Record<string, string> = {};
  if (req.cookie) headers.cookie = typeof req.cookie === 'function' ? req.cookie() : req.cookie;
  if (req.action)
    Object.assign(headers, {
      'next-action': req.action.id,
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
      origin: base,
    });
  const start = performance.now();
  const res = await fetch(base + req.path, { method: req.action ? 'POST' : 'GET', headers, body: req.action?.body, redirect: 'manual' });
  const body = await res.text();
  return { ms: performance.now() - start, status: res.status, body };
}

const queryCount = async (base: string) => ((await (await fetch(`${base}/api/bench/queries`)).json()) as { count: number }).count;

type Measured = { p50: number; p95: number; queries: number; status: number; floor?: { p50: number; p95: number } };

/**
 * `floor`: the row's floor, requested alternately with it (request, floor, request, floor...), so that both are
 * timed under the same load of this shared machine; one floor measured before the rows drifted from them by up to
 * 40 % within a run (the same not-found page took 19.5 ms p50 in the small half and 13.5 ms in the large one).
 */
async function measure(base: string, req: Req, opts: Options, floor?: Req, afterWarmups?: () => Promise<void>): Promise<Measured> {
  for (let i = 0; i < opts.warmups; i++) {
    await send(base, req);
    if (floor) await send(base, floor);
  }
  // The warm-ups and the measured requests together are 40 reports, more than one reader may ask for in a quarter of
  // an hour (30): the limits are forgotten again before the measured ones.
  await afterWarmups?.();
  // With BENCH_LOG_QUERIES=1 the app prints each statement: this marks where the counted request's begin.
  if (process.env.BENCH_LOG_QUERIES === '1') console.error(`[bench] ${req.name}`);
  const before = await queryCount(base);
  const first = await send(base, req);
  const queries = (await queryCount(base)) - before;
  const times = [first.ms];
  const floorTimes: number[] = [];
  // Every answer is checked, not only the first: a refusal later in the row (a limit) would time as a fast page.
  let status = first.status;
  for (let i = 0; i < opts.runs; i++) {
    if (floor) floorTimes.push((await send(base, floor)).ms);
    if (i > 0) {
      const next = await send(base, req);
      if (next.status !== first.status) status = next.status;
      times.push(next.ms);
    }
  }
  times.sort((a, b) => a - b);
  floorTimes.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    queries,
    status,
    floor: floor ? { p50: percentile(floorTimes, 50), p95: percentile(floorTimes, 95) } : undefined,
  };
}

async function benchSize(size: string, databaseUrl: string, dataDir: string, opts: Options, withBrowser: boolean): Promise<SizeResult> {
  const { seedPractice, LARGE, SMOKE_LARGE } = await import('./seed');
  const started = Date.now();
  const fx = await seedPractice(databaseUrl, size === 'small' ? null : opts.smoke ? SMOKE_LARGE : LARGE);
  console.log(`  ${size}: seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const authSecret = randomBytes(32).toString('base64url');
  const { encode } = await import('next-auth/jwt');
  const signedInAt = Math.floor(Date.now() / 1000);
  const token = await encode({
    token: {
      sub: fx.coach.id,
      name: fx.coach.name,
      email: fx.coach.email,
      uid: fx.coach.id,
      pid: fx.practiceId,
      role: fx.coach.role,
      auth_time: signedInAt,
    },
    secret: authSecret,
    salt: SESSION_COOKIE,
    maxAge: 60 * 60 * 12,
  });
  // With the activity mark a browser would send (lib/auth/activity.ts), fresh on every request: the proxy renews a
  // browser's at most once a minute, so no timed request pays for renewing it, and a run longer than the idle timeout
  // (30 minutes) stays signed in. The mark is signed with the app's secret: this process takes it for that.
  process.env.AUTH_SECRET = authSecret;
  const { activityMark } = await import('@/lib/auth/activity');
  const { activityCookie } = await import('@/lib/security/cookies');
  const coach = () =>
    `${SESSION_COOKIE}=${token}; ${activityCookie(false).name}=${activityMark({ uid: fx.coach.id, signedInAt }, Math.floor(Date.now() / 1000))}`;
  const save = await actionId('saveIntakeAnswerAction', 'app/(coach)/clients/[clientId]/measurements/actions.ts');
  const c = `/clients/${fx.clientId}`;
  const lastPage = Math.max(1, Math.ceil(fx.lastClientPage / 25));
  const requests: Req[] = [
    { name: 'not-found page (floor)', path: '/bench-does-not-exist', cookie: coach, floor: 'page' },
    {
      name: 'no-op action (floor): refused answer',
      path: `/intake/${fx.measurementId}`,
      cookie: coach,
      floor: 'action',
      action: { id: save, body: JSON.stringify([fx.measurementId, { itemKey: 'no-such-item', value: 1 }]) },
    },
    { name: 'dashboard', path: '/dashboard', cookie: coach },
    { name: 'client list', path: '/clients', cookie: coach },
    { name: 'client list, search', path: '/clients?q=jan', cookie: coach },
    { name: 'client list, last page', path: `/clients?page=${lastPage}`, cookie: coach },
    { name: 'client overview', path: c, cookie: coach },
    { name: 'intake page', path: `/intake/${fx.measurementId}`, cookie: coach },
    { name: 'results page', path: `${c}/measurements/${fx.resultsMeasurementId}`, cookie: coach },
    { name: 'plan page', path: `${c}/plan`, cookie: coach },
    { name: 'agenda', path: '/agenda', cookie: coach },
    { name: 'needs attention, all', path: '/attention', cookie: coach },
    { name: 'homework, all new', path: '/homework', cookie: coach },
    { name: 'portal homework page', path: `/portal/homework/${fx.homeworkId}`, cookie: fx.portalCookie },
    { name: 'employer share page', path: `/share/${fx.shareToken}` },
    // The PDFs render in the worker pool (lib/reports/pool.ts); the first requests warm it.
    { name: 'client PDF', path: `${c}/reports/client`, cookie: coach },
    { name: 'manager PDF', path: `/share/${fx.shareToken}/report` },
    {
      name: 'save intake answer (action)',
      path: `/intake/${fx.measurementId}`,
      cookie: coach,
      action: { id: save, body: JSON.stringify([fx.measurementId, { itemKey: fx.itemKeys[0], value: 3 }]) },
    },
  ];
  const app = await startApp(databaseUrl, authSecret, dataDir);
  if (opts.hold) {
    // For profiling by hand: the seeded practice stays up until Ctrl-C, with what a browser needs to sign in.
    const portal = fx.portalCookie;
    console.log(
      JSON.stringify({ base: app.base, coachCookie: coach(), portalCookie: portal, pages: requests.filter((r) => !r.action) }, null, 1),
    );
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
    await app.stop();
    return { size, rows: [], js: [], axe: [], lighthouse: [] };
  }
  try {
    const rows: Row[] = [];
    const floorOf = (req: Req) => requests.find((r) => r.floor === (req.action ? 'action' : 'page'))!;
    // The floors warm up first, as long as a busy server has run them: cold, the not-found page took twice as long
    // (21 ms p50 at the start of a run, 8–10 ms once warm), and every ratio looked a third better than it was.
    for (const f of requests.filter((r) => r.floor)) for (let i = 0; i < opts.warmups * 20; i++) await send(app.base, f);
    for (const req of requests) {
      // Each row starts with the abuse limits forgotten: one coach and one link ask for 40 reports in a row here,
      // more than a reader may (lib/security/rate-limit.ts); the row times the report, not the refusal.
      await forgetLimits(databaseUrl);
      const m = await measure(app.base, req, opts, req.floor ? undefined : floorOf(req), () => forgetLimits(databaseUrl));
      // Against the floor timed alternately with this row: the answer save p95 to p95, pages p50 to p50.
      const ratio = req.floor ? 1 : req.action ? m.p95 / m.floor!.p95 : m.p50 / m.floor!.p50;
      rows.push({ name: req.name, p50: m.p50, p95: m.p95, ratio, queries: m.queries, status: m.status, floorP50: m.floor?.p50 });
      const beside = m.floor ? ` (its floor ${m.floor.p50.toFixed(1)} ms p50, ${m.floor.p95.toFixed(1)} ms p95)` : '';
      console.log(
        `  ${size}: ${req.name}: p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, ${ratio.toFixed(2)}×${beside}, ${m.queries} statements`,
      );
      const expected = req.floor === 'page' ? 404 : 200;
      if (m.status !== expected) throw new Error(`${size}: ${req.name} answered ${m.status}, expected ${expected}`);
    }
    const js: SizeResult['js'] = [];
    const axe: SizeResult['axe'] = [];
    const lighthouse: SizeResult['lighthouse'] = [];
    if (withBrowser) {
      const { browserChecks } = await import('./browser');
      const pages = requests.filter((r) => !r.action && !r.floor && !r.name.endsWith('PDF'));
      const audited = [
        { name: 'sign-in', path: '/login' },
        { name: 'dashboard', path: '/dashboard', cookie: coach },
        { name: 'intake page', path: `/intake/${fx.measurementId}`, cookie: coach },
        { name: 'portal homework page', path: `/portal/homework/${fx.homeworkId}`, portal: true, cookie: fx.portalCookie },
        { name: 'employer share page', path: `/share/${fx.shareToken}` },
      ];
      const res = await browserChecks(
        app.base,
        { coach, portal: fx.portalCookie.split('=')[1]! },
        // The measured pages; the one every coach sees first (not a timed row: it reads no data); and the forms every
        // newcomer, client and coach meets (the anonymous ones without react-hook-form: use-plain-form.ts).
        [
          ...pages.map((r) => ({ name: r.name, path: r.path, portal: r.cookie === fx.portalCookie })),
          { name: 'sign-in', path: '/login' },
          { name: 'sign-up', path: '/signup' },
          { name: 'forgotten password', path: '/forgot-password' },
          { name: 'portal sign-in', path: '/portal/login' },
          { name: 'new client form', path: '/clients/new' },
        ],
        audited,
      );
      js.push(...res.js);
      axe.push(...res.axe);
      const { lighthouseScores } = await import('./lighthouse');
      // Five runs per page for the written table (the median), one for the smoke check.
      const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? (opts.smoke ? 1 : 5));
      if (process.env.BENCH_LIGHTHOUSE !== '0') {
        // The full run adds Lighthouse's floor, audited interleaved with the pages: a bare Next.js page (bare-next.ts).
        const { freePort } = await import('@/db/embedded');
        const bare = opts.smoke ? null : await (await import('./bare-next')).startBareNext(await freePort(0));
        try {
          const floorPage = bare ? [{ name: 'bare Next.js page (floor)', path: '/', url: `${bare.base}/` }] : [];
          lighthouse.push(...(await lighthouseScores(app.base, [...floorPage, ...audited], runs)));
        } finally {
          await bare?.stop();
        }
      }
      console.log(JSON.stringify({ js, axe, lighthouse }, null, 1));
    }
    return { size, rows, js, axe, lighthouse };
  } finally {
    await app.stop();
  }
}

/** The commit the working tree is at, and whether it has changes on top (what a build made now is built from). */
export function sourceState(): string {
  try {
    const commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    return dirty ? `${commit} with uncommitted changes` : commit;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** Builds first unless the build that is there may be used (benchBuildChoice says when); says which build it is. */
function ensureBuild(opts: Options): string {
  const hasBuild = existsSync(path.join(distDir(), 'BUILD_ID'));
  const choice = benchBuildChoice({ hasBuild, smoke: opts.smoke, hold: Boolean(opts.hold), reuseBuild: Boolean(opts.reuseBuild) });
  if (choice === 'reuse') return 'a build that was there (reused)';
  console.log(hasBuild ? 'Building the source as it is now …' : 'No production build: building …');
  const state = sourceState();
  execSync('npx next build', { stdio: 'inherit' });
  return `built by the run from ${state}`;
}

export async function runBench(opts: Options): Promise<{ results: SizeResult[]; build: string }> {
  const build = ensureBuild(opts);
  const { startEmbeddedPostgres, ensureDatabase, freePort } = await import('@/db/embedded');
  const { runMigrations } = await import('@/db/migrate');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'balanspunt-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port: await freePort(0) });
  try {
    const results: SizeResult[] = [];
    // The smoke run seeds a small "large" practice too (SMOKE_LARGE), so that it compares statement counts across sizes.
    for (const size of opts.hold ? [opts.hold] : ['small', 'large']) {
      await ensureDatabase(pg.url(), `bench_${size}`);
      await runMigrations(pg.url(`bench_${size}`));
      // The browser checks run once, on the large practice (the pages' JavaScript does not depend on the data's size);
      // `--smoke --browser` runs them on the small practice: a quick check of JavaScript, axe and Lighthouse.
      const withBrowser = opts.smoke ? Boolean(opts.browser) && size === 'small' : size === 'large';
      results.push(await benchSize(size, pg.url(`bench_${size}`), dataDir, opts, withBrowser));
    }
    return { results, build };
  } finally {
    await pg.stop();
    const { removeDataDir } = await import('@/db/embedded');
    await removeDataDir(path.join(dataDir, 'postgres'));
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
  }
}

/** Statements a page may send (issue 14), the same at both sizes. */
export const STATEMENT_BUDGET = 6;

/**
 * The statement targets: every page row at most STATEMENT_BUDGET statements, and each page the same count at both
 * sizes (no N+1). Not held here: the floors, the answer save (an action) and the PDFs (their own routes and budget).
 */
export function statementProblems(results: SizeResult[]): string[] {
  const isPage = (row: Row) => !row.name.includes('(floor)') && !row.name.includes('(action)') && !row.name.endsWith('PDF');
  const problems: string[] = [];
  for (const result of results) {
    for (const row of result.rows.filter(isPage)) {
      if (row.queries === null || row.queries > STATEMENT_BUDGET)
        problems.push(`${result.size}: ${row.name} sent ${row.queries} statements (at most ${STATEMENT_BUDGET})`);
    }
  }
  const [small, large] = results;
  for (const row of large ? small!.rows.filter(isPage) : []) {
    const other = large!.rows.find((r) => r.name === row.name);
    if (other && other.queries !== row.queries)
      problems.push(`${row.name}: ${row.queries} statements small, ${other.queries} large (the count must not grow with the data)`);
  }
  return problems;
}

export function table(results: SizeResult[]): string {
  const [small, large] = results;
  const lines = [
    '| request | small p50 ms | small p95 ms | small ratio | small floor p50 ms | small queries | large p50 ms | large p95 ms | large ratio | large floor p50 ms | large queries |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [i, row] of small!.rows.entries()) {
    // The floor column: the floor's p50 timed alternately with this row, which its ratio divides by.
    const cells = (r: Row | undefined) =>
      r
        ? [r.p50.toFixed(1), r.p95.toFixed(1), `${r.ratio.toFixed(2)}×`, r.floorP50?.toFixed(1) ?? '', String(r.queries)]
        : ['', '', '', '', ''];
    lines.push(`| ${row.name} | ${[...cells(row), ...cells(large?.rows[i])].join(' | ')} |`);
  }
  const js = results.at(-1)!.js;
  if (js.length) {
    lines.push('', '| page (large) | JavaScript transferred, kB gzip |', '| --- | ---: |');
    for (const j of js) lines.push(`| ${j.name} | ${j.kb.toFixed(1)} |`);
  }
  const axe = results.at(-1)!.axe;
  if (axe.length) {
    lines.push('', '| page (large) | axe-core violations |', '| --- | --- |');
    for (const a of axe) lines.push(`| ${a.name} | ${a.violations.length ? a.violations.join(', ') : 'none'} |`);
  }
  const lh = results.at(-1)!.lighthouse;
  if (lh.length) {
    lines.push(
      '',
      '| page (large) | Lighthouse performance (mobile), median | range | FCP ms | LCP ms | TBT ms | CLS | Lighthouse accessibility |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const l of lh) {
      const m = l.metrics;
      lines.push(
        `| ${l.name} | ${l.performance ?? `failed: ${l.error}`} | ${l.range ? l.range.join('–') : ''} | ${m?.fcp ?? ''} | ${m?.lcp ?? ''} | ${m?.tbt ?? ''} | ${m?.cls ?? ''} | ${l.accessibility ?? ''} |`,
      );
    }
  }
  return lines.join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      smoke: { type: 'boolean', default: false },
      browser: { type: 'boolean', default: false },
      runs: { type: 'string' },
      hold: { type: 'string' },
      'reuse-build': { type: 'boolean', default: false },
    },
  });
  const smoke = Boolean(values.smoke);
  const opts: Options = {
    smoke,
    browser: Boolean(values.browser),
    runs: Number(values.runs ?? (smoke ? 3 : 30)),
    warmups: smoke ? 1 : 10,
    write: !smoke && !values.hold,
    hold: values.hold === 'small' || values.hold === 'large' ? values.hold : undefined,
    reuseBuild: Boolean(values['reuse-build']),
  };
  const { results, build } = await runBench(opts);
  const out = table(results);
  console.log(`\n${out}`);
  const problems = statementProblems(results);
  for (const problem of problems) console.error(`Statement target missed: ${problem}`);
  // The smoke run (the test suite's) fails on a missed statement target; the full run reports it and writes the table.
  if (problems.length > 0 && opts.smoke) process.exitCode = 1;
  else if (problems.length === 0) console.log(`\nEvery page: at most ${STATEMENT_BUDGET} statements, the same at both sizes.`);
  if (!opts.write) return;
  const mem = execSync('free -h').toString().split('\n')[1]!.trim().split(/\s+/)[1];
  const machine = `${os.cpus().length} vCPU (${os.cpus()[0]?.model.trim()}), ${mem} RAM, Node ${process.version}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at the end`;
  const section = `## Performance (\`npm run bench\`)\n\n- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n- Build: ${build}\n- Machine: ${machine}\n- ${opts.runs} sequential requests per row after ${opts.warmups} warm-ups (the floors ${opts.warmups * 20}, before the first row), loopback, production build. Each row is timed alternately with its floor (request, floor, request, floor…), so both see the same load of the machine; ratio: p50 / that not-found p50 for pages, p95 / that no-op action p95 for the answer save (the floor rows themselves are timed on their own).\n\n${out}\n`;
  const file = path.join(process.cwd(), 'BENCHMARKS.md');
  const current = existsSync(file) ? await readFile(file, 'utf8') : '# Benchmarks\n';
  const re = /## Performance \(`npm run bench`\)\n[\s\S]*?(?=\n## |$)/;
  await writeFile(file, re.test(current) ? current.replace(re, section) : `${current.trimEnd()}\n\n${section}`);
  // The lint step (`biome check .`) checks Markdown too: align the tables the way biome formats them.
  execSync('npx biome format --write BENCHMARKS.md', { stdio: 'ignore' });
  console.log('\nWritten to BENCHMARKS.md');
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main()
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => process.exit(process.exitCode ?? 0));
}
