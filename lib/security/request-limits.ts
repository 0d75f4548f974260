import 'server-only';
import { headers } from 'next/headers';
import { fail } from '@/lib/actions/result';
import { clientIpFrom } from './client-ip';
import { consumeAll, type PolicyName } from './rate-limit';

/** The calling client's IP in a server action or page (trusted-proxy aware, see client-ip.ts). */
export async function requestIp(): Promise<string | null> {
  return clientIpFrom(await headers());
}

/**
 * For the public actions that cost an argon2 hash, a job or a mail: spends the given policies' points
 * (key: 'ip' means the caller's IP) and answers `rate_limited` with the minutes to wait, or null to go on.
 */
export async function refuseWhenLimited(checks: ReadonlyArray<readonly [PolicyName, string | 'ip']>) {
  const ip = checks.some(([, key]) => key === 'ip') ? await requestIp() : null;
  const result = await consumeAll(checks.map(([name, key]) => [name, key === 'ip' ? ip : key] as const));
  return result.ok ? null : fail('rate_limited', { params: { minutes: result.retryAfterMinutes } });
}
