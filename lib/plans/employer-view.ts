/**
 * THE one function that builds everything the employer sees (the share page now, the manager PDF next).
 * Pure. Its input type has room for work-focused agreements only: released items' employer wording,
 * owner, due date and status; planned tripartite meetings as a start time; the coach's name and contact; the employee's initials;
 * the practice's name and whether it has a logo; the language; the messages this contact wrote through this link. There is no field for scores, dimension
 * results, notes, session content, intake answers, own words, homework or sick-leave details, and the
 * function copies field by field, so even an object with more on it cannot leak it (see the property test).
 */
import { inReaderLanguage } from './library-text';
import { EMPLOYER_OWNERS, PLAN_OWNERS, PLAN_STATUSES, type PlanOwner, type PlanStatus } from './types';

export interface ReleasedItemInput {
  id: string;
  /** The text the client released: not the current wording, if that changed since. */
  employerWording: string;
  /** The library intervention it came from, or 'manual': unedited library wording reads in the employer's language. */
  source?: string;
  owner: PlanOwner;
  dueDate: string | null;
  status: PlanStatus;
  /** When the client released it: an item released after the contact's last confirmation is marked new. */
  releasedAt?: Date;
}

export interface EmployerViewInput {
  locale: 'nl' | 'en';
  releasedItems: readonly ReleasedItemInput[];
  /** Planned tripartite meetings: when, nothing else. */
  meetings: ReadonlyArray<{ startsAt: Date }>;
  coach: { name: string; email: string };
  practice: { name: string; hasLogo: boolean };
  /** Whose plan it is, as the manager report names them: initials only ("AG"), so that a manager with two employees
   * sharing a plan can tell the pages apart. */
  employeeInitials?: string;
  confirmedAt: Date | null;
  /** When this contact last confirmed the plan, also when a release has since cleared that confirmation. */
  lastConfirmedAt?: Date | null;
  /** What this contact wrote to the coach through this link: their own words, newest first (one more than shown, if there are). */
  ownComments?: ReadonlyArray<{ comment: string; createdAt: Date }>;
}

export interface EmployerViewItem {
  id: string;
  wording: string;
  owner: PlanOwner;
  dueDate: string | null;
  status: PlanStatus;
  /** Manager and HR may set the status of the items they own, until an item is dropped. */
  employerMayUpdate: boolean;
  /** Released after this contact last confirmed the plan (the confirmation lapsed because of it): what is new to them. */
  isNew: boolean;
}

export interface EmployerView {
  locale: 'nl' | 'en';
  items: EmployerViewItem[];
  meetings: Array<{ startsAt: string }>;
  coach: { name: string; email: string };
  practice: { name: string; hasLogo: boolean };
  /** Letters only, at most three; '' when not known. */
  employeeInitials: string;
  confirmedAt: string | null;
  /** Confirmed before, and something shown now was shared since: the manager is asked to look and confirm again. */
  confirmationLapsedSince: string | null;
  /** The manager's (or HR's) own earlier messages to the coach, so they can see what they already reported. */
  ownComments: Array<{ text: string; at: string }>;
  /** More than OWN_COMMENTS_SHOWN: the list says it shows the latest. */
  olderComments: boolean;
  /** What was released when the view was built (releasedStamp): a confirmation covers exactly that, or is refused. */
  stamp: string;
}

/**
 * A short fingerprint of the released items and their released wording, in any order. The share page sends it
 * with "confirm"; the service refuses the confirmation when the items released now have another (something was
 * released or withdrawn after the page was loaded, so the manager would confirm a text they never saw). Not a secret.
 */
export function releasedStamp(items: ReadonlyArray<{ id: string; employerWording: string }>): string {
  // FNV-1a, 32 bits: enough to notice a change, no crypto module in a function the browser bundle may import.
  let hash = 0x811c9dc5;
  // By id: the coach reordering the plan changes nothing the manager confirms.
  const byId = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const item of byId) {
    for (const ch of `${item.id}\u0000${item.employerWording}\u0001`) {
      hash ^= ch.codePointAt(0)!;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return `${items.length}-${hash.toString(16)}`;
}

/** How many of the contact's own earlier messages the share page lists (newest first). */
export const OWN_COMMENTS_SHOWN = 20;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function buildEmployerView(input: EmployerViewInput): EmployerView {
  const lapsedSince =
    !input.confirmedAt && input.lastConfirmedAt instanceof Date && !Number.isNaN(input.lastConfirmedAt.getTime())
      ? input.lastConfirmedAt
      : null;
  const items = input.releasedItems
    .filter((item) => typeof item.employerWording === 'string' && item.employerWording.trim() !== '')
    .filter((item) => PLAN_OWNERS.includes(item.owner) && PLAN_STATUSES.includes(item.status))
    .map((item) => ({
      id: String(item.id),
      wording: inReaderLanguage(item.source, 'employerWording', item.employerWording.trim(), input.locale === 'en' ? 'en' : 'nl'),
      owner: item.owner,
      dueDate: typeof item.dueDate === 'string' && ISO_DATE.test(item.dueDate) ? item.dueDate : null,
      status: item.status,
      // Not a dropped item: its status is no longer the employer's to change (lib/plans/service.ts, employerSetStatus).
      employerMayUpdate: EMPLOYER_OWNERS.includes(item.owner) && item.status !== 'dropped',
      isNew: lapsedSince !== null && item.releasedAt instanceof Date && item.releasedAt.getTime() > lapsedSince.getTime(),
    }));
  const comments = (input.ownComments ?? [])
    .filter(
      (c) =>
        typeof c.comment === 'string' && c.comment.trim() !== '' && c.createdAt instanceof Date && !Number.isNaN(c.createdAt.getTime()),
    )
    .map((c) => ({ text: c.comment.trim(), at: c.createdAt.toISOString() }));
  const now = Date.now();
  const meetings = input.meetings
    .filter((m) => m.startsAt instanceof Date && !Number.isNaN(m.startsAt.getTime()) && m.startsAt.getTime() > now)
    .map((m) => ({ startsAt: m.startsAt.toISOString() }));
  return {
    locale: input.locale === 'en' ? 'en' : 'nl',
    items,
    meetings,
    coach: { name: String(input.coach.name), email: String(input.coach.email) },
    practice: { name: String(input.practice.name), hasLogo: input.practice.hasLogo === true },
    employeeInitials: String(input.employeeInitials ?? '')
      .replace(/[^\p{L}]/gu, '')
      .slice(0, 3),
    confirmedAt: input.confirmedAt ? input.confirmedAt.toISOString() : null,
    // Only while something shown is new to them: a release taken back again leaves nothing to look at, and saying
    // "shared something new" would tell the manager that the employee shared and then withdrew.
    confirmationLapsedSince: lapsedSince && items.some((i) => i.isNew) ? lapsedSince.toISOString() : null,
    ownComments: comments.slice(0, OWN_COMMENTS_SHOWN),
    olderComments: comments.length > OWN_COMMENTS_SHOWN,
    stamp: releasedStamp(input.releasedItems.map((item) => ({ id: String(item.id), employerWording: String(item.employerWording) }))),
  };
}
