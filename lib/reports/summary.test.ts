import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translator';
import { inSentence, reportSummary, type SummaryInput } from './summary';

const base: SummaryInput = {
  measuredOn: '2 november 2026',
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
    // Inside the sentence, the names lose their list capitals.
    expect(text).toContain('Taakeisen die opvallen: werkdruk, tijdsdruk.');
    expect(text).toContain('Eén hulpbron scoort laag: steun van de leidinggevende.');
    expect(text).toContain('4 afspraken; daarvan staan er nog 3 open');
    expect(text).toContain('2 sessies');
    expect(text).toContain('geen diagnose');
  });

  it('says there is no profile yet and leaves out empty parts, in English', () => {
    const text = reportSummary(
      {
        ...base,
        measuredOn: null,
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
    // Only that: no sentence about what "the scores" mean when there are none.
    expect(text).toEqual(['There is no complete measurement yet, so this report does not describe a profile.']);
  });

  it('names the date of the measurement the profile comes from, in both languages', () => {
    expect(reportSummary(base, translatorFor('nl'))[0]).toContain('Je meting van 2 november 2026');
    expect(reportSummary({ ...base, measuredOn: '2 November 2026' }, translatorFor('en'))[0]).toContain('measurement of 2 November 2026');
  });

  it('with a measurement but no profile, does not say there is no measurement (the cover names it)', () => {
    for (const locale of ['nl', 'en'] as const) {
      const text = reportSummary({ ...base, profileKey: null, highDemands: [], lowResources: [] }, translatorFor(locale))[0] ?? '';
      expect(text).toMatch(/JD-R/);
      expect(text).not.toMatch(/geen volledige meting|no complete measurement/);
    }
  });

  it('says how many more dimensions stand out than the three it names', () => {
    const many = ['Werkdruk', 'Tijdsdruk', 'Emotionele belasting', 'Rolproblemen', 'Agressie'];
    const nl = reportSummary({ ...base, highDemands: many, lowResources: many.slice(0, 4) }, translatorFor('nl'));
    expect(nl).toContain('Taakeisen die opvallen: werkdruk, tijdsdruk, emotionele belasting en nog 2 andere.');
    expect(nl).toContain('Hulpbronnen die laag scoren: werkdruk, tijdsdruk, emotionele belasting en nog 1 andere.');
    const en = reportSummary({ ...base, highDemands: many, lowResources: many.slice(0, 3) }, translatorFor('en'));
    expect(en).toContain('Demands that stand out: werkdruk, tijdsdruk, emotionele belasting and 2 more.');
    expect(en).toContain('Resources that score low: werkdruk, tijdsdruk, emotionele belasting.');
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

describe('inSentence', () => {
  it('lowers the first letter of a name inside a sentence', () => {
    expect(inSentence('Werkdruk')).toBe('werkdruk');
    expect(inSentence('Emotionele belasting')).toBe('emotionele belasting');
    expect(inSentence('Éénzijdig werk')).toBe('éénzijdig werk');
  });

  it('keeps the capital of an abbreviation, and what is not a word', () => {
    expect(inSentence('AZW-onderdelen')).toBe('AZW-onderdelen');
    expect(inSentence('HR-beleid')).toBe('HR-beleid');
    expect(inSentence('X')).toBe('x');
    expect(inSentence('')).toBe('');
  });
});
