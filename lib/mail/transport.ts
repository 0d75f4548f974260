import 'server-only';
import type { Executor } from '@/db/client';
import { enqueueJob, type MailLink } from './queue';

/** `replyTo`: the coach a mail names as the one to write to (it comes from the practice's no-reply address). */
export type Mail = { to: string; subject: string; text: string; html: string; replyTo?: string };

/** True when mails are kept in the outbox table instead of sent (no SMTP_URL: the embedded default). */
export function usesOutbox(): boolean {
  return !process.env.SMTP_URL;
}

/**
 * The one way mail leaves the app: enqueues it in `ex`, the transaction of the change that causes the
 * mail. Pass that transaction (commitChange's `after` hook gives it): the mail then goes only if the
 * change commits, and a mail server that is down never rolls the change back. The worker
 * (lib/mail/worker.ts) sends it after the commit, with retries; failures show on the owner's outbox page. `about`: the
 * client a mail concerns (to them, or to their manager about their plan), so that erasing the client erases it too;
 * and until when the link in it works, so that a failed mail is not sent again with a dead link (lib/mail/service.ts). A
 * share link or an invitation is named (`link`) so that its state when the mail is sent again counts: renewed, still
 * good; revoked, replaced or used, dead.
 */
export async function deliver(
  practiceId: string,
  mail: Mail,
  ex: Executor,
  about: { clientId?: string; linkExpiresAt?: Date; link?: MailLink } = {},
): Promise<void> {
  await enqueueJob(ex, 'send_mail', {
    practiceId,
    ...(about.clientId ? { clientId: about.clientId } : {}),
    ...(about.linkExpiresAt ? { linkExpiresAt: about.linkExpiresAt.toISOString() } : {}),
    ...(about.link ? { link: about.link } : {}),
    mail: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, ...(mail.replyTo ? { replyTo: mail.replyTo } : {}) },
  });
}
