import { z } from 'zod';
import { isWeakPassword, PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { hasVisibleText } from '@/lib/text/visible';

// zod's fast path compiles validators with `new Function`, which the CSP (no 'unsafe-eval') refuses and Chrome logs
// as a violation on every form page; the plain path is fast enough for forms this size.
z.config({ jitless: true });

/** Reusable fields. Messages are translation keys; the form and the action show them in the user's language. */
export const requiredText = (max = 200) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' })
    .refine(hasVisibleText, { error: 'validation.required', when: (payload) => payload.issues.length === 0 });

/** An optional text; one that shows nothing (only zero-width characters, say) is stored as none. */
export const optionalText = (max = 500) =>
  z
    .string()
    .trim()
    .max(max, { error: 'validation.tooLong' })
    .transform((v) => (hasVisibleText(v) ? v : ''));

export const email = z
  .string({ error: 'validation.required' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'validation.required' })
  .max(254, { error: 'validation.tooLong' })
  .pipe(z.email({ error: 'validation.email' }))
  // At most 64 characters before the @ (RFC 5321): zod's form leaves it open, and mail to a longer one only fails later.
  .refine((v) => v.lastIndexOf('@') <= 64, { error: 'validation.email' });

/**
 * A new password's length, without the strength estimate (sign-up estimates once, on the whole form, with the coach's
 * name and email as known words). Too long aborts: zod 4 runs later refinements after a failed check unless told not to,
 * and nothing after this may spend time on a megabyte of password.
 */
export const newPasswordLength = z
  .string({ error: 'validation.required' })
  .min(PASSWORD_MIN_LENGTH, { error: 'validation.passwordTooShort' })
  .max(200, { error: 'validation.tooLong', abort: true });

/** A new password: the length, then (only when the length is right) the strength. */
export const newPassword = newPasswordLength
  // The strength estimate runs only on the server (see password-policy.ts); the browser checks the length.
  .refine((value) => !isWeakPassword(value), {
    error: 'validation.passwordTooWeak',
    // Not for a password the length checks refused: that one gets their message, and costs no estimate.
    when: (payload) => payload.issues.length === 0,
  });

export const locale = z.enum(['nl', 'en'], { error: 'validation.invalid' });

/** The one id schema: a record id in an action's input. */
export const id = z.uuid({ error: 'validation.invalid' });

/** The id a form made for the record it creates (lib/ids/request-id.ts): the same submission sent again finds that record. */
export const requestId = z.uuid({ error: 'validation.invalid' });

/** The largest integer a PostgreSQL `integer` column holds: a larger one is refused here, not by the database. */
export const INT4_MAX = 2_147_483_647;

/** The version of a record a form holds (optimistic locking): a whole number the database can hold. */
export const version = z
  .number({ error: 'validation.invalid' })
  .int({ error: 'validation.invalid' })
  .positive({ error: 'validation.invalid' })
  .max(INT4_MAX, { error: 'validation.invalid' });
