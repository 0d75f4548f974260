import { CredentialsSignin } from 'next-auth';
import type { CredentialCheck } from './credentials';

/** The reasons a sign-in fails that the form tells apart (next-auth passes `code` through to signIn's caller). */
export class RateLimitedSignIn extends CredentialsSignin {
  code = 'rate_limited';
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

/** The next-auth error for a credential check that did not give a user. */
export function signInErrorFor(status: Exclude<CredentialCheck['status'], 'ok'>): CredentialsSignin | null {
  if (status === 'rate_limited' || status === 'totp_rate_limited') return new RateLimitedSignIn();
  if (status === 'inactive') return new InactiveSignIn();
  if (status === 'totp_required') return new TotpRequiredSignIn();
  if (status === 'totp_invalid') return new TotpInvalidSignIn();
  return null;
}
