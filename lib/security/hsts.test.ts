import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import proxy from '@/proxy';
import { HSTS_VALUE, strictTransportSecurity } from './hsts';

type Header = { key: string; value: string };
type Config = { headers: () => Promise<{ source: string; headers: Header[] }[]> };

// A plain .mjs module (Next reads it as is): imported by a computed path so TypeScript leaves it untyped.
const configPath = '../../next.config.mjs';
const loadConfig = async () => (await import(/* @vite-ignore */ configPath)) as { default: Config };

afterEach(() => vi.unstubAllEnvs());

/** The app's address as `npm start` gets it: in the environment of the running server, after the build. */
function startWith(appUrl: string | undefined) {
  vi.stubEnv('APP_URL', appUrl);
}

/** What a browser gets for one request: the proxy runs on every page, action and API request (not on static files). */
const hstsOn = async (path: string, cookie?: string) =>
  (await proxy(new NextRequest(`https://app.balanspunt.nl${path}`, { headers: cookie ? { cookie } : {} }))).headers.get(
    'Strict-Transport-Security',
  );

describe('Strict-Transport-Security, set per request by the proxy', () => {
  it('is sent on pages, on the sign-in redirect and on API answers when the running app has an https APP_URL', async () => {
    startWith('https://app.balanspunt.nl');
    expect(await hstsOn('/login')).toBe('max-age=31536000; includeSubDomains');
    expect(await hstsOn('/dashboard')).toBe(HSTS_VALUE); // signed out: the redirect to /login carries it too
    expect(await hstsOn('/dashboard', 'authjs.session-token=x')).toBe(HSTS_VALUE);
    expect(await hstsOn('/api/health')).toBe(HSTS_VALUE);
  });

  it('follows APP_URL as the server has it when the request comes, not as it was when the code was built or loaded', async () => {
    // This module (and the proxy) were loaded without an https address, as `npm run build` runs in the README.
    startWith(undefined);
    expect(await hstsOn('/login')).toBeNull();
    startWith('https://coach.example.nl');
    expect(await hstsOn('/login')).toBe(HSTS_VALUE);
  });

  it('is not sent on http localhost (development, e2e) or without APP_URL', async () => {
    for (const url of ['http://localhost:3000', 'http://127.0.0.1:3107', undefined]) {
      startWith(url);
      expect(await hstsOn('/login'), String(url)).toBeNull();
      expect(strictTransportSecurity(), String(url)).toBeNull();
    }
  });

  it('is not in next.config.mjs, whose headers Next fixes at build time; the other security headers are', async () => {
    for (const url of ['https://app.balanspunt.nl', 'http://localhost:3000']) {
      startWith(url);
      const routes = await (await loadConfig()).default.headers();
      const keys = routes.flatMap((r) => r.headers.map((h) => h.key));
      expect(keys).not.toContain('Strict-Transport-Security');
      expect(routes.find((r) => r.source === '/:path*')!.headers.map((h) => h.key)).toEqual(
        expect.arrayContaining(['X-Content-Type-Options', 'X-Frame-Options', 'Referrer-Policy']),
      );
    }
  });
});
