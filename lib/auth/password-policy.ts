/**
 * Password rules shared by the forms (client) and the actions (server). The client checks only the length;
 * the strength estimate (zxcvbn with large Dutch and English dictionaries) runs on the server only: the
 * server-only module lib/auth/password-strength.ts plugs itself in here, so client bundles never carry it.
 */
export const PASSWORD_MIN_LENGTH = 10;

/** True when the password is strong enough; userInputs are words of this user (email, name) that do not count. */
export type StrengthEstimator = (password: string, userInputs: readonly string[]) => boolean;

let estimator: StrengthEstimator | null = null;

export function registerStrengthEstimator(next: StrengthEstimator): void {
  estimator = next;
}

/** Weak by the server's estimate; always false where no estimator is registered (the browser). */
export function isWeakPassword(password: string, userInputs: readonly string[] = []): boolean {
  return estimator ? !estimator(password, userInputs) : false;
}
