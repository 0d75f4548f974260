import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translator';
import { classifyProfile, MIDPOINT_REFERENCE, type Profile, referencePoint } from '../scoring/profile';
import { reportProfile } from './report-profile';

function profile(demands: number, resources: number, reference: Profile['reference'] = MIDPOINT_REFERENCE): Profile {
  const split = referencePoint(reference);
  return { key: classifyProfile(demands, resources, split), demands, resources, reference, split };
}

describe('the report’s profile', () => {
  it('keeps the indices as precise as the split: 50.3 beside a split at 50 stays 50.3, as on the results page', () => {
    // 49.96 shows as 50: on the split, which the edge rule counts as low.
    const shown = reportProfile(profile(50.3, 49.96), { componentSet: 'jdr_wide', path: [] }, translatorFor('nl'));
    expect(shown).toMatchObject({
      profileKey: 'high_demands_low_resources',
      demands: 50.3,
      resources: 50,
      reference: { demands: 50, resources: 50 },
    });
  });

  it('never shows an index on the split when the profile puts it above: 50.04 is 50.1 beside a "high demands" profile', () => {
    const shown = reportProfile(profile(50.04, 31), { componentSet: 'jdr_wide', path: [] }, translatorFor('nl'));
    expect(shown).toMatchObject({ profileKey: 'high_demands_low_resources', demands: 50.1, resources: 31 });
  });

  it('splits at the practice median as it names it, to one decimal', () => {
    const median = { kind: 'practice_median' as const, demands: 47.94, resources: 52.06, n: 12 };
    // Above the 47.9 the report names: high, and shown above it (split at 47.94 it was "high" and read "47,9").
    const above = reportProfile(profile(47.945, 60, median), { componentSet: 'jdr_wide', path: [] }, translatorFor('nl'));
    expect(above).toMatchObject({
      profileKey: 'high_demands_high_resources',
      demands: 48,
      reference: { demands: 47.9, resources: 52.1 },
    });
    expect(above?.referenceLabel).toContain('taakeisen 47,9, hulpbronnen 52,1');
    const on = reportProfile(profile(47.9, 60, median), { componentSet: 'jdr_wide', path: [] }, translatorFor('nl'));
    expect(on).toMatchObject({ profileKey: 'low_demands_high_resources', demands: 47.9 });
  });

  it('is absent without a profile', () => {
    expect(reportProfile(null, { componentSet: 'jdr_wide', path: [] }, translatorFor('en'))).toBeNull();
  });

  it('says in the client’s words what high and low are measured against, with the edge rule, and what the scores are made of', () => {
    const nl = reportProfile(profile(60, 40), { componentSet: 'jdr_wide', path: [] }, translatorFor('nl'));
    expect(nl?.referenceLabel).toBe('Hoog of laag: vergeleken met het midden van de schaal (50). Een score van precies 50 telt als laag.');
    expect(nl?.componentsLabel).toMatch(/^De twee scores zijn het gemiddelde van de taakeisen en van de hulpbronnen in je werk\./);
    // Not the results page's method notes for the coach.
    expect(`${nl?.referenceLabel} ${nl?.componentsLabel}`).not.toMatch(/Indices|spiegelbeeld|gesplitst/);
    const azw = reportProfile(profile(60, 40), { componentSet: 'azw', path: [] }, translatorFor('en'));
    expect(azw?.componentsLabel).toMatch(/^The two scores follow a study of 23 care and welfare professions \(AZW\)/);
    expect(azw?.quadrantLabels).toEqual({
      high_demands_low_resources: translatorFor('en')('profile.short.high_demands_low_resources'),
      high_demands_high_resources: translatorFor('en')('profile.short.high_demands_high_resources'),
      low_demands_low_resources: translatorFor('en')('profile.short.low_demands_low_resources'),
      low_demands_high_resources: translatorFor('en')('profile.short.low_demands_high_resources'),
    });
  });
});
