import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { actAsPortalClient } from '@/lib/portal/testing';
import { actAs } from '@/lib/testing/fixtures';
import { cookieJar } from '@/lib/testing/next-headers-mock';
import { discoverEndpoints } from './discover';
import { type Audience, type Entry, registry } from './registry';
import { rowCounts, seedWorld, type World } from './world';

// Pages are called as functions: translations are stand-ins, the guards and data are real (as in audit.int.test.ts).
vi.mock('next-intl/server', () => {
  const t = Object.assign((key: string) => key, {
    has: () => true,
    rich: (key: string) => key,
    markup: (key: string) => key,
    raw: (key: string) => key,
  });
  const format = { dateTime: () => '', dateTimeRange: () => '', number: () => '', relativeTime: () => '', list: () => '' };
  return {
    getTranslations: async () => t,
    getFormatter: async () => format,
    getLocale: async () => 'nl',
    getMessages: async () => ({}),
    getNow: async () => new Date(),
    getTimeZone: async () => 'Europe/Amsterdam',
  };
});

const root = path.resolve(__dirname, '../..');

/** Answers that mean "you may not": an action's typed refusal. */
const REFUSALS = ['unauthenticated', 'forbidden', 'not_found', 'link_expired', 'link_invalid', 'rate_limited'];
/** The share guard counts failed token look-ups per IP (link guessing): its own bookkeeping, not a write by the caller. */
const GUARD_TABLES = new Set(['rate_limits']);

type Caller = { name: string; enter: (w: World) => Promise<void>; token?: (w: World) => string };

const as = (
  name: string,
  who: (w: World) => Parameters<typeof actAs>[0],
  portal?: (w: World) => { practiceId: string; id: string },
): Caller => ({
  name,
  enter: async (w) => {
    // Every caller but the deactivated one finds practice A's coaches active.
    await getDb().update(users).set({ active: true }).where(eq(users.practiceId, w.a.practiceId));
    cookieJar.clear();
    actAs(who(w));
    if (portal) await actAsPortalClient(portal(w));
  },
});

const nobody = as('nobody', () => null);
const otherPracticeOwner = as('the owner of another practice', (w) => w.b.owner);
const otherPracticeCoach = as('a coach of another practice', (w) => w.b.coach);
const unassigned = as('a coach of the same practice, not assigned (visibility: assigned)', (w) => w.a.unassigned);
const assignedNotOwner = as('the assigned coach, who is not the owner', (w) => w.a.coach);
const portalOther = as(
  'a portal session of another client',
  () => null,
  (w) => w.a.client2,
);
const portalOtherPractice = as(
  'a portal session of a client of another practice',
  () => null,
  (w) => w.b.client,
);
const coachNoPortal = as('the client’s own coach, without a portal session', (w) => w.a.coach);
const shareCaller = (name: string, token: (w: World) => string): Caller => ({
  name,
  enter: async () => {
    cookieJar.clear();
    actAs(null);
  },
  token,
});
const otherPlan = shareCaller('the share link of another plan', (w) => w.b.share.token);

/** The rightful coach (or owner), deactivated by the owner: their still-signed cookie must not get through. */
const deactivated = (name: string, who: (w: World) => World['a']['coach']): Caller => ({
  name,
  enter: async (w) => {
    await getDb().update(users).set({ active: true }).where(eq(users.practiceId, w.a.practiceId));
    await getDb()
      .update(users)
      .set({ active: false })
      .where(eq(users.id, who(w).userId));
    cookieJar.clear();
    actAs(who(w));
  },
});
const deactivatedCoach = deactivated('the assigned coach, deactivated', (w) => w.a.coach);
const deactivatedOwner = deactivated('the owner, deactivated', (w) => w.a.owner);
const REFUSED: Record<Exclude<Audience, 'exempt'>, Caller[]> = {
  coach: [nobody, otherPracticeOwner, otherPracticeCoach, unassigned, deactivatedCoach, portalOther],
  owner: [nobody, otherPracticeOwner, otherPracticeCoach, unassigned, assignedNotOwner, deactivatedOwner, portalOther],
  portal: [nobody, otherPracticeOwner, coachNoPortal, portalOther, portalOtherPractice],
  share: [
    otherPlan,
    shareCaller('a revoked share link', (w) => w.a.revoked.token),
    shareCaller('an expired share link', (w) => w.a.expired.token),
    shareCaller('a made-up token', () => 'A'.repeat(43)),
  ],
  'signed-in': [nobody, portalOther],
  'portal-self': [nobody, coachNoPortal],
};

const RIGHTFUL: Record<Exclude<Audience, 'exempt'>, Caller> = {
  coach: as('the assigned coach', (w) => w.a.coach),
  owner: as('the owner', (w) => w.a.owner),
  portal: as(
    'the client',
    () => null,
    (w) => w.a.client,
  ),
  share: shareCaller('the share link of this plan', (w) => w.a.share.token),
  'signed-in': as('a coach', (w) => w.a.coach),
  'portal-self': as(
    'the client',
    () => null,
    (w) => w.a.client,
  ),
};

type Outcome = { refused: boolean; succeeded: boolean; detail: string };

const GUARD_DIGEST = /NEXT_NOT_FOUND|NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK;40[134]/;

async function outcome(entry: Entry, w: World, token: string): Promise<Outcome> {
  const form = entry.form ?? 'action';
  let value: unknown;
  try {
    value = await entry.call!(w, token);
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? '');
    if (form === 'page' && GUARD_DIGEST.test(digest))
      return { refused: true, succeeded: digest.includes('NEXT_REDIRECT') && !/login|dashboard/.test(digest), detail: digest };
    throw error;
  }
  if (form === 'route') {
    const status = (value as Response).status;
    return {
      refused: [401, 403, 404].includes(status) || (status >= 300 && status < 400),
      succeeded: status === 200,
      detail: `HTTP ${status}`,
    };
  }
  if (form === 'page') {
    // The share page answers a bad link with a state page (no `view`), not with a throw.
    const view = (value as { props?: { view?: unknown } } | null)?.props?.view;
    const refused = entry.audience === 'share' && view === undefined;
    return { refused, succeeded: !refused, detail: refused ? 'state page' : 'rendered' };
  }
  const result = value as { ok: boolean; error?: string };
  return { refused: !result.ok && REFUSALS.includes(result.error!), succeeded: result.ok, detail: JSON.stringify(result).slice(0, 200) };
}

const changed = (before: Record<string, number>, after: Record<string, number>) =>
  Object.keys(after)
    .filter((t) => !GUARD_TABLES.has(t) && before[t] !== after[t])
    .map((t) => `${t}: ${before[t]} → ${after[t]}`);

const discovered = discoverEndpoints(root);
const guarded = Object.entries(registry).filter(([, e]) => e.audience !== 'exempt');

describe('the registry of endpoints', () => {
  it('holds every server action, route handler and client-data page in the file tree, and nothing that is gone', () => {
    expect(discovered.length).toBeGreaterThan(60);
    expect(
      discovered.filter((key) => !(key in registry)),
      'register these in tests/authz/registry.ts',
    ).toEqual([]);
    expect(
      Object.keys(registry).filter((key) => !discovered.includes(key)),
      'these are no longer in the file tree',
    ).toEqual([]);
  });

  it('finds a new action, route or page in a file tree (so an unregistered one cannot slip past)', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'authz-'));
    const put = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(tmp, file)), { recursive: true });
      writeFileSync(path.join(tmp, file), text);
    };
    put(
      'app/(coach)/clients/[clientId]/notes/actions.ts',
      "'use server';\n\nexport const addNoteAction = async () => null;\nexport async function dropNoteAction() {}\n",
    );
    put('app/(coach)/clients/[clientId]/notes/helpers.ts', 'export const notAnAction = 1;\n');
    put('app/api/notes/route.ts', 'export async function GET() {}\nexport const dynamic = 1;\n');
    put('app/portal/notes/page.tsx', 'export default function Page() { return null; }\n');
    put('app/portal/notes/page.test.tsx', '');
    put(
      'app/share/[token]/inline/page.tsx',
      "export default function Page() {\n  async function save() {\n    'use server';\n  }\n  return save;\n}\n",
    );
    try {
      expect(discoverEndpoints(tmp)).toEqual([
        'app/(coach)/clients/[clientId]/notes/actions.ts#addNoteAction',
        'app/(coach)/clients/[clientId]/notes/actions.ts#dropNoteAction',
        'app/api/notes/route.ts#GET',
        'app/portal/notes/page.tsx#default',
        'app/share/[token]/inline/page.tsx#default',
        'app/share/[token]/inline/page.tsx#inline-server-action',
      ]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('says why an endpoint is exempt, and how to call every other one', () => {
    for (const [key, entry] of Object.entries(registry)) {
      if (entry.audience === 'exempt') expect(entry.why, key).toBeTruthy();
      else expect(entry.call, key).toBeTypeOf('function');
    }
  });
});

describe('the authorization matrix', () => {
  let world: World;
  beforeAll(async () => {
    world = await seedWorld();
  }, 120_000);
  beforeEach(async () => {
    actAs(null);
    cookieJar.clear();
    await getDb().execute(sql`delete from rate_limits`);
  });

  it.each(guarded)('%s: only the rightful caller gets through, and a refusal writes nothing', async (key, entry) => {
    const audience = entry.audience as Exclude<Audience, 'exempt'>;
    const callers = REFUSED[audience].filter((c) => entry.crossPlan || c !== otherPlan);
    for (const caller of callers) {
      await caller.enter(world);
      const before = await rowCounts();
      const result = await outcome(entry, world, caller.token?.(world) ?? world.a.share.token);
      expect(result.refused, `${key} as ${caller.name}: ${result.detail}`).toBe(true);
      expect(changed(before, await rowCounts()), `${key} as ${caller.name} wrote rows`).toEqual([]);
    }
    const w = entry.fresh ? await seedWorld() : world;
    const rightful = RIGHTFUL[audience];
    await rightful.enter(w);
    const result = await outcome(entry, w, rightful.token?.(w) ?? w.a.share.token);
    if (entry.rightful === 'ok' || entry.rightful === undefined)
      expect(result.succeeded, `${key} as ${rightful.name}: ${result.detail}`).toBe(true);
    else expect(result.refused, `${key} as ${rightful.name}: ${result.detail}`).toBe(false);
  });
});
