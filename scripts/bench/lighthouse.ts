/**
 * Lighthouse (mobile profile, the default) on Debian's chromium: performance and accessibility scores per page.
 * Each page is audited `runs` times, interleaved, and the median run reported (Lighthouse's own advice: a single
 * simulated run moves by several points on a virtual machine), with the range and the metrics behind the median.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export type LighthouseRow = {
  name: string;
  performance: number | null;
  accessibility: number | null;
  /** Lowest and highest performance score over the runs. */
  range?: [number, number];
  /** The median run's metrics, ms (CLS unitless). */
  metrics?: { fcp: number; lcp: number; tbt: number; si: number; cls: number };
  error?: string;
};

type Run = { performance: number; accessibility: number; metrics: NonNullable<LighthouseRow['metrics']>; lhr: unknown };

export async function lighthouseScores(
  base: string,
  /** `url`: a page served elsewhere (the bare Next.js floor), instead of `base + path`. */
  pages: { name: string; path: string; url?: string; cookie?: string | (() => string) }[],
  runs = 3,
): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const done = new Map<string, Run[]>(pages.map((p) => [p.name, []]));
  const errors = new Map<string, string>();
  try {
    for (let i = 0; i < runs; i++) {
      for (const page of pages) {
        try {
          const result = await lighthouse(page.url ?? base + page.path, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility'],
            extraHeaders: page.cookie ? { Cookie: typeof page.cookie === 'function' ? page.cookie() : page.cookie } : undefined,
          });
          const lhr = result?.lhr;
          if (!lhr) throw new Error('no report');
          const audit = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? Number.NaN);
          done.get(page.name)!.push({
            performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
            accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
            metrics: {
              fcp: audit('first-contentful-paint'),
              lcp: audit('largest-contentful-paint'),
              tbt: audit('total-blocking-time'),
              si: audit('speed-index'),
              cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
            },
            lhr,
          });
        } catch (error) {
          errors.set(page.name, error instanceof Error ? error.message : String(error));
        }
      }
    }
  } finally {
    chrome.kill();
  }
  const rows: LighthouseRow[] = [];
  for (const page of pages) {
    const list = [...done.get(page.name)!].sort((a, b) => a.performance - b.performance);
    const median = list[Math.floor(list.length / 2)];
    if (!median) {
      rows.push({ name: page.name, performance: null, accessibility: null, error: errors.get(page.name) ?? 'no run' });
      continue;
    }
    if (process.env.BENCH_DETAIL)
      await writeFile(path.join(process.env.BENCH_DETAIL, `lighthouse-${page.name.replace(/\W+/g, '-')}.json`), JSON.stringify(median.lhr));
    rows.push({
      name: page.name,
      performance: median.performance,
      accessibility: Math.min(...list.map((r) => r.accessibility)),
      range: [list[0]!.performance, list.at(-1)!.performance],
      metrics: median.metrics,
    });
  }
  return rows;
}
