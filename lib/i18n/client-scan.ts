/**
 * Test helper: which message namespaces the client components of an app area use. Follows imports (as text) from
 * every file of the area; a file with 'use client', and everything it imports, runs in the browser.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessageTree } from './messages';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXTS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  if (/\.(tsx?)$/.test(base) && existsSync(base)) return base;
  for (const ext of EXTS) if (existsSync(base + ext)) return base + ext;
  return null;
}

const IMPORT = /(?:import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function imports(file: string, dynamic = true): string[] {
  const out: string[] = [];
  for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    if (m[1]) continue; // type-only
    if (m[3] && !dynamic) continue;
    const target = resolveImport(file, m[2] ?? m[3]!);
    if (target) out.push(target);
  }
  return out;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The files of the entries (files or folders relative to the repository root); a named file stays in even below an excluded folder. */
function entryFiles(entries: string[], exclude: string[]): string[] {
  const skip = exclude.map((e) => path.join(ROOT, e) + path.sep);
  return entries.flatMap((e) => {
    const full = path.join(ROOT, e);
    return statSync(full).isDirectory() ? walk(full).filter((f) => !skip.some((s) => f.startsWith(s))) : [full];
  });
}

/** Whether the dotted path names a message or a group of messages (audit codes like 'auth.sign_in' do not). */
function isMessagePath(tree: MessageTree, segments: string[]): boolean {
  let node: MessageTree | string | undefined = tree;
  for (const s of segments) {
    if (typeof node !== 'object' || !(s in node)) return false;
    node = node[s];
  }
  return true;
}

const isServerModule = (file: string) => /^\s*(['"])use server\1/.test(readFileSync(file, 'utf8'));
const isClient = (file: string) => /^\s*(['"])use client\1/.test(readFileSync(file, 'utf8'));

/** Namespaces, or branches of one, named in `useTranslations('a.b')` (`a.b`) and in `// client messages: a, b.c` notes. */
function namespacesIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out = [...text.matchAll(/useTranslations\(\s*['"]([^'"]+)/g)].map((m) => m[1]!);
  for (const m of text.matchAll(/client messages: ([\w., ]+)/g)) out.push(...m[1]!.split(',').map((s) => s.trim()));
  return out;
}

export type Scan = { namespaces: Set<string>; clientFiles: string[]; unnamed: string[] };

/**
 * Entry files: files or folders relative to the repository root. `dynamic: false` leaves out what `import()` loads
 * later (a lazy chunk), to see what a page's first load carries.
 */
export function scanClientNamespaces(entries: string[], exclude: string[] = [], dynamic = true): Scan {
  const files = entryFiles(entries, exclude);
  const seen = new Set<string>();
  const client = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    // A client component gets a reference to a server action, not its module.
    if (inClient && isServerModule(file)) return;
    const nowClient = inClient || isClient(file);
    const key = `${nowClient}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (nowClient) client.add(file);
    for (const next of imports(file, dynamic)) visit(next, nowClient);
  };
  for (const f of files) visit(f, false);
  const namespaces = new Set<string>();
  const unnamed: string[] = [];
  for (const f of client) {
    for (const ns of namespacesIn(f)) namespaces.add(ns);
    const text = readFileSync(f, 'utf8');
    if (/useTranslations\(\s*\)/.test(text) && !/client messages:/.test(text)) unnamed.push(path.relative(ROOT, f));
  }
  return { namespaces, clientFiles: [...client].map((f) => path.relative(ROOT, f)).sort(), unnamed };
}

/**
 * Namespaces of message keys that reach the browser as data: what a server action sends back (`_form:
 * 'plan.errors.x'`, schema messages) and what client-side validation produces. Any string or template literal
 * starting with a top-level namespace, in the lib/ files that the area's server actions and client components
 * reach. A superset, which only costs bytes.
 */
export function scanDataKeyNamespaces(entries: string[], exclude: string[], messages: MessageTree): Set<string> {
  return new Set([...scanDataKeyPaths(entries, exclude, messages)].map((p) => p.split('.')[0]!));
}

/** The same keys as full paths ('plan.errors' for `plan.errors.${key}`), for areas that send only part of a namespace. */
export function scanDataKeyPaths(entries: string[], exclude: string[], messages: MessageTree): Set<string> {
  const reached = new Set<string>();
  const seeds = new Set<string>();
  const stack = entryFiles(entries, exclude);
  while (stack.length > 0) {
    const f = stack.pop()!;
    if (reached.has(f)) continue;
    reached.add(f);
    if (isServerModule(f) || isClient(f)) seeds.add(f);
    stack.push(...imports(f));
  }
  const lib = `${path.sep}lib${path.sep}`;
  const scanned = new Set<string>();
  const todo = [...seeds];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (scanned.has(f)) continue;
    scanned.add(f);
    todo.push(...imports(f).filter((g) => g.includes(lib)));
  }
  const out = new Set<string>();
  // Mail is composed on the server (lib/mail, and the services that word their own mails under `mail.`): its texts
  // never reach the browser.
  const mail = `${lib}mail${path.sep}`;
  for (const f of scanned) {
    if (!f.includes(lib) || f.includes(mail)) continue;
    for (const m of readFileSync(f, 'utf8').matchAll(/['"`]([a-zA-Z]+(?:\.[a-zA-Z_]+)+)(\.\$\{|['"`])/g))
      if (!m[1]!.startsWith('mail.') && isMessagePath(messages, m[1]!.split('.'))) out.add(m[1]!);
  }
  return out;
}
