import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { z } from 'zod';
import { isForeignKeyViolation, isInvalidText, isOutOfRange } from '@/db/errors';
import { findUserForSession } from '@/db/queries/users';
import type { Role } from '@/db/schema';
import { type ActionResult, fail } from '@/lib/actions/result';
import { fieldErrorsOf } from '@/lib/actions/zod-errors';
import { audit } from '@/lib/audit';
import { ConsentRequiredError } from '@/lib/caseload/consent-gate';
import { logError } from '@/lib/log';
import { hasLoneSurrogate } from '@/lib/schemas/well-formed';
import type { PolicyName } from '@/lib/security/rate-limit';
import { refuseWhenLimited } from '@/lib/security/request-limits';
import { currentSessionClaims } from './session';
// Plugs the server-only password strength estimate into the shared password schema for every action.
import './password-strength';

export type Actor = {
  userId: string;
  practiceId: string;
  role: Role;
  name: string;
  email: string;
  locale: import('@/lib/i18n/locales').Locale;
  /** The practice requires two-factor sign-in and this coach has not enrolled: only enrolment is open. */
  mustEnrolTwoFactor?: boolean;
  /** Read with the session check (same statement), so the navigation needs no query of its own. */
  practiceName?: string;
  /** The practice's "which clients may a coach see" rule, read with the session check. */
  coachVisibility?: 'all' | 'assigned';
};

/** A caller refused before its input is read (rate limited), with the answer it gets. */
class RefusedCaller extends Error {
  constructor(readonly result: ActionResult<never>) {
    super('refused');
  }
}

export class GuardError extends Error {
  constructor(readonly code: 'unauthenticated' | 'forbidden' | 'not_found' | 'two_factor_required' | 'coaching_ended') {
    super(code);
  }
}

/**
 * The signed-in coach, confirmed against the database once per request: a removed or deactivated user is out at
 * once, and so is every token issued before the user's session version was raised (password change or reset,
 * sign-out, "sign out everywhere", deactivation).
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const claims = await currentSessionClaims();
  if (!claims) return null;
  const row = await findUserForSession(claims.practiceId, claims.userId);
  if (!row?.user.active) return null;
  const { user } = row;
  if ((claims.sessionVersion ?? 1) !== user.sessionVersion) return null;
  return {
    userId: user.id,
    practiceId: user.practiceId,
    role: user.role,
    name: user.name,
    email: user.email,
    locale: user.locale,
    mustEnrolTwoFactor: row.requireTwoFactor && !user.totpEnabledAt,
    practiceName: row.practiceName,
    coachVisibility: row.coachVisibility,
  };
});

/** A signed-in coach, also one who still has to enrol in two-factor sign-in: for the enrolment itself and sign-out. */
export async function requireSignedIn(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new GuardError('unauthenticated');
  return actor;
}

export async function requireCoach(): Promise<Actor> {
  const actor = await requireSignedIn();
  if (actor.mustEnrolTwoFactor) throw new GuardError('two_factor_required');
  return actor;
}

/**
 * A refused access-control decision is logged (ASVS 7.2.2): who tried something that is the owner's. No more than the
 * fact: which action or page is in the server's log of requests, not in the practice's audit log.
 */
async function auditRefusal(actor: Pick<Actor, 'practiceId' | 'userId'>): Promise<void> {
  try {
    await audit({ practiceId: actor.practiceId, actorUserId: actor.userId, action: 'auth.access_refused', metadata: { need: 'owner' } });
  } catch (error) {
    // The refusal stands whether or not its entry could be written.
    logError('audit', error);
  }
}

export async function requireOwner(): Promise<Actor> {
  const actor = await requireCoach();
  if (actor.role !== 'owner') {
    await auditRefusal(actor);
    throw new GuardError('forbidden');
  }
  return actor;
}

/** For pages: a signed-out visitor goes to the sign-in page, a coach to the dashboard. */
export async function requireCoachPage(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect('/login');
  if (actor.mustEnrolTwoFactor) redirect('/settings/security');
  return actor;
}

/** The security settings page: open to a coach who still has to enrol (the one page such a coach may see). */
export async function requireSignedInPage(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect('/login');
  return actor;
}

export async function requireOwnerPage(): Promise<Actor> {
  const actor = await requireCoachPage();
  if (actor.role !== 'owner') {
    await auditRefusal(actor);
    redirect('/dashboard');
  }
  return actor;
}

export type GuardedHandler<S extends z.ZodType, R, A> = (input: z.output<S>, actor: A) => Promise<ActionResult<R>>;

/** Caller first, then input: the one shape every guarded server action has (coach and portal alike). */
export function guarded<S extends z.ZodType, R, A>(schema: S, who: () => Promise<A>, handler: GuardedHandler<S, R, A>) {
  return async (raw: z.input<S>): Promise<ActionResult<R>> => {
    try {
      const actor = await who();
      if (hasLoneSurrogate(raw)) return fail('invalid_characters');
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return fail('validation', { fieldErrors: fieldErrorsOf(parsed.error) });
      const result = await handler(parsed.data, actor);
      // A service's own owner check (fail('forbidden')) is a refused decision too; only coaches meet one.
      if (!result.ok && result.error === 'forbidden' && isCoach(actor)) await auditRefusal(actor);
      return result;
    } catch (error) {
      if (error instanceof GuardError) return fail(error.code);
      if (error instanceof RefusedCaller) return error.result;
      if (error instanceof ConsentRequiredError) return fail('consent_required');
      if (isInvalidText(error)) return fail('invalid_characters');
      if (isForeignKeyViolation(error)) return fail('stale');
      if (isOutOfRange(error)) return fail('validation');
      logError('action', error);
      return fail('server');
    }
  };
}

const isCoach = (actor: unknown): actor is Actor =>
  typeof actor === 'object' && actor !== null && 'userId' in actor && 'role' in actor && 'practiceId' in actor;

/** A server action for any signed-in coach of a practice: caller checked first, then the input. */
export function withCoach<S extends z.ZodType, R>(schema: S, handler: GuardedHandler<S, R, Actor>) {
  return guarded(schema, requireCoach, handler);
}

/** A server action that a coach who still has to enrol in two-factor sign-in may use too (enrolment, sign-out). */
export function withSignedIn<S extends z.ZodType, R>(schema: S, handler: GuardedHandler<S, R, Actor>) {
  return guarded(schema, requireSignedIn, handler);
}

/** A server action for the practice owner only. */
export function withOwner<S extends z.ZodType, R>(schema: S, handler: GuardedHandler<S, R, Actor>) {
  return guarded(schema, requireOwner, handler);
}

/**
 * A server action anyone may call (sign-up, password reset): input validated all the same. `ipLimits`: policies
 * spent per caller IP before the input is read, for actions whose validation itself costs (a password-strength check).
 */
export function withPublic<S extends z.ZodType, R>(
  schema: S,
  handler: GuardedHandler<S, R, null>,
  options: { ipLimits?: readonly PolicyName[] } = {},
) {
  const limits = options.ipLimits ?? [];
  return guarded(
    schema,
    async () => {
      if (limits.length === 0) return null;
      const limited = await refuseWhenLimited(limits.map((name) => [name, 'ip'] as const));
      if (limited) throw new RefusedCaller(limited);
      return null;
    },
    handler,
  );
}
