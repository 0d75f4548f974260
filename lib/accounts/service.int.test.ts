import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { passwordResets, practices, users } from '@/db/schema';
import { updateScoringSettings } from '@/lib/settings/scoring';
import { addCoach, auditFor, createPractice, linkInMail, outboxFor } from '@/lib/testing/fixtures';
import { heldTransaction, lockWaiters } from '@/lib/testing/locks';
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
  it('sets no password afterwards, nor once the coach is active again: the coach asks for a new link', async () => {
    const owner = await createPractice();
    const coach = await addCoach(owner.practiceId);
    await handlePasswordResetRequested(coach.email);
    const token = (await linkInMail(owner.practiceId, coach.email)).split('/reset-password/')[1]!;
    expect(await setCoachActive(owner, coach.userId, false)).toEqual({ ok: true, data: null });
    const password = 'Een-lange-nieuwe-zin-2026';
    // Voided with the account, as a newer link voids it.
    expect(await resetPassword({ token, password, confirmPassword: password })).toEqual({ ok: false, error: 'link_used' });
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).not.toContain('auth.password_reset');
    expect(await setCoachActive(owner, coach.userId, true)).toEqual({ ok: true, data: null });
    expect(await resetPassword({ token, password, confirmPassword: password })).toEqual({ ok: false, error: 'link_used' });
    await handlePasswordResetRequested(coach.email);
    const fresh = (await linkInMail(owner.practiceId, coach.email)).split('/reset-password/')[1]!;
    expect(fresh).not.toBe(token);
    expect(await resetPassword({ token: fresh, password, confirmPassword: password })).toEqual({ ok: true, data: null });
    // The mail after a reset: signed out everywhere (no "other devices": there is no this one), and the calendar link gone.
    const [changed] = (await outboxFor(owner.practiceId)).filter((m) => m.to === coach.email && m.subject === 'Je wachtwoord is gewijzigd');
    expect(changed!.text).toContain(
      'is zojuist opnieuw ingesteld. Je bent overal afgemeld. Gebruikte je een agendalink? Die werkt niet meer',
    );
  });

  it('used while the owner deactivates the coach: the reset waits for the deactivation and sets no password', async () => {
    const owner = await createPractice();
    const coach = await addCoach(owner.practiceId);
    await handlePasswordResetRequested(coach.email);
    const token = (await linkInMail(owner.practiceId, coach.email)).split('/reset-password/')[1]!;
    // Written, not yet committed: the reset finds the account active when it opens the link, before its transaction.
    const deactivation = await heldTransaction((tx) => tx.update(users).set({ active: false }).where(eq(users.id, coach.userId)));
    const password = 'Een-lange-nieuwe-zin-2026';
    const reset = resetPassword({ token, password, confirmPassword: password });
    await lockWaiters(1);
    await deactivation.commit();
    expect(await reset).toEqual({ ok: false, error: 'link_invalid' });
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).not.toContain('auth.password_reset');
    // The reset link's mail only: no "your password was changed".
    expect((await outboxFor(owner.practiceId)).filter((m) => m.to === coach.email)).toHaveLength(1);
  });
});

describe('two reset requests for the same coach handled at once', () => {
  it('leave exactly one working link: the second waits for the first and voids its link', async () => {
    const owner = await createPractice();
    const coach = await addCoach(owner.practiceId);
    // The practice row is held, so a request stops at the insert of its link (the check of its practice): both requests
    // get as far as they can before either commits. Without the lock on the user, both have voided the open links by
    // then, neither seeing the other’s uncommitted link; with it, the second waits for the first to commit.
    const blocker = await heldTransaction((tx) =>
      tx.select({ id: practices.id }).from(practices).where(eq(practices.id, owner.practiceId)).for('update'),
    );
    const requests = Promise.all([handlePasswordResetRequested(coach.email), handlePasswordResetRequested(coach.email)]);
    await lockWaiters(2);
    await blocker.commit();
    await requests;

    const links = await getDb().select().from(passwordResets).where(eq(passwordResets.userId, coach.userId));
    expect(links).toHaveLength(2);
    expect(links.filter((l) => l.usedAt === null)).toHaveLength(1);
    expect((await outboxFor(owner.practiceId)).filter((m) => m.to === coach.email)).toHaveLength(2);
  });
});

describe('the owner’s services, called by someone else', () => {
  it('refuse a coach who is not the owner, whoever calls them, and change nothing', async () => {
    const owner = await createPractice();
    const coach = await addCoach(owner.practiceId);
    const colleague = await addCoach(owner.practiceId);
    expect(await setCoachActive(coach, colleague.userId, false)).toEqual({ ok: false, error: 'forbidden' });
    expect(await updateScoringSettings(coach, { componentSet: 'jdr_wide', version: 1 })).toEqual({ ok: false, error: 'forbidden' });
    const [user] = await getDb().select({ active: users.active }).from(users).where(eq(users.id, colleague.userId));
    expect(user!.active).toBe(true);
    expect(await auditFor(owner.practiceId)).toEqual([]);
  });
});
