import type { ZodError } from 'zod';
import type { FieldErrors } from './result';

/** First message per field; messages are translation keys (see lib/schemas). */
export function fieldErrorsOf(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_form';
    if (!(field in out)) out[field] = issue.message.includes('.') ? issue.message : 'validation.invalid';
  }
  return out;
}
