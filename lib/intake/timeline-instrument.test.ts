import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translator';
import { customInstrumentSchema, customToInstrument, jdrIntakeV2 } from '../instruments';
import { batLikeInput } from '../instruments/test-fixtures';
import { timelineInstrument } from './timeline-instrument';

const custom = (name: { nl: string; en: string }) =>
  customToInstrument(customInstrumentSchema.parse({ ...batLikeInput(), name }), { key: 'stress', version: 1 });

describe('the instrument on a measurement’s timeline line', () => {
  it('carries a custom instrument’s name in both languages (an empty one filled from the other)', () => {
    expect(timelineInstrument(custom({ nl: 'Stressvragenlijst', en: 'Stress questionnaire' }))).toEqual({
      instrument: 'custom_bilingual',
      name: 'Stressvragenlijst',
      nameEn: 'Stress questionnaire',
    });
    expect(timelineInstrument(custom({ nl: 'Werkdrukscan', en: '' })).nameEn).toBe('Werkdrukscan');
    expect(timelineInstrument(jdrIntakeV2)).toEqual({ instrument: 'jdr_intake', name: 'JD-R-intake' });
  });

  it('is named in the reader’s language, and lines stored before (Dutch name only) still read', () => {
    const line = { ...timelineInstrument(custom({ nl: 'Stressvragenlijst', en: 'Stress questionnaire' })), by: 'coach' };
    const nl = translatorFor('nl');
    const en = translatorFor('en');
    for (const kind of ['started', 'completed', 'reopened']) {
      const key = `timeline.measurement.${kind}`;
      expect(en(key, line), kind).toMatch(/^Stress questionnaire /);
      expect(nl(key, line), kind).toMatch(/^Stressvragenlijst /);
      const old = { instrument: 'custom', name: 'Stressvragenlijst', by: 'coach' };
      expect(en(key, old), kind).toMatch(/^Stressvragenlijst /);
      expect(nl(key, old), kind).toMatch(/^Stressvragenlijst /);
      expect(en(key, { ...timelineInstrument(jdrIntakeV2), by: 'client' }), kind).toMatch(/^JD-R intake /);
    }
  });
});
