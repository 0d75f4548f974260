import type { ZodError, z } from 'zod';
import { messageWithParams } from './message-params';
import type { FieldErrors } from './result';

type Issue = z.core.$ZodIssue;

// A key, with the values it carries when a schema gives them (`sessions.errors.clockForward?day=…`, message-params.ts).
const KEY = /^[a-zA-Z]\w*(\.\w+)+(\?[\w=&.%-]+)?$/;
/**
 * Messages that say nothing about a limit: zod's own English text (not a key), the catch-alls, and a type's `error`
 * that zod also puts on its length checks (`z.string({ error: 'validation.required' }).max(200)` says "required" for
 * a text that is too long).
 */
const GENERIC = new Set(['validation.invalid', 'validation.required', 'validation.tooLong']);
const generic = (message: string) => !KEY.test(message) || GENERIC.has(message);

/**
 * The message of one issue: the schema's key (see lib/schemas), or for a length or a number out of range without a
 * message of its own, one that names the limit ("at most 200 characters"). Anything else unknown: `validation.invalid`.
 */
export function issueMessage(issue: Issue): string {
  const { message } = issue;
  if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.inclusive !== false && !issue.exact) {
    const text = issue.origin === 'string';
    const number = issue.origin === 'number' || issue.origin === 'int';
    if (issue.code === 'too_big' && (text || number) && generic(message)) {
      return messageWithParams(text ? 'validation.tooLongMax' : 'validation.tooHighMax', { max: Number(issue.maximum) });
    }
    if (issue.code === 'too_small' && (text || number) && generic(message) && message !== 'validation.required') {
      if (text && Number(issue.minimum) <= 1) return 'validation.required';
      return messageWithParams(text ? 'validation.tooShortMin' : 'validation.tooLowMin', { min: Number(issue.minimum) });
    }
  }
  return KEY.test(message) ? message : 'validation.invalid';
}

/** First message per field; messages are translation keys (see lib/schemas), with the limit where one was broken. */
export function fieldErrorsOf(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_form';
    if (!(field in out)) out[field] = issueMessage(issue);
  }
  return out;
}

type ResolverError = { message?: string; [key: string]: unknown };

/**
 * The browser's side of `fieldErrorsOf`: zodResolver keeps only each field's message, not the issue, so a too-long
 * field would lose its limit there. This gives each field's error (nested by path, as react-hook-form keeps them)
 * the message `issueMessage` makes of the issue it came from. Changes `errors` in place and returns it.
 */
export function withIssueMessages<E extends object>(errors: E, issues: readonly Issue[]): E {
  const seen = new Set<string>();
  for (const issue of issues) {
    // Like zodResolver: a field shows its first issue.
    const field = issue.path.join('.');
    if (seen.has(field)) continue;
    seen.add(field);
    let node: unknown = errors;
    for (const part of issue.path)
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[part as PropertyKey] : undefined;
    const error = node as ResolverError | undefined;
    if (error && typeof error === 'object' && error.message === issue.message) error.message = issueMessage(issue);
  }
  return errors;
}
