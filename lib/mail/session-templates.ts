import { intlLocale, type Locale, TIME_ZONE } from '@/lib/i18n/locales';
import { type Translate, translatorFor } from '@/lib/i18n/translator';
import type { SessionKind, SessionLocation } from '@/lib/sessions/kinds';
import { utcToZoned } from '@/lib/sessions/zoned-time';
import { portalSignInUrl } from '@/lib/urls';
import { composeMail } from './compose';
import type { Mail } from './transport';

/** A session's time: what the client is told, in the practice's time (Amsterdam), whatever the server's zone is. */
export type SessionTime = { startsAt: Date; durationMinutes: number };

/** Who a session mail goes to, and from whom. */
export type SessionRecipient = {
  to: string;
  locale: Locale;
  /** The client's first name. */
  name: string;
  /** The coach in whose agenda the session is, and the address to write to with a question (mail comes from no-reply). */
  coach: string;
  coachEmail: string;
  practice: string;
  /** The practice's address, for a session on site ('' when none is set: the line is left out). */
  address: string;
};

type SessionMailArgs = SessionRecipient & { kind: SessionKind; location: SessionLocation };

const dayOf = (locale: Locale, at: Date) =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(at);

/** "maandag 14 december 2026, 10:00–11:00". */
function when(t: Translate, locale: Locale, { startsAt, durationMinutes }: SessionTime) {
  const end = new Date(startsAt.getTime() + durationMinutes * 60_000);
  return t('mail.sessionWhen', { day: dayOf(locale, startsAt), start: utcToZoned(startsAt).time, end: utcToZoned(end).time });
}

/** Where to come, for a session on site at a practice that gave its address. */
const addressLine = (t: Translate, args: Pick<SessionMailArgs, 'location' | 'address'>) =>
  args.location === 'on_site' && args.address.trim() ? [t('mail.sessionAddress', { address: args.address.trim() })] : [];

/**
 * A session mail: greeting, what happened, the way to the portal's list of sessions (its sign-in page: nothing here needs
 * a single-use link), and a footer naming the practice. Not "did you not expect it? ignore it", as other mails say: a
 * cancelled or moved appointment is not to be ignored.
 */
function sessionMail(
  args: SessionRecipient,
  subject: (t: Translate) => string,
  body: (t: Translate) => string[],
  { toPortal = true } = {},
): Mail {
  const t = translatorFor(args.locale);
  return composeMail({
    to: args.to,
    locale: args.locale,
    subject: subject(t),
    paragraphs: [t('mail.greeting', { name: args.name }), ...body(t)],
    link: toPortal ? { label: t('mail.sessionAction'), url: portalSignInUrl(args.locale) } : null,
    footer: t('mail.practiceFooter', { practice: args.practice }),
  });
}

/** One session planned, or a series: each of its times on a line. */
export function sessionsPlannedMail(args: SessionMailArgs & { sessions: SessionTime[] }): Mail {
  const values = { coach: args.coach, practice: args.practice, kind: args.kind, location: args.location, count: args.sessions.length };
  return sessionMail(
    args,
    (t) => t('mail.sessionPlanned.subject', { ...values, day: dayOf(args.locale, args.sessions[0]!.startsAt) }),
    (t) => [t('mail.sessionPlanned.body', values), args.sessions.map((s) => when(t, args.locale, s)).join('\n'), ...addressLine(t, args)],
  );
}

/**
 * `now`: a session moved to a time already past (recorded as having taken place earlier) is, to the client, one that no
 * longer takes place at its old time; the mail says so, not "moved to" a day gone by.
 */
export function sessionMovedMail(args: SessionMailArgs & { from: SessionTime; at: SessionTime; now?: Date }): Mail {
  const values = { coach: args.coach, practice: args.practice, kind: args.kind };
  if (args.at.startsAt.getTime() <= (args.now ?? new Date()).getTime())
    return sessionMail(
      args,
      (t) => t('mail.sessionMovedPast.subject', { day: dayOf(args.locale, args.from.startsAt) }),
      (t) => [t('mail.sessionMovedPast.body', { ...values, from: when(t, args.locale, args.from), at: when(t, args.locale, args.at) })],
    );
  return sessionMail(
    args,
    (t) => t('mail.sessionMoved.subject', { day: dayOf(args.locale, args.at.startsAt) }),
    (t) => [
      t('mail.sessionMoved.body', { ...values, from: when(t, args.locale, args.from) }),
      when(t, args.locale, args.at),
      ...addressLine(t, args),
    ],
  );
}

export function sessionCancelledMail(args: SessionMailArgs & { session: SessionTime }): Mail {
  const values = { coach: args.coach, email: args.coachEmail, practice: args.practice, kind: args.kind };
  return sessionMail(
    args,
    (t) => t('mail.sessionCancelled.subject', { day: dayOf(args.locale, args.session.startsAt) }),
    (t) => [t('mail.sessionCancelled.body', { ...values, when: when(t, args.locale, args.session) })],
  );
}

/** Several sessions of a series cancelled at once: one mail with every time. */
export function seriesCancelledMail(args: SessionRecipient & { sessions: SessionTime[] }): Mail {
  const values = { coach: args.coach, email: args.coachEmail, practice: args.practice, count: args.sessions.length };
  return sessionMail(
    args,
    (t) => t('mail.seriesCancelled.subject', { ...values, day: dayOf(args.locale, args.sessions[0]!.startsAt) }),
    (t) => [
      t('mail.seriesCancelled.body', values),
      args.sessions.map((s) => when(t, args.locale, s)).join('\n'),
      t('mail.sessionsEnded.questions', values),
    ],
  );
}

/**
 * The trajectory closed with sessions still planned: one mail with every time that no longer takes place. No link: the
 * portal is closed to a closed trajectory.
 */
export function sessionsEndedMail(args: SessionRecipient & { sessions: SessionTime[] }): Mail {
  const values = { coach: args.coach, email: args.coachEmail, practice: args.practice, count: args.sessions.length };
  return sessionMail(
    args,
    (t) => t('mail.sessionsEnded.subject', { ...values, day: dayOf(args.locale, args.sessions[0]!.startsAt) }),
    (t) => [
      t('mail.sessionsEnded.body', values),
      args.sessions.map((s) => when(t, args.locale, s)).join('\n'),
      t('mail.sessionsEnded.questions', values),
    ],
    { toPortal: false },
  );
}

/**
 * To the client's manager, or a manager or HR contact whose share link still shows the plan (lib/sessions/mails.ts): a
 * three-way meeting planned, moved or cancelled. When and where only; the employee by initials, as the share page names them.
 */
export type MeetingRecipient = SessionRecipient & { employee: string };

export function meetingsPlannedMail(args: MeetingRecipient & { location: SessionLocation; sessions: SessionTime[] }): Mail {
  const values = { ...meetingValues(args), location: args.location, count: args.sessions.length };
  return sessionMail(
    args,
    (t) => t('mail.meetingPlanned.subject', { ...values, day: dayOf(args.locale, args.sessions[0]!.startsAt) }),
    (t) => [
      t('mail.meetingPlanned.body', values),
      args.sessions.map((s) => when(t, args.locale, s)).join('\n'),
      ...addressLine(t, args),
      t('mail.meetingPlanned.cantCome', values),
    ],
    { toPortal: false },
  );
}

export function meetingMovedMail(args: MeetingRecipient & { location: SessionLocation; from: SessionTime; at: SessionTime }): Mail {
  const values = meetingValues(args);
  return sessionMail(
    args,
    (t) => t('mail.meetingMoved.subject', { ...values, day: dayOf(args.locale, args.at.startsAt) }),
    (t) => [
      t('mail.meetingMoved.body', { ...values, from: when(t, args.locale, args.from) }),
      when(t, args.locale, args.at),
      ...addressLine(t, args),
      t('mail.meetingPlanned.cantCome', values),
    ],
    { toPortal: false },
  );
}

export function meetingsCancelledMail(args: MeetingRecipient & { sessions: SessionTime[] }): Mail {
  const values = { ...meetingValues(args), count: args.sessions.length };
  return sessionMail(
    args,
    (t) => t('mail.meetingCancelled.subject', { ...values, day: dayOf(args.locale, args.sessions[0]!.startsAt) }),
    (t) => [
      t('mail.meetingCancelled.body', values),
      args.sessions.map((s) => when(t, args.locale, s)).join('\n'),
      t('mail.sessionsEnded.questions', values),
    ],
    { toPortal: false },
  );
}

const meetingValues = (args: MeetingRecipient) => ({
  coach: args.coach,
  email: args.coachEmail,
  practice: args.practice,
  employee: args.employee,
});
