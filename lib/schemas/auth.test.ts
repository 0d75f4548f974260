import { describe, expect, it } from 'vitest';
import { acceptInvitationSchema, changePasswordSchema, resetPasswordSchema } from './auth';

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
