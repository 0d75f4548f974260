import path from 'node:path';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { actAsPortalClient } from '@/lib/portal/testing';
import { actAs } from '@/lib/testing/fixtures';
import { cookieJar } from '@/lib/testing/next-headers-mock';
import { discoverEndpoints } from './discover';
import { rowCounts, seedWorld, type World } from './world';

const root = path.resolve(__dirname, '../..');

/** Every ErrorCode of lib/actions/result.ts except 'server' (the typed 500: bad input must never end there). */
const KNOWN_ERRORS = [
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'stale',
  'rate_limited',
  'invalid_credentials',
  'email_taken',
  'link_expired',
  'link_used',
  'link_invalid',
  'invalid_characters',
  'already_submitted',
  'consent_required',
];
/** Bookkeeping of the guards themselves (failed share-token and sign-in guesses are counted on purpose). */
const GUARD_TABLES = new Set(['rate_limits']);
/** Form actions that answer with a redirect, not a result. */
const VOID_ACTIONS = new Set(['signInWithPortalLink', 'signOutFormAction', 'signOutPortalAction']);

const actions = discoverEndpoints(root)
  .filter((key) => !key.includes('/route.ts#') && !key.endsWith('#default'))
  .map((key) => key.split('#') as [string, string]);

let world: World;

/** Ids that exist (A's records), ids that do not, and ids that are not ids. */
function idLike(w: World) {
  return fc.oneof(
    fc.constantFrom(
      w.a.client.id,
      w.a.itemId,
      w.a.homeworkId,
      w.a.measurementId,
      w.a.sessionId,
      w.a.share.shareId,
      w.b.client.id,
      w.b.itemId,
    ),
    fc.uuid(),
    fc.constantFrom('', 'not-a-uuid', '00000000-0000-0000-0000-00000000000g', "' or 1=1 --", '../../etc/passwd', '\u0000', ' '.repeat(36)),
  );
}

const hugeString = fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'x'.repeat(n));
const nasty = fc.constantFrom(
  '\u0000',
  '\u202E',
  '\u200B',
  '😀',
  '<script>alert(1)</script>',
  "'; drop table clients; --",
  '__proto__',
  'constructor',
);

function malformedValue(w: World) {
  return fc.oneof(
    fc.string(),
    hugeString,
    nasty,
    idLike(w),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
  );
}

/** Keys the actions read, plus prototype-pollution keys. */
const KEYS = [
  'clientId',
  'itemId',
  'homeworkId',
  'measurementId',
  'sessionId',
  'shareId',
  'contactId',
  'employerId',
  'coachId',
  'version',
  'title',
  'firstName',
  'lastName',
  'email',
  'password',
  'name',
  'comment',
  'token',
  'status',
  'value',
  'text',
  'note',
  'itemKey',
  'fieldKey',
  'template',
  'dueDate',
  'date',
  'startTime',
  'endTime',
  'message',
  'privateNotes',
  'itemIds',
  'locale',
  'definition',
  '__proto__',
  'constructor',
  'prototype',
];

function malformedInput(w: World) {
  const record = fc.array(fc.tuple(fc.constantFrom(...KEYS), malformedValue(w)), { maxLength: 8 }).map((pairs) => {
    const o: Record<string, unknown> = {};
    // defineProperty: a `__proto__` key becomes an own property, as JSON.parse would make it.
    for (const [k, v] of pairs) Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
    return o;
  });
  return fc.oneof(
    { weight: 4, arbitrary: record },
    { weight: 1, arbitrary: fc.anything() },
    { weight: 1, arbitrary: fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}')) },
  );
}

describe('bad input to every server action', () => {
  beforeAll(async () => {
    world = await seedWorld();
  }, 120_000);

  it.each(actions)('%s#%s: never throws, never a 500, never a partial write; always a typed result', async (file, name) => {
    const mod = (await import(`@/${file.replace(/\.ts$/, '')}`)) as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const action = mod[name]!;
    await fc.assert(
      fc.asyncProperty(malformedInput(world), idLike(world), async (input, positional) => {
        // Signed in as A's owner AND as A's client in the portal: the guards let the input through to the schema.
        cookieJar.clear();
        actAs(world.a.owner);
        await actAsPortalClient(world.a.client);
        await getDb().execute(sql`delete from rate_limits`);
        const before = await rowCounts();
        // Two actions take a bound measurement id first (the intake page binds it).
        const args = action.length >= 2 || /Intake/.test(name) ? [positional, input] : [input];
        let result: unknown;
        try {
          result = await action(...args);
        } catch (error) {
          if (VOID_ACTIONS.has(name) && String((error as { digest?: string }).digest).startsWith('NEXT_REDIRECT')) return;
          throw error;
        }
        if (VOID_ACTIONS.has(name)) return;
        expect(result, 'an ActionResult').toMatchObject({ ok: expect.any(Boolean) });
        const r = result as { ok: boolean; error?: string };
        if (r.ok) return;
        expect(KNOWN_ERRORS, JSON.stringify(r).slice(0, 300)).toContain(r.error);
        const after = await rowCounts();
        const wrote = Object.keys(after).filter((t) => !GUARD_TABLES.has(t) && after[t] !== before[t]);
        expect(wrote, `refused (${r.error}) but wrote rows`).toEqual([]);
      }),
      { numRuns: 25, seed: 1313, endOnFailure: true },
    );
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
  });
});
