import { describe, expect, it } from 'vitest';
import { initialsOf, reportFileName } from './file-name';

describe('report file names', () => {
  it('holds the initials, the kind and the date, nothing else', () => {
    const now = new Date('2026-11-30T10:00:00Z');
    expect(reportFileName(initialsOf('Sanne', 'de Vries'), 'client', now)).toBe('SV-client-2026-11-30.pdf');
    expect(reportFileName(initialsOf('Éva', 'Öztürk'), 'manager', now)).toBe('EO-manager-2026-11-30.pdf');
  });

  it('never lets quotes or other characters into the header', () => {
    expect(reportFileName('"; x', 'client', new Date('2026-01-02T10:00:00Z'))).toBe('X-client-2026-01-02.pdf');
  });
});
