import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import proxy from '@/proxy';
import { localeAsked, withLocale } from './locale-link';
import { LOCALE_COOKIE } from './locales';

const open = (path: string, cookie?: string) =>
  proxy(new NextRequest(`http://localhost:3000${path}`, { headers: cookie ? { cookie: `${LOCALE_COOKIE}=${cookie}` } : {} }));

describe('a mailed link opens in the recipient’s language', () => {
  it('adds and reads `lang`', () => {
    expect(withLocale('https://app.example/portal/auth/p.secret', 'en')).toBe('https://app.example/portal/auth/p.secret?lang=en');
    expect(localeAsked(new URLSearchParams('lang=en'))).toBe('en');
    expect(localeAsked(new URLSearchParams('lang=de'))).toBeNull();
    expect(localeAsked(new URLSearchParams(''))).toBeNull();
  });

  it('the proxy renders the page in that language and remembers it, before anyone has signed in', async () => {
    const response = await open('/portal/auth/p.secret?lang=en');
    expect(response.cookies.get(LOCALE_COOKIE)?.value).toBe('en');
    // The page itself is rendered with the new cookie (the request's cookies as the app sees them).
    expect(response.headers.get('x-middleware-request-cookie')).toContain(`${LOCALE_COOKIE}=en`);
  });

  it('leaves the language alone without `lang`, with an unknown one, or when it is already chosen', async () => {
    expect((await open('/portal/login')).cookies.get(LOCALE_COOKIE)).toBeUndefined();
    expect((await open('/portal/login?lang=fr')).cookies.get(LOCALE_COOKIE)).toBeUndefined();
    expect((await open('/portal/login?lang=en', 'en')).cookies.get(LOCALE_COOKIE)).toBeUndefined();
    expect((await open('/portal/login?lang=nl', 'en')).cookies.get(LOCALE_COOKIE)?.value).toBe('nl');
  });
});
