import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Privacy by construction: the manager report is built from the employer view and nothing else, so no
 * query, service, score or note can reach the employer's PDF by way of this module.
 */
const ALLOWED = new Set(['../i18n/locales', '../i18n/translator', '../plans/employer-view', './types']);

function importsOf(source: string): string[] {
  const found = [
    ...source.matchAll(
      /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm,
    ),
  ];
  return found.map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]!);
}

describe('lib/reports/manager-report-data imports', () => {
  const source = readFileSync(path.join(__dirname, 'manager-report-data.ts'), 'utf8');

  it('imports only the employer view, the report types and i18n', () => {
    const imports = importsOf(source);
    expect(imports).toContain('../plans/employer-view');
    for (const spec of imports) expect(ALLOWED.has(spec), `${spec} may not be imported by the manager report data`).toBe(true);
  });

  it('catches a forbidden import', () => {
    const bad = importsOf("import { listPlanItems } from '@/db/queries/plans';\nimport { x } from '../intake/results-view';");
    expect(bad.filter((s) => !ALLOWED.has(s))).toEqual(['@/db/queries/plans', '../intake/results-view']);
  });
});
