import 'server-only';
import { createHash } from 'node:crypto';
import {
  customKeysStartingWith,
  findCustomInstrument,
  findCustomInstrumentById,
  insertCustomInstrument,
  lockCustomInstrumentKey,
  setCustomInstrumentArchived,
} from '@/db/queries/instruments';
import { type ActionResult, fail, ok } from '@/lib/actions/result';
import { customInstrumentSchema } from '@/lib/instruments';
import { commitChange } from '@/lib/services/commit';
import { instrumentIssues } from './instrument-issues';
import { freeInstrumentKey, isBuiltInKey, slugify } from './instrument-key';

/*
 * The one home of custom instrument writes (the instruments pages' actions call nothing else); each
 * change commits with its audit entry through commitChange.
 */

/**
 * Validates and stores a custom instrument: a new one gets a key made from its name and version 1;
 * an edit of `key` becomes the next version, provided nobody saved a version since `baseVersion`.
 * A refusal names every problem (field → key) and carries the names the first one is about in `params`.
 */
export async function saveCustomInstrument(
  practiceId: string,
  userId: string,
  input: { requestId?: string; key?: string; baseVersion?: number; definition: unknown },
): Promise<ActionResult<{ key: string; version: number }>> {
  const parsed = customInstrumentSchema.safeParse(input.definition);
  if (!parsed.success) {
    const issues = instrumentIssues(parsed.error);
    const fieldErrors: Record<string, string> = {};
    for (const issue of issues) fieldErrors[issue.path] ??= issue.message;
    return fail('validation', { fieldErrors, params: issues[0]?.params ?? {} });
  }
  const definition = parsed.data as unknown as Record<string, unknown>;
  // A request id already taken: the same save again (its answer lost to a dropped connection, the draft put back),
  // answered with the version it made, or a changed definition that goes on top of it.
  const retry = input.requestId ? await retriedSave(practiceId, input.requestId, definition, input) : null;
  if (retry && 'answer' in retry) return retry.answer;

  // An edit becomes the version after the one the coach saw; two saves of the same key at once
  // collide on the unique (key, version), and commitChange answers the loser with `stale`.
  let next: { key: string; version: number } | null = retry?.next ?? null;
  const rowId = retry?.id ?? input.requestId;
  if (!next && input.key !== undefined) {
    if (isBuiltInKey(input.key)) return fail('forbidden');
    const latest = await findCustomInstrument(practiceId, input.key);
    if (!latest) return fail('not_found');
    if (input.baseVersion !== latest.version) return fail('stale');
    next = { key: latest.key, version: latest.version + 1 };
  }
  const result = await commitChange({
    actor: { practiceId, userId, kind: 'coach' },
    write: async (tx) => {
      let target = next;
      // An edit keeps the questionnaire where it is: a version of an archived one is archived too (else fixing a typo
      // would offer a questionnaire the owner took out of use again, with no "restored" in the log).
      let archivedAt: Date | null = null;
      if (target) {
        await lockCustomInstrumentKey(practiceId, target.key, tx);
        archivedAt = (await findCustomInstrument(practiceId, target.key, undefined, tx))?.archivedAt ?? null;
      } else {
        const name = parsed.data.name.nl || parsed.data.name.en;
        target = { key: freeInstrumentKey(name, await customKeysStartingWith(practiceId, slugify(name), tx)), version: 1 };
      }
      const row = await insertCustomInstrument(practiceId, { id: rowId, ...target, definition, createdBy: userId, archivedAt }, tx);
      if (row) return { ...target, id: row.id, made: true };
      // Skipped: the same request at once in another transaction made it (then it is its answer), or another save took
      // this key and version (stale).
      const same = rowId ? await findCustomInstrumentById(practiceId, rowId, tx) : null;
      return same && sameDefinition(same.definition, definition)
        ? { key: same.key, version: same.version, id: same.id, made: false }
        : null;
    },
    changed: ({ made }) => made,
    audit: ({ key, version, id }) => ({
      action: version === 1 ? 'instrument.created' : 'instrument.versioned',
      entityType: 'custom_instrument',
      entityId: id,
      metadata: { key, version, items: parsed.data.items.length, subscales: parsed.data.subscales.length },
    }),
  });
  return result.ok ? ok({ key: result.data.key, version: result.data.version }) : result;
}

type Retry = { answer: ActionResult<{ key: string; version: number }> } | { next: { key: string; version: number }; id: string };

/**
 * A save whose request id made a version before (null when it did not). The same definition: that version. Another
 * one (typed after a save whose answer was lost): the next version, when the latest is this request's own or the one
 * the page was opened on (a reload put the draft back on top of it); else `stale`, as for an edit. A retry of that
 * next save finds it as the latest, with this definition: answered with it, not a third version.
 */
async function retriedSave(
  practiceId: string,
  requestId: string,
  definition: Record<string, unknown>,
  input: { key?: string; baseVersion?: number },
): Promise<Retry | null> {
  const made = await findCustomInstrumentById(practiceId, requestId);
  if (!made) return null;
  if (sameDefinition(made.definition, definition)) return { answer: ok({ key: made.key, version: made.version }) };
  const latest = (await findCustomInstrument(practiceId, made.key)) ?? made;
  const own = latest.id === requestId || latest.id === followUpId(requestId, latest.version);
  if (own && sameDefinition(latest.definition, definition)) return { answer: ok({ key: latest.key, version: latest.version }) };
  if (!own && !(input.key === latest.key && input.baseVersion === latest.version)) return { answer: fail('stale') };
  const version = latest.version + 1;
  return { next: { key: latest.key, version }, id: followUpId(requestId, version) };
}

/**
 * The row id of `version` when a request's later definition goes on top of what it made: made from the request id, so
 * that a retry of that save knows the version as its own (and the same save twice at once meets its own row).
 */
function followUpId(requestId: string, version: number): string {
  const hex = createHash('sha256').update(`${requestId}:${version}`).digest('hex');
  // Shaped as a UUID of version 8 ("custom"), RFC 9562 variant.
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The same definition, whatever the order of its keys: jsonb stores an object's keys in an order of its own. */
function sameDefinition(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Archiving hides an instrument from new measurements; its versions and past measurements stay. */
export async function archiveCustomInstrument(
  practiceId: string,
  userId: string,
  key: string,
  archived: boolean,
): Promise<ActionResult<null>> {
  const latest = await findCustomInstrument(practiceId, key);
  if (!latest) return fail('not_found');
  const result = await commitChange({
    actor: { practiceId, userId, kind: 'coach' },
    write: async (tx) => {
      await lockCustomInstrumentKey(practiceId, key, tx);
      return { changed: await setCustomInstrumentArchived(practiceId, key, archived, tx) };
    },
    // Already in that state: nothing changed, so nothing to audit.
    audit: ({ changed }) =>
      changed
        ? {
            action: archived ? 'instrument.archived' : 'instrument.restored',
            entityType: 'custom_instrument',
            entityId: latest.id,
            metadata: { key },
          }
        : null,
  });
  return result.ok ? ok(null) : result;
}
