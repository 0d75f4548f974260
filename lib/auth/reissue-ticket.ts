import { timingSafeEqual } from 'node:crypto';
import { hmac } from './server-key';

/**
 * After a password change or "sign out everywhere" the session that asked for it gets a fresh token with the new
 * session version. Auth.js re-issues a token through its update call, which a browser can also reach
 * (POST /api/auth/session) with whatever data it likes, so the new version is only taken from a ticket the server
 * signed: a copied, already revoked cookie cannot mint one. Tickets live one minute.
 */
const TTL_MS = 60_000;

export function reissueTicket(userId: string, sessionVersion: number, now = Date.now()): string {
  const body = `${userId}.${sessionVersion}.${now + TTL_MS}`;
  return `${body}.${hmac('reissue', body)}`;
}

/** The session version the ticket grants to this user, or null (forged, expired or for someone else). */
export function readReissueTicket(ticket: unknown, userId: string, now = Date.now()): number | null {
  if (typeof ticket !== 'string') return null;
  const parts = ticket.split('.');
  if (parts.length !== 4) return null;
  const [uid, version, expires, mac] = parts as [string, string, string, string];
  const expected = Buffer.from(hmac('reissue', `${uid}.${version}.${expires}`));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (uid !== userId || Number(expires) < now) return null;
  const sv = Number(version);
  return Number.isInteger(sv) && sv > 0 ? sv : null;
}
