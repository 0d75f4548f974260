import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import * as consent from '@/app/(coach)/clients/[clientId]/consent-actions';
import ClientEditPage from '@/app/(coach)/clients/[clientId]/edit/page';
import * as exportRoute from '@/app/(coach)/clients/[clientId]/export/route';
import * as gdpr from '@/app/(coach)/clients/[clientId]/gdpr-actions';
import HomeworkPage from '@/app/(coach)/clients/[clientId]/homework/[homeworkId]/page';
import * as hw from '@/app/(coach)/clients/[clientId]/homework/actions';
import HomeworkListPage from '@/app/(coach)/clients/[clientId]/homework/page';
import * as lifecycle from '@/app/(coach)/clients/[clientId]/lifecycle-actions';
import MeasurementPage from '@/app/(coach)/clients/[clientId]/measurements/[measurementId]/page';
import * as measure from '@/app/(coach)/clients/[clientId]/measurements/actions';
import MeasurementsPage from '@/app/(coach)/clients/[clientId]/measurements/page';
import ClientPage from '@/app/(coach)/clients/[clientId]/page';
import * as plan from '@/app/(coach)/clients/[clientId]/plan/actions';
import PlanPage from '@/app/(coach)/clients/[clientId]/plan/page';
import * as poortwachter from '@/app/(coach)/clients/[clientId]/poortwachter-actions';
import * as portalLink from '@/app/(coach)/clients/[clientId]/portal-actions';
import * as coachReportRoute from '@/app/(coach)/clients/[clientId]/reports/[kind]/route';
import SessionPage from '@/app/(coach)/clients/[clientId]/sessions/[sessionId]/page';
import * as sessions from '@/app/(coach)/clients/[clientId]/sessions/actions';
import SessionsPage from '@/app/(coach)/clients/[clientId]/sessions/page';
import * as clientActions from '@/app/(coach)/clients/actions';
import IntakePage from '@/app/(intake)/intake/[measurementId]/page';
import * as portalHome from '@/app/portal/actions';
import * as portalHw from '@/app/portal/homework/[homeworkId]/actions';
import PortalHomeworkPage from '@/app/portal/homework/[homeworkId]/page';
import * as portalPlan from '@/app/portal/plan/actions';
import * as portalReportRoute from '@/app/portal/report/route';
import * as share from '@/app/share/[token]/actions';
import * as shareLogoRoute from '@/app/share/[token]/logo/route';
import SharePage from '@/app/share/[token]/page';
import * as shareReportRoute from '@/app/share/[token]/report/route';
import { getDb } from '@/db/client';
import { seenDetails, seenWording } from '@/db/queries/client-test-fixtures';
import { clients, coachingSessions, homework, planItems } from '@/db/schema';
import { checkInV1 } from '@/lib/instruments';
import { addDays, todayIn } from '@/lib/sessions/zoned-time';
import { seenOnSharePage } from '@/lib/share/testing';
import type { World } from './world';

/**
 * Every server action, route handler and page the file tree holds (tests/authz/discover.ts), keyed
 * `path#export`. Those that reach one client's data say who may call them and how to call them against the
 * seeded world (tests/authz/world.ts); the rest say why they are not client data. A new endpoint that is
 * not here fails authz-matrix.int.test.ts: register it.
 *
 * audience: who the rightful caller is: 'coach' (A's assigned coach), 'owner' (A's owner), 'portal' (A's client
 * in the portal), 'share' (A's share link), 'signed-in' (any coach/client; the data is filtered to the caller:
 * only "nobody" is refused), 'portal-self' (the portal's own overview: only a visitor without a portal session is
 * refused), or 'exempt' (no client data; `why` says what it is).
 * rightful: 'ok' means the rightful call must succeed; 'reaches' that it passes the guard (its input is not
 * cheaply made valid), i.e. no unauthenticated/forbidden/not_found.
 */
export type Form = 'action' | 'route' | 'page';
export type Audience = 'coach' | 'owner' | 'portal' | 'portal-self' | 'share' | 'signed-in' | 'exempt';
export type Entry = {
  audience: Audience;
  form?: Form;
  why?: string;
  call?: (w: World, token: string) => Promise<unknown>;
  rightful?: 'ok' | 'reaches';
  /** The rightful call changes the world for good (erase, archive…): it gets a world of its own. */
  fresh?: boolean;
  /** A share endpoint that names a record of A's plan: the link of another plan must not reach it. (Without such an id, the
   * other plan's link simply acts on its own plan.) */
  crossPlan?: boolean;
};

const db = () => getDb();
const sessionRow = async (w: World) =>
  (
    await db()
      .select()
      .from(coachingSessions)
      .where(and(eq(coachingSessions.practiceId, w.a.practiceId), eq(coachingSessions.id, w.a.sessionId)))
  )[0]!;
const versionOf = {
  client: async (w: World) =>
    (
      await db()
        .select()
        .from(clients)
        .where(and(eq(clients.practiceId, w.a.practiceId), eq(clients.id, w.a.client.id)))
    )[0]!.version,
  session: async (w: World) => (await sessionRow(w)).version,
  /** The session's record (notes) has a version of its own. */
  sessionRecord: async (w: World) => (await sessionRow(w)).recordVersion,
  homework: async (w: World) =>
    (
      await db()
        .select()
        .from(homework)
        .where(and(eq(homework.practiceId, w.a.practiceId), eq(homework.id, w.a.homeworkId)))
    )[0]!.version,
  item: async (w: World) =>
    (
      await db()
        .select()
        .from(planItems)
        .where(and(eq(planItems.practiceId, w.a.practiceId), eq(planItems.id, w.a.itemId)))
    )[0]!.version,
};

const props = (params: Record<string, string>, searchParams: Record<string, string> = {}) => ({
  params: Promise.resolve(params),
  searchParams: Promise.resolve(searchParams),
});
const req = (path: string) => new Request(`http://localhost${path}`);

export const clientFields = (w: World, extra: Record<string, unknown> = {}) => ({
  requestId: randomUUID(),
  firstName: 'Eva',
  lastName: 'Smit',
  email: `eva-${Math.random().toString(36).slice(2)}@example.test`,
  phone: '',
  jobTitle: '',
  employerId: '',
  managerContactId: '',
  coachId: w.a.coach.userId,
  startDate: '',
  referralRoute: 'self',
  locale: 'nl',
  onSickLeave: false,
  sickLeaveSince: '',
  notes: '',
  ...extra,
});

export const planItemFields = (extra: Record<string, unknown> = {}) => ({
  title: 'Pauzes plannen',
  description: '',
  employerWording: '',
  rationale: '',
  category: 'personal_resources',
  level: 'person',
  owner: 'client',
  dueDate: '',
  reviewDate: '',
  dimensions: [],
  ...extra,
});

const CHECK_IN_ITEM = checkInV1.sections[0]!.items[0]!.key;

const exempt = (why: string): Entry => ({ audience: 'exempt', why });
const soon = () => addDays(todayIn(), 20);

export const registry: Record<string, Entry> = {
  // ── Not client data: sign-in, practice settings, employers (an organisation, not a person), instruments, health.
  'app/(auth)/actions.ts#signInAction': exempt('sign-in: public by design, rate limited'),
  'app/(auth)/actions.ts#signUpAction': exempt('sign-up: creates a new practice'),
  'app/(auth)/actions.ts#signOutAction': exempt('ends the own session'),
  'app/(auth)/actions.ts#signOutFormAction': exempt('ends the own session'),
  'app/(auth)/actions.ts#requestPasswordResetAction': exempt('password reset: public by design'),
  'app/(auth)/actions.ts#resetPasswordAction': exempt('password reset: the token is the key'),
  'app/(auth)/actions.ts#acceptInvitationAction': exempt('invitation: the token is the key'),
  'app/(auth)/actions.ts#setLocaleAction': exempt('a cookie with the language'),
  'app/(coach)/agenda/actions.ts#renewCalendarFeedAction': exempt('the own calendar feed token'),
  'app/(coach)/employers/actions.ts#createEmployerAction': exempt('employer records of the own practice (no client data)'),
  'app/(coach)/employers/actions.ts#updateEmployerAction': exempt('employer records of the own practice (no client data)'),
  'app/(coach)/employers/actions.ts#createContactAction': exempt('employer records of the own practice (no client data)'),
  'app/(coach)/employers/actions.ts#updateContactAction': exempt('employer records of the own practice (no client data)'),
  'app/(coach)/employers/actions.ts#removeContactAction': exempt('employer records of the own practice (no client data)'),
  'app/(coach)/instruments/actions.ts#saveCustomInstrumentAction': exempt('questionnaire definitions of the own practice'),
  'app/(coach)/instruments/actions.ts#archiveCustomInstrumentAction': exempt('questionnaire definitions of the own practice'),
  'app/(coach)/settings/actions.ts#updatePracticeSettingsAction': exempt('practice settings (owner only)'),
  'app/(coach)/settings/security/page.tsx#default': exempt("the coach's own account security (settings/security/actions.int.test.ts)"),
  'app/(coach)/settings/security/actions.ts#changePasswordAction': exempt('the own password (settings/security/actions.int.test.ts)'),
  'app/(coach)/settings/security/actions.ts#signOutEverywhereAction': exempt('the own sessions (settings/security/actions.int.test.ts)'),
  'app/(coach)/settings/security/actions.ts#startTotpEnrolmentAction': exempt(
    'the own two-factor sign-in (settings/security/actions.int.test.ts)',
  ),
  'app/(coach)/settings/security/actions.ts#confirmTotpEnrolmentAction': exempt(
    'the own two-factor sign-in, with the password (settings/security/actions.int.test.ts)',
  ),
  'app/(coach)/settings/security/actions.ts#removeTwoFactorAction': exempt(
    'the own two-factor sign-in, password required (settings/security/actions.int.test.ts)',
  ),
  'app/(coach)/settings/security/actions.ts#requireTwoFactorAction': exempt(
    'practice rule (owner only; settings/security/actions.int.test.ts)',
  ),
  'app/(coach)/settings/security/actions.ts#resetCoachTwoFactorAction': exempt(
    "resets another coach's two-factor sign-in (owner only, not the own; settings/security/actions.int.test.ts)",
  ),
  'app/(coach)/settings/security/actions.ts#setCoachActiveAction': exempt(
    'deactivating a coach of the own practice (owner only; settings/security/actions.int.test.ts)',
  ),
  'app/(coach)/settings/security/actions.ts#setCoachRoleAction': exempt(
    'makes a coach of the own practice an owner, or an owner a coach (owner only; settings/security/actions.int.test.ts)',
  ),
  'app/(coach)/settings/actions.ts#uploadLogoAction': exempt('practice logo (owner only)'),
  'app/(coach)/settings/actions.ts#removeLogoAction': exempt('practice logo (owner only)'),
  'app/(coach)/settings/actions.ts#inviteCoachAction': exempt('invites a coach (owner only)'),
  'app/(coach)/settings/actions.ts#revokeInvitationAction': exempt(
    'withdraws a coach invitation (owner only; not found in another practice; settings/actions.int.test.ts)',
  ),
  'app/(coach)/settings/caseload-actions.ts#updateCaseloadSettingsAction': exempt('practice settings (owner only)'),
  'app/(coach)/settings/scoring-actions.ts#updateScoringSettingsAction': exempt('practice settings (owner only)'),
  'app/portal/actions.ts#requestPortalLinkAction': exempt('asks for a sign-in mail: public by design, says nothing'),
  'app/portal/actions.ts#signOutPortalAction': exempt('ends the own portal session'),
  // The portal session names the only client it changes: every portal caller sets their own language.
  'app/portal/actions.ts#setPortalLanguageAction': {
    audience: 'portal-self',
    rightful: 'ok',
    call: async () => portalHome.setPortalLanguageAction({ locale: 'en' }),
  },
  'app/api/auth/[...nextauth]/route.ts#GET': exempt('Auth.js'),
  'app/api/auth/[...nextauth]/route.ts#POST': exempt('Auth.js'),
  'app/api/health/route.ts#GET': exempt('health check, no data'),
  'app/api/practice/logo/route.ts#GET': exempt('the own practice logo'),
  'app/api/session/route.ts#POST': exempt('the idle watch\'s "still here": 204 or 401, no data (app/api/session/route.int.test.ts)'),
  'app/api/calendar/[token]/route.ts#GET': exempt('calendar feed: the token is the key (app/api/calendar/[token]/route.int.test.ts)'),
  'app/portal/auth/[token]/page.tsx#default': exempt(
    'portal sign-in link page: shows a button only, GET writes nothing (app/portal/auth/[token]/sign-in.int.test.ts)',
  ),
  'app/portal/auth/[token]/actions.ts#signInWithPortalLink': exempt(
    'portal sign-in: the token is the key, single use (app/portal/auth/[token]/sign-in.int.test.ts)',
  ),
  'app/api/bench/queries/route.ts#GET': exempt('benchmark query counter: a 404 unless BENCH_COUNT_QUERIES=1, no data'),
  'app/(coach)/settings/audit/export/route.ts#GET': exempt('practice audit log (owner only, app/(coach)/settings/audit/audit.int.test.ts)'),
  'app/(coach)/e2e-error/page.tsx#default': exempt('test page, notFound() outside e2e'),
  'app/portal/e2e-error/page.tsx#default': exempt('test page, notFound() outside e2e'),
  'app/share/e2e-error/page.tsx#default': exempt('test page, notFound() outside e2e'),
  'app/share/[token]/[...rest]/page.tsx#default': exempt('no data: notFound() for any other address under a share link'),
  'app/share/page.tsx#default': exempt('no data: notFound() for /share itself'),
  'app/portal/[...missing]/page.tsx#default': exempt('no data: notFound() for any other address under /portal'),
  'app/(coach)/employers/page.tsx#default': exempt('employers of the own practice'),
  'app/(coach)/employers/new/page.tsx#default': exempt('a form'),
  'app/(coach)/employers/[employerId]/page.tsx#default': exempt('an employer of the own practice'),
  'app/(coach)/employers/[employerId]/edit/page.tsx#default': exempt('an employer of the own practice'),
  'app/(coach)/instruments/page.tsx#default': exempt('questionnaire definitions'),
  'app/(coach)/instruments/new/page.tsx#default': exempt('questionnaire definitions'),
  'app/(coach)/instruments/[key]/page.tsx#default': exempt('questionnaire definitions'),
  'app/(coach)/settings/page.tsx#default': exempt('practice settings'),
  'app/(coach)/settings/audit/page.tsx#default': exempt('practice audit log (owner only, audit.int.test.ts)'),
  'app/(coach)/outbox/page.tsx#default': exempt('the practice outbox (owner only)'),
  'app/(coach)/outbox/actions.ts#retryMailAction': exempt(
    'a failed mail sent again (owner only, no client data: lib/mail/service.int.test.ts)',
  ),
  'app/(coach)/clients/new/page.tsx#default': exempt('an empty form'),
  'app/portal/login/page.tsx#default': exempt('the portal sign-in form'),
  'app/portal/link/page.tsx#default': exempt('the "link used/expired" page'),
  'app/portal/sign-out/page.tsx#default': exempt('signs the portal out'),

  // ── Lists and overviews: filtered to the caller's practice (and assigned clients) in db/queries; only "nobody" is refused here.
  'app/(coach)/dashboard/page.tsx#default': {
    audience: 'signed-in',
    form: 'page',
    call: async () => (await import('@/app/(coach)/dashboard/page')).default(),
  },
  'app/(coach)/attention/page.tsx#default': {
    audience: 'signed-in',
    form: 'page',
    call: async () => (await import('@/app/(coach)/attention/page')).default(props({}) as never),
  },
  'app/(coach)/homework/page.tsx#default': {
    audience: 'signed-in',
    form: 'page',
    call: async () => (await import('@/app/(coach)/homework/page')).default(props({}) as never),
  },
  'app/(coach)/clients/page.tsx#default': {
    audience: 'signed-in',
    form: 'page',
    call: async () => (await import('@/app/(coach)/clients/page')).default(props({}) as never),
  },
  'app/(coach)/agenda/page.tsx#default': {
    audience: 'signed-in',
    form: 'page',
    call: async () => (await import('@/app/(coach)/agenda/page')).default(props({}) as never),
  },
  'app/portal/page.tsx#default': {
    audience: 'portal-self',
    form: 'page',
    call: async () => (await import('@/app/portal/page')).default(),
    rightful: 'ok',
  },
  'app/portal/plan/page.tsx#default': {
    audience: 'portal-self',
    form: 'page',
    call: async () => (await import('@/app/portal/plan/page')).default(),
    rightful: 'ok',
  },

  // ── Client records (coach).
  'app/(coach)/clients/actions.ts#createClientAction': {
    audience: 'signed-in',
    why: 'creates a new client in the caller’s own practice (no existing client is reached)',
    call: async (w) => clientActions.createClientAction(clientFields(w, { coachId: w.a.coach.userId }) as never),
  },
  'app/(coach)/clients/actions.ts#updateClientAction': {
    audience: 'coach',
    rightful: 'ok',
    call: async (w) =>
      clientActions.updateClientAction({
        ...clientFields(w, { employerId: w.a.employer.id, managerContactId: w.a.manager.id }),
        clientId: w.a.client.id,
        version: await versionOf.client(w),
      } as never),
  },
  'app/(coach)/clients/[clientId]/consent-actions.ts#recordConsentAction': {
    audience: 'coach',
    rightful: 'ok',
    call: async (w) =>
      // The second client: the first has the sharing consent on record already (its plan is shared).
      consent.recordConsentAction({ clientId: w.a.client2.id, kind: 'employer_sharing', action: 'given', note: '' } as never),
  },
  'app/(coach)/clients/[clientId]/poortwachter-actions.ts#markPoortwachterStepAction': {
    audience: 'coach',
    // The world's client is not on sick leave: the rightful call passes the guard and is refused as a step not listed.
    rightful: 'reaches',
    call: async (w) =>
      poortwachter.markPoortwachterStepAction({
        clientId: w.a.client.id,
        since: todayIn(),
        kind: 'plan_van_aanpak',
        review: null,
        done: true,
      } as never),
  },
  'app/(coach)/clients/[clientId]/gdpr-actions.ts#eraseClientAction': {
    audience: 'owner',
    // The world's client is open: the owner gets through to "close the trajectory first" (gdpr.int.test.ts erases).
    rightful: 'reaches',
    call: async (w) =>
      gdpr.eraseClientAction({ clientId: w.a.client.id, confirmName: `${w.a.client.firstName} ${w.a.client.lastName}` } as never),
  },
  'app/(coach)/clients/[clientId]/lifecycle-actions.ts#changeStatusAction': {
    audience: 'coach',
    rightful: 'reaches',
    call: async (w) =>
      lifecycle.changeStatusAction({ clientId: w.a.client.id, version: await versionOf.client(w), status: 'active' } as never),
  },
  'app/(coach)/clients/[clientId]/lifecycle-actions.ts#closeClientAction': {
    audience: 'coach',
    rightful: 'ok',
    fresh: true,
    call: async (w) =>
      lifecycle.closeClientAction({
        clientId: w.a.client.id,
        version: await versionOf.client(w),
        closedOn: todayIn(),
        reason: 'completed',
      } as never),
  },
  'app/(coach)/clients/[clientId]/lifecycle-actions.ts#reopenClientAction': {
    audience: 'coach',
    rightful: 'reaches',
    call: async (w) => lifecycle.reopenClientAction({ clientId: w.a.client.id, version: await versionOf.client(w) } as never),
  },
  'app/(coach)/clients/[clientId]/lifecycle-actions.ts#archiveClientAction': {
    audience: 'coach',
    rightful: 'reaches',
    call: async (w) => lifecycle.archiveClientAction({ clientId: w.a.client.id, version: await versionOf.client(w) } as never),
  },
  'app/(coach)/clients/[clientId]/portal-actions.ts#mailPortalLinkAction': {
    audience: 'coach',
    rightful: 'ok',
    // A second call within the minute answers as sent (the link is on its way) without a second mail.
    call: async (w) => portalLink.mailPortalLinkAction({ clientId: w.a.client.id }),
  },

  // ── Measurements (intake).
  'app/(coach)/clients/[clientId]/measurements/actions.ts#startMeasurementAction': {
    audience: 'coach',
    rightful: 'ok',
    call: async (w) => measure.startMeasurementAction({ clientId: w.a.client.id, instrumentKey: 'jdr-intake' }),
  },
  'app/(coach)/clients/[clientId]/measurements/actions.ts#saveIntakeAnswerAction': {
    audience: 'coach',
    rightful: 'ok',
    call: async (w) =>
      measure.saveIntakeAnswerAction(w.a.measurementId, { itemKey: 'energy_drains', text: 'Alles tegelijk', note: 'notitie' }),
  },
  'app/(coach)/clients/[clientId]/measurements/actions.ts#completeIntakeAction': {
    audience: 'coach',
    rightful: 'reaches',
    call: async (w) => measure.completeIntakeAction(w.a.measurementId),
  },
  'app/(coach)/clients/[clientId]/measurements/actions.ts#reopenMeasurementAction': {
    audience: 'coach',
    rightful: 'reaches',
    call: async (w) => measure.reopenMeasurementAction({ measurementId: w.a.measurementId }),
  },

  // ── Sessions.
  'app/(coach)/clients/[clientId]/sessions/actions.ts#planSessionAction': {
    audience: 'coach',
    rightful: 'ok',
    call: async (w) =>
      sessions.planSessionAction({
        clientId: w.a.client.id,
        requestId: randomUUID(),
        date: soon(),
        startTime: '14:00',
        endTime: '15:00',
        kind: 'coaching',
        location: 'video',
        repeat: 'none',
        count: 1,
        allowOverlap: true,
      } as never),
  },
  'app/(coach)/clients/[clientId]/sessions/actions.ts#moveSessionAction': {
    audience: 'coach',
    rightful: 'ok',
    call: async (w) =>
      sessions.moveSessionAction({
        sessionId: w.a.sessionId,
        date: soon(),
        startTime: '09:00',
        endTime: '10:00',
        version: await versionOf.session(w),
        allowOverlap: true,
      }),
  },
  'app/(coach)/clients/[clientId]/sessions/actions.ts#setSessionStatusAction': {
    audience: 'coach',
    rightful: 'reaches',
    call: async (w) =>
      sessions.setSessionStatusAction({ sessionId: w.a.sessionId, status: 'cancelled', version: await versionOf.session(w) }),
  },
  'app/(coach)/clients/[clientId]/sessions/actions.ts#cancelSessionSeriesAction': {
    audience: 'coach',
    rightful: 'reaches',
    // The world's session is of no series: the rightful call passes the guard and is refused as such.
    call: async (w) => sessions.cancelSessionSeriesAction({ sessionId: w.a.sessionId, version: await versionOf.session(w) }),
  },
  'app/(coach)/clients/[clientId]/sessions/actions.ts#saveSessionRecordAction': {
    audience: 'coach',
    rightful: 'reaches',
    call: async (w) =>
      sessions.saveSessionRecordAction({
        sessionId: w.a.sessionId,
        privateNotes: 'n',
        clientSummary: 's',
        agreedHomework: 'h',
        checkinEnergy: '5',
        version: await versionOf.sessionRecord(w),
      }),
  },
  'app/(coach)/clients/[clientId]/sessions/actions.ts#startSessionCheckinAction': {
    audience: 'coach',
    rightful: 'reaches',
    call: async (w) => sessions.startSessionCheckinAction({ sessionId: w.a.sessionId }),
  },

  // ── Homework.
  'app/(coach)/clients/[clientId]/homework/actions.ts#assignHomeworkAction': {
    audience: 'coach',
    rightful: 'ok',
    call: async (w) =>
      hw.assignHomeworkAction({
        requestId: randomUUID(),
        clientId: w.a.client.id,
        template: 'energy_diary',
        instrumentKey: '',
        dueDate: soon(),
        message: 'Succes',
      } as never),
  },
  'app/(coach)/clients/[clientId]/homework/actions.ts#sendHomeworkReminderAction': {
    audience: 'coach',
    rightful: 'reaches',
    call: async (w) => hw.sendHomeworkReminderAction({ homeworkId: w.a.homeworkId }),
  },
  'app/(coach)/clients/[clientId]/homework/actions.ts#reopenHomeworkAction': {
    audience: 'coach',
    rightful: 'reaches',
    call: async (w) => hw.reopenHomeworkAction({ homeworkId: w.a.homeworkId, version: await versionOf.homework(w) }),
  },
  'app/(coach)/clients/[clientId]/homework/actions.ts#withdrawHomeworkAction': {
    audience: 'coach',
    rightful: 'ok',
    // The rightful call deletes the world's homework, which other rows read.
    fresh: true,
    call: async (w) => hw.withdrawHomeworkAction({ homeworkId: w.a.homeworkId, version: await versionOf.homework(w) }),
  },

  // ── Plan and share links (coach).
  'app/(coach)/clients/[clientId]/plan/actions.ts#createPlanItemAction': {
    audience: 'coach',
    rightful: 'ok',
    call: async (w) =>
      plan.createPlanItemAction({ ...planItemFields(), clientId: w.a.client.id, requestId: randomUUID(), source: 'manual' } as never),
  },
  'app/(coach)/clients/[clientId]/plan/actions.ts#updatePlanItemAction': {
    audience: 'coach',
    rightful: 'ok',
    call: async (w) =>
      plan.updatePlanItemAction({
        ...planItemFields({ owner: 'manager', employerWording: 'Maandelijks overleg over prioriteiten.' }),
        itemId: w.a.itemId,
        version: await versionOf.item(w),
      } as never),
  },
  'app/(coach)/clients/[clientId]/plan/actions.ts#setPlanItemStatusAction': {
    audience: 'coach',
    rightful: 'ok',
    call: async (w) => plan.setPlanItemStatusAction({ itemId: w.a.itemId, version: await versionOf.item(w), status: 'in_progress' }),
  },
  'app/(coach)/clients/[clientId]/plan/actions.ts#reorderPlanAction': {
    audience: 'coach',
    rightful: 'reaches',
    call: async (w) => plan.reorderPlanAction({ clientId: w.a.client.id, itemIds: [w.a.itemId], shownIds: [w.a.itemId] }),
  },
  'app/(coach)/clients/[clientId]/plan/actions.ts#restoreSuggestionAction': {
    audience: 'coach',
    rightful: 'reaches',
    call: async (w) =>
      plan.restoreSuggestionAction({ clientId: w.a.client.id, measurementId: w.a.measurementId, suggestionKey: 'workload.high' }),
  },
  'app/(coach)/clients/[clientId]/plan/actions.ts#dismissSuggestionAction': {
    audience: 'coach',
    rightful: 'reaches',
    call: async (w) =>
      plan.dismissSuggestionAction({ clientId: w.a.client.id, measurementId: w.a.measurementId, suggestionKey: 'workload.high' }),
  },
  'app/(coach)/clients/[clientId]/plan/actions.ts#recordReleaseAction': {
    audience: 'coach',
    rightful: 'reaches',
    call: async (w) =>
      plan.recordReleaseAction({ itemId: w.a.itemId, wording: await seenWording(w.a.itemId), seen: await seenDetails(w.a.itemId) }),
  },
  'app/(coach)/clients/[clientId]/plan/actions.ts#recordWithdrawalAction': {
    audience: 'coach',
    rightful: 'ok',
    fresh: true,
    call: async (w) => plan.recordWithdrawalAction({ itemId: w.a.itemId }),
  },
  'app/(coach)/clients/[clientId]/plan/actions.ts#createShareAction': {
    audience: 'coach',
    rightful: 'ok',
    // A contact whose link expired: the manager's is live, and a contact gets one working link at a time.
    call: async (w) => plan.createShareAction({ clientId: w.a.client.id, contactId: w.a.expired.contactId, sendMail: false }),
  },
  'app/(coach)/clients/[clientId]/plan/actions.ts#renewShareAction': {
    audience: 'coach',
    rightful: 'ok',
    call: async (w) => plan.renewShareAction({ shareId: w.a.share.shareId }),
  },
  'app/(coach)/clients/[clientId]/plan/actions.ts#revokeShareAction': {
    audience: 'coach',
    rightful: 'ok',
    fresh: true,
    call: async (w) => plan.revokeShareAction({ shareId: w.a.share.shareId }),
  },

  // ── Portal (the client).
  'app/portal/homework/[homeworkId]/actions.ts#saveHomeworkAnswerAction': {
    audience: 'portal',
    rightful: 'ok',
    call: async (w) => portalHw.saveHomeworkAnswerAction({ homeworkId: w.a.homeworkId, fieldKey: 'day1.drained', value: 'Vergaderen' }),
  },
  'app/portal/homework/[homeworkId]/actions.ts#submitHomeworkAction': {
    audience: 'portal',
    rightful: 'reaches',
    call: async (w) => portalHw.submitHomeworkAction({ homeworkId: w.a.homeworkId }),
  },
  'app/portal/homework/[homeworkId]/actions.ts#saveMeasurementAnswerAction': {
    audience: 'portal',
    rightful: 'reaches',
    call: async (w) =>
      portalHw.saveMeasurementAnswerAction({ homeworkId: w.a.measureHomeworkId, itemKey: CHECK_IN_ITEM, value: 3 } as never),
  },
  'app/portal/homework/[homeworkId]/actions.ts#completeMeasurementHomeworkAction': {
    audience: 'portal',
    rightful: 'reaches',
    call: async (w) => portalHw.completeMeasurementHomeworkAction({ homeworkId: w.a.measureHomeworkId }),
  },
  'app/portal/plan/actions.ts#releasePlanItemAction': {
    audience: 'portal',
    rightful: 'ok',
    call: async (w) =>
      portalPlan.releasePlanItemAction({ itemId: w.a.itemId, wording: await seenWording(w.a.itemId), seen: await seenDetails(w.a.itemId) }),
  },
  'app/portal/plan/actions.ts#withdrawPlanItemAction': {
    audience: 'portal',
    rightful: 'ok',
    fresh: true,
    call: async (w) => portalPlan.withdrawPlanItemAction({ itemId: w.a.itemId }),
  },

  // ── Share link (the employer): the token is the caller.
  'app/share/[token]/actions.ts#confirmPlanAction': {
    audience: 'share',
    rightful: 'ok',
    call: async (_w, token) => share.confirmPlanAction({ token, seen: await seenOnSharePage(token) }),
  },
  'app/share/[token]/actions.ts#recordOpeningAction': {
    audience: 'share',
    rightful: 'ok',
    call: async (_w, token) => share.recordOpeningAction({ token, seen: await seenOnSharePage(token) }),
  },
  'app/share/[token]/actions.ts#setItemStatusAction': {
    audience: 'share',
    rightful: 'ok',
    crossPlan: true,
    fresh: true,
    call: async (w, token) => share.setItemStatusAction({ token, itemId: w.a.itemId, from: 'planned', status: 'in_progress' }),
  },
  'app/share/[token]/actions.ts#commentAction': {
    audience: 'share',
    rightful: 'ok',
    call: async (_w, token) => share.commentAction({ token, requestId: randomUUID(), comment: 'Goed plan' }),
  },
  'app/share/[token]/logo/route.ts#GET': {
    audience: 'share',
    form: 'route',
    rightful: 'ok',
    call: async (_w, token) => shareLogoRoute.GET(req(`/share/${token}/logo`), { params: Promise.resolve({ token }) }),
  },
  'app/share/[token]/report/route.ts#GET': {
    audience: 'share',
    form: 'route',
    rightful: 'ok',
    call: async (_w, token) => shareReportRoute.GET(req(`/share/${token}/report`), { params: Promise.resolve({ token }) }),
  },
  'app/share/[token]/page.tsx#default': {
    audience: 'share',
    form: 'page',
    rightful: 'ok',
    call: async (_w, token) => SharePage(props({ token }) as never),
  },

  // ── Routes and pages of one client (coach).
  'app/(coach)/clients/[clientId]/reports/[kind]/route.ts#GET': {
    audience: 'coach',
    form: 'route',
    rightful: 'ok',
    call: async (w) =>
      coachReportRoute.GET(req(`/clients/${w.a.client.id}/reports/manager`), {
        params: Promise.resolve({ clientId: w.a.client.id, kind: 'manager' }),
      } as never),
  },
  // The portal session names the only client it reaches: every portal caller gets their own report.
  'app/portal/report/route.ts#GET': {
    audience: 'portal-self',
    form: 'route',
    rightful: 'ok',
    call: async () => portalReportRoute.GET(req('/portal/report')),
  },
  'app/(coach)/clients/[clientId]/export/route.ts#GET': {
    audience: 'coach',
    form: 'route',
    rightful: 'ok',
    call: async (w) =>
      exportRoute.GET(req(`/clients/${w.a.client.id}/export`), { params: Promise.resolve({ clientId: w.a.client.id }) } as never),
  },
  'app/(coach)/clients/[clientId]/page.tsx#default': {
    audience: 'coach',
    form: 'page',
    rightful: 'ok',
    call: async (w) => ClientPage(props({ clientId: w.a.client.id }) as never),
  },
  'app/(coach)/clients/[clientId]/timeline/page.tsx#default': {
    audience: 'coach',
    form: 'page',
    rightful: 'ok',
    call: async (w) =>
      (await import('@/app/(coach)/clients/[clientId]/timeline/page')).default(props({ clientId: w.a.client.id }) as never),
  },
  'app/(coach)/clients/[clientId]/edit/page.tsx#default': {
    audience: 'coach',
    form: 'page',
    rightful: 'ok',
    call: async (w) => ClientEditPage(props({ clientId: w.a.client.id }) as never),
  },
  'app/(coach)/clients/[clientId]/homework/page.tsx#default': {
    audience: 'coach',
    form: 'page',
    rightful: 'ok',
    call: async (w) => HomeworkListPage(props({ clientId: w.a.client.id }) as never),
  },
  'app/(coach)/clients/[clientId]/homework/[homeworkId]/page.tsx#default': {
    audience: 'coach',
    form: 'page',
    rightful: 'ok',
    call: async (w) => HomeworkPage(props({ clientId: w.a.client.id, homeworkId: w.a.homeworkId }) as never),
  },
  'app/(coach)/clients/[clientId]/measurements/page.tsx#default': {
    audience: 'coach',
    form: 'page',
    rightful: 'ok',
    call: async (w) => MeasurementsPage(props({ clientId: w.a.client.id }) as never),
  },
  'app/(coach)/clients/[clientId]/measurements/[measurementId]/page.tsx#default': {
    audience: 'coach',
    form: 'page',
    rightful: 'reaches',
    why: 'an open measurement sends the coach on to the intake (a redirect), so success is "not a 404"',
    call: async (w) => MeasurementPage(props({ clientId: w.a.client.id, measurementId: w.a.measurementId }) as never),
  },
  'app/(coach)/clients/[clientId]/plan/page.tsx#default': {
    audience: 'coach',
    form: 'page',
    rightful: 'ok',
    call: async (w) => PlanPage(props({ clientId: w.a.client.id }) as never),
  },
  'app/(coach)/clients/[clientId]/sessions/page.tsx#default': {
    audience: 'coach',
    form: 'page',
    rightful: 'ok',
    call: async (w) => SessionsPage(props({ clientId: w.a.client.id }) as never),
  },
  'app/(coach)/clients/[clientId]/sessions/[sessionId]/page.tsx#default': {
    audience: 'coach',
    form: 'page',
    rightful: 'ok',
    call: async (w) => SessionPage(props({ clientId: w.a.client.id, sessionId: w.a.sessionId }) as never),
  },
  'app/(intake)/intake/[measurementId]/page.tsx#default': {
    audience: 'coach',
    form: 'page',
    rightful: 'ok',
    call: async (w) => IntakePage(props({ measurementId: w.a.measurementId }) as never),
  },
  'app/portal/homework/[homeworkId]/page.tsx#default': {
    audience: 'portal',
    form: 'page',
    rightful: 'ok',
    call: async (w) => PortalHomeworkPage(props({ homeworkId: w.a.homeworkId }) as never),
  },
};
