/** A year, subdomains too: browsers then refuse plain http for the app's address. */
export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

/**
 * The Strict-Transport-Security value for a response, or null: only when the app is served over https (APP_URL), never
 * on http://localhost, where it would break local development and the e2e runs.
 *
 * Read at request time by proxy.ts, not in next.config.mjs: Next evaluates `headers()` there at BUILD time (into
 * routes-manifest.json), and the documented production setup builds without APP_URL and starts with APP_URL=https://….
 */
export function strictTransportSecurity(appUrl = process.env.APP_URL): string | null {
  return typeof appUrl === 'string' && appUrl.startsWith('https://') ? HSTS_VALUE : null;
}
