/** Auth.js's sign-out endpoint under the app's auth base path (trailing slash and case as a router would take them). */
export function isAuthJsSignOut(pathname: string): boolean {
  return /^\/api\/auth\/signout\/?$/i.test(pathname);
}
