import { describe, expect, it } from 'vitest';
import {
  classifyProfile,
  describeReference,
  MIDPOINT_REFERENCE,
  median,
  medianReference,
  type ProfileReference,
  profileFromIndices,
  referencePoint,
} from './profile';
import { insufficient, scored } from './test-fixtures';

describe('classifyProfile at the midpoint (50)', () => {
  const split = referencePoint(MIDPOINT_REFERENCE);

  it('counts a value exactly at the split as low, on both axes', () => {
    expect(classifyProfile(50, 50, split)).toBe('low_demands_low_resources');
  });

  it('counts a value just above the split as high, on each axis', () => {
    expect(classifyProfile(50.01, 50, split)).toBe('high_demands_low_resources');
    expect(classifyProfile(50, 50.01, split)).toBe('low_demands_high_resources');
    expect(classifyProfile(50.01, 50.01, split)).toBe('high_demands_high_resources');
  });

  it('places the extremes in the four quadrants', () => {
    expect(classifyProfile(0, 0, split)).toBe('low_demands_low_resources');
    expect(classifyProfile(100, 0, split)).toBe('high_demands_low_resources');
    expect(classifyProfile(0, 100, split)).toBe('low_demands_high_resources');
    expect(classifyProfile(100, 100, split)).toBe('high_demands_high_resources');
  });
});

describe('classifyProfile at a practice median', () => {
  const reference: ProfileReference = { kind: 'practice_median', demands: 62.5, resources: 40, n: 12 };
  const split = referencePoint(reference);

  it('uses the median values, with the same edge rule', () => {
    expect(split).toEqual({ demands: 62.5, resources: 40 });
    expect(classifyProfile(62.5, 40, split)).toBe('low_demands_low_resources');
    expect(classifyProfile(62.6, 40, split)).toBe('high_demands_low_resources');
    expect(classifyProfile(62.5, 40.1, split)).toBe('low_demands_high_resources');
    // 55/45 would be high resources here but low demands: the split differs from the midpoint
    expect(classifyProfile(55, 45, split)).toBe('low_demands_high_resources');
    expect(classifyProfile(55, 45, referencePoint(MIDPOINT_REFERENCE))).toBe('high_demands_low_resources');
  });
});

describe('the practice median as a split', () => {
  it('splits at the one decimal the page and the report name it with', () => {
    const reference: ProfileReference = { kind: 'practice_median', demands: 47.94, resources: 52.06, n: 12 };
    expect(referencePoint(reference)).toEqual({ demands: 47.9, resources: 52.1 });
    // Above 47.94 and on the named 47.9: low, as "exactly on the split" reads.
    expect(profileFromIndices({ demands: scored(47.9), work_resources: scored(60) }, reference)?.key).toBe('low_demands_high_resources');
    // Below 47.94 but above the named 47.9: high.
    expect(profileFromIndices({ demands: scored(47.92), work_resources: scored(60) }, reference)?.key).toBe('high_demands_high_resources');
  });
});

describe('profileFromIndices', () => {
  it('returns the profile with the reference and split used', () => {
    const reference: ProfileReference = { kind: 'practice_median', demands: 60, resources: 55, n: 7 };
    expect(profileFromIndices({ demands: scored(70), work_resources: scored(30) }, reference)).toEqual({
      key: 'high_demands_low_resources',
      demands: 70,
      resources: 30,
      reference,
      split: { demands: 60, resources: 55 },
    });
  });

  it('defaults to the midpoint', () => {
    expect(profileFromIndices({ demands: scored(50), work_resources: scored(50) })).toMatchObject({
      key: 'low_demands_low_resources',
      reference: { kind: 'midpoint' },
      split: { demands: 50, resources: 50 },
    });
  });

  it('gives no profile when either index is insufficient or absent', () => {
    expect(profileFromIndices({ demands: insufficient, work_resources: scored(30) })).toBeNull();
    expect(profileFromIndices({ demands: scored(30), work_resources: insufficient })).toBeNull();
    expect(profileFromIndices({ demands: scored(30) })).toBeNull();
  });

  it('ignores the personal-resources index for the split', () => {
    expect(profileFromIndices({ demands: scored(80), work_resources: scored(20), personal_resources: scored(90) })?.key).toBe(
      'high_demands_low_resources',
    );
  });
});

describe('median and medianReference', () => {
  it('computes the median of odd and even counts, unsorted input', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });

  it('takes the median per index over clients with both indices, and reports n', () => {
    const reference = medianReference([
      { demands: 70, resources: 20 },
      { demands: 40, resources: 60 },
      { demands: 55, resources: 35 },
      { demands: 90, resources: null },
      { demands: null, resources: 10 },
      { demands: 60, resources: 50 },
    ]);
    expect(reference).toEqual({ kind: 'practice_median', demands: 57.5, resources: 42.5, n: 4 });
  });

  it('returns null for a caseload without complete measurements', () => {
    expect(medianReference([])).toBeNull();
    expect(medianReference([{ demands: 50, resources: null }])).toBeNull();
  });

  it('classifies the median client itself as low/low', () => {
    const reference = medianReference([
      { demands: 20, resources: 80 },
      { demands: 50, resources: 50 },
      { demands: 80, resources: 20 },
    ]);
    expect(reference).not.toBeNull();
    if (!reference) return;
    expect(profileFromIndices({ demands: scored(50), work_resources: scored(50) }, reference)?.key).toBe('low_demands_low_resources');
  });
});

describe('describeReference', () => {
  it('names the midpoint or the practice median with n', () => {
    expect(describeReference(MIDPOINT_REFERENCE)).toEqual({ key: 'reference.midpoint', params: {} });
    expect(describeReference({ kind: 'practice_median', demands: 57.25, resources: 42.5, n: 4 })).toEqual({
      key: 'reference.practiceMedian',
      params: { n: 4, demands: 57.3, resources: 42.5 },
    });
  });
});
