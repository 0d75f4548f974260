import 'server-only';
import type { Executor } from '@/db/client';
import type { holdClient } from '@/db/queries/clients';
import { getPractice } from '@/db/queries/practices';
import { findUser } from '@/db/queries/users';
import type { SessionRecipient } from '@/lib/mail/session-templates';
import { deliver, type Mail } from '@/lib/mail/transport';

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
  await deliver(practiceId, mail, tx, { clientId: client.id });
}
