import { describe, expect, it } from 'vitest';
import {
  hashRecoveryCode,
  looksLikeRecoveryCode,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  PERIOD,
  recoveryCodeMatches,
  totpCode,
  totpUri,
} from './totp';

// RFC 6238 appendix B: the SHA-1 test secret "12345678901234567890" (base32) and its 8-digit values; we use 6 digits.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP', () => {
  it('computes the RFC 6238 test vectors (last 6 digits)', () => {
    expect(totpCode(RFC_SECRET, 59_000)).toBe('287082');
    expect(totpCode(RFC_SECRET, 1_111_111_109_000)).toBe('081804');
    expect(totpCode(RFC_SECRET, 1_234_567_890_000)).toBe('005924');
  });

  it('accepts the current step and one either side, nothing further', () => {
    const secret = newTotpSecret();
    const now = 1_700_000_000_000;
    const step = Math.floor(now / 1000 / PERIOD);
    expect(matchTotp(secret, totpCode(secret, now), now)).toBe(step);
    expect(matchTotp(secret, totpCode(secret, now - PERIOD * 1000), now)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, now + PERIOD * 1000), now)).toBe(step + 1);
    expect(matchTotp(secret, totpCode(secret, now - 2 * PERIOD * 1000), now)).toBeNull();
    expect(matchTotp(secret, totpCode(secret, now + 2 * PERIOD * 1000), now)).toBeNull();
  });

  it('refuses a code of a step already used (no replay), and malformed input', () => {
    const secret = newTotpSecret();
    const now = 1_700_000_000_000;
    const step = Math.floor(now / 1000 / PERIOD);
    expect(matchTotp(secret, totpCode(secret, now), now, step)).toBeNull();
    expect(matchTotp(secret, totpCode(secret, now - PERIOD * 1000), now, step - 1)).toBeNull();
    expect(matchTotp(secret, totpCode(secret, now + PERIOD * 1000), now, step)).toBe(step + 1);
    expect(matchTotp(secret, '12345', now)).toBeNull();
    expect(matchTotp(secret, 'abcdef', now)).toBeNull();
    const code = totpCode(secret, now);
    expect(matchTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now)).toBe(step);
  });

  it('makes 160-bit secrets and an otpauth URI for the QR code', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = totpUri(secret, 'coach@example.test');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Balanspunt:coach%40example\.test\?/);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain('period=30');
  });
});

describe('recovery codes', () => {
  it('are ten distinct codes of 10 unambiguous characters', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
      expect(looksLikeRecoveryCode(code)).toBe(true);
    }
    expect(looksLikeRecoveryCode('123456')).toBe(false);
  });

  it('are stored as a salted hash that matches the code typed in any case, with or without the dash', () => {
    const [code] = newRecoveryCodes(1) as [string];
    const stored = hashRecoveryCode(code);
    expect(stored.codeHash).not.toContain(code.replace('-', ''));
    expect(recoveryCodeMatches(code, stored)).toBe(true);
    expect(recoveryCodeMatches(code.toLowerCase().replace('-', ' '), stored)).toBe(true);
    expect(recoveryCodeMatches(newRecoveryCodes(1)[0]!, stored)).toBe(false);
    // A per-code salt: the same code hashes differently each time.
    expect(hashRecoveryCode(code).codeHash).not.toBe(stored.codeHash);
  });
});
