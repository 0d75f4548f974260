import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { acceptInvitationAction, signInAction } from '@/app/(auth)/actions';
import { getDb } from '@/db/client';
import { invitations, practices, rateLimits, users } from '@/db/schema';
import { requireOwnerPage } from '@/lib/auth/guards';
import { actAs, addCoach, auditFor, createPractice, linkInMail, outboxFor, uniqueEmail } from '@/lib/testing/fixtures';
import { inviteCoachAction, removeLogoAction, revokeInvitationAction, updatePracticeSettingsAction, uploadLogoAction } from './actions';
import { requireTwoFactorAction, setCoachActiveAction } from './security/actions';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f0e1b60000000049454e44ae426082',
  'hex',
);
const settings = { name: 'Praktijk Nieuw', address: 'Straat 1, Utrecht', kvkNumber: '87654321', reportColor: '#123abc', version: 1 };

beforeEach(() => actAs(null));

describe('practice settings', () => {
  it('lets the owner save them, bumps the version and audits', async () => {
    const owner = await createPractice();
    actAs(owner);
    expect(await updatePracticeSettingsAction(settings)).toEqual({ ok: true, data: null });
    const [practice] = await getDb().select().from(practices).where(eq(practices.id, owner.practiceId));
    expect(practice).toMatchObject({ name: 'Praktijk Nieuw', kvkNumber: '87654321', reportColor: '#123abc', version: 2 });
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).toContain('practice.settings_updated');
  });

  it('refuses a stale version instead of overwriting', async () => {
    const owner = await createPractice();
    actAs(owner);
    await updatePracticeSettingsAction(settings);
    expect(await updatePracticeSettingsAction({ ...settings, name: 'Te laat' })).toEqual({ ok: false, error: 'stale' });
    const [practice] = await getDb().select().from(practices).where(eq(practices.id, owner.practiceId));
    expect(practice!.name).toBe('Praktijk Nieuw');
  });

  it('gives field messages for a bad KvK number and colour', async () => {
    const owner = await createPractice();
    actAs(owner);
    expect(await updatePracticeSettingsAction({ ...settings, kvkNumber: '123', reportColor: 'red', name: '' })).toMatchObject({
      ok: false,
      error: 'validation',
      fieldErrors: { kvkNumber: 'validation.kvk', reportColor: 'validation.color', name: 'validation.required' },
    });
  });

  it('logs every refused owner-only step (ASVS 7.2.2): the guard’s, a service’s own check, an owner-only page', async () => {
    const owner = await createPractice();
    const coach = await addCoach(owner.practiceId);
    const refusals = async () => (await auditFor(owner.practiceId)).filter((a) => a.action === 'auth.access_refused');
    actAs(coach);
    expect(await updatePracticeSettingsAction(settings)).toEqual({ ok: false, error: 'forbidden' });
    expect(await requireTwoFactorAction({ required: false })).toEqual({ ok: false, error: 'forbidden' });
    await expect(requireOwnerPage()).rejects.toThrow('NEXT_REDIRECT');
    expect(await refusals()).toEqual([
      expect.objectContaining({ actorUserId: coach.userId, entityId: null, metadata: { need: 'owner' } }),
      expect.objectContaining({ actorUserId: coach.userId, metadata: { need: 'owner' } }),
      expect.objectContaining({ actorUserId: coach.userId, metadata: { need: 'owner' } }),
    ]);
    // The owner passes without an entry; a refusal for another reason (invalid input) is not an access decision.
    actAs(owner);
    await requireOwnerPage();
    expect(await updatePracticeSettingsAction({ ...settings, name: '' })).toMatchObject({ ok: false, error: 'validation' });
    expect(await refusals()).toHaveLength(3);
  });

  it('is refused to a coach who is not the owner, and to a signed-out caller', async () => {
    const owner = await createPractice();
    actAs(await addCoach(owner.practiceId));
    expect(await updatePracticeSettingsAction(settings)).toEqual({ ok: false, error: 'forbidden' });
    actAs(null);
    expect(await updatePracticeSettingsAction(settings)).toEqual({ ok: false, error: 'unauthenticated' });
  });

  it('is refused when the session names a user that no longer exists', async () => {
    const owner = await createPractice();
    const coach = await addCoach(owner.practiceId, 'owner');
    await getDb().delete(users).where(eq(users.id, coach.userId));
    actAs(coach);
    expect(await updatePracticeSettingsAction(settings)).toEqual({ ok: false, error: 'unauthenticated' });
  });
});

describe('logo', () => {
  const upload = (bytes: Buffer, name = 'logo.png', type = 'image/png') => {
    const form = new FormData();
    form.set('logo', new File([new Uint8Array(bytes)], name, { type }));
    return uploadLogoAction(form);
  };

  it('stores a PNG and removes it again', async () => {
    const owner = await createPractice();
    actAs(owner);
    expect(await upload(PNG)).toEqual({ ok: true, data: null });
    const [row] = await getDb().select().from(practices).where(eq(practices.id, owner.practiceId));
    expect(row!.logoMime).toBe('image/png');
    expect(await removeLogoAction({})).toMatchObject({ ok: true });
    const [after] = await getDb().select().from(practices).where(eq(practices.id, owner.practiceId));
    expect(after!.logo).toBeNull();
  });

  it('judges the bytes, not the name: an SVG called .png is refused', async () => {
    const owner = await createPractice();
    actAs(owner);
    const result = await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));
    expect(result).toMatchObject({ ok: false, fieldErrors: { logo: 'validation.logoType' } });
    expect(await upload(Buffer.alloc(600 * 1024, 1))).toMatchObject({ ok: false, fieldErrors: { logo: 'validation.logoTooLarge' } });
  });
});

describe('invitations', () => {
  // Acceptances spend the per-IP allowance (10 per 15 minutes) and every test here accepts from the same address.
  beforeEach(async () => {
    await getDb().delete(rateLimits);
  });

  async function invite(owner: Awaited<ReturnType<typeof createPractice>>, email = uniqueEmail('invitee')) {
    actAs(owner);
    expect(await inviteCoachAction({ name: 'Ivo Invited', email, locale: 'en' })).toEqual({ ok: true, data: null });
    actAs(null);
    const token = decodeURIComponent((await linkInMail(owner.practiceId, email)).split('/').pop()!);
    return { email, token };
  }

  it('mails an invitation in the chosen language; the coach sets a password and signs in', async () => {
    const owner = await createPractice();
    const { email, token } = await invite(owner);
    const [mail] = await outboxFor(owner.practiceId);
    expect(mail!.subject).toBe('Invitation to Test practice on Balanspunt');
    const password = 'coach-kiest-een-wachtwoord';
    expect(await acceptInvitationAction({ token, password, confirmPassword: password })).toEqual({ ok: true, data: { email } });
    const [user] = await getDb().select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ role: 'coach', practiceId: owner.practiceId, locale: 'en' });
    expect(await signInAction({ email, password })).toMatchObject({ ok: true });
    const actions = (await auditFor(owner.practiceId)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['invitation.sent', 'invitation.accepted']));
  });

  it('refuses a password built from the invited coach’s own name, as sign-up and a reset do, and keeps the link', async () => {
    const owner = await createPractice();
    const { email, token } = await invite(owner);
    // Strong by the dictionaries alone; weak with the name "Ivo Invited" the invitation carries.
    const own = 'ivoinvitedinvitee';
    expect(await acceptInvitationAction({ token, password: own, confirmPassword: own })).toEqual({
      ok: false,
      error: 'validation',
      fieldErrors: { password: 'validation.passwordTooWeak' },
    });
    expect(await getDb().select().from(users).where(eq(users.email, email))).toHaveLength(0);
    const pw = 'coach-kiest-een-wachtwoord';
    expect(await acceptInvitationAction({ token, password: pw, confirmPassword: pw })).toEqual({ ok: true, data: { email } });
  });

  it('refuses a reused and an expired invitation, each with its own message', async () => {
    const owner = await createPractice();
    const { token } = await invite(owner);
    const pw = 'coach-kiest-een-wachtwoord';
    await acceptInvitationAction({ token, password: pw, confirmPassword: pw });
    expect(await acceptInvitationAction({ token, password: pw, confirmPassword: pw })).toEqual({ ok: false, error: 'link_used' });

    const second = await invite(owner);
    await getDb()
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1) })
      .where(eq(invitations.email, second.email));
    expect(await acceptInvitationAction({ token: second.token, password: pw, confirmPassword: pw })).toEqual({
      ok: false,
      error: 'link_expired',
    });
    expect(await getDb().select().from(users).where(eq(users.email, second.email))).toHaveLength(0);
  });

  it('a new invitation replaces the open one for the same email', async () => {
    const owner = await createPractice();
    const email = uniqueEmail('twice');
    const first = await invite(owner, email);
    await invite(owner, email);
    const pw = 'coach-kiest-een-wachtwoord';
    expect(await acceptInvitationAction({ token: first.token, password: pw, confirmPassword: pw })).toEqual({
      ok: false,
      error: 'link_invalid',
    });
    // The owner's log says the first link was withdrawn, not only that a second was sent.
    const [firstRow] = await getDb()
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.practiceId, owner.practiceId), eq(invitations.email, email)))
      .orderBy(invitations.createdAt)
      .limit(1);
    const log = (await auditFor(owner.practiceId)).filter((a) => a.entityType === 'invitation');
    expect(log.map((a) => [a.action, a.entityId === firstRow!.id, a.metadata])).toEqual(
      expect.arrayContaining([
        ['invitation.sent', true, expect.anything()],
        ['invitation.revoked', true, { reason: 'replaced' }],
      ]),
    );
    expect(log.filter((a) => a.action === 'invitation.revoked')).toHaveLength(1);
  });

  it('refuses an email that already has an account, and non-owners', async () => {
    const owner = await createPractice();
    const other = await createPractice();
    actAs(owner);
    expect(await inviteCoachAction({ name: 'X', email: other.email, locale: 'nl' })).toMatchObject({
      ok: false,
      error: 'email_taken',
      fieldErrors: { email: 'errors.email_taken' },
    });
    actAs(await addCoach(owner.practiceId));
    expect(await inviteCoachAction({ name: 'X', email: uniqueEmail(), locale: 'nl' })).toEqual({ ok: false, error: 'forbidden' });
    expect(await outboxFor(owner.practiceId)).toHaveLength(0);
  });

  it('the owner withdraws an open invitation: its link no longer accepts, and it is audited', async () => {
    const owner = await createPractice();
    const { email, token } = await invite(owner);
    const [row] = await getDb().select().from(invitations).where(eq(invitations.email, email));
    actAs(owner);
    expect(await revokeInvitationAction({ invitationId: row!.id })).toEqual({ ok: true, data: null });
    // Again: nothing left to withdraw, and no second audit entry.
    expect(await revokeInvitationAction({ invitationId: row!.id })).toEqual({ ok: true, data: null });
    actAs(null);
    const pw = 'coach-kiest-een-wachtwoord';
    expect(await acceptInvitationAction({ token, password: pw, confirmPassword: pw })).toEqual({ ok: false, error: 'link_invalid' });
    expect(await getDb().select().from(users).where(eq(users.email, email))).toHaveLength(0);
    const revoked = (await auditFor(owner.practiceId)).filter((a) => a.action === 'invitation.revoked');
    expect(revoked).toEqual([expect.objectContaining({ actorUserId: owner.userId, entityType: 'invitation', entityId: row!.id })]);
  });

  it('withdrawing is for the owner only; another practice’s invitation is not found; an accepted one stays', async () => {
    const owner = await createPractice();
    const { email, token } = await invite(owner);
    const [row] = await getDb().select().from(invitations).where(eq(invitations.email, email));
    actAs(await addCoach(owner.practiceId));
    expect(await revokeInvitationAction({ invitationId: row!.id })).toEqual({ ok: false, error: 'forbidden' });
    actAs(await createPractice());
    expect(await revokeInvitationAction({ invitationId: row!.id })).toEqual({ ok: false, error: 'not_found' });
    expect(await revokeInvitationAction({ invitationId: 'not-a-uuid' })).toMatchObject({ ok: false, error: 'validation' });
    actAs(null);
    expect(await revokeInvitationAction({ invitationId: row!.id })).toEqual({ ok: false, error: 'unauthenticated' });
    const [still] = await getDb().select().from(invitations).where(eq(invitations.id, row!.id));
    expect(still!.revokedAt).toBeNull();
    // Accepted meanwhile: the owner's list was out of date; the new coach keeps their account.
    const pw = 'coach-kiest-een-wachtwoord';
    expect(await acceptInvitationAction({ token, password: pw, confirmPassword: pw })).toMatchObject({ ok: true });
    actAs(owner);
    expect(await revokeInvitationAction({ invitationId: row!.id })).toEqual({ ok: false, error: 'stale' });
    expect((await auditFor(owner.practiceId)).map((a) => a.action)).not.toContain('invitation.revoked');
  });

  it('deactivating a coach withdraws the invitations they sent, in the same change', async () => {
    const owner = await createPractice();
    const second = await addCoach(owner.practiceId, 'owner');
    const { email, token } = await invite(second);
    const accepted = await invite(second);
    const pw = 'coach-kiest-een-wachtwoord';
    expect(await acceptInvitationAction({ token: accepted.token, password: pw, confirmPassword: pw })).toMatchObject({ ok: true });
    const mine = await invite(owner);
    actAs(owner);
    expect(await setCoachActiveAction({ userId: second.userId, active: false })).toEqual({ ok: true, data: null });
    actAs(null);
    expect(await acceptInvitationAction({ token, password: pw, confirmPassword: pw })).toEqual({ ok: false, error: 'link_invalid' });
    // The owner's own invitation still works.
    expect(await acceptInvitationAction({ token: mine.token, password: pw, confirmPassword: pw })).toMatchObject({ ok: true });
    const [row] = await getDb().select().from(invitations).where(eq(invitations.email, email));
    const revoked = (await auditFor(owner.practiceId)).filter((a) => a.action === 'invitation.revoked');
    expect(revoked).toEqual([expect.objectContaining({ entityId: row!.id, metadata: { reason: 'inviter_deactivated' } })]);
  });

  it('an invitation token cannot be replayed against another practice', async () => {
    const owner = await createPractice();
    const other = await createPractice();
    const { token } = await invite(owner);
    const forged = `${other.practiceId}${token.slice(token.indexOf('.'))}`;
    const pw = 'coach-kiest-een-wachtwoord';
    expect(await acceptInvitationAction({ token: forged, password: pw, confirmPassword: pw })).toEqual({
      ok: false,
      error: 'link_invalid',
    });
  });
});

describe('text the database cannot store', () => {
  it('answers with a clear refusal, not a server error, and writes nothing', async () => {
    const owner = await createPractice();
    actAs(owner);
    expect(await updatePracticeSettingsAction({ ...settings, name: 'Praktijk\u0000Nul' })).toEqual({
      ok: false,
      error: 'invalid_characters',
    });
    const [practice] = await getDb().select().from(practices).where(eq(practices.id, owner.practiceId));
    expect(practice!.name).toBe('Test practice');
  });
});
