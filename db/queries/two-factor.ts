import 'server-only';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { practices, recoveryCodes, users } from '../schema';

const byUser = (practiceId: string, userId: string) => and(eq(users.practiceId, practiceId), eq(users.id, userId));

/** A pending secret (not yet confirmed): replaces any earlier pending one, never an enabled one. */
export async function storePendingTotpSecret(practiceId: string, userId: string, sealed: string, ex: Executor = getDb()) {
  const rows = await ex
    .update(users)
    .set({ totpSecret: sealed, totpLastStep: null })
    .where(and(byUser(practiceId, userId), isNull(users.totpEnabledAt)))
    .returning({ id: users.id });
  return rows.length === 1;
}

/**
 * Turns on the pending secret the code was checked against (`sealed`, as stored): not a newer one that a set-up started
 * again in another tab stored meanwhile, which the coach's app does not hold.
 */
export async function enableTotp(practiceId: string, userId: string, sealed: string, step: number, ex: Executor = getDb()) {
  const rows = await ex
    .update(users)
    .set({ totpEnabledAt: new Date(), totpLastStep: step })
    .where(and(byUser(practiceId, userId), isNull(users.totpEnabledAt), eq(users.totpSecret, sealed)))
    .returning({ id: users.id });
  return rows.length === 1;
}

export async function disableTotp(practiceId: string, userId: string, ex: Executor = getDb()) {
  await ex.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(byUser(practiceId, userId));
  await ex.delete(recoveryCodes).where(and(eq(recoveryCodes.practiceId, practiceId), eq(recoveryCodes.userId, userId)));
}

/** Records the accepted step; false when a code of this step (or later) was already used concurrently. */
export async function claimTotpStep(practiceId: string, userId: string, step: number, ex: Executor = getDb()) {
  const rows = await ex
    .update(users)
    .set({ totpLastStep: step })
    .where(and(byUser(practiceId, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return rows.length === 1;
}

export async function replaceRecoveryCodes(
  practiceId: string,
  userId: string,
  codes: { salt: string; codeHash: string }[],
  ex: Executor = getDb(),
) {
  await ex.delete(recoveryCodes).where(and(eq(recoveryCodes.practiceId, practiceId), eq(recoveryCodes.userId, userId)));
  await ex.insert(recoveryCodes).values(codes.map((c) => ({ practiceId, userId, ...c })));
}

export function unusedRecoveryCodes(practiceId: string, userId: string, ex: Executor = getDb()) {
  return ex
    .select({ id: recoveryCodes.id, salt: recoveryCodes.salt, codeHash: recoveryCodes.codeHash })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.practiceId, practiceId), eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
}

/** Single use: false when the code was used concurrently. */
export async function markRecoveryCodeUsed(practiceId: string, id: string, ex: Executor = getDb()) {
  const rows = await ex
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(recoveryCodes.practiceId, practiceId), eq(recoveryCodes.id, id), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length === 1;
}

export async function setRequireTwoFactor(practiceId: string, required: boolean, ex: Executor = getDb()) {
  await ex.update(practices).set({ requireTwoFactor: required, updatedAt: new Date() }).where(eq(practices.id, practiceId));
}

/**
 * The practice's two-factor rule, its row held against a change until the transaction ends ('update': by the owner who
 * changes it): a coach's removal of their own two-factor sign-in and the owner's switching the rule on cannot both pass.
 * Both take the practice's row first, then the user's.
 */
export async function practiceRequiresTwoFactorLocked(
  practiceId: string,
  ex: Executor,
  mode: 'share' | 'update' = 'share',
): Promise<boolean | null> {
  const [row] = await ex.select({ required: practices.requireTwoFactor }).from(practices).where(eq(practices.id, practiceId)).for(mode);
  return row ? row.required : null;
}
