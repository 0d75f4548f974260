import { createHash, randomBytes } from 'node:crypto';

/** A URL-safe secret for links; only its hash is stored. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Keyed hash of an email, so the rate-limit table holds no addresses. */
export function emailKey(email: string): string {
  return createHash('sha256')
    .update(`login:${normaliseEmail(email)}`)
    .digest('hex');
}
