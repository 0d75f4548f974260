/**
 * `npm run perf:answers`: how fast one answer is saved with 20 coaches saving at once.
 *
 * Starts its own embedded PostgreSQL on a free port, migrates it, creates a practice with 20 coaches,
 * each with a client and a JD-R intake in progress, then lets 20 concurrent workers save answers for a
 * fixed number of rounds through lib/intake/service saveAnswer, the function the server action calls
 * (the measurement's fixed fields, the checks against its instrument version, one upsert). That is the measured figure (budget: p95 ≤ 50 ms).
 * A second run adds what the action's guards add (the coach lookup and the client-access check), for
 * information. Prints p50/p95/p99 in ms and stops the database.
 *
 * Options (environment): PERF_COACHES (20), PERF_ROUNDS (100), PERF_WARMUP (10), DATABASE_POOL_SIZE (10, as the app).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { register } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

// The service modules guard against being bundled for the browser with `import 'server-only'`, which
// throws outside React Server Components; this script is server code, so that import resolves to nothing.
register(
  `data:text/javascript,${encodeURIComponent(
    "export async function resolve(s, c, next) { return s === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : next(s, c); }",
  )}`,
);

const COACHES = Number(process.env.PERF_COACHES ?? 20);
const ROUNDS = Number(process.env.PERF_ROUNDS ?? 100);
const WARMUP = Number(process.env.PERF_WARMUP ?? 10);
const BUDGET_P95_MS = 50;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

async function main() {
  const { startEmbeddedPostgres, ensureDatabase } = await import('@/db/embedded');
  const { runMigrations } = await import('@/db/migrate');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'balanspunt-perf-'));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: 0 });
  try {
    await ensureDatabase(server.url(), 'perf');
    process.env.DATABASE_URL = server.url('perf');
    await runMigrations(process.env.DATABASE_URL);

    const { getDb, closeDb } = await import('@/db/client');
    const { practices, users, clients, consents } = await import('@/db/schema');
    const { CONSENT_TEXT_VERSIONS } = await import('@/lib/caseload/consent-state');
    const { findUser } = await import('@/db/queries/users');
    const { findClientForAccess } = await import('@/db/queries/client-access');
    const { measurementRef, saveAnswer, startMeasurement } = await import('@/lib/intake/service');
    const { allItems, jdrIntakeV1 } = await import('@/lib/instruments');

    const db = getDb();
    const [practice] = await db.insert(practices).values({ name: 'Perf practice' }).returning({ id: practices.id });
    if (!practice) throw new Error('no practice');
    const practiceId = practice.id;
    const coaches = await db
      .insert(users)
      .values(
        Array.from({ length: COACHES }, (_, i) => ({
          practiceId,
          email: `coach-${i}@perf.test`,
          name: `Coach ${i}`,
          passwordHash: 'not-used',
          role: i === 0 ? ('owner' as const) : ('coach' as const),
        })),
      )
      .returning({ id: users.id });
    const clientRows = await db
      .insert(clients)
      .values(
        coaches.map((c, i) => ({ practiceId, coachId: c.id, firstName: 'Client', lastName: String(i), email: `client-${i}@perf.test` })),
      )
      .returning({ id: clients.id });
    // Measurements need the coaching agreement on record.
    await db.insert(consents).values(
      clientRows.map((c) => ({
        practiceId,
        clientId: c.id,
        kind: 'coaching_agreement' as const,
        action: 'given' as const,
        textVersion: CONSENT_TEXT_VERSIONS.coaching_agreement,
      })),
    );
    const measurementIds: string[] = [];
    for (const [i, client] of clientRows.entries()) {
      const { id } = await startMeasurement(practiceId, {
        clientId: client.id,
        instrumentKey: 'jdr-intake',
        administeredBy: 'coach',
        createdBy: coaches[i]!.id,
      });
      measurementIds.push(id);
    }
    const items = allItems(jdrIntakeV1).map((item) => item.key);

    /** Only the service function the action calls: the measured figure. */
    const serviceSave = async (_coachId: string, measurementId: string, itemKey: string, value: number) => {
      const result = await saveAnswer(practiceId, measurementId, { itemKey, value }, 'coach');
      if (!result.ok) throw new Error(`save refused: ${result.error}`);
    };
    /** Everything the coach's action does against the database, in the same order (guards included). */
    const actionSave = async (coachId: string, measurementId: string, itemKey: string, value: number) => {
      const actor = await findUser(practiceId, coachId);
      if (!actor) throw new Error('no coach');
      const head = await measurementRef(practiceId, measurementId);
      if (!head) throw new Error('no measurement');
      const access = await findClientForAccess(practiceId, head.clientId);
      if (!access) throw new Error('no client');
      const result = await saveAnswer(practiceId, measurementId, { itemKey, value }, 'coach', { head });
      if (!result.ok) throw new Error(`save refused: ${result.error}`);
    };

    const measure = async (save: typeof serviceSave) => {
      const timings: number[] = [];
      const worker = async (w: number) => {
        for (let round = 0; round < WARMUP + ROUNDS; round++) {
          const itemKey = items[(round * 7 + w) % items.length] as string;
          const value = 1 + ((round + w) % 5);
          const started = performance.now();
          await save(coaches[w]!.id, measurementIds[w]!, itemKey, value);
          if (round >= WARMUP) timings.push(performance.now() - started);
        }
      };
      const wall = performance.now();
      await Promise.all(coaches.map((_, w) => worker(w)));
      const seconds = (performance.now() - wall) / 1000;
      timings.sort((a, b) => a - b);
      return { timings, perSecond: timings.length / seconds };
    };

    const fmt = (n: number) => n.toFixed(2);
    const report = (label: string, { timings, perSecond }: Awaited<ReturnType<typeof measure>>) =>
      console.log(
        `${label}: p50 ${fmt(percentile(timings, 50))} ms · p95 ${fmt(percentile(timings, 95))} ms · p99 ${fmt(percentile(timings, 99))} ms · max ${fmt(timings.at(-1) ?? NaN)} ms · ${perSecond.toFixed(0)} saves/s`,
      );

    console.log(
      `Answer saves: ${COACHES} concurrent coaches × ${ROUNDS} rounds = ${COACHES * ROUNDS} saves per run (after ${WARMUP} warm-up rounds each), pool size ${process.env.DATABASE_POOL_SIZE ?? 10}, ${os.cpus().length} CPUs`,
    );
    const service = await measure(serviceSave);
    report('saveAnswer (service)        ', service);
    report('with the action guards too  ', await measure(actionSave));
    const p95 = percentile(service.timings, 95);
    console.log(
      p95 <= BUDGET_P95_MS
        ? `OK: p95 ${fmt(p95)} ms is within the ${BUDGET_P95_MS} ms budget.`
        : `OVER BUDGET: p95 ${fmt(p95)} ms is above ${BUDGET_P95_MS} ms.`,
    );
    await closeDb();
    process.exitCode = p95 <= BUDGET_P95_MS ? 0 : 1;
  } finally {
    await server.stop();
    const { removeDataDir } = await import('@/db/embedded');
    await removeDataDir(path.join(dir, 'pg'));
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
