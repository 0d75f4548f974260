/**
 * Cookies are `Secure` whenever the app is served over https, and always in production except on a
 * localhost address (a local production build, as the end-to-end tests run it).
 */
export function secureCookies(appUrl = process.env.APP_URL ?? '', env = process.env.NODE_ENV): boolean {
  if (appUrl.startsWith('https://')) return true;
  const local = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(appUrl);
  return env === 'production' && !local;
}

/** Auth.js's session cookie: its default name, with the `__Secure-` prefix whenever cookies are Secure. */
export function sessionCookieName(secure = secureCookies()): string {
  return `${secure ? '__Secure-' : ''}authjs.session-token`;
}

/** The language cookie (NEXT_LOCALE): a year, sent on every page, readable by the browser's own error page. */
export function localeCookieOptions() {
  return { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' as const, httpOnly: false, secure: secureCookies() };
}

/**
 * The sign-in device cookie (lib/auth/device-cookie.ts): a year, httpOnly (no script reads it), SameSite=Lax, on every
 * path (the sign-in form posts to its page, Auth.js to /api/auth). Over https with the __Host- prefix: Secure, no Domain,
 * so no other host or plain-http page can set or overwrite it.
 */
export function deviceCookie(secure = secureCookies()) {
  return {
    name: secure ? '__Host-balanspunt-device' : 'balanspunt-device',
    options: { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' as const, httpOnly: true, secure },
  };
}

/**
 * The coach's activity mark (lib/auth/activity.ts): when this browser's session was last used, signed by the server.
 * httpOnly, SameSite=Lax, every path; with the __Host- prefix over https, like the device cookie. It lives as long as a
 * session can (12 hours): an older mark proves nothing for a new sign-in anyway.
 */
export function activityCookie(secure = secureCookies()) {
  return {
    name: secure ? '__Host-balanspunt-activity' : 'balanspunt-activity',
    options: { path: '/', maxAge: 12 * 60 * 60, sameSite: 'lax' as const, httpOnly: true, secure },
  };
}
