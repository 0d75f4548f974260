import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { passwordResets } from '@/db/schema';
import { addCoach, auditFor, createPractice, linkInMail, outboxFor } from '@/lib/testing/fixtures';
import { handlePasswordResetRequested, resetPassword, setCoachActive } from './service';

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

describe('a reset link sent before the coach was deactivated', () => {
  it('sets no password afterwards, and works again once the coach is active', async () => {
    const owner = await createPractice();
    const coach = await addCoach(owner.practiceId);
    await handlePasswordResetRequested(coach.email);
    const token = (await linkInMail(owner.practiceId, coach.email)).split('/reset-password/')[1]!;
    expect(await setCoachActive(owner, coach.userId, false)).toEqual({ ok: true, data: null });
    const password = 'Een-lange-nieuwe-zin-2026';
    expect(await resetPassword({ token, password, confirmPassword: password })).toEqual({ ok: false, error: 'link_invalid' });
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).not.toContain('auth.password_reset');
    expect(await setCoachActive(owner, coach.userId, true)).toEqual({ ok: true, data: null });
    expect(await resetPassword({ token, password, confirmPassword: password })).toEqual({ ok: true, data: null });
  });
});
