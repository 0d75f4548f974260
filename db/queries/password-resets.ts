import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { type Executor, getDb } from '../client';
import { passwordResets } from '../schema';

export async function insertPasswordReset(
  practiceId: string,
  values: { userId: string; tokenHash: string; expiresAt: Date },
  ex: Executor = getDb(),
) {
  await ex.insert(passwordResets).values({ practiceId, ...values });
}

export async function findPasswordReset(practiceId: string, tokenHash: string, ex: Executor = getDb()) {
  const [row] = await ex
    .select()
    .from(passwordResets)
    .where(and(eq(passwordResets.practiceId, practiceId), eq(passwordResets.tokenHash, tokenHash)))
    .limit(1);
  return row ?? null;
}

/** Single use: false when the link was used concurrently. */
export async function markPasswordResetUsed(practiceId: string, id: string, ex: Executor = getDb()) {
  const rows = await ex
    .update(passwordResets)
    .set({ usedAt: new Date() })
    .where(and(eq(passwordResets.practiceId, practiceId), eq(passwordResets.id, id), isNull(passwordResets.usedAt)))
    .returning({ id: passwordResets.id });
  return rows.length === 1;
}

/** After a reset (or a change) the other links of that user stop working too: one mail leaked is one too many. */
export async function voidOpenPasswordResets(practiceId: string, userId: string, ex: Executor = getDb()) {
  await ex
    .update(passwordResets)
    .set({ usedAt: new Date() })
    .where(and(eq(passwordResets.practiceId, practiceId), eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
}
