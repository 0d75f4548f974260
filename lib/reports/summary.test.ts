import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translator';
import { reportSummary, type SummaryInput } from './summary';

const base: SummaryInput = {
  profileKey: 'high_demands_low_resources',
  highDemands: ['Werkdruk', 'Tijdsdruk'],
  lowResources: ['Steun van de leidinggevende'],
  burnoutSignal: true,
  engagement: 30,
  planItems: 4,
  openPlanItems: 3,
  sessionsHeld: 2,
};

describe('reportSummary', () => {
  it('names the profile, the dimensions that stand out, the plan and the sessions in Dutch', () => {
    const text = reportSummary(base, translatorFor('nl')).join(' ');
    expect(text).toContain('veel van je vraagt');
    expect(text).toContain('Werkdruk, Tijdsdruk');
    expect(text).toContain('Steun van de leidinggevende');
    expect(text).toContain('4 afspraken, waarvan 3 nog open');
    expect(text).toContain('2 sessies');
    expect(text).toContain('geen diagnose');
  });

  it('says there is no profile yet and leaves out empty parts, in English', () => {
    const text = reportSummary(
      {
        ...base,
        profileKey: null,
        highDemands: [],
        lowResources: [],
        burnoutSignal: false,
        engagement: null,
        planItems: 0,
        openPlanItems: 0,
        sessionsHeld: 0,
      },
      translatorFor('en'),
    );
    expect(text).toHaveLength(2);
    expect(text[0]).toContain('no complete measurement');
  });

  it('mentions burnout complaints only with the burnout signal the coach sees, and never diagnoses or explains causes', () => {
    for (const locale of ['nl', 'en'] as const) {
      const low = reportSummary({ ...base, burnoutSignal: false }, translatorFor(locale)).join(' ');
      expect(low).not.toMatch(/burn-?out/i);
      const high = reportSummary(base, translatorFor(locale)).join(' ').toLowerCase();
      expect(high).not.toMatch(/\b(you have|je hebt|because|doordat|omdat|veroorzaakt|caused)\b/);
      expect(high).not.toMatch(/\bburn-?out (is|heb)/);
    }
  });
});
