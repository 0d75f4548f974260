import type { ActionResult, ErrorCode } from './result';

/**
 * What a form's alert says about an action that was refused or never answered: the error code (`errors.<code>`), or
 * the service's own reason when it gave one that points at no field (`_form`). No imports beyond types: the browser's
 * form alerts read this.
 */
export type FormProblem = { code: ErrorCode | 'offline' | 'outdated'; params?: Record<string, string | number>; message?: string };

type Refused = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * The alert of a refused action. A `_form` reason (a closed trajectory, a client that is not closed) is the whole
 * story: with only `errors.validation` the coach would read "check the highlighted fields" with nothing highlighted.
 */
export function refusedProblem(result: Refused): FormProblem {
  const reason = result.fieldErrors?._form;
  return { code: result.error, params: result.params, ...(reason ? { message: reason } : {}) };
}

/**
 * The message key the alert translates (with `problem.params`). A limit that says no wait (the employer's comments and
 * status changes) reads "in a few minutes": its message with the minutes would have no number to show.
 */
export function problemMessageKey(problem: FormProblem): string {
  if (problem.message) return problem.message;
  if (problem.code === 'rate_limited' && problem.params?.minutes === undefined) return 'errors.rate_limited_later';
  return `errors.${problem.code}`;
}
