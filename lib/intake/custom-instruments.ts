import 'server-only';
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
  // The same save again (its answer lost to a dropped connection, the draft put back): the version it made, not a second
  // questionnaire (`bat-23-2`) nor a "someone else saved" for an edit.
  const made = input.requestId ? await findCustomInstrumentById(practiceId, input.requestId) : null;
  if (made) return ok({ key: made.key, version: made.version });

  // An edit becomes the version after the one the coach saw; two saves of the same key at once
  // collide on the unique (key, version), and commitChange answers the loser with `stale`.
  let next: { key: string; version: number } | null = null;
  if (input.key !== undefined) {
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
      const row = await insertCustomInstrument(
        practiceId,
        { id: input.requestId, ...target, definition, createdBy: userId, archivedAt },
        tx,
      );
      if (row) return { ...target, id: row.id, made: true };
      // Skipped: the same request at once in another transaction made it (then it is its answer), or another save took
      // this key and version (stale).
      const same = input.requestId ? await findCustomInstrumentById(practiceId, input.requestId, tx) : null;
      return same ? { key: same.key, version: same.version, id: same.id, made: false } : null;
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
