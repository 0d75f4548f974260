import 'server-only';
import { type CaseloadSettings, updateCaseloadSettings } from '@/db/queries/client-retention';
import { emailInUse } from '@/db/queries/directory';
import { insertInvitation, revokeInvitation as revokeInvitationRow, revokeOpenInvitations } from '@/db/queries/invitations';
import { getPractice, setPracticeLogo, updatePracticeSettings } from '@/db/queries/practices';
import { updateUserLocale } from '@/db/queries/users';
import { INVITATION_TTL_MS, newLinkToken } from '@/lib/accounts/links';
import { auditRevokedInvitations } from '@/lib/accounts/revoked-invitations';
import { type ActionResult, fail, ok } from '@/lib/actions/result';
import type { Actor } from '@/lib/auth/guards';
import { sniffImageType } from '@/lib/images';
import { invitationMail } from '@/lib/mail/templates';
import { deliver } from '@/lib/mail/transport';
import { type ChangeActor, commitChange } from '@/lib/services/commit';
import { appUrl } from '@/lib/urls';
import { changedPracticeFields, type PracticeDetails } from './practice-details';

/**
 * The one home of every practice-settings write: the practice's details and logo, the caseload rules
 * (who sees which clients, how long records are kept), coach invitations (sent and withdrawn) and a coach's own language.
 * Practice-wide settings are the owner's: anyone else is `forbidden`, whoever calls the service.
 */

const by = (actor: Actor): ChangeActor => ({ practiceId: actor.practiceId, userId: actor.userId, kind: 'coach' });
const practiceEntity = (actor: Actor) => ({ entityType: 'practice', entityId: actor.practiceId });

/**
 * Saves the practice's details over `version`. The audit entry names the fields that changed (read in the same
 * transaction, at the version the update replaces); a save that changes nothing still takes the version, but leaves no
 * entry.
 */
export async function updatePracticeDetails(actor: Actor, version: number, values: PracticeDetails): Promise<ActionResult<null>> {
  if (actor.role !== 'owner') return fail('forbidden');
  const result = await commitChange({
    actor: by(actor),
    write: async (tx) => {
      const before = await getPractice(actor.practiceId, tx);
      if (!before || before.version !== version) return null;
      if (!(await updatePracticeSettings(actor.practiceId, version, values, tx))) return null;
      return { fields: changedPracticeFields(before, values) };
    },
    changed: ({ fields }) => fields.length > 0,
    audit: ({ fields }) => ({ action: 'practice.settings_updated', ...practiceEntity(actor), metadata: { fields } }),
  });
  return result.ok ? ok(null) : result;
}

/** The bytes decide what the logo is, never its name or declared type: only PNG and JPEG are kept. */
export async function replacePracticeLogo(actor: Actor, data: Buffer): Promise<ActionResult<null>> {
  if (actor.role !== 'owner') return fail('forbidden');
  const mime = sniffImageType(data);
  if (!mime) return fail('validation', { fieldErrors: { logo: 'validation.logoType' } });
  const result = await commitChange({
    actor: by(actor),
    write: async (tx) => {
      await setPracticeLogo(actor.practiceId, { data, mime }, tx);
      return { mime };
    },
    audit: () => ({ action: 'practice.logo_updated', ...practiceEntity(actor), metadata: { bytes: data.length, mime } }),
  });
  return result.ok ? ok(null) : result;
}

export async function removePracticeLogo(actor: Actor): Promise<ActionResult<null>> {
  if (actor.role !== 'owner') return fail('forbidden');
  const result = await commitChange({
    actor: by(actor),
    write: async (tx) => {
      await setPracticeLogo(actor.practiceId, null, tx);
      return { removed: true };
    },
    audit: () => ({ action: 'practice.logo_updated', ...practiceEntity(actor), metadata: { removed: true } }),
  });
  return result.ok ? ok(null) : result;
}

/**
 * Whether coaches see every client or only their own, and how long closed records are kept. Compared
 * with the values the owner saw (`seen`): changed meanwhile is `stale`.
 */
export async function updateCaseloadRules(actor: Actor, seen: CaseloadSettings, next: CaseloadSettings): Promise<ActionResult<null>> {
  if (actor.role !== 'owner') return fail('forbidden');
  const result = await commitChange({
    actor: by(actor),
    write: async (tx) => ((await updateCaseloadSettings(actor.practiceId, seen, next, tx)) ? next : null),
    audit: () => ({ action: 'practice.caseload_settings_updated', ...practiceEntity(actor), metadata: next }),
  });
  return result.ok ? ok(null) : result;
}

/**
 * Invites a coach: an open invitation for the same address is replaced, and the mail with the link
 * leaves in the same transaction as the invitation (deliver gets the transaction), so neither goes alone.
 */
export async function inviteCoach(actor: Actor, input: { name: string; email: string; locale: 'nl' | 'en' }): Promise<ActionResult<null>> {
  if (actor.role !== 'owner') return fail('forbidden');
  if (await emailInUse(input.email)) return fail('email_taken', { fieldErrors: { email: 'errors.email_taken' } });
  const practice = await getPractice(actor.practiceId);
  if (!practice) return fail('not_found');
  const { token, tokenHash } = newLinkToken(actor.practiceId);
  const mail = invitationMail({
    to: input.email,
    locale: input.locale,
    name: input.name,
    inviter: actor.name,
    practice: practice.name,
    url: appUrl(`/invite/${token}`),
  });
  const result = await commitChange({
    actor: by(actor),
    write: async (tx) => {
      const replaced = await revokeOpenInvitations(actor.practiceId, input.email, tx);
      // The replaced link stops working: in the owner's log as a withdrawal of its own, as deactivation writes one.
      await auditRevokedInvitations(actor, replaced, 'replaced', tx);
      return insertInvitation(
        actor.practiceId,
        {
          email: input.email,
          name: input.name,
          locale: input.locale,
          tokenHash,
          invitedBy: actor.userId,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        },
        tx,
      );
    },
    audit: (invitation) => ({ action: 'invitation.sent', entityType: 'invitation', entityId: invitation.id }),
    after: (tx, invitation) =>
      deliver(actor.practiceId, mail, tx, {
        linkExpiresAt: invitation.expiresAt,
        link: { kind: 'invitation', id: invitation.id },
      }),
  });
  return result.ok ? ok(null) : result;
}

/**
 * The owner withdraws an invitation that was not accepted yet: its link stops working at once, and a mail with it still
 * queued is not sent (mailLinkWorks in db/queries/outbox.ts reads the invitation's state). Another practice's invitation
 * is not found; one revoked already is left as it is; one accepted meanwhile is `stale` (the owner's list is out of date).
 */
export async function revokeInvitation(actor: Actor, invitationId: string): Promise<ActionResult<null>> {
  if (actor.role !== 'owner') return fail('forbidden');
  const result = await commitChange({
    actor: by(actor),
    write: async (tx) => ({ outcome: await revokeInvitationRow(actor.practiceId, invitationId, tx) }),
    changed: ({ outcome }) => outcome === 'revoked',
    audit: () => ({ action: 'invitation.revoked', entityType: 'invitation', entityId: invitationId }),
  });
  if (!result.ok) return result;
  const { outcome } = result.data;
  if (outcome === null) return fail('not_found');
  if (outcome === 'accepted') return fail('stale');
  return ok(null);
}

/** The signed-in coach's own language (any coach, not only the owner); nothing is written when it is unchanged. */
export async function changeLanguage(actor: Actor, locale: 'nl' | 'en'): Promise<ActionResult<null>> {
  if (actor.locale === locale) return ok(null);
  const result = await commitChange({
    actor: by(actor),
    write: async (tx) => {
      await updateUserLocale(actor.practiceId, actor.userId, locale, tx);
      return { locale };
    },
    audit: () => ({ action: 'user.locale_changed', entityType: 'user', entityId: actor.userId, metadata: { locale } }),
  });
  return result.ok ? ok(null) : result;
}
