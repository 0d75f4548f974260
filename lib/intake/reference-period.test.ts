import { describe, expect, it } from 'vitest';
import en from '../i18n/messages/intake.en.json';
import nl from '../i18n/messages/intake.nl.json';
import { referencePeriodNotice } from './reference-period';

describe('reference period', () => {
  it('asks a client on sick leave about the last period they worked, and says nothing otherwise', () => {
    expect(referencePeriodNotice({ onSickLeave: false, sickLeaveSince: null })).toBeNull();
    expect(referencePeriodNotice({ onSickLeave: false, sickLeaveSince: '2026-01-05' })).toBeNull();
    expect(referencePeriodNotice(null)).toBeNull();
    expect(referencePeriodNotice({ onSickLeave: true, sickLeaveSince: null })).toEqual({ key: 'referencePeriod.sickLeave', params: {} });
    expect(referencePeriodNotice({ onSickLeave: true, sickLeaveSince: '2026-01-05' })).toEqual({
      key: 'referencePeriod.sickLeaveSince',
      params: { since: '2026-01-05' },
    });
  });

  it('has the notice in both languages, naming the last period worked', () => {
    for (const key of ['sickLeave', 'sickLeaveSince'] as const) {
      expect(nl.intake.referencePeriod[key]).toMatch(/laatste periode dat/);
      expect(en.intake.referencePeriod[key]).toMatch(/last period/);
    }
    expect(nl.intake.referencePeriod.sickLeaveSince).toContain('{since}');
    expect(en.intake.referencePeriod.sickLeaveSince).toContain('{since}');
  });
});
