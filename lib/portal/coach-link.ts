import 'server-only';
import { holdClient } from '@/db/queries/clients';
import { getPractice } from '@/db/queries/practices';
import { type ActionResult, fail, ok } from '@/lib/actions/result';
import type { AccessibleClient } from '@/lib/auth/client-access';
import type { Actor } from '@/lib/auth/guards';
import { commitChange } from '@/lib/services/commit';
import { countLinkRequest, mailSignInLink, type Verdict } from './link-requests';
import { PORTAL_HOME, portalClosedFor } from './rules';

/**
 * The coach's side of the portal's sign-in link: the same link and mail as the client's own request
 * (link-requests.ts), sent from the client's record. Its own module, so that the portal's pages and actions do not
 * carry the coach's texts.
 */

/** What the coach's "Email a sign-in link" answers: the address it went to, and whether one went there just before. */
export type PortalLinkSent = { to: string; repeat: boolean };

/** Why the portal is not for this client, in the coach's words (the card says the same before any button is shown). */
const REFUSALS = {
  archived: () => fail('account_inactive', { fieldErrors: { _form: 'clients.portal.errors.archived' } }),
  closed: () => fail('account_inactive', { fieldErrors: { _form: 'clients.portal.errors.closed' } }),
  no_email: () => fail('validation', { fieldErrors: { _form: 'clients.portal.errors.noEmail' } }),
} as const;

type Sending = { refused: keyof typeof REFUSALS } | { verdict: Verdict; to: string };

/**
 * The coach mails their client the portal's sign-in link: the same link and mail as the client's own request (to the
 * portal's home), under the same limits of that address (3 a quarter-hour, 10 a day, the client's own requests counted
 * with the coach's; a second one within the minute sends nothing again). Checked under the hold on the client's row:
 * the portal refuses a closed trajectory and an archived record, and so does this. Audited as the coach's; the mail is
 * enqueued in the same transaction.
 */
export async function mailPortalLinkToClient(
  actor: Actor,
  client: AccessibleClient,
  now = new Date(),
): Promise<ActionResult<PortalLinkSent>> {
  const refused = portalClosedFor(client);
  if (refused) return REFUSALS[refused]();
  const result = await commitChange<Sending>({
    actor: { practiceId: actor.practiceId, userId: actor.userId, kind: 'coach' },
    write: async (tx) => {
      // Closed, archived or given another address meanwhile: as it is now, and those changes wait for this one.
      const held = await holdClient(actor.practiceId, client.id, tx);
      if (!held) return null;
      const closed = portalClosedFor(held);
      if (closed) return { refused: closed };
      const verdict = await countLinkRequest(held.email, now, tx);
      if (verdict.kind === 'take') {
        const practice = await getPractice(actor.practiceId, tx);
        const recipient = { ...held, practiceId: actor.practiceId, practiceName: practice?.name ?? '' };
        await mailSignInLink(recipient, PORTAL_HOME, tx, actor.name);
      }
      return { verdict, to: held.email };
    },
    // Only a link that went out is a change: a refusal, a repeat and a reached limit leave no entry.
    changed: (sending) => 'verdict' in sending && sending.verdict.kind === 'take',
    audit: () => ({ action: 'portal.link_sent', entityType: 'client', entityId: client.id }),
  });
  if (!result.ok) return result.error === 'stale' ? fail('not_found') : result;
  const sending = result.data;
  if ('refused' in sending) return REFUSALS[sending.refused]();
  const { verdict, to } = sending;
  if (verdict.kind === 'limited') {
    const hours = Math.ceil(verdict.minutes / 60);
    return verdict.minutes > 60
      ? fail('rate_limited', { params: { hours }, fieldErrors: { _form: 'clients.portal.errors.rateLimitedHours' } })
      : fail('rate_limited', { params: { minutes: verdict.minutes }, fieldErrors: { _form: 'clients.portal.errors.rateLimited' } });
  }
  return ok({ to, repeat: verdict.kind === 'repeat' });
}
