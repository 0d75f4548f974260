/** Where the app goes after sign-in when `next` is missing or unsafe. */
export const DEFAULT_NEXT = '/dashboard';

const DUMMY_ORIGIN = 'http://app.invalid';

/**
 * A `next` target is followed only when it is a plain same-origin path of this app. Browsers treat `\`
 * as `/` and drop tabs/newlines, so `/\evil.com` and `/<TAB>/evil.com` become `//evil.com`: reject
 * backslashes, control characters and whitespace outright, then let the URL parser decide the origin.
 */
export function safeNext(next: string | null | undefined, fallback = DEFAULT_NEXT): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2048) return fallback;
  if (!next.startsWith('/') || next.startsWith('//')) return fallback;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters in a redirect target are refused on purpose.
  if (/[\\\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, DUMMY_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== DUMMY_ORIGIN) return fallback;
  // Normalised: `/a/../b` becomes `/b`; a path that normalises to `//x` would leave the site on a relative redirect.
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith('//') || url.pathname.startsWith('/api/')) return fallback;
  return path;
}
