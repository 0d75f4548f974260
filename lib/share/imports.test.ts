import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The employer's pages reach data through the share guard and the one employer-view function only
 * (action-plan issue, privacy): nothing under app/share/ may import a query, a service or a schema.
 */
const ALLOWED = new Set([
  '@/lib/share/guard',
  '@/lib/plans/employer-view',
  // Pure: which text a refused action shows, and the comment's length limit. No data.
  '@/lib/share/action-error',
  // The manager report download (app/share/[token]/report): built from the employer view only (its own
  // import test), rendered in the pool, answered as a file. No query, service or other data source.
  // Pure: whether an item the view emitted is past its date (from its own date and status), and today's date in
  // Amsterdam. No data beyond the view's.
  '@/lib/plans/past-due',
  // Pure: the health words in a text the manager types (the comment), to point them out. No data.
  '@/lib/plans/health-words',
  '@/lib/sessions/zoned-time',
  '@/lib/reports/manager-report-data',
  '@/lib/reports/reader-limit',
  '@/lib/reports/file-name',
  // The refusal page: a title and a sentence from the messages, no data; the wrapper that answers a failure with it.
  '@/lib/http/refusal',
  '@/lib/http/public-route',
  '@/lib/i18n/locales',
  '@/lib/i18n/messages',
  '@/lib/i18n/client-namespaces',
  // A browser-side focus helper: no data, no import of its own beyond React.
  '@/app/_components/focus-on-arrival',
  '@/app/_components/hydration-gate',
  // Why an action got no answer (offline, a page of an older version): reads the browser's state and the error only.
  '@/app/_components/unsent-cause',
  // The error boundary's sentence and retry button: no data.
  '@/app/_components/status/page-error',
  // The comment's draft in the employer's own browser (comment-draft.ts) and the notice that it was put back: no data.
  '@/app/_components/autosave/draft-restored-notice',
  '@/app/_components/autosave/use-form-draft',
  '@/lib/autosave/form-draft',
  '@/lib/autosave/pending-store',
  // The id the comment form makes for a comment, so that sending it again is the same comment: no imports, no data.
  '@/lib/ids/request-id',
  'react',
  'next',
  'next/navigation',
  'next/headers',
  'next/cache',
  'next-intl',
  'next-intl/server',
]);

const root = path.resolve(__dirname, '../../app/share');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function importsOf(source: string): string[] {
  const found = [
    ...source.matchAll(
      /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm,
    ),
  ];
  return found.map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]!);
}

describe('app/share imports', () => {
  const list = files(root);

  it('has modules to check', () => {
    expect(list.length).toBeGreaterThan(0);
  });

  it.each(list.map((f) => [path.relative(root, f), f]))(
    '%s imports only the guard, the employer view and UI/i18n basics',
    (_name, file) => {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (spec.startsWith('.')) {
          // Relative imports stay inside app/share.
          expect(path.resolve(path.dirname(file), spec).startsWith(root), `${spec} leaves app/share`).toBe(true);
        } else {
          expect(ALLOWED.has(spec), `${spec} is not allowed in app/share`).toBe(true);
        }
      }
    },
  );

  it('catches a forbidden import', () => {
    expect(
      importsOf('import { listPlanItems } from \'@/db/queries/plans\';\nimport x from "@/lib/plans/service";').filter(
        (s) => !ALLOWED.has(s),
      ),
    ).toEqual(['@/db/queries/plans', '@/lib/plans/service']);
  });
});
