import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { headers } from 'next/headers';
import { cache } from 'react';
import type { z } from 'zod';
import { isInvalidText } from '@/db/errors';
import { getPracticeLogo } from '@/db/queries/practices';
import { reportClientHead } from '@/db/queries/reports';
import { employerViewData, findShareByTokenHash } from '@/db/queries/shares';
import { type ActionResult, fail, ok } from '@/lib/actions/result';
import { fieldErrorsOf } from '@/lib/actions/zod-errors';
import { audit } from '@/lib/audit';
import { currentActor } from '@/lib/auth/guards';
import { hashToken } from '@/lib/auth/tokens';
import type { Locale } from '@/lib/i18n/locales';
import { logError } from '@/lib/log';
import { buildEmployerView, type EmployerView } from '@/lib/plans/employer-view';
import {
  employerComment,
  employerConfirm,
  employerSetStatus,
  type OpenShare,
  recordShareOpening,
  SHARE_TOKEN_LENGTH,
} from '@/lib/plans/service';
import { reportBranding } from '@/lib/reports/branding';
import { initialsOf } from '@/lib/reports/file-name';
import { employerCommentSchema, employerConfirmSchema, employerOpeningSchema, employerStatusSchema } from '@/lib/schemas/plan';
import { hasLoneSurrogate } from '@/lib/schemas/well-formed';
import { clientIpFrom } from '@/lib/security/client-ip';
import { consume, POLICIES, refund } from '@/lib/security/rate-limit';
import { LINK_GONE } from './action-error';
import { shareStillShows } from './liveness';

/**
 * The share page's own guard: no coach or portal session, only the token in the URL. The ONLY way
 * app/share/ reaches data: it answers with the employer view (lib/plans/employer-view.ts) or with a
 * state that reveals nothing about the plan or the client.
 */

/** Failed lookups allowed per IP per window before the page stops answering (link guessing). */
export const GUESS_LIMIT = POLICIES.shareGuessIp.points;

const TOKEN = /^[A-Za-z0-9_-]+$/;

export type ShareState =
  | { state: 'ok'; view: EmployerView }
  | { state: 'expired'; locale: Locale }
  | { state: 'not_found' }
  | { state: 'rate_limited' };

type Resolved = { state: 'ok'; share: OpenShare; locale: Locale; confirmedAt: Date | null } | Exclude<ShareState, { state: 'ok' }>;

async function callerIp(): Promise<string | null> {
  return clientIpFrom(await headers());
}

/**
 * Token → share, or a state that says nothing. Wrong length or characters never reach the database.
 * Every lookup first spends a point of the per-IP guessing limit in one atomic step (lib/security/rate-limit.ts),
 * so parallel guesses cannot slip past a check; a lookup that finds a live share gets its point back.
 */
/**
 * Once per request (React's cache): the page's language (lib/i18n/request.ts, shareLocale) and the page itself ask for
 * the same token, and spend one guess of the rate limit between them.
 */
const resolve = cache(async (token: string, ip: string | null): Promise<Resolved> => {
  if (!(await consume('shareGuessIp', ip)).ok) return { state: 'rate_limited' };
  const resolved = await lookUp(token, Date.now());
  if (resolved.state === 'ok' || resolved.state === 'expired') await refund('shareGuessIp', ip);
  return resolved;
});

/**
 * The language of the link's contact, for the whole page (its `<html lang>`, the shell's texts): the page is written in
 * it, whatever language the visitor's browser chose before. Through the rate-limited resolve, so a guess learns nothing
 * here that the page does not tell; null for an unknown or refused token (the visitor's own language then).
 */
export async function shareLocale(token: string): Promise<Locale | null> {
  const resolved = await resolve(token, await callerIp());
  return resolved.state === 'ok' || resolved.state === 'expired' ? resolved.locale : null;
}

async function lookUp(token: string, now: number): Promise<Resolved> {
  const miss = async (): Promise<Resolved> => ({ state: 'not_found' });
  if (typeof token !== 'string' || token.length !== SHARE_TOKEN_LENGTH || !TOKEN.test(token)) return miss();
  const wanted = hashToken(token);
  const row = await findShareByTokenHash(wanted);
  // Compare the full hashes in constant time as well (the lookup itself is by hash, so timing says nothing about the token).
  if (!row || !timingSafeEqual(Buffer.from(row.tokenHash, 'hex'), Buffer.from(wanted, 'hex'))) return miss();
  // Revoked, a closed or archived trajectory, no sharing consent (any more), or the contact no longer a manager/HR of
  // the client's employer: as if it never existed. (Withdrawal, closing and archiving also revoke the shares.)
  if (!shareStillShows(row)) return { state: 'not_found' };
  if (row.expiresAt.getTime() <= now) return { state: 'expired', locale: row.contactLocale };
  return {
    state: 'ok',
    share: { practiceId: row.practiceId, id: row.id, clientId: row.clientId },
    locale: row.contactLocale,
    confirmedAt: row.confirmedAt,
  };
}

/** Everything the share page may show, through the one employer-view function. */
export async function employerViewFor(share: OpenShare, locale: Locale, confirmedAt: Date | null): Promise<EmployerView> {
  // The coach's own manager report has no link (id ''): the last confirmation through a link that still shows, no messages.
  const { items, meetings, context, lastConfirmedAt, ownComments } = await employerViewData(
    share.practiceId,
    share.clientId,
    new Date(),
    share.id || null,
  );
  return buildEmployerView({
    locale,
    releasedItems: items,
    meetings,
    coach: { name: context?.coachName ?? '', email: context?.coachEmail ?? '' },
    practice: { name: context?.practiceName ?? '', hasLogo: Boolean(context?.hasLogo) },
    employeeInitials: context ? initialsOf(context.employeeFirstName, context.employeeLastName) : '',
    confirmedAt,
    lastConfirmedAt,
    ownComments,
  });
}

/**
 * For the share page: resolves the token and builds the view. It records nothing: any fetch renders the page (a link
 * preview in Teams or Slack, a mail scanner, the coach checking the link), so the opening is recorded by the page once it
 * runs in a browser (recordSharedPlanOpening).
 */
export async function openSharedPlan(token: string): Promise<ShareState> {
  const resolved = await resolve(token, await callerIp());
  if (resolved.state !== 'ok') return resolved;
  return { state: 'ok', view: await employerViewFor(resolved.share, resolved.locale, resolved.confirmedAt) };
}

/** The manager report behind a live token: the employer view, the practice's branding, the client's name for the file name, and its audit. */
export async function openSharedReport(token: string) {
  const ip = await callerIp();
  const resolved = await resolve(token, ip);
  if (resolved.state !== 'ok') return null;
  const { share } = resolved;
  // The branding and the client's name (for the file name) come in one statement with the report head.
  const [view, head] = await Promise.all([
    employerViewFor(share, resolved.locale, resolved.confirmedAt),
    reportClientHead(share.practiceId, share.clientId),
  ]);
  const branding = head ? reportBranding(head) : { reportColor: '#0f766e', logo: null };
  return {
    view,
    branding: { reportColor: branding.reportColor, logo: branding.logo },
    client: { firstName: head?.firstName ?? '', lastName: head?.lastName ?? '' },
    /** The key of this link's report limit (lib/reports/downloads.ts). */
    reader: `share:${share.id}`,
    recordDownload: () =>
      audit({
        practiceId: share.practiceId,
        actorKind: 'employer',
        action: 'report.downloaded',
        entityType: 'client',
        entityId: share.clientId,
        metadata: { kind: 'manager', shareId: share.id },
        ip,
      }),
  };
}

/** The practice's logo behind a valid token (for the share page's header); null otherwise. */
export async function shareLogo(token: string): Promise<{ data: Buffer; mime: string } | null> {
  const resolved = await resolve(token, await callerIp());
  if (resolved.state !== 'ok') return null;
  const logo = await getPracticeLogo(resolved.share.practiceId);
  return logo ? { data: logo.data, mime: logo.mime } : null;
}

/** The share page's actions: token checked first (with the same rate limit), then the input, then the service. */
function shareAction<S extends z.ZodType<{ token: string }>>(
  schema: S,
  handler: (share: OpenShare, input: z.output<S>, ip: string | null) => Promise<ActionResult<null>>,
) {
  return async (raw: unknown): Promise<ActionResult<null>> => {
    try {
      const token = (raw as { token?: unknown } | null)?.token;
      const ip = await callerIp();
      const resolved = await resolve(typeof token === 'string' ? token : '', ip);
      if (resolved.state === 'rate_limited') return fail('rate_limited');
      if (resolved.state === 'expired') return fail('link_expired');
      // The link itself is gone (revoked, ended with the consent or the trajectory): said as such, not as an item the
      // employee no longer shares, which is the service's own not_found (lib/share/action-error.ts).
      if (resolved.state !== 'ok') return fail('not_found', { params: LINK_GONE });
      if (hasLoneSurrogate(raw)) return fail('invalid_characters');
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return fail('validation', { fieldErrors: fieldErrorsOf(parsed.error) });
      return await handler(resolved.share, parsed.data, ip);
    } catch (error) {
      if (isInvalidText(error)) return fail('invalid_characters');
      logError('share action', error);
      return fail('server');
    }
  };
}

/**
 * The share page, running in a browser, says it was opened (app/share/[token]/opening.tsx): recorded for the client and
 * the coach (lib/plans/service.ts, recordShareOpening). Not when a coach of the practice opens the link (to check it):
 * that is not the employer looking.
 */
export const recordSharedPlanOpening = shareAction(employerOpeningSchema, async (share, input, ip) => {
  const coach = await currentActor();
  if (coach?.practiceId === share.practiceId) return ok(null);
  return recordShareOpening(share, { seen: input.seen, ip });
});
export const confirmSharedPlan = shareAction(employerConfirmSchema, (share, input) => employerConfirm(share, input.seen));
export const setSharedItemStatus = shareAction(employerStatusSchema, async (share, input) =>
  // Each change is an item version, a timeline line and an audit entry: a limit per link, as for comments.
  (await consume('shareStatus', share.id)).ok ? employerSetStatus(share, input) : fail('rate_limited'),
);
export const commentOnSharedPlan = shareAction(employerCommentSchema, async (share, input) =>
  // A live link gets its guessing point back, so comments have a limit of their own, per link.
  (await consume('shareComment', share.id)).ok ? employerComment(share, input) : fail('rate_limited'),
);
