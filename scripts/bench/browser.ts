/** The browser half of the benchmark: JavaScript transferred per page (gzip, as served) and axe-core violations. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, chromium } from '@playwright/test';

type PageRef = { name: string; path: string; portal?: boolean };

export async function browserChecks(
  base: string,
  /** The coach's cookies as a request header (made when asked: its activity mark is fresh), the portal's session token. */
  tokens: { coach: () => string; portal: string },
  jsPages: PageRef[],
  axePages: PageRef[],
): Promise<{ js: { name: string; kb: number }[]; axe: { name: string; violations: string[] }[] }> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const url = new URL(base);
  const context = async (who: 'coach' | 'portal' | null): Promise<BrowserContext> => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    if (who === 'coach') {
      const cookies = tokens.coach().split('; ');
      await ctx.addCookies(
        cookies.map((c) => ({ name: c.slice(0, c.indexOf('=')), value: c.slice(c.indexOf('=') + 1), domain: url.hostname, path: '/' })),
      );
    }
    if (who === 'portal') await ctx.addCookies([{ name: 'portal_session', value: tokens.portal, domain: url.hostname, path: '/' }]);
    return ctx;
  };
  const anonymous = ['/login', '/signup', '/forgot-password', '/portal/login'];
  const who = (p: PageRef) => (p.portal ? 'portal' : p.path.startsWith('/share/') || anonymous.includes(p.path) ? null : 'coach');
  try {
    const js: { name: string; kb: number }[] = [];
    for (const p of jsPages) {
      const ctx = await context(who(p));
      const page = await ctx.newPage();
      const scripts: Promise<{ url: string; bytes: number }>[] = [];
      const onFinished = (req: import('@playwright/test').Request) => {
        if (req.resourceType() === 'script')
          scripts.push(
            req
              .sizes()
              .then((s) => ({ url: req.url(), bytes: s.responseBodySize }))
              .catch(() => ({ url: req.url(), bytes: 0 })),
          );
      };
      page.on('requestfinished', onFinished);
      await page.goto(base + p.path, { waitUntil: 'networkidle' });
      // A lazily loaded chunk (next/dynamic, link prefetch) can start after the first quiet moment on a busy machine:
      // wait, then for quiet again, so that the figure counts it.
      await page.waitForTimeout(3000);
      await page.waitForLoadState('networkidle');
      page.off('requestfinished', onFinished);
      const loaded = await Promise.all(scripts);
      js.push({ name: p.name, kb: loaded.reduce((a, b) => a + b.bytes, 0) / 1024 });
      const detail = process.env.BENCH_DETAIL;
      if (detail) {
        await mkdir(detail, { recursive: true });
        const lines = loaded.sort((a, b) => b.bytes - a.bytes).map((s) => `${(s.bytes / 1024).toFixed(1)}\t${new URL(s.url).pathname}`);
        await writeFile(path.join(detail, `js-${p.name.replace(/\W+/g, '-')}.txt`), `${lines.join('\n')}\n`);
      }
      await ctx.close();
    }
    const axe: { name: string; violations: string[] }[] = [];
    for (const p of axePages) {
      const ctx = await context(who(p));
      const page = await ctx.newPage();
      await page.goto(base + p.path, { waitUntil: 'networkidle' });
      const result = await new AxeBuilder({ page }).analyze();
      axe.push({ name: p.name, violations: result.violations.map((v) => `${v.id} (${v.nodes.length})`) });
      await ctx.close();
    }
    return { js, axe };
  } finally {
    await browser.close();
  }
}
