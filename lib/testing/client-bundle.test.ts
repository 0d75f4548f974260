import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanClientNamespaces } from '@/lib/i18n/client-scan';

/**
 * zod (30 kB gzip, and start-up work that showed as blocking time in Lighthouse) loads in the browser only when a
 * form is first used: forms hand useActionForm an import of their schema (app/_components/use-action-form.ts).
 * A static import from a client component would put it back into the first load of every page that shows a form.
 */
describe('the browser’s first load', () => {
  const firstLoad = scanClientNamespaces(['app'], [], false).clientFiles;

  it('finds the client components', () => {
    expect(firstLoad).toContain('app/_components/use-action-form.ts');
    expect(firstLoad.length).toBeGreaterThan(100);
  });

  it('carries no schema module', () => {
    expect(firstLoad.filter((f) => f.startsWith('lib/schemas/'))).toEqual([]);
  });

  it('loads them lazily where forms need them', () => {
    expect(scanClientNamespaces(['app/(auth)/login'], [], true).clientFiles).toContain('lib/schemas/auth.ts');
  });

  // Every coach's first page: with react-hook-form (14 kB gzip) it was over the 150 kB budget (BENCHMARKS.md).
  it('keeps react-hook-form out of the sign-in page', () => {
    const signIn = scanClientNamespaces(['app/layout.tsx', 'app/(auth)/layout.tsx', 'app/(auth)/login'], [], false).clientFiles;
    expect(signIn).toContain('app/(auth)/login/login-form.tsx');
    // A type-only import leaves no code behind.
    const loadsIt = (f: string) => /^import (?!type )[^;]*from '(react-hook-form|@hookform\/[\w/]+)'/m.test(readFileSync(f, 'utf8'));
    expect(signIn.filter(loadsIt)).toEqual([]);
  });
});
