import 'server-only';
import { getDb } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { customKeysStartingWith, findCustomInstrument, insertCustomInstrument, setCustomInstrumentArchived } from '@/db/queries/instruments';
import { fail, ok, type ActionResult } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { customInstrumentSchema } from '@/lib/instruments';
import { instrumentIssues } from './instrument-issues';
import { freeInstrumentKey, isBuiltInKey, slugify } from './instrument-key';

/**
 * Validates and stores a custom instrument: a new one gets a key made from its name and version 1;
 * an edit of `key` becomes the next version, provided nobody saved a version since `baseVersion`.
 * A refusal names every problem (field → key) and carries the names the first one is about in `params`.
 */
export async function saveCustomInstrument(
  practiceId: string,
  userId: string,
  input: { key?: string; baseVersion?: number; definition: unknown },
): Promise<ActionResult<{ key: string; version: number }>> {
  const parsed = customInstrumentSchema.safeParse(input.definition);
  if (!parsed.success) {
    const issues = instrumentIssues(parsed.error);
    const fieldErrors: Record<string, string> = {};
    for (const issue of issues) fieldErrors[issue.path] ??= issue.message;
    return fail('validation', { fieldErrors, params: issues[0]?.params ?? {} });
  }
  const definition = parsed.data as unknown as Record<string, unknown>;

  try {
    const saved = await getDb().transaction(async (tx) => {
      let key: string;
      let version: number;
      if (input.key === undefined) {
        const name = parsed.data.name.nl || parsed.data.name.en;
        key = freeInstrumentKey(name, await customKeysStartingWith(practiceId, slugify(name), tx));
        version = 1;
      } else {
        if (isBuiltInKey(input.key)) return fail('forbidden');
        const latest = await findCustomInstrument(practiceId, input.key, undefined, tx);
        if (!latest) return fail('not_found');
        if (input.baseVersion !== latest.version) return fail('stale');
        key = latest.key;
        version = latest.version + 1;
      }
      const row = await insertCustomInstrument(practiceId, { key, version, definition, createdBy: userId }, tx);
      await audit(
        {
          practiceId,
          actorUserId: userId,
          action: version === 1 ? 'instrument.created' : 'instrument.versioned',
          entityType: 'custom_instrument',
          entityId: row.id,
          metadata: { key, version, items: parsed.data.items.length, subscales: parsed.data.subscales.length },
        },
        tx,
      );
      return ok({ key, version });
    });
    return saved;
  } catch (error) {
    // Two saves of the same key at once: the second one lost the race for the version number.
    if (isUniqueViolation(error)) return fail('stale');
    throw error;
  }
}

export async function archiveCustomInstrument(practiceId: string, userId: string, key: string, archived: boolean): Promise<ActionResult<null>> {
  const latest = await findCustomInstrument(practiceId, key);
  if (!latest) return fail('not_found');
  await getDb().transaction(async (tx) => {
    if (await setCustomInstrumentArchived(practiceId, key, archived, tx)) {
      await audit(
        {
          practiceId,
          actorUserId: userId,
          action: archived ? 'instrument.archived' : 'instrument.restored',
          entityType: 'custom_instrument',
          entityId: latest.id,
          metadata: { key },
        },
        tx,
      );
    }
  });
  return ok(null);
}
