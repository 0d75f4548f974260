import { describe, expect, it } from 'vitest';
import { productionProblems } from './production-checks';

const complete = {
  SMTP_URL: 'smtp://mail.example.nl:587',
  MAIL_FROM: 'Balanspunt <no-reply@coach.example.nl>',
  APP_URL: 'https://coach.example.nl',
  DATABASE_URL: 'postgres://app:secret@db/balanspunt',
  AUTH_SECRET: 'x'.repeat(44),
  TRUSTED_PROXY_HOPS: '1',
};

describe('productionProblems', () => {
  it('accepts a complete production configuration', () => {
    expect(productionProblems('start', complete)).toEqual([]);
  });

  it('refuses production without SMTP_URL', () => {
    const problems = productionProblems('start', { ...complete, SMTP_URL: undefined });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^SMTP_URL is required/);
  });

  it('refuses production without MAIL_FROM (mails would go out from no-reply@localhost)', () => {
    for (const MAIL_FROM of [undefined, '']) {
      const problems = productionProblems('start', { ...complete, MAIL_FROM });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^MAIL_FROM is required/);
    }
  });

  it('refuses production without APP_URL or with an http APP_URL', () => {
    expect(productionProblems('start', { ...complete, APP_URL: undefined })[0]).toMatch(/^APP_URL is required/);
    expect(productionProblems('start', { ...complete, APP_URL: 'http://coach.example.nl' })[0]).toMatch(/^APP_URL must start with https/);
  });

  it("refuses the test suite's and the benchmark's switches in production", () => {
    for (const env of [{ E2E_FORCE_ERRORS: '1' }, { BENCH_COUNT_QUERIES: '1' }]) {
      expect(productionProblems('start', { ...complete, ...env })).toEqual([
        expect.stringMatching(/^E2E_FORCE_ERRORS and BENCH_COUNT_QUERIES are for the test suite/),
      ]);
      expect(productionProblems('start', { ...complete, ...env, ALLOW_LOCAL_PRODUCTION: '1' })).toEqual([]);
    }
  });

  it('asks for TRUSTED_PROXY_HOPS to be said, 0 included (0 switches the per-IP limits off)', () => {
    for (const TRUSTED_PROXY_HOPS of [undefined, '', 'one', '-1']) {
      expect(productionProblems('start', { ...complete, TRUSTED_PROXY_HOPS })).toEqual([
        expect.stringMatching(/^TRUSTED_PROXY_HOPS is required in production/),
      ]);
    }
    expect(productionProblems('start', { ...complete, TRUSTED_PROXY_HOPS: '0' })).toEqual([]);
  });

  it('refuses the embedded database (no DATABASE_URL) in production', () => {
    expect(productionProblems('start', { ...complete, DATABASE_URL: undefined })[0]).toMatch(/^DATABASE_URL is required/);
  });

  it('treats NODE_ENV=production as production in either mode', () => {
    expect(productionProblems('dev', { NODE_ENV: 'production' })).toHaveLength(6);
  });

  it('lists every problem, one sentence each, without stack traces', () => {
    const problems = productionProblems('start', {});
    expect(problems).toHaveLength(6);
    for (const p of problems) expect(p).not.toMatch(/\n|at .*\(/);
  });

  it('lets a local production build run with the explicit escape hatch', () => {
    expect(productionProblems('start', { ALLOW_LOCAL_PRODUCTION: '1' })).toEqual([]);
  });

  it('asks nothing of development', () => {
    expect(productionProblems('dev', {})).toEqual([]);
  });
});
