/**
 * Which stored value an autosaved answer may replace. An answer carries its "bases": the values of its field that
 * this browser knows the server may hold (the one it last saw confirmed, and any it sent since without an answer).
 * An answer that waited in the browser's queue (offline, signed out: a phone put away for days) is written only over
 * one of those, or over the same value; any other stored value was given elsewhere after this device last looked,
 * and that newer answer stays. An answer sent as it is given is the person's latest word and is written as always
 * (two tabs on one intake: the last click counts). No clock of one device is compared with another's. Pure: the
 * client's queue and the tests use it; the upserts say the same in SQL (db/queries/measurements.ts, homework.ts).
 */
export type BaseValue = string | number | null;

/** After this long in the queue an answer counts as having waited (saves take well under a second; retries 5 s). */
export const WAITED_MS = 60_000;

/**
 * The bases to send with a queued answer: only when it waited (both times are this browser's own clock), or when
 * another tab may have sent it already and given a newer answer since (`orphan`, lib/autosave/pending-store.ts).
 */
export function basesToSend(entry: { queuedAt: number; bases?: BaseValue[]; orphan?: true }, now: number): BaseValue[] | undefined {
  return entry.orphan || now - entry.queuedAt >= WAITED_MS ? entry.bases : undefined;
}

/**
 * Enough for a text changed over and over on a bad connection: only values that were sent join (nextBases), and the
 * first (the confirmed value) is always kept.
 */
export const MAX_BASES = 40;

/** True when `stored` was written elsewhere since this answer's device last saw the field. */
export function isStale(stored: BaseValue | undefined, value: BaseValue, bases: readonly BaseValue[] | undefined): boolean {
  if (bases === undefined) return false;
  const current = stored ?? null;
  return current !== value && !bases.includes(current);
}

/**
 * The bases of a new answer for a field: a value still queued for that field that was sent may have reached the server
 * already (its answer lost), so it joins the bases of the one that replaces it; otherwise the value last confirmed. A
 * value typed over before it was ever sent (`sent: false`: each keystroke of a text written offline) cannot be on the
 * server and does not join: those would push the one that may be there out of the list, and the text typed since would
 * be refused as stale, in favour of an older piece of itself.
 */
export function nextBases(
  previous: { bases?: readonly BaseValue[]; value: BaseValue; sent?: boolean } | undefined,
  confirmed: BaseValue,
): BaseValue[] | undefined {
  if (!previous) return [confirmed];
  // A queued answer from before bases were kept: no base is known, so none is sent (the last answer to arrive stays).
  if (!previous.bases) return undefined;
  const all = [...previous.bases];
  if (previous.sent !== false && !all.includes(previous.value)) all.push(previous.value);
  return all.length > MAX_BASES ? [all[0]!, ...all.slice(all.length - MAX_BASES + 1)] : all;
}

/** How a stale refusal carries the stored value back to the form (a refusal's params are strings and numbers). */
export function encodeCurrent(value: BaseValue): string {
  return JSON.stringify(value);
}

export function decodeCurrent(raw: unknown): BaseValue | undefined {
  if (typeof raw !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return value === null || typeof value === 'string' || typeof value === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}
