import { describe, expect, it } from 'vitest';
import { linkState } from '@/lib/accounts/links';
import { fieldErrorsOf } from '@/lib/actions/zod-errors';
import { signUpSchema } from '@/lib/schemas/auth';
import { practiceSettingsSchema } from '@/lib/schemas/practice';
import { linkToken, parseLinkToken } from '@/lib/urls';
import { isWeakPassword } from './password-policy';
import './password-strength';
import { emailKey, hashToken, newToken } from './tokens';

describe('password policy', () => {
  it('refuses common, repetitive and digit-only passwords', () => {
    expect(isWeakPassword('wachtwoord123')).toBe(true);
    expect(isWeakPassword('aaaaaaaaaaaa')).toBe(true);
    expect(isWeakPassword('12345678901')).toBe(true);
    expect(isWeakPassword('paard-batterij-nietje')).toBe(false);
  });
});

describe('link tokens', () => {
  it('stores only a hash and carries the practice', () => {
    const { token, tokenHash } = newToken();
    expect(hashToken(token)).toBe(tokenHash);
    expect(tokenHash).not.toContain(token);
    const practiceId = '2f6c1c1e-3d1b-4a51-9f0e-3b8a2e4d5c6f';
    expect(parseLinkToken(linkToken(practiceId, token))).toEqual({ practiceId, secret: token });
    expect(parseLinkToken(`not-a-uuid.${token}`)).toBeNull();
    expect(parseLinkToken(`${practiceId}.short`)).toBeNull();
  });

  it('tells used, expired, revoked and valid links apart', () => {
    const now = new Date('2026-01-01T12:00:00Z');
    const future = new Date('2026-01-01T13:00:00Z');
    expect(linkState(null, now)).toBe('link_invalid');
    expect(linkState({ expiresAt: future }, now)).toBe('valid');
    expect(linkState({ expiresAt: future, usedAt: now }, now)).toBe('link_used');
    expect(linkState({ expiresAt: future, acceptedAt: now }, now)).toBe('link_used');
    expect(linkState({ expiresAt: future, revokedAt: now }, now)).toBe('link_invalid');
    expect(linkState({ expiresAt: now }, now)).toBe('link_expired');
  });

  it('keys the rate limit by email without storing it', () => {
    expect(emailKey(' Coach@Example.nl ')).toBe(emailKey('coach@example.nl'));
    expect(emailKey('coach@example.nl')).not.toContain('coach');
  });
});

describe('shared form schemas', () => {
  it('normalises the email and names each problem by a translation key', () => {
    const ok = signUpSchema.safeParse({
      practiceName: ' P ',
      name: 'N',
      email: ' A@B.NL ',
      password: 'paard-batterij-nietje',
      locale: 'nl',
    });
    expect(ok.success && ok.data.email).toBe('a@b.nl');
    const bad = signUpSchema.safeParse({ practiceName: '', name: 'N', email: 'x', password: 'kort', locale: 'fr' });
    expect(bad.success).toBe(false);
    expect(fieldErrorsOf(bad.error!)).toEqual({
      practiceName: 'validation.required',
      email: 'validation.email',
      password: 'validation.passwordTooShort',
      locale: 'validation.invalid',
    });
  });

  it('accepts an empty KvK number or exactly 8 digits', () => {
    const base = { name: 'P', address: '', reportColor: '#000000', version: 1 };
    expect(practiceSettingsSchema.safeParse({ ...base, kvkNumber: '' }).success).toBe(true);
    expect(practiceSettingsSchema.safeParse({ ...base, kvkNumber: '12345678' }).success).toBe(true);
    expect(practiceSettingsSchema.safeParse({ ...base, kvkNumber: '1234567' }).success).toBe(false);
  });
});
