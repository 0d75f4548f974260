import 'server-only';
import type { Executor } from '@/db/client';
import type { holdClient } from '@/db/queries/clients';
import { getPractice } from '@/db/queries/practices';
import { sharesToTellOfMeetings } from '@/db/queries/shares';
import { findUser } from '@/db/queries/users';
import type { MeetingRecipient, SessionRecipient } from '@/lib/mail/session-templates';
import { deliver, type Mail } from '@/lib/mail/transport';
import { initialsOf } from '@/lib/reports/file-name';
import { shareStillShows } from '@/lib/share/liveness';

export type HeldClient = NonNullable<Awaited<ReturnType<typeof holdClient>>>;

/**
 * The client hears of sessions planned, moved or cancelled by mail, enqueued in the change's transaction: to the
 * address on the client's row as held (a correction meanwhile is waited for), in the client's language, naming the
 * coach in whose agenda the sessions are. A record without an address (emptied when it was erased) gets none.
 */
export async function mailClientAboutSessions(
  practiceId: string,
  client: HeldClient,
  coachId: string,
  compose: (recipient: SessionRecipient) => Mail,
  tx: Executor,
) {
  if (!client.email.trim()) return;
  const [practice, coach] = await Promise.all([getPractice(practiceId, tx), findUser(practiceId, coachId, tx)]);
  const mail = compose({
    to: client.email,
    locale: client.locale,
    name: client.firstName,
    coach: coach?.name ?? '',
    coachEmail: coach?.email ?? '',
    practice: practice?.name ?? '',
    address: practice?.address ?? '',
  });
  await deliver(practiceId, { ...mail, ...replyTo(coach?.email) }, tx, { clientId: client.id });
}

/** Replies reach the coach the mail names, not the no-reply address it comes from. */
const replyTo = (email: string | undefined) => (email?.trim() ? { replyTo: email.trim() } : {});

/**
 * A three-way meeting is the manager's too: every contact whose share link still shows the plan (its page lists these
 * meetings) hears of one planned, moved or cancelled, in the contact's language, in the change's transaction. When and
 * where only, the employee by initials; nothing for a client who shares nothing (no live link, or consent withdrawn).
 */
export async function mailContactsAboutMeeting(
  practiceId: string,
  clientId: string,
  compose: (recipient: MeetingRecipient) => Mail,
  tx: Executor,
  /** The links as they were before the change (a close ends them): read with `meetingContacts` first. */
  shares?: MeetingContacts,
) {
  for (const share of shares ?? (await sharesToTellOfMeetings(practiceId, clientId, tx))) {
    if (!shareStillShows(share) || !share.contactEmail.trim()) continue;
    const mail = compose({
      to: share.contactEmail,
      locale: share.contactLocale,
      name: share.contactName,
      coach: share.coachName,
      coachEmail: share.coachEmail,
      practice: share.practiceName,
      address: share.practiceAddress,
      employee: initialsOf(share.employeeFirstName, share.employeeLastName),
    });
    await deliver(practiceId, { ...mail, ...replyTo(share.coachEmail) }, tx, { clientId });
  }
}

export type MeetingContacts = Awaited<ReturnType<typeof sharesToTellOfMeetings>>;

/** The contacts to tell of a meeting, read before a change that ends their links (closing the trajectory). */
export const meetingContacts = (practiceId: string, clientId: string, tx: Executor): Promise<MeetingContacts> =>
  sharesToTellOfMeetings(practiceId, clientId, tx);
