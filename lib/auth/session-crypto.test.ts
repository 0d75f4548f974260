import { beforeAll, describe, expect, it } from 'vitest';
import { readReissueTicket, reissueTicket } from './reissue-ticket';
import { open, seal } from './secret-box';

beforeAll(() => {
  process.env.AUTH_SECRET ??= 'unit-test-secret-unit-test-secret';
});

describe('re-issue ticket', () => {
  it('grants the signed version to that user only, for one minute', () => {
    const now = 1_700_000_000_000;
    const ticket = reissueTicket('user-a', 3, now);
    expect(readReissueTicket(ticket, 'user-a', now)).toBe(3);
    expect(readReissueTicket(ticket, 'user-b', now)).toBeNull();
    expect(readReissueTicket(ticket, 'user-a', now + 61_000)).toBeNull();
    expect(readReissueTicket(ticket.replace('.3.', '.4.'), 'user-a', now)).toBeNull();
    expect(readReissueTicket(undefined, 'user-a', now)).toBeNull();
  });
});

describe('secret box', () => {
  it('encrypts with a fresh IV and refuses tampered data', () => {
    const sealed = seal('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(seal('JBSWY3DPEHPK3PXP')).not.toBe(sealed);
    expect(open(sealed)).toBe('JBSWY3DPEHPK3PXP');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered!').toString('base64url');
    expect(open(parts.join('.'))).toBeNull();
  });
});
