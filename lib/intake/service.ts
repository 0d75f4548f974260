import 'server-only';
import { getDb, type Executor } from '@/db/client';
import { findCustomInstrument, findCustomInstrumentById, findCustomInstrumentsByIds } from '@/db/queries/instruments';
import {
  findMeasurement,
  findMeasurementHead,
  insertMeasurement,
  listAnswers,
  lockMeasurement,
  insertIndexPoints,
  markCompleted,
  markReopened,
  upsertAnswer,
  type MeasurementHead,
} from '@/db/queries/measurements';
import type { Measurement } from '@/db/schema';
import { fail, ok, type ActionResult } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { customInstrumentSchema, customToInstrument, getInstrument, latestVersion, type Instrument } from '@/lib/instruments';
import { answerInputSchema } from '@/lib/schemas/intake';
import { scoreMeasurement } from '@/lib/scoring/score';
import { recordTimelineEvent } from '@/lib/timeline';
import { checkAnswer, type AnswerInput } from './answer-rules';
import { answerMap, scoringAnswers, type AnswerMap } from './answers';
import { isBuiltInKey } from './instrument-key';
import { markMeasurementHomeworkSubmitted } from '@/db/queries/homework';
import { getScoringSettings } from '@/db/queries/practices';
import { parseComponentSet } from '@/lib/scoring/component-sets';
import { indexPointsForStorage, scoresForStorage } from './stored-scores';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An unknown instrument or client when starting; the action turns it into `not_found`. */
export class IntakeNotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
  }
}

// Custom instrument rows are never updated (an edit is a new row), so a parsed version can be kept.
const customCache = new Map<string, Instrument>();
const CUSTOM_CACHE_MAX = 500;

function instrumentFromRow(row: { key: string; version: number; definition: unknown }): Instrument | null {
  const parsed = customInstrumentSchema.safeParse(row.definition);
  return parsed.success ? customToInstrument(parsed.data, { key: row.key, version: row.version }) : null;
}

function remember(cacheKey: string, instrument: Instrument) {
  if (customCache.size >= CUSTOM_CACHE_MAX) customCache.delete(customCache.keys().next().value as string);
  customCache.set(cacheKey, instrument);
}

/** The instrument version a measurement was taken with. */
export async function instrumentForMeasurement(
  practiceId: string,
  head: Pick<MeasurementHead, 'instrumentKey' | 'instrumentVersion' | 'customInstrumentId'>,
  ex: Executor = getDb(),
): Promise<Instrument | null> {
  if (!head.customInstrumentId) return getInstrument(head.instrumentKey, head.instrumentVersion) ?? null;
  const cacheKey = `${practiceId}:${head.customInstrumentId}`;
  const cached = customCache.get(cacheKey);
  if (cached) return cached;
  const row = await findCustomInstrumentById(practiceId, head.customInstrumentId, ex);
  const instrument = row ? instrumentFromRow(row) : null;
  if (instrument) remember(cacheKey, instrument);
  return instrument;
}

type InstrumentRef = Pick<MeasurementHead, 'instrumentKey' | 'instrumentVersion' | 'customInstrumentId'>;

/** The instruments of many measurements (a client's list), with at most one query for the custom ones. */
export async function instrumentsForMeasurements(practiceId: string, heads: readonly InstrumentRef[]): Promise<(h: InstrumentRef) => Instrument | null> {
  const found = new Map<string, Instrument>();
  const missing: string[] = [];
  for (const id of new Set(heads.flatMap((h) => (h.customInstrumentId ? [h.customInstrumentId] : [])))) {
    const cached = customCache.get(`${practiceId}:${id}`);
    if (cached) found.set(id, cached);
    else missing.push(id);
  }
  for (const row of await findCustomInstrumentsByIds(practiceId, missing)) {
    const instrument = instrumentFromRow(row);
    if (!instrument) continue;
    found.set(row.id, instrument);
    remember(`${practiceId}:${row.id}`, instrument);
  }
  return (h) => (h.customInstrumentId ? (found.get(h.customInstrumentId) ?? null) : (getInstrument(h.instrumentKey, h.instrumentVersion) ?? null));
}

/** A built-in instrument or one of the practice's own; the newest version unless one is asked for. */
export async function resolveInstrument(
  practiceId: string,
  key: string,
  version?: number,
  ex: Executor = getDb(),
): Promise<{ instrument: Instrument; customInstrumentId: string | null } | null> {
  if (isBuiltInKey(key)) {
    const v = version ?? latestVersion(key);
    const instrument = v === undefined ? undefined : getInstrument(key, v);
    return instrument ? { instrument, customInstrumentId: null } : null;
  }
  const row = await findCustomInstrument(practiceId, key, version, ex);
  // An archived instrument is not offered for new measurements unless a version is named explicitly.
  if (!row || (version === undefined && row.archivedAt)) return null;
  const instrument = instrumentFromRow(row);
  return instrument ? { instrument, customInstrumentId: row.id } : null;
}

/** Labels for the timeline (never scores): which instrument, so the overview can name it in either language. */
export function timelineInstrument(instrument: Instrument): { instrument: string; name: string } {
  const kind = instrument.origin === 'built_in' ? instrument.key.replace(/-/g, '_') : 'custom';
  return { instrument: kind, name: instrument.name.nl };
}

async function inTransaction<T>(ex: Executor | undefined, work: (tx: Executor) => Promise<T>): Promise<T> {
  return ex ? work(ex) : getDb().transaction((tx) => work(tx));
}

export async function startMeasurement(
  practiceId: string,
  input: { clientId: string; instrumentKey: string; instrumentVersion?: number; administeredBy: 'coach' | 'client'; createdBy: string | null },
  ex?: Executor,
): Promise<{ id: string }> {
  return inTransaction(ex, async (tx) => {
    const resolved = await resolveInstrument(practiceId, input.instrumentKey, input.instrumentVersion, tx);
    if (!resolved) throw new IntakeNotFoundError('instrument');
    const { instrument, customInstrumentId } = resolved;
    const measurement = await insertMeasurement(
      practiceId,
      {
        clientId: input.clientId,
        instrumentKey: instrument.key,
        instrumentVersion: instrument.version,
        customInstrumentId,
        administeredBy: input.administeredBy,
        createdBy: input.createdBy,
      },
      tx,
    );
    const actorKind = input.createdBy ? 'coach' : input.administeredBy === 'client' ? 'client' : 'system';
    await recordTimelineEvent(
      practiceId,
      {
        clientId: input.clientId,
        kind: 'measurement.started',
        actorUserId: input.createdBy,
        actorKind,
        data: { measurementId: measurement.id, ...timelineInstrument(instrument), by: input.administeredBy },
      },
      tx,
    );
    await audit(
      {
        practiceId,
        actorUserId: input.createdBy,
        actorKind,
        action: 'measurement.started',
        entityType: 'measurement',
        entityId: measurement.id,
        metadata: { instrumentKey: instrument.key, instrumentVersion: instrument.version, administeredBy: input.administeredBy },
      },
      tx,
    );
    return { id: measurement.id };
  });
}

const COMPLETED = { fieldErrors: { _form: 'intake.measurementCompleted' } };

/** What never changes about a measurement: whose it is and which instrument version it uses. */
export type MeasurementRef = Pick<MeasurementHead, 'id' | 'clientId' | 'instrumentKey' | 'instrumentVersion' | 'customInstrumentId'>;

// Those fields are never updated, so a save can skip looking them up again; whether the measurement is
// still in progress is checked by the save statement itself.
const refCache = new Map<string, MeasurementRef>();
const REF_CACHE_MAX = 5000;

/** The measurement's fixed fields, from memory when this process has seen it; null when it does not exist. */
export async function measurementRef(practiceId: string, measurementId: string, ex: Executor = getDb()): Promise<MeasurementRef | null> {
  if (!UUID.test(measurementId)) return null;
  const key = `${practiceId}:${measurementId}`;
  const cached = refCache.get(key);
  if (cached) return cached;
  const head = await findMeasurementHead(practiceId, measurementId, ex);
  if (!head) return null;
  const ref: MeasurementRef = {
    id: head.id,
    clientId: head.clientId,
    instrumentKey: head.instrumentKey,
    instrumentVersion: head.instrumentVersion,
    customInstrumentId: head.customInstrumentId,
  };
  if (refCache.size >= REF_CACHE_MAX) refCache.delete(refCache.keys().next().value as string);
  refCache.set(key, ref);
  return ref;
}

/**
 * Saves one answer on its own (one upsert). Refused, with nothing written: a measurement that does not
 * exist in this practice, one that is completed, an item the instrument version does not have, a value
 * outside the scale. `head` may be passed when the caller has just looked it up (for the access check).
 */
export async function saveAnswer(
  practiceId: string,
  measurementId: string,
  input: AnswerInput,
  answeredBy: 'coach' | 'client',
  options: { head?: MeasurementRef; ex?: Executor } = {},
): Promise<ActionResult<{ savedAt: string }>> {
  const ex = options.ex ?? getDb();
  if (!UUID.test(measurementId)) return fail('not_found');
  const parsed = answerInputSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.') || '_form'] ??= issue.message;
    return fail('validation', { fieldErrors });
  }
  const ref = options.head ?? (await measurementRef(practiceId, measurementId, ex));
  if (!ref || ref.id !== measurementId) return fail('not_found');
  const instrument = await instrumentForMeasurement(practiceId, ref, ex);
  if (!instrument) return fail('server');
  const refused = checkAnswer(instrument, parsed.data);
  if (refused) return fail('validation', { fieldErrors: refused });
  const savedAt = await upsertAnswer(practiceId, measurementId, parsed.data, answeredBy, ex);
  if (savedAt) return ok({ savedAt: savedAt.toISOString() });
  // Nothing written: find out why (only refusals pay for this second look).
  const now = await findMeasurementHead(practiceId, measurementId, ex);
  if (!now) {
    refCache.delete(`${practiceId}:${measurementId}`);
    return fail('not_found');
  }
  return fail('forbidden', COMPLETED);
}

/**
 * Locks the measurement, scores it (analyseMeasurement's scoring), stores the scores and marks it completed;
 * a "measure again" homework that created it is handed in within the same transaction.
 */
export async function completeMeasurement(
  practiceId: string,
  measurementId: string,
  by: { kind: 'coach' | 'client'; userId: string | null },
): Promise<ActionResult<null>> {
  if (!UUID.test(measurementId)) return fail('not_found');
  return getDb().transaction(async (tx) => {
    const measurement = await lockMeasurement(practiceId, measurementId, tx);
    if (!measurement) return fail('not_found');
    // Already completed (a second tab, a retry): nothing to do.
    if (measurement.status === 'completed') return ok(null);
    const instrument = await instrumentForMeasurement(practiceId, measurement, tx);
    if (!instrument) return fail('server');
    const answers = answerMap(await listAnswers(practiceId, measurementId, tx));
    const set = parseComponentSet((await getScoringSettings(practiceId, tx))?.componentSet);
    const scores = scoreMeasurement(instrument, scoringAnswers(answers), set);
    const completedAt = new Date();
    await markCompleted(practiceId, measurementId, scoresForStorage(scores, instrument), tx, completedAt);
    // Index points per component set for the practice median (cheap, indexed; see practiceMedian).
    await insertIndexPoints(practiceId, { id: measurementId, clientId: measurement.clientId, instrumentKey: instrument.key, completedAt }, indexPointsForStorage(instrument, scores), tx);
    await recordTimelineEvent(
      practiceId,
      {
        clientId: measurement.clientId,
        kind: 'measurement.completed',
        actorUserId: by.userId,
        actorKind: by.kind,
        data: { measurementId, ...timelineInstrument(instrument), by: by.kind },
      },
      tx,
    );
    await audit(
      {
        practiceId,
        actorUserId: by.userId,
        actorKind: by.kind,
        action: 'measurement.completed',
        entityType: 'measurement',
        entityId: measurementId,
        metadata: { instrumentKey: instrument.key, instrumentVersion: instrument.version, answers: Object.keys(answers).length },
      },
      tx,
    );
    for (const handedIn of await markMeasurementHomeworkSubmitted(practiceId, measurementId, tx)) {
      const data = { homeworkId: handedIn.id, template: handedIn.template };
      await recordTimelineEvent(practiceId, { clientId: handedIn.clientId, kind: 'homework.submitted', actorUserId: by.userId, actorKind: by.kind, data }, tx);
      await audit({ practiceId, actorUserId: by.userId, actorKind: by.kind, action: 'homework.submitted', entityType: 'homework', entityId: handedIn.id }, tx);
    }
    return ok(null);
  });
}

/** A coach opens a completed measurement again for changes; audited and on the timeline. */
export async function reopenMeasurement(practiceId: string, measurementId: string, by: { userId: string }): Promise<ActionResult<null>> {
  if (!UUID.test(measurementId)) return fail('not_found');
  return getDb().transaction(async (tx) => {
    const measurement = await lockMeasurement(practiceId, measurementId, tx);
    if (!measurement) return fail('not_found');
    if (measurement.status !== 'completed') return ok(null);
    const instrument = await instrumentForMeasurement(practiceId, measurement, tx);
    await markReopened(practiceId, measurementId, tx);
    await recordTimelineEvent(
      practiceId,
      {
        clientId: measurement.clientId,
        kind: 'measurement.reopened',
        actorUserId: by.userId,
        actorKind: 'coach',
        data: { measurementId, ...(instrument ? timelineInstrument(instrument) : { instrument: 'custom', name: measurement.instrumentKey }) },
      },
      tx,
    );
    await audit(
      {
        practiceId,
        actorUserId: by.userId,
        action: 'measurement.reopened',
        entityType: 'measurement',
        entityId: measurementId,
        metadata: { instrumentKey: measurement.instrumentKey, instrumentVersion: measurement.instrumentVersion },
      },
      tx,
    );
    return ok(null);
  });
}

/**
 * The measurement, its instrument version and the answers so far. For the client's portal pass
 * `{ forClient: true }`: the coach's notes per item stay out of what is sent to the client's browser.
 */
export async function loadMeasurementForFilling(
  practiceId: string,
  measurementId: string,
  options: { forClient?: boolean } = {},
): Promise<{ measurement: Measurement; instrument: Instrument; answers: AnswerMap } | null> {
  if (!UUID.test(measurementId)) return null;
  const [measurement, rows] = await Promise.all([findMeasurement(practiceId, measurementId), listAnswers(practiceId, measurementId)]);
  if (!measurement) return null;
  const instrument = await instrumentForMeasurement(practiceId, measurement);
  if (!instrument) return null;
  const answers = answerMap(options.forClient ? rows.map((r) => ({ ...r, note: null })) : rows);
  return { measurement, instrument, answers };
}
