import { randomBytes, timingSafeEqual } from 'node:crypto';
import { hmac } from './server-key';
import { normaliseEmail } from './tokens';

/**
 * Device cookies (OWASP, "Slow down online guessing attacks with device cookies"): after a successful sign-in
 * (password, and the authenticator code when the account has one) the browser gets a cookie that proves "this browser
 * signed in as this account before". A sign-in attempt that brings one for the email typed counts its failures per
 * device (signInDevice, lib/security/rate-limit.ts) and spends none of the limits strangers can use up (the email's
 * total, the email from one address), so guessing from elsewhere never keeps the coach's own browser out.
 *
 * One entry per account, `<id>.<issued at>.<mac>`: a random id (the per-device limit's key), the issue time in seconds
 * (base 36; entries older than a year are no proof) and an HMAC-SHA256 over the normalised email, id and time with a
 * key derived from AUTH_SECRET (server-key.ts). No table: the mac is the proof, and the email is nowhere in the cookie.
 * A shared office computer keeps the entries of its last few accounts, joined by '~'.
 *
 * Kept over a password reset or change and over sign-out: a device cookie proves a past sign-in from this browser, not
 * knowledge of the current password, and the password is still checked every time. Rotating AUTH_SECRET voids them all.
 */
const PURPOSE = 'sign-in-device-v1';
export const DEVICE_COOKIE_LIFETIME_SECONDS = 365 * 24 * 60 * 60;
/** Accounts remembered per browser (a practice's shared computer); the oldest entry goes first. */
const MAX_ENTRIES = 5;
/** More than a browser ever gets from us: a longer value is not read at all. */
const MAX_VALUE_LENGTH = 1024;
const ENTRY = /^([A-Za-z0-9_-]{22})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/;

type Entry = { id: string; issuedAt: number; mac: string; raw: string };

const macOf = (email: string, id: string, issuedAt: number) => hmac(PURPOSE, `${normaliseEmail(email)}\n${id}\n${issuedAt}`);

function entries(value: string | null | undefined): Entry[] {
  if (!value || value.length > MAX_VALUE_LENGTH) return [];
  return value.split('~').flatMap((raw) => {
    const match = ENTRY.exec(raw);
    if (!match) return [];
    const [, id, issued, mac] = match as unknown as [string, string, string, string];
    return [{ id, issuedAt: Number.parseInt(issued, 36), mac, raw }];
  });
}

/** Issued no longer than a year ago (and not in the future, beyond a few minutes of clock skew between instances). */
const current = (entry: Entry, nowSeconds: number) =>
  entry.issuedAt <= nowSeconds + 300 && nowSeconds - entry.issuedAt < DEVICE_COOKIE_LIFETIME_SECONDS;

function provesFor(entry: Entry, email: string): boolean {
  const expected = Buffer.from(macOf(email, entry.id, entry.issuedAt));
  const given = Buffer.from(entry.mac);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The device id of the entry in the cookie's value that proves this browser signed in as `email`; null when there is
 * none (no cookie, an entry for another account, forged, or older than a year). Whether the email has an account plays
 * no part: an unknown email simply never has a valid entry.
 */
export function deviceIdFor(value: string | null | undefined, email: string, now = Date.now()): string | null {
  const nowSeconds = Math.floor(now / 1000);
  return entries(value).find((entry) => current(entry, nowSeconds) && provesFor(entry, email))?.id ?? null;
}

/**
 * The cookie's new value after a successful sign-in as `email`: a fresh entry for it first (a new id and a new year),
 * then the browser's other current entries (other accounts; this email's old entry is dropped), at most five.
 */
export function deviceCookieAfterSignIn(value: string | null | undefined, email: string, now = Date.now()): string {
  const issuedAt = Math.floor(now / 1000);
  const id = randomBytes(16).toString('base64url');
  const fresh = `${id}.${issuedAt.toString(36)}.${macOf(email, id, issuedAt)}`;
  const others = entries(value).filter((entry) => current(entry, issuedAt) && !provesFor(entry, email));
  return [fresh, ...others.slice(0, MAX_ENTRIES - 1).map((entry) => entry.raw)].join('~');
}
