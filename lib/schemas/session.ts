import { z } from 'zod';
import { messageWithParams } from '@/lib/actions/message-params';
import { seriesEndProblem, sessionDateProblem } from '@/lib/sessions/date-bounds';
import { SESSION_KINDS, SESSION_LOCATIONS } from '@/lib/sessions/kinds';
import { lastDateOf, MAX_SERIES, REPEATS, type Repeat, skippedTimeIn } from '@/lib/sessions/series';
import { isLocalDate, isLocalTime, minutesBetween, sessionMinutes, todayIn } from '@/lib/sessions/zoned-time';
import { TEXT_LIMITS } from '@/lib/text-limits';
import { requestId, version } from './fields';

const id = z.uuid({ error: 'validation.invalid' });
const localDate = z.string({ error: 'validation.required' }).trim().refine(isLocalDate, { error: 'sessions.errors.date' });
const localTime = z.string({ error: 'validation.required' }).trim().refine(isLocalTime, { error: 'sessions.errors.time' });
/**
 * A session's date: from 1 January 2000 to two years ahead ("today" in Amsterdam, decided when the form or the action
 * checks it). Not before the client's start date: the service checks that (lib/sessions/date-bounds.ts).
 */
const sessionDate = localDate.refine((v) => !isLocalDate(v) || sessionDateProblem(v, todayIn()) === null, {
  error: 'sessions.errors.dateOutOfRange',
});

/**
 * A session ends after it starts, on the same day (00:00 is that day's midnight), also in real time: on the night summer
 * time starts, 02:30–03:00 never happens (the clock jumps from 02:00 to 03:00).
 */
function endAfterStart(value: { date: string; startTime: string; endTime: string }, ctx: z.RefinementCtx): boolean {
  if (!isLocalTime(value.startTime) || !isLocalTime(value.endTime)) return false;
  if (isLocalDate(value.date) && clockForward({ ...value, repeat: 'none', count: 1 }, ctx)) return true;
  const minutes = isLocalDate(value.date)
    ? sessionMinutes(value.date, value.startTime, value.endTime)
    : minutesBetween(value.startTime, value.endTime);
  if (minutes <= 0) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'sessions.errors.endBeforeStart' });
  return minutes <= 0;
}

/**
 * A start or end time the clock skips (02:00–03:00 on the night summer time starts) is said as that, with the date of
 * the session it concerns (a series' later one too): otherwise it read as "ends before it starts", or was moved an hour
 * on without a word. The date goes as a timestamp (noon UTC, that date in Amsterdam) for the message's date format.
 */
function clockForward(
  value: { date: string; startTime: string; endTime: string; repeat: Repeat; count: number },
  ctx: z.RefinementCtx,
): boolean {
  const skipped = skippedTimeIn({ ...value, time: value.startTime });
  if (!skipped) return false;
  const [y, m, d] = skipped.date.split('-').map(Number) as [number, number, number];
  const day = Date.UTC(y, m - 1, d, 12);
  ctx.addIssue({ code: 'custom', path: [skipped.field], message: messageWithParams('sessions.errors.clockForward', { day }) });
  return true;
}

export const planSessionSchema = z
  .object({
    clientId: id,
    /** The first session's id, made by the form (lib/ids/request-id.ts): the same plan sent again finds it. */
    requestId,
    date: sessionDate,
    startTime: localTime,
    endTime: localTime,
    kind: z.enum(SESSION_KINDS, { error: 'validation.required' }),
    location: z.enum(SESSION_LOCATIONS, { error: 'validation.required' }),
    repeat: z.enum(REPEATS, { error: 'validation.invalid' }),
    /**
     * The series' length, read only for a repeat. The form keeps a cleared number field as NaN, also once the coach
     * switched back to "no repeat" and the field left the screen: checked below, never for a single session.
     */
    count: z.preprocess(
      (v: number | undefined) => (typeof v === 'number' && Number.isNaN(v) ? undefined : v),
      z.number({ error: 'sessions.errors.count' }).optional(),
    ),
    /** The coach saw the overlap warning and plans anyway. */
    allowOverlap: z.boolean(),
  })
  .superRefine((value, ctx) => {
    const timesRefused = endAfterStart(value, ctx);
    if (value.repeat === 'none') return;
    if (value.count === undefined || !Number.isInteger(value.count)) {
      ctx.addIssue({ code: 'custom', path: ['count'], message: 'sessions.errors.count' });
      return;
    }
    if (value.count > MAX_SERIES) ctx.addIssue({ code: 'custom', path: ['count'], message: 'sessions.errors.seriesTooLong' });
    if (value.count < 2) ctx.addIssue({ code: 'custom', path: ['count'], message: 'sessions.errors.seriesTooShort' });
    // A first date out of range has its own message; otherwise the series' last session may not lie too far ahead.
    const today = todayIn();
    const countable = value.count >= 2 && value.count <= MAX_SERIES;
    if (!countable || !isLocalDate(value.date) || sessionDateProblem(value.date, today)) return;
    if (!timesRefused && isLocalTime(value.startTime) && isLocalTime(value.endTime)) clockForward({ ...value, count: value.count }, ctx);
    const tooFar = seriesEndProblem(lastDateOf({ ...value, count: value.count }), today);
    if (tooFar) ctx.addIssue({ code: 'custom', path: ['count'], message: tooFar });
  })
  // A single session is one; a series' count was checked above.
  .transform((value) => ({ ...value, count: value.repeat === 'none' ? 1 : (value.count ?? 1) }));
export type PlanSessionInput = z.input<typeof planSessionSchema>;

export const moveSessionSchema = z
  .object({
    sessionId: id,
    date: sessionDate,
    startTime: localTime,
    endTime: localTime,
    version,
    allowOverlap: z.boolean(),
  })
  .superRefine((value, ctx) => {
    endAfterStart(value, ctx);
  });
export type MoveSessionInput = z.input<typeof moveSessionSchema>;

export const SESSION_OUTCOMES = ['held', 'no_show', 'cancelled'] as const;

export const sessionStatusSchema = z.object({
  sessionId: id,
  status: z.enum(SESSION_OUTCOMES, { error: 'validation.invalid' }),
  version,
});
export type SessionStatusInput = z.input<typeof sessionStatusSchema>;

/** "Cancel this one and the rest of its series": the pressed session, against its version. */
export const cancelSeriesSchema = z.object({ sessionId: id, version });

export const sessionRecordSchema = z.object({
  sessionId: id,
  privateNotes: z.string().max(TEXT_LIMITS.sessionPrivateNotes, { error: 'validation.tooLong' }),
  clientSummary: z.string().max(TEXT_LIMITS.sessionClientSummary, { error: 'validation.tooLong' }),
  agreedHomework: z.string().max(TEXT_LIMITS.sessionAgreedHomework, { error: 'validation.tooLong' }),
  /** '' when not asked; the select gives a string, the record keeps a number or null. */
  checkinEnergy: z
    .string()
    .regex(/^(|10|[0-9])$/, { error: 'sessions.errors.energy' })
    .transform((v) => (v === '' ? null : Number(v))),
  version,
});
export type SessionRecordInput = z.input<typeof sessionRecordSchema>;

export const renewCalendarFeedSchema = z.object({});

export const sessionCheckinSchema = z.object({ sessionId: z.uuid({ error: 'validation.invalid' }) });
