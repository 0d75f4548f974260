const jar = new Map<string, string>();

export const cookieJar = jar;

type CookieOptions = { httpOnly?: boolean; sameSite?: string; secure?: boolean; path?: string; maxAge?: number };
/** What the code under test set, as the Set-Cookie headers a browser would get (attributes included). */
export const setCookieHeaders: string[] = [];

function setCookieHeader(name: string, value: string, o: CookieOptions = {}): string {
  const parts = [`${name}=${encodeURIComponent(value)}`];
  if (o.path) parts.push(`Path=${o.path}`);
  if (o.maxAge !== undefined) parts.push(`Max-Age=${o.maxAge}`);
  if (o.httpOnly) parts.push('HttpOnly');
  if (o.secure) parts.push('Secure');
  if (o.sameSite) parts.push(`SameSite=${o.sameSite}`);
  return parts.join('; ');
}

export async function cookies() {
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string, options?: CookieOptions) => {
      jar.set(name, value);
      setCookieHeaders.push(setCookieHeader(name, value, options));
    },
    delete: (name: string) => void jar.delete(name),
    has: (name: string) => jar.has(name),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  };
}

export async function headers() {
  return new Headers({ 'x-forwarded-for': '127.0.0.1' });
}
