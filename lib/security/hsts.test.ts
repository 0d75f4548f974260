import { afterEach, describe, expect, it } from 'vitest';

type Header = { key: string; value: string };
type Config = { headers: () => Promise<{ source: string; headers: Header[] }[]> };

// A plain .mjs module (Next reads it as is): imported by a computed path so TypeScript leaves it untyped.
const configPath = '../../next.config.mjs';
const load = async () =>
  (await import(/* @vite-ignore */ configPath)) as { default: Config; securityHeaders: (appUrl?: string) => Header[] };

const original = process.env.APP_URL;
afterEach(() => {
  if (original === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = original;
});

async function headersFor(appUrl: string | undefined) {
  if (appUrl === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = appUrl;
  const routes = await (await load()).default.headers();
  return routes.find((r) => r.source === '/:path*')!.headers;
}

const hsts = (headers: Header[]) => headers.find((h) => h.key === 'Strict-Transport-Security')?.value;

describe('Strict-Transport-Security', () => {
  it('is sent on every page when the app is served over https', async () => {
    expect(hsts(await headersFor('https://app.balanspunt.nl'))).toBe('max-age=31536000; includeSubDomains');
  });

  it('is not sent on http localhost (development, e2e) or without APP_URL', async () => {
    expect(hsts(await headersFor('http://localhost:3000'))).toBeUndefined();
    expect(hsts(await headersFor('http://127.0.0.1:3107'))).toBeUndefined();
    expect(hsts(await headersFor(undefined))).toBeUndefined();
  });

  it('keeps the other security headers either way', async () => {
    for (const url of ['https://app.balanspunt.nl', 'http://localhost:3000']) {
      const keys = (await headersFor(url)).map((h) => h.key);
      expect(keys).toEqual(expect.arrayContaining(['X-Content-Type-Options', 'X-Frame-Options', 'Referrer-Policy']));
    }
  });
});
