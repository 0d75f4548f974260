import type { ZodError, z } from 'zod';
import type { FieldErrors } from './result';

type Issue = z.core.$ZodIssue;
type MessageParams = Record<string, string | number>;

const KEY = /^[a-zA-Z]\w*(\.\w+)+$/;
/**
 * Messages that say nothing about a limit: zod's own English text (not a key), the catch-alls, and a type's `error`
 * that zod also puts on its length checks (`z.string({ error: 'validation.required' }).max(200)` says "required" for
 * a text that is too long).
 */
const GENERIC = new Set(['validation.invalid', 'validation.required', 'validation.tooLong']);
const generic = (message: string) => !KEY.test(message) || GENERIC.has(message);

/**
 * A message key with its values in one string (`validation.tooLongMax?max=200`), for the places that carry only a
 * string: a field error of an action, a react-hook-form error. `useMessage` (app/_components/form-alert.tsx) reads it.
 */
export function messageWithParams(key: string, params: MessageParams): string {
  return `${key}?${new URLSearchParams(Object.entries(params).map(([name, value]) => [name, String(value)]))}`;
}

/** The key and the values of a message from `messageWithParams` (numbers as numbers, for plurals and formatting). */
export function readMessage(message: string): { key: string; params?: MessageParams } {
  const at = message.indexOf('?');
  if (at < 0) return { key: message };
  const params: MessageParams = {};
  for (const [name, value] of new URLSearchParams(message.slice(at + 1)))
    params[name] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  return { key: message.slice(0, at), params };
}

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
