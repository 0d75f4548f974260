import 'server-only';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { linkToken, parseLinkToken } from '@/lib/urls';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const RESET_TTL_MS = 60 * 60 * 1000;

/** A new single-use link secret for a practice: the token for the URL and the hash to store. */
export function newLinkToken(practiceId: string) {
  const { token, tokenHash } = newToken();
  return { token: linkToken(practiceId, token), tokenHash };
}

export function readLinkToken(token: string): { practiceId: string; tokenHash: string } | null {
  const parsed = parseLinkToken(token);
  return parsed ? { practiceId: parsed.practiceId, tokenHash: hashToken(parsed.secret) } : null;
}

export type LinkState = 'valid' | 'link_invalid' | 'link_used' | 'link_expired';

export function linkState(
  row: { expiresAt: Date; usedAt?: Date | null; acceptedAt?: Date | null; revokedAt?: Date | null } | null,
  now = new Date(),
): LinkState {
  if (!row || row.revokedAt) return 'link_invalid';
  if (row.usedAt || row.acceptedAt) return 'link_used';
  if (row.expiresAt.getTime() <= now.getTime()) return 'link_expired';
  return 'valid';
}
