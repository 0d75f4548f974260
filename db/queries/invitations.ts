import 'server-only';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { invitations, users } from '../schema';

export async function insertInvitation(
  practiceId: string,
  values: { email: string; name: string; locale: 'nl' | 'en'; tokenHash: string; invitedBy: string; expiresAt: Date },
  ex: Executor = getDb(),
) {
  const [row] = await ex
    .insert(invitations)
    .values({ practiceId, ...values, email: values.email.trim().toLowerCase(), role: 'coach' })
    .returning();
  if (!row) throw new Error('insert failed');
  return row;
}

export async function findInvitationByToken(practiceId: string, tokenHash: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select()
    .from(invitations)
    .where(and(eq(invitations.practiceId, practiceId), eq(invitations.tokenHash, tokenHash)))
    .limit(1);
  return row ?? null;
}

/** Marks the invitation used; false when it was used (or revoked) concurrently. */
export async function markInvitationAccepted(practiceId: string, id: string, ex: Executor = getDb()) {
  const rows = await ex
    .update(invitations)
    .set({ acceptedAt: new Date() })
    .where(
      and(eq(invitations.practiceId, practiceId), eq(invitations.id, id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)),
    )
    .returning({ id: invitations.id });
  return rows.length === 1;
}

export async function revokeOpenInvitations(practiceId: string, email: string, ex: Executor = getDb()): Promise<string[]> {
  const revoked = await ex
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.practiceId, practiceId), eq(invitations.email, email.trim().toLowerCase()), live()))
    .returning({ id: invitations.id });
  return revoked.map((r) => r.id);
}

const open = () => and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));
/** Open and not expired: an expired invitation stays "expired" in the team list and the log, not "withdrawn" later. */
function live() {
  return and(open(), gt(invitations.expiresAt, sql`now()`));
}

/**
 * The owner withdraws one invitation: its link stops working. Answers what became of it: `revoked`, or why not (already
 * revoked, accepted meanwhile: the update waits for a concurrent acceptance and then finds the row no longer open), or
 * null when the practice has no such invitation.
 */
export async function revokeInvitation(
  practiceId: string,
  id: string,
  ex: Executor = getDb(),
): Promise<'revoked' | 'already_revoked' | 'accepted' | null> {
  const byId = and(eq(invitations.practiceId, practiceId), eq(invitations.id, id));
  const rows = await ex.update(invitations).set({ revokedAt: new Date() }).where(and(byId, open())).returning({ id: invitations.id });
  if (rows.length === 1) return 'revoked';
  const [row] = await ex.select({ acceptedAt: invitations.acceptedAt }).from(invitations).where(byId).limit(1);
  if (!row) return null;
  return row.acceptedAt ? 'accepted' : 'already_revoked';
}

/** The open invitations a coach sent that have not expired, withdrawn (the coach is deactivated); answers their ids. */
export async function revokeInvitationsSentBy(practiceId: string, userId: string, ex: Executor = getDb()): Promise<string[]> {
  const rows = await ex
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.practiceId, practiceId), eq(invitations.invitedBy, userId), live()))
    .returning({ id: invitations.id });
  return rows.map((r) => r.id);
}

export function listInvitations(practiceId: string, ex: Executor = getDb()) {
  return ex
    .select({
      id: invitations.id,
      email: invitations.email,
      name: invitations.name,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      createdAt: invitations.createdAt,
      invitedByName: users.name,
    })
    .from(invitations)
    .innerJoin(users, and(eq(users.practiceId, invitations.practiceId), eq(users.id, invitations.invitedBy)))
    .where(eq(invitations.practiceId, practiceId))
    .orderBy(desc(invitations.createdAt))
    .limit(50);
}
