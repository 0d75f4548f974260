import 'server-only';
import { holdClient } from '@/db/queries/clients';
import { rescheduleFailedMail } from '@/db/queries/outbox';
import { type ActionResult, fail, ok } from '@/lib/actions/result';
import type { Actor } from '@/lib/auth/guards';
import { commitChange } from '@/lib/services/commit';
import type { MailLink } from './queue';

/**
 * "Send again" on the outbox page: a mail that failed for good (every attempt used, lib/mail/queue.ts) goes back into
 * the queue with its attempts reset, and the worker sends it at once. The owner's, like the outbox itself; a mail that
 * is not (or no longer) failed, or another practice's, is `not_found`. Audited with the job id only, never the
 * address or subject.
 */
export async function retryFailedMail(actor: Actor, jobId: string): Promise<ActionResult<null>> {
  if (actor.role !== 'owner') return fail('forbidden');
  const result = await commitChange({
    actor: { practiceId: actor.practiceId, userId: actor.userId, kind: 'coach' },
    write: async (tx) => ({ retried: await rescheduleFailedMail(actor.practiceId, jobId, tx) }),
    changed: (r) => r.retried,
    audit: () => ({ action: 'practice.mail_retried', entityType: 'practice', entityId: actor.practiceId, metadata: { jobId } }),
  });
  if (!result.ok) return result;
  return result.data.retried ? ok(null) : fail('not_found');
}

/**
 * A share link's mail the worker did not send because the link had ended while the mail waited (lib/mail/worker.ts): the
 * client's timeline says so, so the coach does not believe the manager was mailed. Nothing when the client is gone.
 */
export async function recordDroppedShareMail(practiceId: string, clientId: string, shareId: string, notice = false): Promise<void> {
  await commitChange({
    actor: { practiceId, userId: null, kind: 'system' },
    write: async (tx) => ((await holdClient(practiceId, clientId, tx)) ? { shareId } : null),
    // An update notice's timeline line ("was told by email") was written when it was queued: this one corrects it.
    timeline: () => ({ clientId, kind: notice ? 'share.update_mail_dropped' : 'share.mail_dropped', data: { shareId } }),
    audit: () => ({ action: notice ? 'plan.update_mail_dropped' : 'plan.share_mail_dropped', entityType: 'plan_share', entityId: shareId }),
  });
}

/**
 * A mail about a client that failed for good (its last attempt refused, or its address refused at once: lib/mail/worker.ts): the client's timeline says
 * which one, so a coach who is not the owner (only the owner sees the outbox) does not believe the manager or the client
 * was told. Nothing when the client is gone. Only what kind of mail, never its address or subject.
 */
export async function recordFailedClientMail(
  practiceId: string,
  clientId: string,
  link: MailLink | undefined,
  addressRefused = false,
): Promise<void> {
  const about = link?.notice ? 'notice' : (link?.kind ?? 'client');
  // Why: the address refused at once (lib/mail/refusal.ts), or every attempt used.
  const reason = addressRefused ? 'address' : 'attempts';
  await commitChange({
    actor: { practiceId, userId: null, kind: 'system' },
    write: async (tx) => ((await holdClient(practiceId, clientId, tx)) ? { clientId } : null),
    timeline: () => ({ clientId, kind: 'client.mail_failed', data: { about, reason } }),
    audit: () => ({ action: 'client.mail_failed', entityType: 'client', entityId: clientId, metadata: { about, reason } }),
  });
}
