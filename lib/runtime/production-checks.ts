/**
 * What a production start needs before it may serve a single request (scripts/app.ts runs this first).
 * Pure: the launcher passes its environment and mode; the answer is one clear sentence per problem.
 *
 * ALLOW_LOCAL_PRODUCTION=1 is the escape hatch for a production BUILD run on a developer's machine
 * (the end-to-end suite and the load script): outbox mail, http on localhost and the embedded database
 * are fine there, and nowhere else.
 */
export type ProductionEnv = Readonly<Record<string, string | undefined>>;

export function isProductionStart(mode: 'dev' | 'start', env: ProductionEnv): boolean {
  return mode === 'start' || env.NODE_ENV === 'production';
}

export function productionProblems(mode: 'dev' | 'start', env: ProductionEnv): string[] {
  if (!isProductionStart(mode, env) || env.ALLOW_LOCAL_PRODUCTION === '1') return [];
  const problems: string[] = [];
  if (!env.SMTP_URL) {
    problems.push('SMTP_URL is required in production: without it sign-in and reset links stay readable in the outbox table.');
  }
  if (!env.MAIL_FROM) {
    problems.push(
      'MAIL_FROM is required in production (for example "Balanspunt <no-reply@coach.example.nl>"): without it mails are sent from no-reply@localhost, which mail servers refuse or file as spam.',
    );
  }
  const appUrl = env.APP_URL ?? '';
  if (!appUrl) {
    problems.push('APP_URL is required in production (for example https://coach.example.nl): links and Secure cookies depend on it.');
  } else if (!/^https:\/\/[^/\s]+/i.test(appUrl)) {
    problems.push('APP_URL must start with https:// in production: over http the session cookies are not marked Secure.');
  }
  if (!env.DATABASE_URL) {
    problems.push('DATABASE_URL is required in production: the embedded database runs with a fixed superuser password.');
  }
  if (!env.AUTH_SECRET) {
    problems.push('AUTH_SECRET is required in production (generate one with `openssl rand -base64 32`).');
  }
  // Said on purpose, either way: with 0 the per-IP limits (sign-up, sign-in, share and portal links) are off, and with a
  // count of proxies that do not exist anyone could choose the IP the limits count (lib/security/client-ip.ts).
  if (!/^\d+$/.test(env.TRUSTED_PROXY_HOPS ?? '')) {
    problems.push(
      'TRUSTED_PROXY_HOPS is required in production: the number of reverse proxies of your own in front of the app (usually 1), or 0 when none sets X-Forwarded-For (then only the per-account limits hold, none per IP address).',
    );
  }
  if (env.E2E_FORCE_ERRORS === '1' || env.BENCH_COUNT_QUERIES === '1') {
    problems.push(
      'E2E_FORCE_ERRORS and BENCH_COUNT_QUERIES are for the test suite and the benchmark only: they add pages that fail on purpose (and fail any page for a test cookie) or count statements.',
    );
  }
  return problems;
}
