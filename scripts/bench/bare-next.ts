/**
 * Lighthouse's floor: a bare Next.js page (this repository's Next and React, no stylesheet, no data, no
 * translations), built and served on this machine in the same run as the app. Lighthouse's mobile profile slows the
 * CPU by a fixed 4×, so its scores move with the machine; the bare page shows what React and Next alone score here.
 *
 * Built in a temporary folder: Turbopack compiles only below its root, so node_modules is copied as hard links
 * (instant, no space); where that is impossible (another file system) it is a symlink and the build uses webpack.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

// About as much as the sign-in page shows: a heading, a paragraph, a form with one field. Dynamic, as the app's pages.
const PAGE = `export const dynamic = 'force-dynamic';
export default function Page() {
  return (
    <main>
      <h1>Aanmelden</h1>
      <p>Een kale Next.js-pagina zonder stijlblad, gegevens of vertalingen: wat React en Next op deze machine scoren.</p>
      <form><label>E-mailadres <input name="email" type="email" /></label> <button type="submit">Verder</button></form>
    </main>
  );
}
`;
const LAYOUT = `export const metadata = { title: 'Bare Next.js page' };
export default function RootLayout({ children }) {
  return (<html lang="nl"><head><meta name="description" content="Lighthouse floor" /></head><body>{children}</body></html>);
}
`;

export async function startBareNext(port: number): Promise<{ base: string; stop: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'balanspunt-bare-next-'));
  mkdirSync(path.join(dir, 'app'));
  await writeFile(path.join(dir, 'app', 'layout.jsx'), LAYOUT);
  await writeFile(path.join(dir, 'app', 'page.jsx'), PAGE);
  await writeFile(path.join(dir, 'package.json'), '{ "private": true }\n');
  const modules = path.join(process.cwd(), 'node_modules');
  let bundler: string[] = [];
  try {
    execFileSync('cp', ['-al', modules, path.join(dir, 'node_modules')], { stdio: 'ignore' });
  } catch {
    await symlink(modules, path.join(dir, 'node_modules'));
    bundler = ['--webpack'];
  }
  // Next from the folder's own node_modules: from the repository's, it would load a second React beside the page's.
  const next = path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next');
  // None of the app's settings (its build folder, its database): a plain production build, no telemetry.
  const { NEXT_DIST_DIR: _dist, DATABASE_URL: _db, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = { ...inherited, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  execFileSync(process.execPath, [next, 'build', ...bundler], { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const child: ChildProcess = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env,
    stdio: 'ignore',
    detached: true,
  });
  const killGroup = () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  process.once('exit', killGroup);
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    process.off('exit', killGroup);
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
    await rm(dir, { recursive: true, force: true });
  };
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/`)).ok) return { base, stop };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > until) {
      await stop();
      throw new Error('The bare Next.js page did not start');
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}
