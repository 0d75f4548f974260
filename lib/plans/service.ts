import { withLocale } from '@/lib/i18n/locale-link';
import 'server-only';
import { randomBytes, randomUUID } from 'node:crypto';
import { type Executor, getDb } from '@/db/client';
import { keyShareClient, lockClient } from '@/db/queries/clients';
import { isConsentGivenNow } from '@/db/queries/consents';
import { findMeasurementHead } from '@/db/queries/measurements';
import {
  deleteDismissedSuggestion,
  findItemFromSource,
  findPlanItem,
  insertDismissedSuggestion,
  insertEmployerAction,
  insertEmployerComment,
  insertPlanItem,
  insertRelease,
  listReleasedItems,
  lockEmployerWording,
  openRelease,
  type PlanItemWrite,
  reorderPlanItems,
  updatePlanItem,
  withdrawRelease,
} from '@/db/queries/plans';
import { clientEmployerId, findContact, lockContact } from '@/db/queries/plans-contacts';
import { getPractice } from '@/db/queries/practices';
import {
  clearShareConfirmations,
  employerViewData,
  findShare,
  hasLiveShare,
  insertOpening,
  insertShare,
  lockClientShares,
  lockShareFacts,
  markShareConfirmed,
  markShareSeen,
  revokeShareRow,
  shareOpenedWithin,
  updateShareExpiry,
} from '@/db/queries/shares';
import { findUser } from '@/db/queries/users';
import type { PlanItem, PlanShare } from '@/db/schema';
import { messageWithParams } from '@/lib/actions/message-params';
import { type ActionResult, fail, ok } from '@/lib/actions/result';
import { requireClientAccess } from '@/lib/auth/client-access';
import type { Actor } from '@/lib/auth/guards';
import { hashToken } from '@/lib/auth/tokens';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { composeMail } from '@/lib/mail/compose';
import { deliver, type Mail } from '@/lib/mail/transport';
import { releasedStamp } from '@/lib/plans/employer-view';
import { findHealthWords } from '@/lib/plans/health-words';
import { initialsOf } from '@/lib/reports/file-name';
import { type ChangeActor, commitChange, StaleError, type TimelineLine } from '@/lib/services/commit';
import { shareStillShows } from '@/lib/share/liveness';
import { appUrl } from '@/lib/urls';
import { EMPLOYER_OWNERS, type PlanStatus } from './types';
import { scheduleUpdateNotices } from './update-notice';

/** 30 days: the default (and renewed) life of a share link. */
export const SHARE_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** A link renews to 30 days from now; within a day of the last renewal (or its making) that moves nothing. */
const RENEW_AGAIN_AFTER_MS = 24 * 60 * 60 * 1000;
/** 32 random bytes (256 bits) in base64url: 43 characters. */
export const SHARE_TOKEN_LENGTH = 43;

const refused = (key: string) => fail('validation', { fieldErrors: { _form: `plan.errors.${key}` } });

/** Thrown inside a sharing write when the client's consent to share with the employer is not (or no longer) given. */
class SharingConsentMissing extends Error {}

/**
 * Sharing anything with the employer needs the client's recorded consent (lib/caseload, kind employer_sharing). Checked
 * under the client's row lock, the one a withdrawal takes, so a withdrawal and a share or release cannot interleave.
 */
async function requireSharingConsent(practiceId: string, clientId: string, tx: Executor) {
  const locked = await lockClient(practiceId, clientId, tx);
  if (!locked || !(await isConsentGivenNow(practiceId, clientId, 'employer_sharing', tx))) throw new SharingConsentMissing();
  return locked;
}

/** The refusal for a missing sharing consent, worded for whoever asked: the coach records it, the client asks the coach. */
async function withSharingConsent<T>(who: 'coach' | 'client', change: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await change();
  } catch (error) {
    if (error instanceof SharingConsentMissing) return refused(who === 'client' ? 'sharingConsentClient' : 'sharingConsent');
    throw error;
  }
}

const coachActor = (actor: Actor): ChangeActor => ({ practiceId: actor.practiceId, userId: actor.userId, kind: 'coach' });

/** An item this coach may reach (same practice, client visible to them), else null ("not found"). */
async function reachableItem(actor: Actor, itemId: string): Promise<PlanItem | null> {
  const item = await findPlanItem(actor.practiceId, itemId);
  if (!item) return null;
  await requireClientAccess(actor, item.clientId);
  return item;
}

// ---------------------------------------------------------------- the coach's plan

export type PlanItemFields = PlanItemWrite extends infer W ? Omit<W, 'status'> : never;

export async function createPlanItem(
  actor: Actor,
  input: PlanItemFields & { clientId: string; requestId: string; source: string },
): Promise<ActionResult<{ itemId: string }>> {
  const client = await requireClientAccess(actor, input.clientId);
  const { clientId: _c, requestId, source, ...fields } = input;
  const result = await commitChange({
    actor: coachActor(actor),
    write: async (tx) => {
      if (source !== 'manual') {
        // A suggestion is in the plan once (the plan page hides it then): accepted again from a second tab or by a
        // retry, it is the item already there. The client's lock puts two such accepts one after the other.
        await lockClient(actor.practiceId, client.id, tx);
        const existing = await findItemFromSource(actor.practiceId, client.id, source, tx);
        if (existing) return { itemId: existing.id, added: false };
      }
      const values = { ...fields, status: 'planned' as const, clientId: client.id, source, createdBy: actor.userId };
      const row = await insertPlanItem(actor.practiceId, { ...values, id: requestId }, tx);
      if (row) return { itemId: row.id, added: true };
      // The same item sent again (its answer lost on the way back): the one it made. The id on another client's item
      // is not this item: refused. The id with other texts (a draft put back and filled in anew) is a new item.
      const made = await findPlanItem(actor.practiceId, requestId, tx);
      if (made?.clientId !== client.id) return null;
      const same =
        made.title === fields.title && made.description === fields.description && made.employerWording === fields.employerWording;
      if (same) return { itemId: requestId, added: false };
      const another = await insertPlanItem(actor.practiceId, { ...values, id: randomUUID() }, tx);
      return another && { itemId: another.id, added: true };
    },
    changed: ({ added }) => added,
    timeline: ({ itemId }) => ({ clientId: client.id, kind: 'plan.item_added', data: { itemId, title: fields.title, source } }),
    audit: ({ itemId }) => ({ action: 'plan.item_added', entityType: 'plan_item', entityId: itemId, metadata: { source } }),
  });
  return result.ok ? ok({ itemId: result.data.itemId }) : result;
}

/** The timeline line and audit entry of a release a coach's change withdrew (an edit of what the employer sees, a drop). */
function withdrawnLines(clientId: string, itemId: string, title: string, reason: 'wording_changed' | 'details_changed' | 'item_dropped') {
  return {
    timeline: [{ clientId, kind: 'plan.release_withdrawn' as const, data: { itemId, title, reason } }],
    audit: [{ action: 'plan.release_withdrawn' as const, entityType: 'plan_item', entityId: itemId, metadata: { reason } }],
  };
}

/**
 * Edits an item. Changing what the employer of a released item sees (its wording, who does it, by when) withdraws the
 * release (recorded): the employer sees nothing of it until the client has reviewed and released it again.
 */
export async function editPlanItem(
  actor: Actor,
  input: PlanItemFields & { itemId: string; version: number },
): Promise<ActionResult<{ version: number; withdrawn: 'wording_changed' | 'details_changed' | null }>> {
  const item = await reachableItem(actor, input.itemId);
  if (!item) return fail('not_found');
  const { itemId, version, ...fields } = input;
  return commitChange({
    actor: coachActor(actor),
    write: async (tx) => {
      const row = await updatePlanItem(actor.practiceId, itemId, version, fields, tx);
      if (!row) return null;
      const reason = employerSideChange(item, fields);
      const withdrawn = reason ? Boolean(await withdrawRelease(actor.practiceId, itemId, reason, tx)) : false;
      return { version: row.version, withdrawn: withdrawn ? reason : null };
    },
    timeline: ({ withdrawn }): TimelineLine[] => [
      { clientId: item.clientId, kind: 'plan.item_updated', data: { itemId, title: fields.title } },
      ...(withdrawn ? withdrawnLines(item.clientId, itemId, fields.title, withdrawn).timeline : []),
    ],
    audit: ({ withdrawn }) => [
      { action: 'plan.item_updated', entityType: 'plan_item', entityId: itemId },
      ...(withdrawn ? withdrawnLines(item.clientId, itemId, fields.title, withdrawn).audit : []),
    ],
  });
}

/** What an edit changes of what the employer sees of a released item: its wording, or who does it and by when. */
function employerSideChange(
  before: Pick<PlanItem, 'employerWording' | 'owner' | 'dueDate'>,
  after: Pick<PlanItemFields, 'employerWording' | 'owner' | 'dueDate'>,
): 'wording_changed' | 'details_changed' | null {
  if ((before.employerWording ?? null) !== (after.employerWording ?? null)) return 'wording_changed';
  if (before.owner !== after.owner || (before.dueDate || null) !== (after.dueDate || null)) return 'details_changed';
  return null;
}

/**
 * Sets an item's status. Dropping a released item withdraws its release (recorded, reason `item_dropped`): the employer
 * no longer sees an agreement that was dropped, and taken up again it is the client's to release anew. So is one the
 * manager dropped through their link (the page kept showing it, dropped): taken up again by the coach, its release is
 * withdrawn then, with the same reason, or the employer would see it as a live agreement without the client's word.
 */
export async function setPlanItemStatus(
  actor: Actor,
  input: { itemId: string; version: number; status: PlanStatus },
): Promise<ActionResult<{ version: number }>> {
  const item = await reachableItem(actor, input.itemId);
  if (!item) return fail('not_found');
  const result = await commitChange({
    actor: coachActor(actor),
    write: async (tx) => {
      const row = await updatePlanItem(actor.practiceId, item.id, input.version, { status: input.status }, tx);
      if (!row) return null;
      // The item's row first, then its release: the order an edit takes them in (editPlanItem).
      const takenUp = item.status === 'dropped' && input.status !== 'dropped';
      const withdrawn =
        (input.status === 'dropped' || takenUp) && Boolean(await withdrawRelease(actor.practiceId, item.id, 'item_dropped', tx));
      return { version: row.version, withdrawn };
    },
    timeline: ({ withdrawn }): TimelineLine[] => [
      { clientId: item.clientId, kind: 'plan.item_status', data: { itemId: item.id, title: item.title, status: input.status } },
      ...(withdrawn ? withdrawnLines(item.clientId, item.id, item.title, 'item_dropped').timeline : []),
    ],
    audit: ({ withdrawn }) => [
      { action: 'plan.item_status', entityType: 'plan_item', entityId: item.id, metadata: { status: input.status } },
      ...(withdrawn ? withdrawnLines(item.clientId, item.id, item.title, 'item_dropped').audit : []),
    ],
  });
  return result.ok ? ok({ version: result.data.version }) : result;
}

/** Puts the plan in the order `itemIds`; `shownIds` is the order the page showed, which must still be the current one. */
export async function reorderPlan(
  actor: Actor,
  input: { clientId: string; itemIds: string[]; shownIds: string[] },
): Promise<ActionResult<null>> {
  const client = await requireClientAccess(actor, input.clientId);
  return commitChange({
    actor: coachActor(actor),
    // Not the order the page showed any more (a colleague moved, added or removed an item): stale, reload and try again.
    write: async (tx) =>
      (await reorderPlanItems(actor.practiceId, client.id, input.itemIds, input.shownIds, tx)) ? { count: input.itemIds.length } : null,
    timeline: ({ count }) => ({ clientId: client.id, kind: 'plan.reordered', data: { count } }),
    audit: () => ({ action: 'plan.reordered', entityType: 'client', entityId: client.id }),
  }).then((r) => (r.ok ? ok(null) : r));
}

type SuggestionRef = { clientId: string; measurementId: string; suggestionKey: string };

export function dismissSuggestion(actor: Actor, input: SuggestionRef): Promise<ActionResult<null>> {
  return changeDismissal(actor, input, 'dismissed');
}

/** Takes a dismissal back: the suggestion shows again (while the rules still choose it for this measurement). */
export function restoreSuggestion(actor: Actor, input: SuggestionRef): Promise<ActionResult<null>> {
  return changeDismissal(actor, input, 'restored');
}

/**
 * Dismisses a suggestion for one measurement of the client, or puts it back. The same step twice (a double click,
 * another tab) is fine, and not another line.
 */
async function changeDismissal(actor: Actor, input: SuggestionRef, to: 'dismissed' | 'restored'): Promise<ActionResult<null>> {
  const client = await requireClientAccess(actor, input.clientId);
  const measurement = await findMeasurementHead(actor.practiceId, input.measurementId);
  if (!measurement || measurement.clientId !== client.id) return fail('not_found');
  const ref = { ...input, clientId: client.id };
  const kind = to === 'dismissed' ? 'plan.suggestion_dismissed' : 'plan.suggestion_restored';
  return commitChange({
    actor: coachActor(actor),
    write: async (tx) =>
      to === 'dismissed'
        ? (await insertDismissedSuggestion(actor.practiceId, { ...ref, dismissedBy: actor.userId }, tx)).dismissed
        : (await deleteDismissedSuggestion(actor.practiceId, ref, tx)).restored,
    changed: (changed) => changed,
    timeline: () => ({ clientId: client.id, kind, data: { suggestion: input.suggestionKey } }),
    audit: () => ({
      action: kind,
      entityType: 'measurement',
      entityId: input.measurementId,
      metadata: { suggestion: input.suggestionKey },
    }),
  }).then((r) => (r.ok ? ok(null) : r));
}

// ---------------------------------------------------------------- release (client in the portal, or recorded by the coach)

export type Releaser = { kind: 'client'; practiceId: string; clientId: string } | { kind: 'coach_in_session'; actor: Actor };

async function itemForReleaser(by: Releaser, itemId: string): Promise<PlanItem | null> {
  if (by.kind === 'coach_in_session') return reachableItem(by.actor, itemId);
  const item = await findPlanItem(by.practiceId, itemId);
  // An item of another client is "not found": nothing about it is revealed.
  return item && item.clientId === by.clientId ? item : null;
}

const releaserActor = (by: Releaser): ChangeActor =>
  by.kind === 'client' ? { practiceId: by.practiceId, userId: null, kind: 'client' } : coachActor(by.actor);

/** Thrown inside a share's creation when the contact already has a link that opens. */
class ShareExists extends Error {}

/** Thrown inside a new share's transaction when the trajectory was closed or the record archived meanwhile. */
class ClientClosed extends Error {}

/** Thrown inside a release when the employer wording is no longer the text the releaser saw. */
class WordingChanged extends Error {}
/** The same for who does it and by when. */
class DetailsChanged extends Error {}

/** Thrown inside a release when the item was dropped meanwhile: a dropped item is no longer part of the plan. */
class ItemDropped extends Error {}

/**
 * Releases the item's employer wording: exactly the text the releaser saw (`seenWording`), and only while it is still
 * the item's wording. An edit in between (the coach on the plan page, the client on the preview) is refused, so that
 * nobody releases a text they never read. Refused while there is no wording.
 */
export async function releaseItem(
  by: Releaser,
  itemId: string,
  seenWording: string,
  seen: { owner: string; dueDate: string | null },
): Promise<ActionResult<{ releaseId: string }>> {
  const item = await itemForReleaser(by, itemId);
  if (!item) return fail('not_found');
  const wording = item.employerWording?.trim() ?? '';
  // The client cannot write it (the coach does): told whom to ask, not to write it first.
  if (!wording) return refused(by.kind === 'client' ? 'noEmployerWordingClient' : 'noEmployerWording');
  if (wording !== seenWording.trim()) return refused('wordingChanged');
  // Who does it and by when reach the employer too: changed since the preview, the releaser has not seen them.
  const detailsAsSeen = (now: { owner: string; dueDate: string | null }) =>
    now.owner === seen.owner && (now.dueDate || null) === (seen.dueDate || null);
  if (!detailsAsSeen(item)) return refused('detailsChanged');
  // Health data stays out of what the employer sees by construction (DOMAIN.md privacy), not by a coach remembering the
  // warning: wording with a health word is not released, by the coach in session nor by the client. Checked on the text
  // the transaction releases (it must equal `wording` under the row's lock), so no edit can slip one in.
  const healthWords = findHealthWords(wording);
  if (healthWords.length > 0) return refusedForHealthWords(by.kind === 'client' ? 'client' : 'coach', healthWords);
  // Dropping withdraws the release (setPlanItemStatus): a dropped item is not shared again until it is taken up again.
  if (item.status === 'dropped') return refused('releaseDropped');
  const actor = releaserActor(by);
  return refusingOn(ItemDropped, 'releaseDropped', () =>
    refusingOn(ClientClosed, 'clientClosed', () =>
      refusingOn(DetailsChanged, 'detailsChanged', () =>
        refusingOn(WordingChanged, 'wordingChanged', () =>
          withSharingConsent(by.kind === 'client' ? 'client' : 'coach', () =>
            commitChange({
              actor,
              write: async (tx) => {
                const locked = await requireSharingConsent(actor.practiceId, item.clientId, tx);
                // A closed trajectory or an archived record shares nothing any more (closing ended its links): no release
                // is recorded for it either, also not one that waited for the closing's lock.
                if (locked.status === 'closed' || locked.archivedAt) throw new ClientClosed();
                // Then the client's links, before the item (client, links, item: the order a withdrawal and the employer's
                // writes take them in, so none waits on another in a circle): see lockClientShares.
                await lockClientShares(actor.practiceId, item.clientId, tx);
                // Read again under the row's lock: an edit committed since the read above must not slip in.
                const now = await lockEmployerWording(actor.practiceId, item.id, tx);
                if (now?.employerWording?.trim() !== wording) throw new WordingChanged();
                if (!detailsAsSeen(now)) throw new DetailsChanged();
                if (now.status === 'dropped') throw new ItemDropped();
                const open = await openRelease(actor.practiceId, item.id, tx);
                if (open && open.employerWording === wording) return { releaseId: open.id, confirmationsCleared: 0, fresh: false };
                if (open) await withdrawRelease(actor.practiceId, item.id, by.kind, tx);
                const release = await insertRelease(
                  actor.practiceId,
                  {
                    clientId: item.clientId,
                    itemId: item.id,
                    employerWording: wording,
                    releasedBy: by.kind,
                    recordedBy: by.kind === 'coach_in_session' ? by.actor.userId : null,
                  },
                  tx,
                );
                // The employer confirmed the plan without this text: that confirmation no longer covers what they see.
                const confirmationsCleared = await clearShareConfirmations(actor.practiceId, item.clientId, tx);
                return { releaseId: release.id, confirmationsCleared, fresh: true };
              },
              // Released already with this text (a double tap, a second tab): nothing changed, so no second line either.
              changed: ({ fresh }) => fresh,
              timeline: () => ({
                clientId: item.clientId,
                kind: 'plan.released',
                data: { itemId: item.id, title: item.title, by: by.kind },
              }),
              audit: ({ releaseId, confirmationsCleared }) => ({
                action: 'plan.released',
                entityType: 'plan_item',
                entityId: item.id,
                metadata: { releaseId, by: by.kind, ...(confirmationsCleared ? { confirmationsCleared } : {}) },
              }),
              // Something new to see: the contacts with a live link hear of it (lib/plans/update-notice.ts).
              after: (tx) => scheduleUpdateNotices(actor.practiceId, item.clientId, tx),
            }),
          ),
        ),
      ),
    ),
  );
}

/**
 * The refusal of a release whose wording names health words, naming them (as written). The client cannot change the
 * wording (the coach writes it): told that the coach must adjust it first.
 */
export function refusedForHealthWords(who: 'coach' | 'client', words: readonly string[]) {
  const params = { words: words.map((w) => `“${w}”`).join(', '), count: words.length };
  const key = `plan.errors.${who === 'client' ? 'healthWordsClient' : 'healthWords'}`;
  return fail('validation', { fieldErrors: { _form: messageWithParams(key, params) }, params });
}

/** A refusal thrown from inside a transaction (which it rolls back), answered as the refusal it stands for. */
async function refusingOn<T>(thrown: new () => Error, key: string, work: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof thrown) return refused(key);
    throw error;
  }
}

export async function withdrawItem(by: Releaser, itemId: string): Promise<ActionResult<null>> {
  const item = await itemForReleaser(by, itemId);
  if (!item) return fail('not_found');
  const actor = releaserActor(by);
  const result = await commitChange({
    actor,
    write: async (tx) => {
      await keyShareClient(actor.practiceId, item.clientId, tx);
      // Then the client's links, as a release takes them (client, links, item): an employer's status change holds its
      // link's row from its check of the release to its commit, so the two go one after the other. A withdrawal
      // committed first makes the status change stale; one that comes second waits for it.
      await lockClientShares(actor.practiceId, item.clientId, tx);
      return { withdrawn: Boolean(await withdrawRelease(actor.practiceId, item.id, by.kind, tx)) };
    },
    changed: ({ withdrawn }) => withdrawn,
    timeline: () => ({
      clientId: item.clientId,
      kind: 'plan.release_withdrawn',
      data: { itemId: item.id, title: item.title, reason: by.kind },
    }),
    audit: () => ({ action: 'plan.release_withdrawn', entityType: 'plan_item', entityId: item.id, metadata: { reason: by.kind } }),
  });
  return result.ok ? ok(null) : result;
}

// ---------------------------------------------------------------- shares (coach)

/**
 * The mail to the manager or HR contact: in the contact's language, the link, until when it works and what it holds
 * (never health data), in the layout of every other mail (lib/mail/compose.ts).
 */
function planShareMail(args: {
  to: string;
  locale: Locale;
  name: string;
  coach: string;
  practice: string;
  /** The employee's initials, as the page names them: a contact with two employees in coaching tells the mails apart. */
  employee: string;
  url: string;
  expiresAt: Date;
}): Mail {
  const t = translatorFor(args.locale);
  return composeMail({
    to: args.to,
    locale: args.locale,
    subject: t('mail.planShare.subject', { practice: args.practice, employee: args.employee }),
    paragraphs: [
      t('mail.planShare.greeting', { name: args.name }),
      t('mail.planShare.body', { coach: args.coach, practice: args.practice, employee: args.employee }),
      t('mail.planShare.privacy'),
      t('mail.planShare.expiry', { date: args.expiresAt }),
    ],
    // In the contact's language also where the page knows no contact (a link that stopped working).
    link: { label: t('mail.planShare.action'), url: withLocale(args.url, args.locale) },
    footer: t('mail.practiceFooter', { practice: args.practice }),
  });
}

/** The contact a link is for, unchanged in what the link depends on: employer, role and address. */
function sameShareContact(
  before: { employerId: string; role: string; email: string | null },
  now: { employerId: string; role: string; email: string | null },
): boolean {
  return before.employerId === now.employerId && before.role === now.role && (before.email ?? '') === (now.email ?? '');
}

/**
 * A share link for a manager or HR contact of the client's OWN employer: never the company doctor,
 * never a contact of another employer or practice. The token is returned once; only its hash is kept.
 */
export async function createShare(
  actor: Actor,
  input: { clientId: string; contactId: string; sendMail: boolean },
): Promise<ActionResult<{ shareId: string; url: string }>> {
  const client = await requireClientAccess(actor, input.clientId);
  // The share page refuses a closed or archived trajectory's links (lib/share/guard.ts): do not hand out a dead one.
  if (client.status === 'closed' || client.archivedAt) return refused('clientClosed');
  const contact = await findContact(actor.practiceId, input.contactId);
  if (!contact) return refused('contactNotFound');
  const employerId = await clientEmployerId(actor.practiceId, client.id);
  if (!employerId || contact.employerId !== employerId) return refused('contactOtherEmployer');
  if (contact.role !== 'manager' && contact.role !== 'hr') return refused('contactRole');
  if (input.sendMail && !contact.email) return refused('contactNoEmail');
  const token = randomBytes(32).toString('base64url');
  const url = appUrl(`/share/${token}`);
  return refusingOn(ShareExists, 'shareExists', () =>
    refusingOn(ClientClosed, 'clientClosed', () =>
      withSharingConsent('coach', () =>
        commitChange({
          actor: coachActor(actor),
          write: async (tx) => {
            // Closed or archived since the check above (that ends every link): no new one.
            const locked = await requireSharingConsent(actor.practiceId, client.id, tx);
            if (locked.status === 'closed' || locked.archivedAt) throw new ClientClosed();
            // The employer and the contact as they stand under the client's lock: another employer saved, or another
            // address given to the contact, since the checks above is "changed meanwhile", not a link for the old one.
            const contactNow = await lockContact(actor.practiceId, contact.id, tx);
            const employerNow = await clientEmployerId(actor.practiceId, client.id, tx);
            if (!contactNow || !sameShareContact(contact, contactNow) || employerNow !== contact.employerId) return null;
            // One live link per contact (the client row's lock above keeps two clicks from making two): fewer secrets
            // in circulation, and the coach revokes the old one on purpose when a contact lost it.
            if (await hasLiveShare(actor.practiceId, client.id, contact.id, tx)) throw new ShareExists();
            const share = await insertShare(
              actor.practiceId,
              {
                clientId: client.id,
                employerId: contact.employerId,
                contactId: contact.id,
                tokenHash: hashToken(token),
                expiresAt: new Date(Date.now() + SHARE_TTL_MS),
                createdBy: actor.userId,
              },
              tx,
            );
            return { shareId: share.id, url, expiresAt: share.expiresAt };
          },
          timeline: ({ shareId }) => ({
            clientId: client.id,
            kind: 'share.created',
            data: { shareId, role: contact.role, mailed: input.sendMail },
          }),
          audit: ({ shareId }) => ({
            action: 'plan.share_created',
            entityType: 'plan_share',
            entityId: shareId,
            metadata: { contactId: contact.id, mailed: input.sendMail },
          }),
          after: async (tx: Executor, { shareId, expiresAt }: { shareId: string; expiresAt: Date }) => {
            if (!input.sendMail) return;
            const practice = await getPractice(actor.practiceId, tx);
            // The client's own coach, whom the page and its later mails name: not a colleague or the owner who made the link.
            // A deactivated coach is not named: the one who made the link is (the page and notices name the owner then).
            const ownCoach = client.coachId === actor.userId ? null : await findUser(actor.practiceId, client.coachId, tx);
            const coach = ownCoach?.active ? ownCoach : actor;
            await deliver(
              actor.practiceId,
              {
                ...planShareMail({
                  to: contact.email,
                  locale: contact.locale,
                  name: contact.name,
                  coach: coach.name,
                  practice: practice?.name ?? '',
                  employee: initialsOf(client.firstName, client.lastName),
                  url,
                  expiresAt,
                }),
                // The manager's questions about the plan go to the coach the mail names, not to no-reply.
                replyTo: coach.email,
              },
              tx,
              { clientId: client.id, linkExpiresAt: expiresAt, link: { kind: 'share', id: shareId } },
            );
          },
        }),
      ),
    ),
  );
}

async function reachableShare(actor: Actor, shareId: string): Promise<PlanShare | null> {
  const share = await findShare(actor.practiceId, shareId);
  if (!share) return null;
  await requireClientAccess(actor, share.clientId);
  return share;
}

/** Another 30 days from now, same link. A revoked link stays revoked. */
export async function renewShare(actor: Actor, shareId: string): Promise<ActionResult<{ expiresAt: Date }>> {
  const share = await reachableShare(actor, shareId);
  if (!share) return fail('not_found');
  if (share.revokedAt) return refused('shareRevoked');
  // Made or renewed within the last day (a second click, the same date on screen): renewing again changes nothing.
  if (share.expiresAt.getTime() > Date.now() + SHARE_TTL_MS - RENEW_AGAIN_AFTER_MS) return ok({ expiresAt: share.expiresAt });
  return refusingOn(ShareExists, 'shareExists', () =>
    commitChange({
      actor: coachActor(actor),
      write: async (tx) => {
        // One live link per contact, as createShare keeps it, under the same lock (the client's row): an expired link
        // renewed after the contact got a new one would give them two working links.
        await lockClient(actor.practiceId, share.clientId, tx);
        if (await hasLiveShare(actor.practiceId, share.clientId, share.contactId, tx, share.id)) throw new ShareExists();
        const row = await updateShareExpiry(actor.practiceId, share.id, new Date(Date.now() + SHARE_TTL_MS), tx);
        return row ? { expiresAt: row.expiresAt } : null;
      },
      timeline: () => ({ clientId: share.clientId, kind: 'share.renewed', data: { shareId: share.id } }),
      audit: () => ({ action: 'plan.share_renewed', entityType: 'plan_share', entityId: share.id }),
    }),
  );
}

export async function revokeShare(actor: Actor, shareId: string): Promise<ActionResult<null>> {
  const share = await reachableShare(actor, shareId);
  if (!share) return fail('not_found');
  if (share.revokedAt) return ok(null);
  const result = await commitChange({
    actor: coachActor(actor),
    // Revoked meanwhile (a double click, a colleague): the link is dead either way, which is what was asked; no second line.
    write: async (tx) => ({ revoked: (await revokeShareRow(actor.practiceId, share.id, tx)) !== null }),
    changed: (r) => r.revoked,
    timeline: () => ({ clientId: share.clientId, kind: 'share.revoked', data: { shareId: share.id } }),
    audit: () => ({ action: 'plan.share_revoked', entityType: 'plan_share', entityId: share.id }),
  });
  return result.ok ? ok(null) : result;
}

// ---------------------------------------------------------------- the employer, through a valid share (lib/share/guard.ts)

/** A share the guard has accepted: valid token, not revoked, not expired. */
export type OpenShare = { practiceId: string; id: string; clientId: string };

const employerActor = (share: OpenShare): ChangeActor => ({ practiceId: share.practiceId, userId: null, kind: 'employer' });

/**
 * A reload or a second tab is not a new opening: a share counts at most one opening per this window.
 * Nothing about the visitor is kept to tell visits apart (no cookie, no fingerprint): only when it was opened.
 */
export const SHARE_OPENING_WINDOW_MS = 30 * 60_000;

/**
 * Records that the share page was opened in a browser (the page asks for it once it runs there, lib/share/guard.ts; a
 * link preview or a mail scanner that only fetches the page records nothing): the opening (row, client timeline, audit)
 * unless one was recorded within the window, and `seen_at` when the page showed what is released now (`seen`, the page's
 * releasedStamp): a release committed after the page was built is not seen, and its update notice still goes out.
 * A link that no longer shows the plan records nothing ("not found").
 */
export async function recordShareOpening(share: OpenShare, input: { seen: string; ip: string | null }): Promise<ActionResult<null>> {
  return asEmployer(async () => {
    await getDb().transaction(async (tx) => {
      // The client, then the link's row (the order of a release, and of a details save that revokes the link), held to the
      // end: two openings at the same moment count once, and a release is stamped either before this or after it.
      await requireShareShows(share, tx);
      const released = await listReleasedItems(share.practiceId, share.clientId, tx);
      if (releasedStamp(released) === input.seen) await markShareSeen(share.practiceId, share.id, tx);
      if (await shareOpenedWithin(share.practiceId, share, SHARE_OPENING_WINDOW_MS, tx)) return;
      const result = await commitChange(
        {
          actor: employerActor(share),
          write: (inner) => insertOpening(share.practiceId, { clientId: share.clientId, shareId: share.id }, inner),
          timeline: (row) => ({
            clientId: share.clientId,
            kind: 'share.opened',
            data: { shareId: share.id, openedAt: row.openedAt.toISOString() },
          }),
          audit: () => ({ action: 'plan.share_opened', entityType: 'plan_share', entityId: share.id, ip: input.ip }),
        },
        tx,
      );
      if (!result.ok) throw new Error('share opening not recorded');
    });
    return ok(null);
  });
}

/** Thrown inside an employer's write when the link no longer shows the plan (revoked, expired, consent withdrawn...). */
class ShareGone extends Error {}

/**
 * The employer's writes check their link again under its row lock (the share guard looked before the transaction):
 * what was revoked, expired or stopped showing in between is answered "not found", with nothing written.
 */
async function requireShareShows(share: OpenShare, tx: Executor): Promise<void> {
  await keyShareClient(share.practiceId, share.clientId, tx);
  const facts = await lockShareFacts(share.practiceId, share.id, tx);
  if (!facts || !shareStillShows(facts) || facts.expiresAt.getTime() <= Date.now()) throw new ShareGone();
}

async function asEmployer<T>(work: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ShareGone) return fail('not_found');
    throw error;
  }
}

export async function employerConfirm(share: OpenShare, seen: string): Promise<ActionResult<null>> {
  const result = await asEmployer(() =>
    commitChange({
      actor: employerActor(share),
      write: async (tx) => {
        await requireShareShows(share, tx);
        // What is released now, under the link's lock (a release waits for it, and clears the confirmation after): the
        // same as the page showed, or the manager would confirm a text they never saw. Stale: reload and look again.
        const { items } = await employerViewData(share.practiceId, share.clientId, new Date(), share.id, tx);
        if (releasedStamp(items) !== seen) throw new StaleError();
        // Confirmed already and nothing released since: the same confirmation, not another one.
        if (!(await markShareConfirmed(share.practiceId, share.id, tx))) return { confirmed: false };
        await insertEmployerAction(share.practiceId, { clientId: share.clientId, shareId: share.id, kind: 'confirmed' }, tx);
        return { confirmed: true };
      },
      changed: ({ confirmed }) => confirmed,
      timeline: () => ({ clientId: share.clientId, kind: 'plan.employer_confirmed', data: { shareId: share.id } }),
      audit: () => ({ action: 'plan.employer_confirmed', entityType: 'plan_share', entityId: share.id }),
    }),
  );
  return result.ok ? ok(null) : result;
}

/** Only released items the employer owns (manager, HR); anything else is refused, nothing written. */
export async function employerSetStatus(
  share: OpenShare,
  input: { itemId: string; from: PlanStatus; status: PlanStatus },
): Promise<ActionResult<null>> {
  const item = await findPlanItem(share.practiceId, input.itemId);
  if (!item || item.clientId !== share.clientId) return fail('not_found');
  if (!(await openRelease(share.practiceId, item.id))) return fail('not_found');
  if (!EMPLOYER_OWNERS.includes(item.owner)) return refused('notEmployerOwned');
  // The status it has already (a retry, a second tab): nothing to change or record.
  if (item.status === input.status) return ok(null);
  // Dropped is the end of an item for the employer: taking it up again is the coach's and the client's to decide (and the
  // coach's drop withdraws the release). A drop committed after this read makes the versioned update below stale.
  if (item.status === 'dropped') return refused('itemDropped');
  // Someone changed it since the page showed it (the coach, the client, another tab): not overwritten unseen.
  if (item.status !== input.from) return fail('stale');
  const result = await asEmployer(() =>
    commitChange({
      actor: employerActor(share),
      write: async (tx) => {
        // The link before the item, in the order a release takes them (client, links, item): no deadlock between the two.
        await requireShareShows(share, tx);
        // Released and unchanged since we looked: a concurrent withdrawal makes this stale.
        if (!(await openRelease(share.practiceId, item.id, tx))) throw new StaleError();
        const row = await updatePlanItem(share.practiceId, item.id, item.version, { status: input.status }, tx);
        if (!row) return null;
        return insertEmployerAction(
          share.practiceId,
          { clientId: share.clientId, shareId: share.id, kind: 'status', itemId: item.id, status: input.status },
          tx,
        );
      },
      timeline: () => ({
        clientId: share.clientId,
        kind: 'plan.employer_status',
        data: { itemId: item.id, title: item.title, status: input.status },
      }),
      audit: () => ({ action: 'plan.employer_status', entityType: 'plan_item', entityId: item.id, metadata: { status: input.status } }),
    }),
  );
  return result.ok ? ok(null) : result;
}

/** The same comment sent again (same `requestId`: a retry after its answer was lost) is noted once. */
export async function employerComment(share: OpenShare, input: { requestId: string; comment: string }): Promise<ActionResult<null>> {
  const result = await asEmployer(() =>
    commitChange({
      actor: employerActor(share),
      write: async (tx) => {
        await requireShareShows(share, tx);
        return insertEmployerComment(
          share.practiceId,
          { id: input.requestId, clientId: share.clientId, shareId: share.id, comment: input.comment },
          tx,
        );
      },
      changed: ({ created }) => created,
      timeline: ({ row }) => ({ clientId: share.clientId, kind: 'plan.employer_comment', data: { actionId: row.id } }),
      audit: ({ row }) => ({
        action: 'plan.employer_comment',
        entityType: 'plan_share',
        entityId: share.id,
        metadata: { actionId: row.id },
      }),
    }),
  );
  return result.ok ? ok(null) : result;
}
