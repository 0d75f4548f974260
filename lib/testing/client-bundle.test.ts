import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

  // Each is a page of its own, on a newcomer's or a client's phone: with react-hook-form (14 kB gzip) each was over the
  // 150 kB budget (BENCHMARKS.md). They use app/_components/use-plain-form.ts.
  it.each([
    ['sign-in', 'app/(auth)/layout.tsx', 'app/(auth)/login', 'app/(auth)/login/login-form.tsx'],
    ['sign-up', 'app/(auth)/layout.tsx', 'app/(auth)/signup', 'app/(auth)/signup/signup-form.tsx'],
    ['forgotten password', 'app/(auth)/layout.tsx', 'app/(auth)/forgot-password', 'app/(auth)/forgot-password/forgot-password-form.tsx'],
    ['new password', 'app/(auth)/layout.tsx', 'app/(auth)/reset-password', 'app/(auth)/reset-password/[token]/reset-password-form.tsx'],
    ['invitation', 'app/(auth)/layout.tsx', 'app/(auth)/invite', 'app/(auth)/invite/[token]/accept-invitation-form.tsx'],
    ['portal sign-in', 'app/portal/layout.tsx', 'app/portal/login', 'app/portal/login/request-link-form.tsx'],
  ])('keeps react-hook-form out of the %s page', (_, layout, page, form) => {
    const firstLoad = scanClientNamespaces(['app/layout.tsx', layout, page], [], false).clientFiles;
    expect(firstLoad).toContain(form);
    expect(firstLoad).toContain('app/_components/use-plain-form.ts');
    // A type-only import leaves no code behind.
    const loadsIt = (f: string) => /^import (?!type )[^;]*from '(react-hook-form|@hookform\/[\w/]+)'/m.test(readFileSync(f, 'utf8'));
    expect(firstLoad.filter(loadsIt)).toEqual([]);
  });

  // next/link's client code (about 3 kB gzip) loads on every page whose tree uses it, and the root not-found boundary is
  // in every page's tree. The portal (a client's phone) and the employer's link page have no link that needs the router.
  it('keeps next/link out of the root not-found boundary and the portal’s and the employer’s pages', () => {
    const under = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? under(path.join(dir, e.name)) : e.name.endsWith('.tsx') ? [path.join(dir, e.name)] : [],
      );
    const files = ['app/layout.tsx', 'app/not-found.tsx', 'app/error.tsx', ...under('app/portal'), ...under('app/share')];
    expect(files).toContain('app/portal/homework/[homeworkId]/page.tsx');
    expect(files.filter((f) => /^import [^;]*from 'next\/link'/m.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
