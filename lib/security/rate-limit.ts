import 'server-only';
import { createHmac } from 'node:crypto';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { benchQueryCount, databaseUrl } from '@/db/client';
import { derivedKey } from '@/lib/auth/server-key';
import { limitSource } from './client-ip';

/**
 * Abuse limits shared by every app instance: rate-limiter-flexible's PostgreSQL store, one row per key in
 * `rate_limits` (created by the migrations, so the limiter never creates tables). Each consume is ONE upsert
 * (insert … on conflict do update … returning), so parallel requests are counted one by one and at most
 * `points` of them get through — unlike a count followed by a separate insert.
 *
 * Keys are hashed (no email or IP in clear in the table). A key (or a pair's source) that is an IPv6 address counts
 * as its /64 network (client-ip.ts limitSource): one machine has a whole /64 to rotate through. The store needs a node-postgres client; the app
 * itself uses postgres.js, so the limiter has a small pg Pool of its own (pg already comes with graphile-worker).
 */
export type Policy = { points: number; durationSeconds: number };

export const POLICIES = {
  /**
   * Password guesses per account (email, known or not) AND client IP (an IPv6 address's /64): the limit one machine runs
   * into. Keyed by the pair, so someone else's guesses never refuse a coach who signs in from elsewhere. Spent only by
   * attempts without a device cookie for the email and with a client IP (lib/auth/credentials.ts).
   */
  signInEmailIp: { points: 5, durationSeconds: 15 * 60 },
  /**
   * Failed password guesses per account from all sources together: ASVS V2.2.1's "no more than 100 failed attempts per
   * hour on a single account". Spent by attempts without a device cookie for the email; with a client IP only once
   * signInEmailIp and signInIp let the attempt through (a refused source spends none of it). A right password gives its
   * point back. Using it up keeps out only browsers that never signed in to the account: the coach's own have a device
   * cookie and count under signInDevice instead.
   */
  signInEmailTotal: { points: 100, durationSeconds: 60 * 60 },
  /**
   * Password guesses per account from one browser that signed in to it before (its device cookie, lib/auth/device-cookie.ts;
   * OWASP's "device cookies"): the coach's own typos. Keyed by the pair (email, device id). Such an attempt spends none
   * of signInEmailIp, signInIp and signInEmailTotal, so what others spend there cannot keep the coach's browser out.
   */
  signInDevice: { points: 5, durationSeconds: 15 * 60 },
  /** Password guesses per client IP, across accounts. */
  signInIp: { points: 50, durationSeconds: 15 * 60 },
  /** New practices per IP: each costs an argon2 hash and a mail. */
  signUpIp: { points: 5, durationSeconds: 60 * 60 },
  /** Sign-up tries per IP, spent before the input is read (each costs a password-strength check): looser than signUpIp, so a
   * few passwords refused as too weak do not use up the office's sign-ups. */
  signUpAttemptIp: { points: 20, durationSeconds: 60 * 60 },
  /** Reset requests per email and per IP: each costs a job and a mail. */
  passwordResetEmail: { points: 3, durationSeconds: 60 * 60 },
  passwordResetIp: { points: 20, durationSeconds: 60 * 60 },
  /** New-password submissions through a reset link per IP: each costs a password-strength check before the token is looked up. */
  passwordResetSubmitIp: { points: 20, durationSeconds: 60 * 60 },
  /** Current-password checks of a signed-in coach (password change, removing two-factor sign-in): a session left open is no guessing oracle. */
  passwordCheck: { points: 10, durationSeconds: 15 * 60 },
  /** Invitation acceptances (token guesses, argon2 hashes) per IP. */
  invitationIp: { points: 10, durationSeconds: 15 * 60 },
  /** Portal sign-in link requests per IP (the per-email limit lives in lib/portal/link-requests.ts). */
  portalLinkIp: { points: 20, durationSeconds: 15 * 60 },
  /** Failed share-token lookups per IP (link guessing). */
  shareGuessIp: { points: 20, durationSeconds: 15 * 60 },
  /**
   * Failed calendar-feed lookups per IP (link guessing): each different URL missed costs a point (calendarDeadUrl), a feed
   * that is found costs none. Used up, the address is refused before any lookup until the window ends.
   */
  calendarGuessIp: { points: 20, durationSeconds: 15 * 60 },
  /**
   * One miss per (feed URL, IP) per window spends a calendarGuessIp point; the same dead URL polled again (a calendar app
   * subscribed to a renewed feed) does not, so it cannot use up a shared address's limit.
   */
  calendarDeadUrl: { points: 1, durationSeconds: 15 * 60 },
  /** Employer comments per share link: each is a timeline line for the client and coach, and an audit entry. */
  shareComment: { points: 20, durationSeconds: 60 * 60 },
  /** Employer status changes per share link: each is a new item version, a timeline line and an audit entry. */
  shareStatus: { points: 60, durationSeconds: 60 * 60 },
  /** PDF reports per reader (a share link, a portal client, a coach): each is a render in the workers every practice shares. */
  reportDownload: { points: 30, durationSeconds: 15 * 60 },
  /** Authenticator-code attempts per account: 5 per 15 minutes, far below 10^6 codes. For the TOTP sign-in step. */
  totp: { points: 5, durationSeconds: 15 * 60 },
} as const satisfies Record<string, Policy>;

export type PolicyName = keyof typeof POLICIES;

export type LimitResult = { ok: true } | { ok: false; retryAfterMinutes: number };

/**
 * A key of two parts: an account (an email) and the source it is tried from (a client IP). A null source (no
 * trustworthy client IP) is one source of its own, still limited, unlike a null key. The parts are hashed apart, so
 * resetAccount can forget every source of one account.
 */
type PairKey = readonly [account: string, source: string | null];
export type LimitKey = string | PairKey | null;

type Cached = { url: string; pool: pg.Pool; limiters: Map<PolicyName, RateLimiterPostgres> };
const globalCache = globalThis as unknown as { __rateLimiter?: Cached };

function store(): Cached {
  const url = databaseUrl();
  let cached = globalCache.__rateLimiter;
  if (!cached || cached.url !== url) {
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.RATE_LIMIT_POOL_SIZE ?? 3) });
    // An idle connection that dies must not crash the process; the next query opens a new one.
    pool.on('error', () => {});
    // `npm run bench` counts every statement a request sends (db/client.ts), the limiter's upserts on this pool too.
    if (process.env.BENCH_COUNT_QUERIES === '1') countStatements(pool);
    cached = globalCache.__rateLimiter = { url, pool, limiters: new Map() };
  }
  return cached;
}

function countStatements(pool: pg.Pool) {
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
    benchQueryCount.increment();
    return query(...args);
  };
}

function limiter(name: PolicyName): RateLimiterPostgres {
  const cached = store();
  let found = cached.limiters.get(name);
  if (!found) {
    const policy: Policy = POLICIES[name];
    found = new RateLimiterPostgres({
      storeClient: cached.pool,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      // The scheduled prune job (lib/security/prune.ts) removes expired rows; no timer per process.
      clearExpiredByTimeout: false,
      keyPrefix: name,
      points: policy.points,
      duration: policy.durationSeconds,
    });
    cached.limiters.set(name, found);
  }
  return found;
}

/**
 * Keyed (HMAC with a key derived from AUTH_SECRET), not a plain hash: an address in a dump of rate_limits cannot be
 * found by hashing a guessed one (ASVS V6.2: no unkeyed hash of personal data). Changing AUTH_SECRET starts every
 * counter afresh, as it ends every session.
 */
const hashKey = (key: string) => createHmac('sha256', limiterKey()).update(key.trim().toLowerCase()).digest('hex');
let cachedKey: Buffer | undefined;
const limiterKey = () => (cachedKey ??= derivedKey('rate-limit-key'));
/** A pair's source part when there is no trustworthy client IP: not an address, so no IP shares its bucket. */
const UNKNOWN_SOURCE = 'unknown-source';
const storedKey = (key: string | PairKey) =>
  typeof key === 'string' ? hashKey(limitSource(key)) : `${hashKey(key[0])}.${hashKey(limitSource(key[1] ?? UNKNOWN_SOURCE))}`;
const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

/**
 * Spends one point of `name` for `key`. A null key (no trustworthy client IP) is not limited by this policy.
 * Refused → how many minutes until the caller may try again.
 */
export async function consume(name: PolicyName, key: LimitKey): Promise<LimitResult> {
  if (key === null) return { ok: true };
  try {
    await limiter(name).consume(storedKey(key));
    return { ok: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { ok: false, retryAfterMinutes: minutes(error.msBeforeNext) };
    throw error;
  }
}

/** Spends one point of every listed policy; refused when any refuses (the longest wait wins). */
export async function consumeAll(checks: ReadonlyArray<readonly [PolicyName, LimitKey]>): Promise<LimitResult> {
  const results = await Promise.all(checks.map(([name, key]) => consume(name, key)));
  const refused = results.filter((r): r is Extract<LimitResult, { ok: false }> => !r.ok);
  return refused.length === 0 ? { ok: true } : { ok: false, retryAfterMinutes: Math.max(...refused.map((r) => r.retryAfterMinutes)) };
}

/** Minutes until `key` may try again under `name`, or null when it is not limited now. Reads only. */
export async function blockedFor(name: PolicyName, key: LimitKey): Promise<number | null> {
  if (key === null) return null;
  const res = await limiter(name).get(storedKey(key));
  if (!res || res.consumedPoints < POLICIES[name].points) return null;
  return minutes(res.msBeforeNext);
}

/** Gives one point back (a request that turned out to be legitimate, e.g. a share link that exists). */
export async function refund(name: PolicyName, key: LimitKey): Promise<void> {
  if (key !== null) await limiter(name).reward(storedKey(key), 1);
}

/** Forgets `key` under `name` (a successful sign-in starts the count afresh). */
export async function reset(name: PolicyName, key: LimitKey): Promise<void> {
  if (key !== null) await limiter(name).delete(storedKey(key));
}

/** Forgets every source's count of `account` under `name`, a policy keyed by pairs (a password reset lifts them all). */
export async function resetAccount(name: PolicyName, account: string): Promise<void> {
  await store().pool.query('delete from rate_limits where starts_with(key, $1)', [`${name}:${hashKey(account)}.`]);
}

/** For tests and the launcher's shutdown: closes the limiter's connections. */
export async function closeRateLimiter(): Promise<void> {
  const cached = globalCache.__rateLimiter;
  globalCache.__rateLimiter = undefined;
  await cached?.pool.end();
}
