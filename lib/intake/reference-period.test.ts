import { describe, expect, it } from 'vitest';
import en from '../i18n/messages/intake.en.json';
import nl from '../i18n/messages/intake.nl.json';
import { translatorFor } from '../i18n/translator';
import { checkInV1, customInstrumentSchema, customToInstrument, jdrIntakeV1, jdrIntakeV2 } from '../instruments';
import { batLikeInput } from '../instruments/test-fixtures';
import { fourDklInstrument } from './four-dkl-fixture';
import { referencePeriodNotice } from './reference-period';

const onLeave = { onSickLeave: true, sickLeaveSince: null };

describe('reference period', () => {
  it('asks a client on sick leave about the last period they worked, and says nothing otherwise', () => {
    expect(referencePeriodNotice({ onSickLeave: false, sickLeaveSince: null }, jdrIntakeV2)).toBeNull();
    expect(referencePeriodNotice({ onSickLeave: false, sickLeaveSince: '2026-01-05' }, jdrIntakeV2)).toBeNull();
    expect(referencePeriodNotice(null, jdrIntakeV2)).toBeNull();
    const period = { nl: 'drie maanden', en: 'three months' };
    expect(referencePeriodNotice(onLeave, jdrIntakeV2)).toEqual({ key: 'referencePeriod.sickLeave', params: {}, period });
    expect(referencePeriodNotice({ onSickLeave: true, sickLeaveSince: '2026-01-05' }, jdrIntakeV2)).toEqual({
      key: 'referencePeriod.sickLeaveSince',
      params: { since: '2026-01-05' },
      period,
    });
  });

  it('names the instrument’s own period: three months for the intake (both versions), two weeks for the check-in', () => {
    expect(referencePeriodNotice(onLeave, jdrIntakeV1)?.period).toEqual({ nl: 'drie maanden', en: 'three months' });
    expect(referencePeriodNotice(onLeave, jdrIntakeV2)?.period).toEqual({ nl: 'drie maanden', en: 'three months' });
    expect(referencePeriodNotice(onLeave, checkInV1)?.period).toEqual({ nl: 'twee weken', en: 'two weeks' });
    // The period named is the one the instrument's own wording uses.
    expect(jdrIntakeV1.description.nl).toContain('de afgelopen drie maanden');
    expect(checkInV1.description.nl).toContain('de afgelopen twee weken');
    expect(checkInV1.description.en).toContain('the past two weeks');
  });

  it('says nothing for a questionnaire that states no work period (a custom one, a symptom list)', () => {
    const custom = customToInstrument(customInstrumentSchema.parse(batLikeInput()), { key: 'bat', version: 1 });
    expect(referencePeriodNotice(onLeave, custom)).toBeNull();
    expect(referencePeriodNotice({ onSickLeave: true, sickLeaveSince: '2026-01-05' }, fourDklInstrument())).toBeNull();
    expect(referencePeriodNotice(onLeave, null)).toBeNull();
  });

  it('has the notice in both languages, naming the last period worked and the instrument’s period', () => {
    for (const key of ['sickLeave', 'sickLeaveSince'] as const) {
      expect(nl.intake.referencePeriod[key]).toMatch(/laatste periode dat/);
      expect(en.intake.referencePeriod[key]).toMatch(/last period/);
    }
    expect(nl.intake.referencePeriod.sickLeaveSince).toContain('{since}');
    expect(en.intake.referencePeriod.sickLeaveSince).toContain('{since}');
    // No fixed "three months" anywhere in the notice: the period is the instrument's.
    expect(JSON.stringify(nl.intake.referencePeriod)).not.toMatch(/drie maanden/);
    expect(JSON.stringify(en.intake.referencePeriod)).not.toMatch(/three months/);
    expect(translatorFor('nl')('intake.referencePeriod.readAs', { period: checkInV1.referencePeriod!.nl })).toBe(
      'Bij volledig verzuim: waar de vragenlijst zegt ‘de afgelopen twee weken’, lees ‘de laatste twee weken dat je werkte’.',
    );
    expect(translatorFor('en')('intake.referencePeriod.readAs', { period: jdrIntakeV2.referencePeriod!.en })).toBe(
      'On full sick leave: where the questionnaire says ‘the past three months’, read ‘the last three months you worked’.',
    );
  });
});
