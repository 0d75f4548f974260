import 'server-only';
import { type ActionResult, fail } from '@/lib/actions/result';
import { consume } from '@/lib/security/rate-limit';

/**
 * A signed-in coach's current-password check (changing the password, removing two-factor sign-in) spends a point per
 * account, right or wrong: someone at a session left open cannot guess the password there without end.
 */
export async function refusePasswordCheck(userId: string): Promise<ActionResult<never> | null> {
  const result = await consume('passwordCheck', userId);
  return result.ok ? null : fail('rate_limited', { params: { minutes: result.retryAfterMinutes } });
}
