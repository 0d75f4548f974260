'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { withOwner } from '@/lib/auth/guards';
import { LOGO_MAX_BYTES } from '@/lib/images';
import { id } from '@/lib/schemas/fields';
import { inviteCoachSchema, practiceSettingsSchema } from '@/lib/schemas/practice';
import { inviteCoach, removePracticeLogo, replacePracticeLogo, revokeInvitation, updatePracticeDetails } from '@/lib/settings/service';

export const updatePracticeSettingsAction = withOwner(practiceSettingsSchema, async ({ version, ...values }, actor) => {
  const result = await updatePracticeDetails(actor, version, values);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
});

const logoSchema = z.object({
  logo: z
    .instanceof(File, { error: 'validation.required' })
    .refine((f) => f.size > 0, { error: 'validation.required' })
    .refine((f) => f.size <= LOGO_MAX_BYTES, { error: 'validation.logoTooLarge' }),
});

const uploadLogo = withOwner(logoSchema, async ({ logo }, actor) => {
  const result = await replacePracticeLogo(actor, Buffer.from(await logo.arrayBuffer()));
  if (result.ok) revalidatePath('/settings');
  return result;
});

export async function uploadLogoAction(formData: FormData) {
  // The argument comes from the network like any other: a non-form body is a validation error, not a crash.
  return uploadLogo({ logo: (formData instanceof FormData ? formData.get('logo') : null) as File });
}

export const removeLogoAction = withOwner(z.object({}), async (_input, actor) => {
  const result = await removePracticeLogo(actor);
  if (result.ok) revalidatePath('/settings');
  return result;
});

export const inviteCoachAction = withOwner(inviteCoachSchema, async (input, actor) => {
  const result = await inviteCoach(actor, input);
  if (result.ok) revalidatePath('/settings');
  return result;
});

/** The owner withdraws an open invitation: its link stops working. */
export const revokeInvitationAction = withOwner(z.object({ invitationId: id }), async ({ invitationId }, actor) => {
  const result = await revokeInvitation(actor, invitationId);
  if (result.ok) revalidatePath('/settings');
  return result;
});
