import { describe, expect, it } from 'vitest';
import { benchBuildChoice } from './bench-build';

describe('benchBuildChoice', () => {
  const base = { hasBuild: true, smoke: false, hold: false, reuseBuild: false };

  it('builds for the full run even when a build is there: it may be of older code', () => {
    expect(benchBuildChoice(base)).toBe('build');
  });

  it('reuses the build that is there for the smoke run, --hold and --reuse-build', () => {
    expect(benchBuildChoice({ ...base, smoke: true })).toBe('reuse');
    expect(benchBuildChoice({ ...base, hold: true })).toBe('reuse');
    expect(benchBuildChoice({ ...base, reuseBuild: true })).toBe('reuse');
  });

  it('builds whenever there is no build', () => {
    for (const flags of [{}, { smoke: true }, { hold: true }, { reuseBuild: true }]) {
      expect(benchBuildChoice({ ...base, ...flags, hasBuild: false })).toBe('build');
    }
  });
});
