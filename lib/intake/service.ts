import 'server-only';
import { type Executor, getDb } from '@/db/client';
import { isConsentGivenNow } from '@/db/queries/consents';
import { findCustomInstrument, findCustomInstrumentById, findCustomInstrumentsByIds } from '@/db/queries/instruments';
import {
  findAnswer,
  findMeasurementHead,
  findMeasurementWithAnswers,
  insertIndexPoints,
  insertMeasurement,
  listAnswers,
  lockMeasurement,
  type MeasurementHead,
  markCompleted,
  markReopened,
  upsertAnswer,
} from '@/db/queries/measurements';
import { getScoringSettings } from '@/db/queries/practices';
import type { Measurement } from '@/db/schema';
import { type ActionResult, fail, ok } from '@/lib/actions/result';
import { issueMessage } from '@/lib/actions/zod-errors';
import { audit } from '@/lib/audit';
import { encodeCurrent, isStale } from '@/lib/autosave/bases';
import { ConsentRequiredError, requireCoachingAgreement } from '@/lib/caseload/consent-gate';
// The homework service starts measurements from here and hands "measure again" in on completion: a cycle of
// function imports only (nothing is used while the modules load).
import { handInMeasurementHomework } from '@/lib/homework/service';
import { isUuid } from '@/lib/ids';
import { getInstrument, type Instrument, latestVersion } from '@/lib/instruments';
import { answerInputSchema } from '@/lib/schemas/intake';
import { parseComponentSet } from '@/lib/scoring/component-sets';
import { scoreMeasurement } from '@/lib/scoring/score';
import { type ChangeActor, commitChange } from '@/lib/services/commit';
import { type AnswerInput, checkAnswer } from './answer-rules';
import { type AnswerMap, answerMap, scoringAnswers } from './answers';
import { isBuiltInKey } from './instrument-key';
import { instrumentFromRow } from './instrument-row';
import { storedRecord } from './stored-scores';
import { timelineInstrument } from './timeline-instrument';

/** An unknown instrument or client when starting; the action turns it into `not_found`. */
export class IntakeNotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
  }
}

// Custom instrument rows are never updated (an edit is a new row), so a parsed version can be kept.
const customCache = new Map<string, Instrument>();
const CUSTOM_CACHE_MAX = 500;

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
export async function instrumentsForMeasurements(
  practiceId: string,
  heads: readonly InstrumentRef[],
): Promise<(h: InstrumentRef) => Instrument | null> {
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
  return (h) =>
    h.customInstrumentId ? (found.get(h.customInstrumentId) ?? null) : (getInstrument(h.instrumentKey, h.instrumentVersion) ?? null);
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

/** An actor for commitChange: the coach who started it, else the client filling it in, else the system. */
function measurementActor(practiceId: string, createdBy: string | null, administeredBy: 'coach' | 'client'): ChangeActor {
  return { practiceId, userId: createdBy, kind: createdBy ? 'coach' : administeredBy === 'client' ? 'client' : 'system' };
}

/**
 * Starts a measurement (on the timeline and in the audit log). Inside a caller's transaction pass `ex`:
 * it joins it. Throws IntakeNotFoundError for an unknown instrument and ConsentRequiredError for a client
 * without a given coaching agreement (before anything is written).
 */
export async function startMeasurement(
  practiceId: string,
  input: {
    clientId: string;
    instrumentKey: string;
    instrumentVersion?: number;
    administeredBy: 'coach' | 'client';
    createdBy: string | null;
  },
  ex?: Executor,
): Promise<{ id: string }> {
  const result = await commitChange(
    {
      actor: measurementActor(practiceId, input.createdBy, input.administeredBy),
      write: async (tx) => {
        await requireCoachingAgreement(practiceId, input.clientId, tx);
        const resolved = await resolveInstrument(practiceId, input.instrumentKey, input.instrumentVersion, tx);
        if (!resolved) throw new IntakeNotFoundError('instrument');
        const { instrument, customInstrumentId } = resolved;
        const row = await insertMeasurement(
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
        return { id: row.id, instrument };
      },
      timeline: ({ id, instrument }) => ({
        clientId: input.clientId,
        kind: 'measurement.started',
        data: { measurementId: id, ...timelineInstrument(instrument), by: input.administeredBy },
      }),
      audit: ({ id, instrument }) => ({
        action: 'measurement.started',
        entityType: 'measurement',
        entityId: id,
        metadata: { instrumentKey: instrument.key, instrumentVersion: instrument.version, administeredBy: input.administeredBy },
      }),
    },
    ex,
  );
  // A plain insert cannot lose a race; anything else has been thrown.
  if (!result.ok) throw new Error(`measurement not started: ${result.error}`);
  return { id: result.data.id };
}

/** The coach starts a measurement for a reachable client; an unknown instrument is `not_found` on its field. */
export async function startCoachMeasurement(
  actor: { practiceId: string; userId: string },
  clientId: string,
  instrumentKey: string,
): Promise<ActionResult<{ id: string }>> {
  try {
    return ok(await startMeasurement(actor.practiceId, { clientId, instrumentKey, administeredBy: 'coach', createdBy: actor.userId }));
  } catch (error) {
    if (error instanceof IntakeNotFoundError)
      return fail('not_found', { fieldErrors: { instrumentKey: 'measurements.unknownInstrument' } });
    if (error instanceof ConsentRequiredError) return fail('consent_required');
    throw error;
  }
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
  if (!isUuid(measurementId)) return null;
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
 * outside the scale, and a client whose coaching agreement is not given (withdrawn: `consent_required`;
 * the upsert checks it itself, so the autosave pays no extra round trip). `head` may be passed when the
 * caller has just looked it up (for the access check).
 */
export async function saveAnswer(
  practiceId: string,
  measurementId: string,
  input: AnswerInput,
  answeredBy: 'coach' | 'client',
  options: { head?: MeasurementRef; ex?: Executor } = {},
): Promise<ActionResult<{ savedAt: string }>> {
  const ex = options.ex ?? getDb();
  if (!isUuid(measurementId)) return fail('not_found');
  const parsed = answerInputSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.') || '_form'] ??= issueMessage(issue);
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
  if (now.status === 'completed') return fail('forbidden', COMPLETED);
  // Still in progress, so the coaching agreement stopped it (unless it was completed and reopened meanwhile).
  if (!(await isConsentGivenNow(practiceId, now.clientId, 'coaching_agreement', ex))) return fail('consent_required');
  const stale = parsed.data.bases ? await staleRefusal(practiceId, measurementId, parsed.data, ex) : null;
  return stale ?? fail('forbidden', COMPLETED);
}

/** A newer answer given elsewhere is stored (the upsert kept it): `stale`, with that answer for the form to show. */
async function staleRefusal(practiceId: string, measurementId: string, input: AnswerInput, ex: Executor) {
  const stored = await findAnswer(practiceId, measurementId, input.itemKey, ex);
  for (const field of ['value', 'text', 'note'] as const) {
    const given = input[field];
    if (given !== undefined && isStale(stored?.[field], given, input.bases)) {
      return fail('stale', { params: { current: encodeCurrent(stored?.[field] ?? null) } });
    }
  }
  return null;
}

type Completed = ActionResult<{ alreadyCompleted: boolean }>;
type Completion = { done: false; result: Completed } | { done: true; clientId: string; instrument: Instrument; answered: number };

/**
 * Locks the measurement, scores it (analyseMeasurement's scoring), stores the scores and marks it completed;
 * a "measure again" homework that created it is handed in within the same transaction. Refused as
 * `consent_required`, with nothing written, when the client's coaching agreement is not given (withdrawn).
 */
export async function completeMeasurement(
  practiceId: string,
  measurementId: string,
  by: { kind: 'coach' | 'client'; userId: string | null },
): Promise<ActionResult<null>> {
  const result = await completeMeasurementReporting(practiceId, measurementId, by);
  return result.ok ? ok(null) : result;
}

/**
 * completeMeasurement, saying whether the measurement was completed already before this call (another tab, the client
 * at home, a retry): the live intake says so instead of moving on as if this press completed it.
 */
export async function completeMeasurementReporting(
  practiceId: string,
  measurementId: string,
  by: { kind: 'coach' | 'client'; userId: string | null },
): Promise<Completed> {
  if (!isUuid(measurementId)) return fail('not_found');
  const actor: ChangeActor = { practiceId, userId: by.userId, kind: by.kind };
  try {
    return await completeInTransaction(practiceId, measurementId, actor, by);
  } catch (error) {
    if (error instanceof ConsentRequiredError) return fail('consent_required');
    throw error;
  }
}

async function completeInTransaction(
  practiceId: string,
  measurementId: string,
  actor: ChangeActor,
  by: { kind: 'coach' | 'client' },
): Promise<Completed> {
  const result = await commitChange<Completion>({
    actor,
    write: async (tx) => {
      const measurement = await lockMeasurement(practiceId, measurementId, tx);
      if (!measurement) return { done: false, result: fail('not_found') };
      // Already completed (a second tab, a retry): nothing to do.
      if (measurement.status === 'completed') return { done: false, result: ok({ alreadyCompleted: true }) };
      // Scoring is processing of health data: checked under the lock, so a withdrawal cannot slip in between.
      await requireCoachingAgreement(practiceId, measurement.clientId, tx);
      const instrument = await instrumentForMeasurement(practiceId, measurement, tx);
      if (!instrument) return { done: false, result: fail('server') };
      const answers = answerMap(await listAnswers(practiceId, measurementId, tx));
      const set = parseComponentSet((await getScoringSettings(practiceId, tx))?.componentSet);
      // storedRecord: the same as the start-up recompute stores for measurements scored under older rules (./rescore.ts).
      const record = storedRecord(instrument, scoreMeasurement(instrument, scoringAnswers(answers), set));
      const completedAt = new Date();
      await markCompleted(practiceId, measurementId, record, tx, completedAt);
      // Index points per component set for the practice median (cheap, indexed; see practiceMedian).
      await insertIndexPoints(
        practiceId,
        { id: measurementId, clientId: measurement.clientId, instrumentKey: instrument.key, completedAt },
        record.indexPoints,
        tx,
      );
      return { done: true, clientId: measurement.clientId, instrument, answered: Object.keys(answers).length };
    },
    timeline: (c) =>
      c.done
        ? { clientId: c.clientId, kind: 'measurement.completed', data: { measurementId, ...timelineInstrument(c.instrument), by: by.kind } }
        : null,
    audit: (c) =>
      c.done
        ? {
            action: 'measurement.completed',
            entityType: 'measurement',
            entityId: measurementId,
            metadata: { instrumentKey: c.instrument.key, instrumentVersion: c.instrument.version, answers: c.answered },
          }
        : null,
    after: async (tx, c) => {
      if (c.done) await handInMeasurementHomework(actor, measurementId, tx);
    },
  });
  if (!result.ok) return result;
  return result.data.done ? ok({ alreadyCompleted: false }) : result.data.result;
}

type Reopening = { done: false; result: ActionResult<null> } | { done: true; measurement: Measurement; instrument: Instrument | null };

/**
 * A coach opens a completed measurement again for changes; audited and on the timeline. Refused as `consent_required`,
 * with nothing written, when the client's coaching agreement is not given (withdrawn): reopening takes the scores away,
 * and without the agreement no answer could be saved nor the measurement completed again.
 */
export async function reopenMeasurement(practiceId: string, measurementId: string, by: { userId: string }): Promise<ActionResult<null>> {
  if (!isUuid(measurementId)) return fail('not_found');
  try {
    return await reopenInTransaction(practiceId, measurementId, by);
  } catch (error) {
    if (error instanceof ConsentRequiredError) return fail('consent_required');
    throw error;
  }
}

async function reopenInTransaction(practiceId: string, measurementId: string, by: { userId: string }): Promise<ActionResult<null>> {
  const result = await commitChange<Reopening>({
    actor: { practiceId, userId: by.userId, kind: 'coach' },
    write: async (tx) => {
      const measurement = await lockMeasurement(practiceId, measurementId, tx);
      if (!measurement) return { done: false, result: fail('not_found') };
      if (measurement.status !== 'completed') return { done: false, result: ok(null) };
      // Under the lock, as completing checks it: a withdrawal cannot slip in between.
      await requireCoachingAgreement(practiceId, measurement.clientId, tx);
      const instrument = await instrumentForMeasurement(practiceId, measurement, tx);
      await markReopened(practiceId, measurementId, tx);
      return { done: true, measurement, instrument };
    },
    timeline: (r) =>
      r.done
        ? {
            clientId: r.measurement.clientId,
            kind: 'measurement.reopened',
            data: {
              measurementId,
              ...(r.instrument ? timelineInstrument(r.instrument) : { instrument: 'custom', name: r.measurement.instrumentKey }),
            },
          }
        : null,
    audit: (r) =>
      r.done
        ? {
            action: 'measurement.reopened',
            entityType: 'measurement',
            entityId: measurementId,
            metadata: { instrumentKey: r.measurement.instrumentKey, instrumentVersion: r.measurement.instrumentVersion },
          }
        : null,
  });
  if (!result.ok) return result;
  return result.data.done ? ok(null) : result.data.result;
}

/** The coach opened a measurement in progress to fill it in (the answers so far are health data): in the audit log. */
export async function recordMeasurementOpened(actor: { practiceId: string; userId: string }, measurementId: string): Promise<void> {
  await audit({
    practiceId: actor.practiceId,
    actorUserId: actor.userId,
    action: 'measurement.opened',
    entityType: 'measurement',
    entityId: measurementId,
  });
}

/** The coach opened a client's list of measurements with their scores and trend: in the audit log. */
export async function recordMeasurementsListed(
  actor: { practiceId: string; userId: string },
  clientId: string,
  count: number,
): Promise<void> {
  await audit({
    practiceId: actor.practiceId,
    actorUserId: actor.userId,
    action: 'measurement.list_viewed',
    entityType: 'client',
    entityId: clientId,
    metadata: { count },
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
  if (!isUuid(measurementId)) return null;
  const found = await findMeasurementWithAnswers(practiceId, measurementId);
  if (!found) return null;
  const { measurement, answers: rows } = found;
  const instrument = await instrumentForMeasurement(practiceId, measurement);
  if (!instrument) return null;
  const answers = answerMap(options.forClient ? rows.map((r) => ({ ...r, note: null })) : rows);
  return { measurement, instrument, answers };
}
