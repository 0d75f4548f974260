import 'server-only';
import type { Executor } from '@/db/client';
import { liveShareIds, markShareNotified, shareForNotice } from '@/db/queries/shares';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { composeMail } from '@/lib/mail/compose';
import { enqueueJob } from '@/lib/mail/queue';
import { deliver, type Mail } from '@/lib/mail/transport';
import { initialsOf } from '@/lib/reports/file-name';
import { commitChange } from '@/lib/services/commit';
import { shareStillShows } from '@/lib/share/liveness';

/**
 * When the employee releases something new, the manager (or HR) with a live link hears of it by mail: otherwise a
 * confirmation cleared by the release (lib/plans/service.ts, releaseItem) waits until they happen to look again.
 * The notice waits a quarter of an hour, so that releasing three items in one sitting makes one mail, and is not sent
 * when the contact's page showed it after the release. It carries no link: only the token's hash is kept.
 */
export const UPDATE_NOTICE_DELAY_MS = 15 * 60 * 1000;

/** In the release's transaction: one waiting notice per live link of the client (a second release joins it). */
export async function scheduleUpdateNotices(practiceId: string, clientId: string, tx: Executor): Promise<void> {
  const runAt = new Date(Date.now() + UPDATE_NOTICE_DELAY_MS);
  for (const shareId of await liveShareIds(practiceId, clientId, tx)) {
    await enqueueJob(tx, 'plan_update_notice', { practiceId, shareId }, { runAt, key: `plan_update_notice:${practiceId}:${shareId}` });
  }
}

/**
 * The worker's task: mails the link's contact, in their language, if the link still shows the plan and something was
 * released that they have not seen (since the link was made, its page last shown or the last notice). The mail, the link's
 * `notified_at`, the client's timeline line and the audit entry commit together.
 */
export async function mailUpdateNotice({ practiceId, shareId }: { practiceId: string; shareId: string }): Promise<void> {
  await commitChange({
    actor: { practiceId, userId: null, kind: 'system' },
    write: async (tx) => {
      const row = await shareForNotice(practiceId, shareId, tx);
      const now = new Date();
      if (!row || !shareStillShows(row) || row.expiresAt <= now || !row.unseenRelease || !row.contactEmail) return { sent: null };
      await markShareNotified(practiceId, shareId, tx);
      const mail = planUpdateMail({
        to: row.contactEmail,
        locale: row.contactLocale,
        name: row.contactName,
        coach: row.coachName,
        coachEmail: row.coachEmail,
        practice: row.practiceName,
        employee: initialsOf(row.employeeFirstName, row.employeeLastName),
        expiresAt: row.expiresAt,
      });
      // Replies reach the coach the notice names (it comes from the no-reply address).
      return { sent: { clientId: row.clientId, role: row.contactRole, mail: { ...mail, replyTo: row.coachEmail } } };
    },
    timeline: ({ sent }) => (sent ? { clientId: sent.clientId, kind: 'share.update_mailed', data: { shareId, role: sent.role } } : null),
    audit: ({ sent }) => (sent ? { action: 'plan.update_mailed', entityType: 'plan_share', entityId: shareId } : null),
    after: async (tx, { sent }) => {
      // Naming its link: a notice still queued when the link ends (consent withdrawn, another manager) is not sent.
      if (sent) await deliver(practiceId, sent.mail, tx, { clientId: sent.clientId, link: { kind: 'share', id: shareId, notice: true } });
    },
  });
}

function planUpdateMail(args: {
  to: string;
  locale: Locale;
  name: string;
  coach: string;
  coachEmail: string;
  practice: string;
  /** The employee's initials, as the page and the share mail name them. */
  employee: string;
  expiresAt: Date;
}): Mail {
  const t = translatorFor(args.locale);
  return composeMail({
    to: args.to,
    locale: args.locale,
    subject: t('mail.planUpdate.subject', { practice: args.practice, employee: args.employee }),
    paragraphs: [
      t('mail.planUpdate.greeting', { name: args.name }),
      t('mail.planUpdate.body', { practice: args.practice, employee: args.employee }),
      t('mail.planUpdate.howToOpen', { coach: args.coach, email: args.coachEmail, date: args.expiresAt }),
      t('mail.planUpdate.privacy'),
    ],
    link: null,
    footer: t('mail.practiceFooter', { practice: args.practice }),
  });
}
