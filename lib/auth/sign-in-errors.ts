import { CredentialsSignin } from 'next-auth';
import type { CredentialCheck } from './credentials';

/**
 * A sign-in refused by a limit (the email from this browser, from this client IP or from anywhere, the client IP, or
 * the authenticator codes of the account), with the minutes until that limit lets it through: the form says how long to
 * wait. The same instance reaches signIn's caller (Auth.js rethrows its own errors to a server-side signIn), so the wait
 * travels with it and is not guessed afterwards.
 */
export class RateLimitedSignIn extends CredentialsSignin {
  code = 'rate_limited';
  readonly retryAfterMinutes: number | undefined;

  constructor(retryAfterMinutes?: number) {
    super();
    this.retryAfterMinutes = retryAfterMinutes;
  }
}

/** Right password, but the owner deactivated the account: said plainly, as the password was right. */
class InactiveSignIn extends CredentialsSignin {
  code = 'account_inactive';
}

/** Right password; the account has two-factor sign-in, so the form asks for the code next. */
class TotpRequiredSignIn extends CredentialsSignin {
  code = 'totp_required';
}

class TotpInvalidSignIn extends CredentialsSignin {
  code = 'totp_invalid';
}

export type FailedCredentialCheck = Exclude<CredentialCheck, { status: 'ok' }>;

/** The next-auth error for a credential check that did not give a user (the whole check: a limit's wait travels with it). */
export function signInErrorFor(failed: FailedCredentialCheck): CredentialsSignin | null {
  if (failed.status === 'rate_limited' || failed.status === 'totp_rate_limited') {
    return new RateLimitedSignIn('retryAfterMinutes' in failed ? failed.retryAfterMinutes : undefined);
  }
  if (failed.status === 'inactive') return new InactiveSignIn();
  if (failed.status === 'totp_required') return new TotpRequiredSignIn();
  if (failed.status === 'totp_invalid') return new TotpInvalidSignIn();
  return null;
}

/** The wait a refused sign-in carries (RateLimitedSignIn), if any. */
export function retryAfterMinutesOf(error: unknown): number | undefined {
  const minutes = (error as { retryAfterMinutes?: unknown } | null)?.retryAfterMinutes;
  return typeof minutes === 'number' && minutes > 0 ? minutes : undefined;
}
