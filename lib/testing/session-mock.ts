import type { SessionClaims } from '@/lib/auth/session';

let claims: SessionClaims | null = null;

/** Who the next server action call is made by (null: signed out). */
export function actAs(next: SessionClaims | null) {
  claims = next;
}

export async function currentSessionClaims(): Promise<SessionClaims | null> {
  return claims;
}
