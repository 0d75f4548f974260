import { z } from 'zod';
import { isWeakPassword } from '@/lib/auth/password-policy';
import { email, id, locale, newPassword, newPasswordLength, requiredText } from './fields';

export const signInSchema = z
  .object({
    email,
    password: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(200),
    /** The second step: a 6-digit authenticator code or a recovery code (only asked when the account has 2FA). */
    code: z.string().trim().max(32).optional(),
    /** Set by the form once it shows the code field: an empty code is then a mistake to name, not the first step. */
    codeAsked: z.boolean().optional(),
  })
  .refine((v) => !v.codeAsked || Boolean(v.code), { error: 'errors.totp_missing', path: ['code'] });
export type SignInInput = z.input<typeof signInSchema>;

export const signUpSchema = z
  .object({
    practiceName: requiredText(120),
    name: requiredText(120),
    email,
    // The length only: the strength is estimated once, below, with the coach's own words.
    password: newPasswordLength,
    locale,
  })
  // A password built from the coach's own name, email or practice is easy to guess for anyone who knows them.
  .refine((v) => !isWeakPassword(v.password, [v.email, v.name, v.practiceName]), {
    error: 'validation.passwordTooWeak',
    path: ['password'],
    // Only for a password that passed its length checks (the other fields' messages still come with this one); a form
    // that is no object at all has a root issue (no path) and skips it too.
    when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === undefined || issue.path[0] === 'password'),
  });
export type SignUpInput = z.input<typeof signUpSchema>;

export const forgotPasswordSchema = z.object({ email });
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

/** As long as the password may be: no unbounded string to compare. */
const confirmPassword = z.string({ error: 'validation.required' }).max(200, { error: 'validation.tooLong' });

const newPasswordWithToken = z
  .object({ token: z.string().min(10).max(200), password: newPassword, confirmPassword })
  .refine((v) => v.password === v.confirmPassword, { error: 'validation.passwordsDontMatch', path: ['confirmPassword'] });

export const resetPasswordSchema = newPasswordWithToken;
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const acceptInvitationSchema = newPasswordWithToken;
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;

export const localeSchema = z.object({ locale });

/** Changing the password while signed in: the current one is asked, so an open session alone is not enough. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(200),
    password: newPassword,
    confirmPassword,
  })
  .refine((v) => v.password === v.confirmPassword, { error: 'validation.passwordsDontMatch', path: ['confirmPassword'] })
  // A "change" to the same password would sign out the other devices and mail a notice for nothing.
  .refine((v) => v.password !== v.currentPassword, { error: 'validation.samePassword', path: ['password'] });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const coachStatusSchema = z.object({ userId: id, active: z.boolean() });
/** The owner makes a coach an owner too, or an owner a coach again (lib/accounts/service.ts setCoachRole). */
export const coachRoleSchema = z.object({ userId: id, role: z.enum(['owner', 'coach'], { error: 'validation.invalid' }) });
/** The current password, asked before a change to how the coach signs in (a session alone is not enough). */
const currentPassword = z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(200);
/** Turning two-step sign-in on: a code from the newly linked app, and the current password. */
export const confirmTwoFactorSchema = z.object({
  code: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(32),
  password: currentPassword,
});
export const removeTwoFactorSchema = z.object({ password: currentPassword });
export const requireTwoFactorSchema = z.object({ required: z.boolean() });
