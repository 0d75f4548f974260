import 'server-only';
import type { Executor } from '@/db/client';
import type { holdClient } from '@/db/queries/clients';
import { getPractice } from '@/db/queries/practices';
import { managerToTellOfMeetings, sharesToTellOfMeetings } from '@/db/queries/shares';
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
 * A three-way meeting is the manager's too: the client's own manager and every contact whose share link still shows the
 * plan (its page lists these meetings) hear of one planned, moved or cancelled, once each, in the contact's language, in
 * the change's transaction. When and where only, the employee by initials; nothing while the client shares nothing with
 * the employer (no consent, or the trajectory closed).
 */
export async function mailContactsAboutMeeting(
  practiceId: string,
  clientId: string,
  compose: (recipient: MeetingRecipient) => Mail,
  tx: Executor,
  /** The contacts as they were before the change (a close ends their links): read with `meetingContacts` first. */
  contacts?: MeetingContacts,
) {
  for (const contact of contacts ?? (await meetingContacts(practiceId, clientId, tx))) {
    const mail = compose({
      to: contact.contactEmail,
      locale: contact.contactLocale,
      name: contact.contactName,
      coach: contact.coachName,
      coachEmail: contact.coachEmail,
      practice: contact.practiceName,
      address: contact.practiceAddress,
      employee: initialsOf(contact.employeeFirstName, contact.employeeLastName),
    });
    await deliver(practiceId, { ...mail, ...replyTo(contact.coachEmail) }, tx, { clientId });
  }
}

export type MeetingContacts = Awaited<ReturnType<typeof managerToTellOfMeetings>>;

/**
 * Whom to tell of a three-way meeting: the client's manager and the contacts with a link that still shows the plan, each
 * address once; read before a change that ends the links (closing the trajectory).
 */
export async function meetingContacts(practiceId: string, clientId: string, tx: Executor): Promise<MeetingContacts> {
  const [manager, shares] = await Promise.all([
    managerToTellOfMeetings(practiceId, clientId, tx),
    sharesToTellOfMeetings(practiceId, clientId, tx),
  ]);
  const told = new Set<string>();
  return [...manager, ...shares].filter((contact) => {
    const address = contact.contactEmail.trim().toLowerCase();
    if (!shareStillShows(contact) || !address || told.has(address)) return false;
    told.add(address);
    return true;
  });
}
