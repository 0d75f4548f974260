import 'server-only';
import { cache } from 'react';
import { isConsentGivenNow } from '@/db/queries/consents';
import { findAnswer, listAnswers, lockHomework, upsertAnswer } from '@/db/queries/homework';
import { findPortalLink, markPortalLinkUsed, setClientLocale } from '@/db/queries/portal';
import { findPortalHomework, findPortalHomeworkPage } from '@/db/queries/portal-records';
import { linkState, readLinkToken } from '@/lib/accounts/links';
import { type ActionResult, fail, ok } from '@/lib/actions/result';
import { audit } from '@/lib/audit';
import { type BaseValue, encodeCurrent, isStale } from '@/lib/autosave/bases';
import { ConsentRequiredError, requireCoachingAgreement } from '@/lib/caseload/consent-gate';
import { checkAnswer, storedBases } from '@/lib/homework/answers';
import { handInHomework } from '@/lib/homework/service';
import { formTemplates, isFormTemplate } from '@/lib/homework/templates';
import type { FormTemplate } from '@/lib/homework/types';
import type { Locale } from '@/lib/i18n/locales';
import { isUuid } from '@/lib/ids';
import type { AnswerInput } from '@/lib/intake/answer-rules';
import { completeMeasurement, saveAnswer } from '@/lib/intake/service';
import { type ChangeActor, commitChange } from '@/lib/services/commit';
import type { PortalClient } from './guards';
import { startPortalSession } from './links';

/**
 * What the client does in the portal. Every function takes the signed-in client and reaches only their own
 * records: another client's homework is "not found", exactly like one that does not exist.
 */

type Who = Pick<PortalClient, 'practiceId' | 'clientId'>;

const asClient = (client: Who): ChangeActor => ({ practiceId: client.practiceId, userId: null, kind: 'client' });

/**
 * The coaching agreement is not (or no longer) given: nothing of the client's answers is stored. The code is
 * the coach's `consent_required`; `_form` carries the client's own wording for the portal.
 */
const consentRefused = () => fail('consent_required', { fieldErrors: { _form: 'portal.homework.consentRequired' } });

/** The client's own wording on a portal refusal for a missing coaching agreement (the intake service answers plainly). */
function forClient<T>(result: ActionResult<T>): ActionResult<T> {
  return !result.ok && result.error === 'consent_required' ? consentRefused() : result;
}

/** The client's own homework (the portal's columns only), or null. */
export function findOwnHomework(client: Who, homeworkId: string) {
  return isUuid(homeworkId) ? findPortalHomework(client.practiceId, client.clientId, homeworkId) : Promise.resolve(null);
}

/**
 * The client's own homework for its page, with whether the coaching agreement is given now. Once per request: the
 * page's title (generateMetadata) and the page read the same row.
 */
export const findOwnHomeworkPage = cache((client: Who, homeworkId: string) =>
  isUuid(homeworkId) ? findPortalHomeworkPage(client.practiceId, client.clientId, homeworkId) : Promise.resolve(null),
);

/**
 * One field, saved on its own as the client fills it in (the autosave queue sends it). Refused as
 * `consent_required` once the coaching agreement is withdrawn: the upsert checks that itself (no extra
 * round trip on this hot path); only a refusal pays for finding out which reason it was.
 */
export async function saveHomeworkAnswer(
  client: Who,
  input: { homeworkId: string; fieldKey: string; value: string; bases?: BaseValue[] },
): Promise<ActionResult<{ savedAt: string }>> {
  const item = await findOwnHomework(client, input.homeworkId);
  if (!item || !isFormTemplate(item.template)) return fail('not_found');
  if (item.status === 'submitted') return fail('already_submitted');
  const template = formTemplates[item.template];
  const checked = checkAnswer(template, input.fieldKey, input.value);
  if (!checked.ok) return fail('validation', { fieldErrors: { [input.fieldKey]: checked.error } });
  // The upsert itself refuses a form handed in meanwhile, and a client without a given coaching agreement.
  const bases = input.bases && storedBases(template, input.fieldKey, input.bases);
  const savedAt = await upsertAnswer(client.practiceId, item.id, input.fieldKey, checked.value, undefined, bases);
  if (savedAt) return ok({ savedAt: savedAt.toISOString() });
  if (!(await isConsentGivenNow(client.practiceId, client.clientId, 'coaching_agreement'))) return consentRefused();
  const [open, stored] = await Promise.all([
    findOwnHomework(client, item.id),
    bases ? findAnswer(client.practiceId, item.id, input.fieldKey) : null,
  ]);
  // Withdrawn by the coach meanwhile: gone, not handed in.
  if (!open) return fail('not_found');
  // Kept: a newer value given on another device (lib/autosave/bases.ts), while the form is still open; the form shows it.
  if (bases && open.status !== 'submitted' && stored && isStale(stored.value, checked.value, bases)) {
    return fail('stale', { params: { current: encodeCurrent(stored.value) } });
  }
  return fail('already_submitted');
}

type Submission = { done: false; result: ActionResult<null> } | { done: true };

/**
 * Explicit: checks what must be filled in, then the form is read-only until the coach reopens it.
 * Refused as `consent_required` when the coaching agreement is not given (withdrawn).
 */
export async function submitHomework(client: Who, homeworkId: string): Promise<ActionResult<null>> {
  const item = await findOwnHomework(client, homeworkId);
  if (!item || !isFormTemplate(item.template)) return fail('not_found');
  try {
    return await submitInTransaction(client, item.id, formTemplates[item.template]);
  } catch (error) {
    if (error instanceof ConsentRequiredError) return consentRefused();
    throw error;
  }
}

async function submitInTransaction(client: Who, homeworkId: string, template: FormTemplate): Promise<ActionResult<null>> {
  const actor = asClient(client);
  const result = await commitChange<Submission>({
    actor,
    write: async (tx) => {
      // Checked under the row lock, so a field save arriving now cannot empty a required field afterwards.
      const locked = await lockHomework(client.practiceId, homeworkId, tx);
      if (!locked) return { done: false, result: fail('not_found') };
      if (locked.status === 'submitted') return { done: false, result: fail('already_submitted') };
      // Handing in is processing of the client's answers: the coaching agreement must still be on record.
      await requireCoachingAgreement(client.practiceId, client.clientId, tx);
      const missing = template.missingForSubmit(await listAnswers(client.practiceId, homeworkId, tx));
      if (missing.length > 0) {
        return {
          done: false,
          result: fail('validation', { fieldErrors: Object.fromEntries(missing.map((key) => [key, 'validation.required'])) }),
        };
      }
      await handInHomework(actor, { homeworkId }, tx);
      return { done: true };
    },
  });
  if (!result.ok) return result;
  return result.data.done ? ok(null) : result.data.result;
}

async function ownMeasurement(client: Who, homeworkId: string) {
  const item = await findOwnHomework(client, homeworkId);
  return item && item.template === 'measure_again' && item.measurementId ? { item, measurementId: item.measurementId } : null;
}

/** "Measure again": one answer of the measurement this homework created, through the intake service. */
export async function saveMeasurementAnswer(
  client: Who,
  homeworkId: string,
  answer: AnswerInput,
): Promise<ActionResult<{ savedAt: string }>> {
  const own = await ownMeasurement(client, homeworkId);
  if (!own) return fail('not_found');
  if (own.item.status === 'submitted') return fail('already_submitted');
  const result = await saveAnswer(client.practiceId, own.measurementId, answer, 'client');
  // Completed meanwhile (which hands the homework in): the same refusal as above.
  return !result.ok && result.error === 'forbidden' ? fail('already_submitted') : forClient(result);
}

/** Completing the measurement hands the homework in (the intake service does both in one transaction). */
export async function completeMeasurementHomework(client: Who, homeworkId: string): Promise<ActionResult<null>> {
  const own = await ownMeasurement(client, homeworkId);
  if (!own) return fail('not_found');
  // A second tab or a retry: already done.
  if (own.item.status === 'submitted') return ok(null);
  return forClient(await completeMeasurement(client.practiceId, own.measurementId, { kind: 'client', userId: null }));
}

/** A new session's cookie, or null when the visitor is already signed in as this link's client (nothing to set). */
export type PortalSignIn = { cookieValue: string | null; redirectTo: string; locale: 'nl' | 'en' };

/**
 * Consumes a magic link once: starts a portal session and says where the link was meant to lead.
 * Refused as `link_invalid`, `link_expired` or `link_used`; `params.next` is where to go after a new link. A link of a
 * client whose trajectory is closed is refused as `account_inactive` (the coaching has ended; no new link will come).
 * A used link of the client who is signed in (`signedIn`, from the portal cookie) is no refusal: that is a double tap
 * on "Sign in", whose first tap signed them in; they go where the link leads.
 */
export async function consumePortalLink(
  token: string,
  signedIn: { practiceId: string; clientId: string } | null = null,
): Promise<ActionResult<PortalSignIn>> {
  const link = readLinkToken(token);
  if (!link) return fail('link_invalid');
  const row = await findPortalLink(link.practiceId, link.tokenHash);
  // A closed trajectory: no session would be accepted, so say the coaching has ended (also for a used or expired link,
  // whose "ask for a new link" would send nothing). Nothing is used up or started.
  if (row && !row.archivedAt && row.status === 'closed') return fail('account_inactive');
  const state = row?.archivedAt ? 'link_invalid' : linkState(row);
  const alreadyIn = () =>
    row !== null && signedIn?.practiceId === row.practiceId && signedIn.clientId === row.clientId
      ? ok({ cookieValue: null, redirectTo: row.redirectTo, locale: row.locale })
      : null;
  if (!row || state !== 'valid') {
    if (state === 'link_used') {
      const done = alreadyIn();
      if (done) return done;
    }
    const refusal = state === 'valid' ? 'link_invalid' : state;
    return fail(refusal, row ? { params: { next: row.redirectTo } } : {});
  }
  const result = await commitChange({
    actor: { practiceId: row.practiceId, userId: null, kind: 'client' },
    // Used by a second click in the meantime: null, so `stale`, which is `link_used` here.
    write: async (tx) =>
      (await markPortalLinkUsed(row.practiceId, row.id, tx)) ? startPortalSession(row.practiceId, row.clientId, tx) : null,
    audit: () => ({ action: 'portal.signed_in', entityType: 'client', entityId: row.clientId }),
  });
  if (!result.ok) {
    if (result.error !== 'stale') return fail(result.error, { params: { next: row.redirectTo } });
    return alreadyIn() ?? fail('link_used', { params: { next: row.redirectTo } });
  }
  return ok({ cookieValue: result.data.cookieValue, redirectTo: row.redirectTo, locale: row.locale });
}

/** What the client opened in the portal, in the audit log (the coach can see the client has looked). */
export async function recordPortalView(client: Who, what: { homeworkId: string } | 'home' | 'plan'): Promise<void> {
  const entry =
    what === 'home' || what === 'plan'
      ? ({ action: `portal.${what}_viewed`, entityType: 'client', entityId: client.clientId } as const)
      : ({ action: 'portal.homework_viewed', entityType: 'homework', entityId: what.homeworkId } as const);
  await audit({ practiceId: client.practiceId, actorKind: 'client', ...entry });
}

/**
 * The client chooses the portal's language: stored on the client (the next sign-in link, the portal and the mails
 * follow it, as when the coach sets it), audited as the client's own change. A preference, not a care event: no
 * timeline line.
 */
export async function setClientLanguage(client: Who, locale: Locale): Promise<ActionResult<null>> {
  const result = await commitChange({
    actor: asClient(client),
    write: async (tx) => ({ changed: await setClientLocale(client.practiceId, client.clientId, locale, tx) }),
    // The language it already was (a tap on the current one): nothing changed, nothing to audit.
    changed: ({ changed }) => changed,
    audit: () => ({ action: 'portal.language_changed', entityType: 'client', entityId: client.clientId, metadata: { locale } }),
  });
  return result.ok ? ok(null) : result;
}
