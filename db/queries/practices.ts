import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { practices } from '../schema';

export async function getPractice(practiceId: string, ex: Executor = getDb()) {
  const [practice] = await ex
    .select({
      id: practices.id,
      name: practices.name,
      address: practices.address,
      kvkNumber: practices.kvkNumber,
      reportColor: practices.reportColor,
      hasLogo: sql<boolean>`${practices.logo} is not null`,
      version: practices.version,
      updatedAt: practices.updatedAt,
    })
    .from(practices)
    .where(eq(practices.id, practiceId))
    .limit(1);
  return practice ?? null;
}

export async function insertPractice(values: { name: string; isDemo?: boolean }, ex: Executor = getDb()) {
  const [practice] = await ex.insert(practices).values(values).returning({ id: practices.id });
  if (!practice) throw new Error('insert failed');
  return practice;
}

/** Optimistic concurrency: returns false when someone saved in between (version moved on). */
export async function updatePracticeSettings(
  practiceId: string,
  expectedVersion: number,
  values: { name: string; address: string; kvkNumber: string; reportColor: string },
  ex: Executor = getDb(),
): Promise<boolean> {
  const rows = await ex
    .update(practices)
    .set({ ...values, version: sql`${practices.version} + 1`, updatedAt: new Date() })
    .where(and(eq(practices.id, practiceId), eq(practices.version, expectedVersion)))
    .returning({ id: practices.id });
  return rows.length === 1;
}

export async function setPracticeLogo(practiceId: string, logo: { data: Buffer; mime: string } | null, ex: Executor = getDb()) {
  await ex
    .update(practices)
    .set({ logo: logo?.data ?? null, logoMime: logo?.mime ?? null, updatedAt: new Date() })
    .where(eq(practices.id, practiceId));
}

export async function getPracticeLogo(practiceId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({ logo: practices.logo, mime: practices.logoMime, updatedAt: practices.updatedAt })
    .from(practices)
    .where(eq(practices.id, practiceId))
    .limit(1);
  return row?.logo && row.mime ? { data: row.logo, mime: row.mime, updatedAt: row.updatedAt } : null;
}

/** The practice's component set for the demands and work-resources indices (lib/scoring/component-sets.ts). */
export async function getScoringSettings(practiceId: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select({ componentSet: practices.indexComponentSet, version: practices.version })
    .from(practices)
    .where(eq(practices.id, practiceId))
    .limit(1);
  return row ?? null;
}

/** Optimistic concurrency as updatePracticeSettings: false when the version moved on. */
export async function updateIndexComponentSet(
  practiceId: string,
  expectedVersion: number,
  componentSet: 'jdr_wide' | 'azw',
  ex: Executor = getDb(),
) {
  const rows = await ex
    .update(practices)
    .set({ indexComponentSet: componentSet, version: sql`${practices.version} + 1`, updatedAt: new Date() })
    .where(and(eq(practices.id, practiceId), eq(practices.version, expectedVersion)))
    .returning({ id: practices.id, version: practices.version });
  return rows[0] ?? null;
}
