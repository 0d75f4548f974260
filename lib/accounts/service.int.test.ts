import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { passwordResets } from '@/db/schema';
import { addCoach, auditFor, createPractice, outboxFor } from '@/lib/testing/fixtures';
import { handlePasswordResetRequested, setCoachActive } from './service';

describe('a password reset request for a deactivated coach', () => {
  it('gets what an unknown address gets: no link, no mail, no audit entry', async () => {
    const owner = await createPractice();
    const coach = await addCoach(owner.practiceId);
    expect(await setCoachActive(owner, coach.userId, false)).toEqual({ ok: true, data: null });

    await handlePasswordResetRequested(coach.email);
    expect(await getDb().select().from(passwordResets).where(eq(passwordResets.userId, coach.userId))).toEqual([]);
    expect((await outboxFor(owner.practiceId)).filter((m) => m.to === coach.email)).toEqual([]);
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).not.toContain('auth.password_reset_requested');

    // Reactivated, the same request works again.
    expect(await setCoachActive(owner, coach.userId, true)).toEqual({ ok: true, data: null });
    await handlePasswordResetRequested(coach.email);
    expect((await outboxFor(owner.practiceId)).filter((m) => m.to === coach.email)).toHaveLength(1);
  });
});
