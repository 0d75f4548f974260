/**
 * Report benchmark (issue 11): npm run bench:reports   (node --expose-gc for the memory figure; NODE_ENV=production
 * as the app runs, so React and react-pdf's reconciler run their production builds)
 *  1. warm render time, client (3 measurements, 12 items, 20 sessions) and manager report, in this thread;
 *  2. p95 of an ordinary page on a tiny HTTP server (a trivial one and a react-dom/server one): idle, during a
 *     burst of 10 concurrent report downloads rendered in the worker pool (REPORT_WORKERS / REPORT_WORKER_NICE
 *     as in the app), and the same burst rendered on the main thread;
 *  3. memory growth after 200 renders in a row, after GC;
 *  4. the same client report printed to PDF by Chromium from HTML, for the ratio.
 * Fetches use their own http.Agent (no keep-alive reuse, enough sockets) and count a reset as an error
 * instead of crashing (the earlier version died with ECONNRESET under the main-thread burst).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { renderReport } from '@/lib/reports/render';
import type { ReportRequest } from '@/lib/reports/types';
import { createReportPool, reportWorkerNice } from '@/lib/reports/worker-pool';
import { clientReportFixture, managerReportFixture } from '@/lib/testing/report-fixtures';

const client: ReportRequest = { kind: 'client', data: clientReportFixture('nl') };
const manager: ReportRequest = { kind: 'manager', data: managerReportFixture('nl') };
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};
// BENCH_SECTIONS=render,burst,memory,chromium runs only those (default: all).
const sections = new Set((process.env.BENCH_SECTIONS ?? 'render,burst,memory,chromium').split(','));
const ms = (n: number) => `${n.toFixed(0)} ms`;
async function timed<T>(f: () => Promise<T>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

const clientTimes: number[] = [];
// 1. Warm render times.
if (sections.has('render') || sections.has('chromium')) {
  for (let i = 0; i < 3; i++) await renderReport(client);
  // CPU time beside wall time: on a shared machine the wall time includes waiting for a core.
  const cpu = async (f: () => Promise<unknown>, into: number[]) => {
    const before = process.cpuUsage();
    await f();
    const used = process.cpuUsage(before);
    into.push((used.user + used.system) / 1000);
  };
  const clientCpu: number[] = [];
  const managerCpu: number[] = [];
  for (let i = 0; i < 15; i++) clientTimes.push(await timed(() => cpu(() => renderReport(client), clientCpu)));
  for (let i = 0; i < 3; i++) await renderReport(manager);
  const managerTimes: number[] = [];
  for (let i = 0; i < 30; i++) managerTimes.push(await timed(() => cpu(() => renderReport(manager), managerCpu)));
  console.log(
    `render client p50 ${ms(pct(clientTimes, 50))} p95 ${ms(pct(clientTimes, 95))} (cpu p50 ${ms(pct(clientCpu, 50))}); manager p50 ${ms(pct(managerTimes, 50))} p95 ${ms(pct(managerTimes, 95))} (cpu p50 ${ms(pct(managerCpu, 50))})`,
  );
}
// 2. Page latency under a burst. Two stand-ins for "an ordinary page": the trivial one (a 200-item list
// joined as a string, ~0.1 ms of work) and a representative one: a caseload-like page rendered with
// react-dom/server (html, navigation and a 40-row table of clients with links, badges, dates and progress
// bars; a few ms of work, what a server-rendered page costs before its database round trips).
if (sections.has('burst')) {
  const pool = createReportPool();
  await Promise.all(Array.from({ length: pool.maxThreads }, () => pool.render(client))); // warm every worker
  let inPool = true;
  const trivialPage = () => `<ul>${Array.from({ length: 200 }, (_, i) => `<li>${i}</li>`).join('')}</ul>`;
  const dayFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium' });
  const reactPage = () =>
    '<!doctype html>' +
    renderToString(
      h('html', { lang: 'nl' }, [
        h('head', { key: 'h' }, h('title', null, 'Cliënten')),
        h('body', { key: 'b' }, [
          h(
            'nav',
            { key: 'n', 'aria-label': 'Hoofdmenu' },
            h(
              'ul',
              null,
              ['Vandaag', 'Cliënten', 'Agenda', 'Instellingen'].map((x) => h('li', { key: x }, h('a', { href: `/${x}` }, x))),
            ),
          ),
          h('main', { key: 'm' }, [
            h('h1', { key: 'h1' }, 'Cliënten'),
            h(
              'table',
              { key: 't' },
              h(
                'tbody',
                null,
                Array.from({ length: 40 }, (_, i) =>
                  h('tr', { key: i }, [
                    h('td', { key: 'a' }, h('a', { href: `/clients/${i}` }, `Cliënt ${i}`)),
                    h('td', { key: 'b' }, h('span', { className: i % 3 ? 'badge' : 'badge warn' }, i % 3 ? 'Actief' : 'Let op')),
                    h('td', { key: 'c' }, dayFormat.format(new Date(Date.UTC(2026, 10, 1 + (i % 28))))),
                    h('td', { key: 'd' }, h('progress', { value: (i * 7) % 100, max: 100 })),
                  ]),
                ),
              ),
            ),
          ]),
        ]),
      ]),
    );
  const server = http.createServer(async (req, res) => {
    if (req.url === '/report') {
      const bytes = inPool ? await pool.render(client) : await renderReport(client);
      res.writeHead(200, { 'content-type': 'application/pdf', connection: 'close' }).end(Buffer.from(bytes));
      return;
    }
    const html = req.url === '/react' ? reactPage() : trivialPage();
    res.writeHead(200, { 'content-type': 'text/html', connection: 'close' }).end(html);
  });
  server.listen(0, '127.0.0.1', 1024);
  await new Promise((r) => server.once('listening', r));
  const port = (server.address() as { port: number }).port;
  const agent = new http.Agent({ keepAlive: false, maxSockets: 128 });
  let errors = 0;
  const get = (p: string) =>
    new Promise<void>((resolve) => {
      const failed = () => {
        errors++;
        resolve();
      };
      const req = http.get({ host: '127.0.0.1', port, path: p, agent }, (res) => {
        res.resume();
        res.on('end', () => resolve());
        res.on('error', failed);
      });
      req.on('error', failed);
      req.setTimeout(30_000, () => req.destroy());
    });
  /** p95 of the page: 60 samples when idle; during a burst, samples until the burst is over (and waits for it). */
  async function pageP95(page: string, during: Promise<unknown> | null): Promise<number> {
    const times: number[] = [];
    let done = false;
    const over = during?.then(() => (done = true));
    while (during ? !done || times.length < 10 : times.length < 60) {
      times.push(await timed(() => get(page)));
      await new Promise((r) => setTimeout(r, 10));
    }
    await over;
    return pct(times, 95);
  }
  const burst = () => Promise.all(Array.from({ length: 10 }, () => get('/report')));
  const burstTime = async (f: () => Promise<unknown>) => timed(f);
  console.log(`pool: ${pool.maxThreads} worker(s) at nice ${reportWorkerNice()} on ${os.availableParallelism()} cores`);
  for (const [name, page] of [
    ['trivial page', '/page'],
    ['react page', '/react'],
  ] as const) {
    for (let i = 0; i < 20; i++) await get(page); // warm
    const idle = await pageP95(page, null);
    inPool = true;
    let poolBurst = 0;
    const pooled = await pageP95(
      page,
      burstTime(burst).then((t) => (poolBurst = t)),
    );
    inPool = false;
    let mainBurst = 0;
    const mainThread = await pageP95(
      page,
      burstTime(burst).then((t) => (mainBurst = t)),
    );
    console.log(
      `${name}: p95 idle ${ms(idle)}; during a burst of 10 in the pool ${ms(pooled)} = ${(pooled / idle).toFixed(1)}x (burst took ${ms(poolBurst)}); on the main thread ${ms(mainThread)} = ${(mainThread / idle).toFixed(1)}x (burst took ${ms(mainBurst)})`,
    );
  }
  console.log(`fetch errors ${errors}`);
  server.close();
  await pool.destroy();
}
// 3. Memory after 200 renders.
if (sections.has('memory')) {
  const gc = (globalThis as { gc?: () => void }).gc;
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      gc?.();
      await new Promise((r) => setTimeout(r, 50));
    }
    return process.memoryUsage();
  };
  const before = await settle();
  for (let i = 0; i < 200; i++) await renderReport(i % 2 ? client : manager);
  const after = await settle();
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  console.log(
    `memory after 200 renders${gc ? '' : ' (no --expose-gc!)'}: heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)} MB (+${mb(after.heapUsed - before.heapUsed)}), rss ${mb(before.rss)} → ${mb(after.rss)} MB (+${mb(after.rss - before.rss)})`,
  );
}
// 4. Chromium from HTML.
if (sections.has('chromium')) {
  const d = client.data as ReturnType<typeof clientReportFixture>;
  const esc = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  const html = `<!doctype html><html lang="nl"><meta charset="utf-8"><style>body{font-family:sans-serif;font-size:11px}td{border-bottom:1px solid #ccc;padding:4px}</style>
  <h1>${esc(d.practice.name)}</h1><h2>${esc(d.client.name)}</h2>${d.summary.map((p) => `<p>${esc(p)}</p>`).join('')}
  ${d.groups.map((g) => `<h3>${esc(g.title)}</h3><table>${g.rows.map((r) => `<tr><td>${esc(r.label)}</td><td>${r.score ?? ''}</td></tr>`).join('')}</table>`).join('')}
  <h3>Plan</h3><table>${d.plan.map((p) => `<tr><td>${esc(p.title)}</td><td>${esc(p.owner)}</td><td>${p.dueDate ?? ''}</td><td>${esc(p.status)}</td></tr>`).join('')}</table>
  <h3>Sessies</h3>${d.sessions.map((s) => `<p><b>${s.date}</b> ${esc(s.summary ?? '')}</p>`).join('')}</html>`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  writeFileSync(path.join(dir, 'r.html'), html);
  const chrome = () =>
    execFileSync(
      '/usr/bin/chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-pdf-header-footer',
        `--print-to-pdf=${path.join(dir, 'r.pdf')}`,
        `file://${dir}/r.html`,
      ],
      {
        stdio: 'ignore',
      },
    );
  chrome();
  const chromeTimes: number[] = [];
  for (let i = 0; i < 3; i++) chromeTimes.push(await timed(async () => chrome()));
  const ratio = pct(chromeTimes, 50) / pct(clientTimes, 50);
  console.log(`chromium print-to-pdf (process per report) p50 ${ms(pct(chromeTimes, 50))}; ratio to react-pdf ${ratio.toFixed(1)}x`);
}
process.exit(0);
