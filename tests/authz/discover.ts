import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Page folders whose pages can show client data (the auth pages and the landing page never do). */
const PAGE_ROOTS = ['app/(coach)/', 'app/(intake)/', 'app/portal/', 'app/share/'];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/** The exported names of a module, from its source (no import: discovery must not depend on the module loading). */
function exportsOf(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/^export\s+(?:async\s+)?(?:function|const|let)\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1]!);
  for (const m of source.matchAll(/^export\s+(?:const|let)\s+\{([^}]*)\}/gm)) {
    for (const part of m[1]!.split(',')) if (part.trim()) names.add(part.split(':').pop()!.trim());
  }
  for (const m of source.matchAll(/^export\s+\{([^}]*)\}/gm)) {
    for (const part of m[1]!.split(','))
      if (part.trim())
        names.add(
          part
            .split(/\s+as\s+/)
            .pop()!
            .trim(),
        );
  }
  return [...names];
}

/**
 * Every endpoint under app/, as `path#export`: the exports of every 'use server' module, the HTTP methods
 * of every route.ts, and the default export of every page.tsx under the coach, intake, portal and share folders.
 */
export function discoverEndpoints(root: string): string[] {
  const found: string[] = [];
  for (const full of walk(path.join(root, 'app'))) {
    const file = path.relative(root, full).split(path.sep).join('/');
    if (isTest(file) || !/\.(ts|tsx)$/.test(file)) continue;
    const source = readFileSync(full, 'utf8');
    if (/^\s*(?:\/\/[^\n]*\n\s*)*['"]use server['"]/.test(source)) {
      for (const name of exportsOf(source)) found.push(`${file}#${name}`);
    } else if (/['"]use server['"]/.test(source)) {
      // A server action declared inside a component: an endpoint too, which the registry must name.
      found.push(`${file}#inline-server-action`);
    }
    if (/\/route\.ts$/.test(file)) {
      for (const name of exportsOf(source)) if (METHODS.includes(name)) found.push(`${file}#${name}`);
    }
    if (/\/page\.tsx$/.test(file) && PAGE_ROOTS.some((r) => file.startsWith(r))) found.push(`${file}#default`);
  }
  return found.sort();
}
