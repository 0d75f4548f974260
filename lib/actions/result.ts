/** Every server action answers with one of these; the UI translates `error` and the field messages. */
export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'stale'
  | 'rate_limited'
  | 'invalid_credentials'
  | 'email_taken'
  | 'link_expired'
  | 'link_used'
  | 'link_invalid'
  | 'invalid_characters'
  /** The client has handed this homework in: no more answers, no second hand-in, no reminder. */
  | 'already_submitted'
  /** No given, not-withdrawn coaching agreement recorded for this client: no measurements, no homework (GDPR art. 9). */
  | 'consent_required'
  /** The portal: the coach closed the client's trajectory or archived the record while the client was signed in. */
  | 'coaching_ended'
  /** Accounts and sessions (lib/auth): a deactivated account, the two-factor steps, the owner's own account. */
  | 'account_inactive'
  /** The owner acts on a deactivated coach's account in a way only an active one can follow up (a two-step reset). */
  | 'coach_inactive'
  | 'totp_required'
  | 'totp_invalid'
  | 'two_factor_required'
  | 'two_factor_already_enabled'
  | 'two_factor_not_started'
  /** The owner requires two-step sign-in of the practice before using it themselves. */
  | 'two_factor_owner_first'
  | 'last_owner'
  | 'not_yourself'
  | 'server';

/** Field name → translation key (e.g. `validation.email`). */
export type FieldErrors = Record<string, string>;

export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; error: ErrorCode; fieldErrors?: FieldErrors; params?: Record<string, string | number> };

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function fail(error: ErrorCode, extra: { fieldErrors?: FieldErrors; params?: Record<string, string | number> } = {}) {
  return { ok: false as const, error, ...extra };
}
