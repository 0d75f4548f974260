import { describe, expect, it } from 'vitest';
import { initialsOf, reportFileName } from './file-name';

describe('report file names', () => {
  it("hold the initials, what the file is in the reader's language, and the date, nothing else", () => {
    const now = new Date('2026-11-30T10:00:00Z');
    expect(reportFileName(initialsOf('Sanne', 'de Vries'), 'client', 'nl', now)).toBe('SV-persoonlijk-rapport-2026-11-30.pdf');
    expect(reportFileName(initialsOf('Éva', 'Öztürk'), 'manager', 'nl', now)).toBe('EO-gedeeld-actieplan-2026-11-30.pdf');
    expect(reportFileName(initialsOf('Sanne', 'de Vries'), 'client', 'en', now)).toBe('SV-personal-report-2026-11-30.pdf');
    expect(reportFileName(initialsOf('Éva', 'Öztürk'), 'manager', 'en', now)).toBe('EO-shared-action-plan-2026-11-30.pdf');
  });

  it('never lets quotes or other characters into the header', () => {
    expect(reportFileName('"; x', 'client', 'nl', new Date('2026-01-02T10:00:00Z'))).toBe('X-persoonlijk-rapport-2026-01-02.pdf');
  });
});
