'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { emailInUse } from '@/db/queries/directory';
import { insertInvitation, revokeOpenInvitations } from '@/db/queries/invitations';
import { getPractice, setPracticeLogo, updatePracticeSettings } from '@/db/queries/practices';
import { INVITATION_TTL_MS, newLinkToken } from '@/lib/accounts/links';
import { fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { withOwner } from '@/lib/auth/guards';
import { invitationMail } from '@/lib/mail/templates';
import { deliver } from '@/lib/mail/transport';
import { sniffImageType } from '@/lib/images';
import { inviteCoachSchema, LOGO_MAX_BYTES, practiceSettingsSchema } from '@/lib/schemas/practice';
import { appUrl } from '@/lib/urls';

export const updatePracticeSettingsAction = withOwner(practiceSettingsSchema, async ({ version, ...values }, actor) => {
  const saved = await getDb().transaction(async (tx) => {
    if (!(await updatePracticeSettings(actor.practiceId, version, values, tx))) return false;
    await audit(
      { practiceId: actor.practiceId, actorUserId: actor.userId, action: 'practice.settings_updated', metadata: { fields: Object.keys(values) } },
      tx,
    );
    return true;
  });
  if (!saved) return fail('stale');
  revalidatePath('/', 'layout');
  return ok(null);
});

const logoSchema = z.object({
  logo: z
    .instanceof(File, { error: 'validation.required' })
    .refine((f) => f.size > 0, { error: 'validation.required' })
    .refine((f) => f.size <= LOGO_MAX_BYTES, { error: 'validation.logoTooLarge' }),
});

const uploadLogo = withOwner(logoSchema, async ({ logo }, actor) => {
  const data = Buffer.from(await logo.arrayBuffer());
  // The bytes decide, not the name or the declared type.
  const mime = sniffImageType(data);
  if (!mime) return fail('validation', { fieldErrors: { logo: 'validation.logoType' } });
  await getDb().transaction(async (tx) => {
    await setPracticeLogo(actor.practiceId, { data, mime }, tx);
    await audit({ practiceId: actor.practiceId, actorUserId: actor.userId, action: 'practice.logo_updated', metadata: { bytes: data.length, mime } }, tx);
  });
  revalidatePath('/settings');
  return ok(null);
});

export async function uploadLogoAction(formData: FormData) {
  // The argument comes from the network like any other: a non-form body is a validation error, not a crash.
  return uploadLogo({ logo: (formData instanceof FormData ? formData.get('logo') : null) as File });
}

export const removeLogoAction = withOwner(z.object({}), async (_input, actor) => {
  await getDb().transaction(async (tx) => {
    await setPracticeLogo(actor.practiceId, null, tx);
    await audit({ practiceId: actor.practiceId, actorUserId: actor.userId, action: 'practice.logo_updated', metadata: { removed: true } }, tx);
  });
  revalidatePath('/settings');
  return ok(null);
});

export const inviteCoachAction = withOwner(inviteCoachSchema, async (input, actor) => {
  if (await emailInUse(input.email)) return fail('email_taken', { fieldErrors: { email: 'errors.email_taken' } });
  const practice = await getPractice(actor.practiceId);
  if (!practice) return fail('not_found');
  const { token, tokenHash } = newLinkToken(actor.practiceId);
  await getDb().transaction(async (tx) => {
    await revokeOpenInvitations(actor.practiceId, input.email, tx);
    const invitation = await insertInvitation(
      actor.practiceId,
      { email: input.email, name: input.name, locale: input.locale, tokenHash, invitedBy: actor.userId, expiresAt: new Date(Date.now() + INVITATION_TTL_MS) },
      tx,
    );
    await audit(
      { practiceId: actor.practiceId, actorUserId: actor.userId, action: 'invitation.sent', entityType: 'invitation', entityId: invitation.id },
      tx,
    );
    await deliver(
      actor.practiceId,
      invitationMail({ to: input.email, locale: input.locale, name: input.name, inviter: actor.name, practice: practice.name, url: appUrl(`/invite/${token}`) }),
      tx,
    );
  });
  revalidatePath('/settings');
  return ok(null);
});
