import 'server-only';
import { and, desc, eq, inArray, isNull, like, sql } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { type CustomInstrumentRow, customInstruments, measurements } from '../schema';

/** The newest version of every custom instrument of the practice, with how many versions it has. */
export async function listLatestCustomInstruments(practiceId: string, opts: { includeArchived?: boolean } = {}, ex: Executor = getDb()) {
  const rows = await ex.execute<{
    id: string;
    key: string;
    version: number;
    definition: Record<string, unknown>;
    archived_at: Date | string | null;
    created_at: Date | string;
    versions: number;
  }>(sql`
    select distinct on (c.key) c.id, c.key, c.version, c.definition, c.archived_at, c.created_at,
      count(*) over (partition by c.key)::int as versions
    from ${customInstruments} c
    where c.practice_id = ${practiceId} ${opts.includeArchived ? sql`` : sql`and c.archived_at is null`}
    order by c.key, c.version desc
  `);
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    version: Number(r.version),
    definition: r.definition,
    archivedAt: r.archived_at === null ? null : new Date(r.archived_at),
    createdAt: new Date(r.created_at),
    versions: Number(r.versions),
  }));
}

/**
 * Which of these built-in questionnaire versions the practice has measurements of (any status), as `key@version`: an
 * earlier version matters to a practice only while measurements are scored by it. One statement; none for no versions.
 */
export async function builtInVersionsInUse(
  practiceId: string,
  versions: readonly { key: string; version: number }[],
  ex: Executor = getDb(),
): Promise<Set<string>> {
  if (versions.length === 0) return new Set();
  const wanted = sql.join(
    versions.map((v) => sql`(${v.key}::text, ${v.version}::int)`),
    sql`, `,
  );
  const rows = await ex.execute<{ key: string; version: number }>(sql`
    select v.key, v.version from (values ${wanted}) as v(key, version)
    where exists (
      select 1 from ${measurements} m
      where m.practice_id = ${practiceId} and m.instrument_key = v.key and m.instrument_version = v.version
        and m.custom_instrument_id is null
    )
  `);
  return new Set(rows.map((r) => `${r.key}@${Number(r.version)}`));
}

/** One version, or the newest when `version` is not given. */
export async function findCustomInstrument(
  practiceId: string,
  key: string,
  version?: number,
  ex: Executor = getDb(),
): Promise<CustomInstrumentRow | null> {
  const where = [eq(customInstruments.practiceId, practiceId), eq(customInstruments.key, key)];
  if (version !== undefined) where.push(eq(customInstruments.version, version));
  const [row] = await ex
    .select()
    .from(customInstruments)
    .where(and(...where))
    .orderBy(desc(customInstruments.version))
    .limit(1);
  return row ?? null;
}

export async function findCustomInstrumentById(
  practiceId: string,
  id: string,
  ex: Executor = getDb(),
): Promise<CustomInstrumentRow | null> {
  const [row] = await ex
    .select()
    .from(customInstruments)
    .where(and(eq(customInstruments.practiceId, practiceId), eq(customInstruments.id, id)))
    .limit(1);
  return row ?? null;
}

/** Several versions at once (e.g. every instrument a client's measurements used), in one query. */
export function findCustomInstrumentsByIds(practiceId: string, ids: string[], ex: Executor = getDb()): Promise<CustomInstrumentRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return ex
    .select()
    .from(customInstruments)
    .where(and(eq(customInstruments.practiceId, practiceId), inArray(customInstruments.id, ids)));
}

export function listCustomInstrumentVersions(practiceId: string, key: string, ex: Executor = getDb()) {
  return ex
    .select({
      id: customInstruments.id,
      version: customInstruments.version,
      createdAt: customInstruments.createdAt,
      createdBy: customInstruments.createdBy,
    })
    .from(customInstruments)
    .where(and(eq(customInstruments.practiceId, practiceId), eq(customInstruments.key, key)))
    .orderBy(desc(customInstruments.version));
}

/** Keys in use that start with `prefix`, to pick a free one for a new instrument. */
export async function customKeysStartingWith(practiceId: string, prefix: string, ex: Executor = getDb()): Promise<string[]> {
  const escaped = prefix.replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await ex
    .selectDistinct({ key: customInstruments.key })
    .from(customInstruments)
    .where(and(eq(customInstruments.practiceId, practiceId), like(customInstruments.key, `${escaped}%`)));
  return rows.map((r) => r.key);
}

/**
 * Holds a questionnaire's key until the transaction ends: an edit (a new version) and archiving take it, so the one that
 * comes second sees the other's rows (archiving after an edit archives the new version too; an edit after archiving
 * makes an archived version).
 */
export async function lockCustomInstrumentKey(practiceId: string, key: string, ex: Executor) {
  await ex.execute(sql`select pg_advisory_xact_lock(hashtext(${`custom-instrument:${practiceId}:${key}`}))`);
}

/** A new row: the first version of a new key, or the next version of an existing one (never an update). */
export async function insertCustomInstrument(
  practiceId: string,
  values: { id?: string; key: string; version: number; definition: Record<string, unknown>; createdBy: string; archivedAt?: Date | null },
  ex: Executor = getDb(),
) {
  // A taken id or (key, version) is skipped (lib/ids/request-id.ts): null, and the caller looks up what was made.
  const [row] = await ex
    .insert(customInstruments)
    .values({ practiceId, ...values })
    .onConflictDoNothing()
    .returning({ id: customInstruments.id, key: customInstruments.key, version: customInstruments.version });
  return row ?? null;
}

/** Archiving hides every version from the start list; measurements taken with it keep working. */
export async function setCustomInstrumentArchived(
  practiceId: string,
  key: string,
  archived: boolean,
  ex: Executor = getDb(),
): Promise<boolean> {
  const rows = await ex
    .update(customInstruments)
    .set({ archivedAt: archived ? new Date() : null })
    .where(
      and(
        eq(customInstruments.practiceId, practiceId),
        eq(customInstruments.key, key),
        archived ? isNull(customInstruments.archivedAt) : sql`${customInstruments.archivedAt} is not null`,
      ),
    )
    .returning({ id: customInstruments.id });
  return rows.length > 0;
}
