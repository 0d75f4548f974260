import { describe, expect, it } from 'vitest';
import { acceptInvitationSchema, changePasswordSchema, resetPasswordSchema, signInSchema } from './auth';

const PASSWORD = 'paardenbloem-fietsbel-kaaskop';

describe('password confirmation', () => {
  it('is bounded like the password itself (no unbounded string to compare)', () => {
    const long = 'x'.repeat(201);
    const withToken = { token: 'a'.repeat(40), password: PASSWORD, confirmPassword: long };
    for (const result of [
      resetPasswordSchema.safeParse(withToken),
      acceptInvitationSchema.safeParse(withToken),
      changePasswordSchema.safeParse({ currentPassword: 'old', password: PASSWORD, confirmPassword: long }),
    ]) {
      expect(result.error?.issues).toContainEqual(expect.objectContaining({ path: ['confirmPassword'], message: 'validation.tooLong' }));
    }
  });

  it('still accepts a matching one', () => {
    expect(resetPasswordSchema.safeParse({ token: 'a'.repeat(40), password: PASSWORD, confirmPassword: PASSWORD }).success).toBe(true);
  });
});

describe('signing in with a code', () => {
  const base = { email: 'coach@example.test', password: 'een-wachtwoord' };

  it('asks for the code at its field once the form shows it, and not before', () => {
    const empty = signInSchema.safeParse({ ...base, code: '', codeAsked: true });
    expect(empty.error?.issues).toEqual([expect.objectContaining({ path: ['code'], message: 'errors.totp_missing' })]);
    expect(signInSchema.safeParse({ ...base, code: '  ', codeAsked: true }).success).toBe(false);
    expect(signInSchema.safeParse({ ...base, code: '', codeAsked: false }).success).toBe(true);
    expect(signInSchema.safeParse({ ...base, code: '123456', codeAsked: true }).success).toBe(true);
    expect(signInSchema.safeParse(base).success).toBe(true);
  });
});

describe('changing the password', () => {
  it('refuses the current one as the new one, at the new password', () => {
    const same = changePasswordSchema.safeParse({ currentPassword: PASSWORD, password: PASSWORD, confirmPassword: PASSWORD });
    expect(same.error?.issues).toEqual([expect.objectContaining({ path: ['password'], message: 'validation.samePassword' })]);
    const other = 'zonnebloem-trapfiets-brood';
    expect(changePasswordSchema.safeParse({ currentPassword: PASSWORD, password: other, confirmPassword: other }).success).toBe(true);
  });
});
