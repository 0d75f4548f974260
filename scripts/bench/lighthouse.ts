/** Lighthouse (mobile profile, the default) on Debian's chromium: performance and accessibility scores per page. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export type LighthouseRow = { name: string; performance: number | null; accessibility: number | null; error?: string };

export async function lighthouseScores(base: string, pages: { name: string; path: string; cookie?: string }[]): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const page of pages) {
      try {
        const result = await lighthouse(base + page.path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
        });
        const categories = result?.lhr.categories;
        if (process.env.BENCH_DETAIL && result)
          await writeFile(
            path.join(process.env.BENCH_DETAIL, `lighthouse-${page.name.replace(/\W+/g, '-')}.json`),
            JSON.stringify(result.lhr),
          );
        const score = (s: number | null | undefined) => (s == null ? null : Math.round(s * 100));
        rows.push({
          name: page.name,
          performance: score(categories?.performance?.score),
          accessibility: score(categories?.accessibility?.score),
        });
      } catch (error) {
        rows.push({
          name: page.name,
          performance: null,
          accessibility: null,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
