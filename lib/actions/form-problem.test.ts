import { describe, expect, it } from 'vitest';
import { problemMessageKey, refusedProblem } from './form-problem';
import { fail } from './result';

describe('the form alert of a refused action', () => {
  it('says the service’s own reason when it points at no field', () => {
    const problem = refusedProblem(fail('validation', { fieldErrors: { _form: 'homework.errors.trajectoryEnded' } }));
    expect(problemMessageKey(problem)).toBe('homework.errors.trajectoryEnded');
    expect(problemMessageKey(refusedProblem(fail('validation', { fieldErrors: { _form: 'clients.validation.notClosed' } })))).toBe(
      'clients.validation.notClosed',
    );
  });

  it('says the error code otherwise: field errors show next to their fields', () => {
    expect(problemMessageKey(refusedProblem(fail('validation', { fieldErrors: { dueDate: 'homework.errors.dueDate' } })))).toBe(
      'errors.validation',
    );
    const stale = refusedProblem(fail('stale', { params: { count: 2 } }));
    expect(problemMessageKey(stale)).toBe('errors.stale');
    expect(stale.params).toEqual({ count: 2 });
    expect(problemMessageKey({ code: 'offline' })).toBe('errors.offline');
  });

  it('says how long to wait when a limit says so, and a few minutes when it does not', () => {
    const timed = refusedProblem(fail('rate_limited', { params: { minutes: 15 } }));
    expect(problemMessageKey(timed)).toBe('errors.rate_limited');
    expect(timed.params).toEqual({ minutes: 15 });
    expect(problemMessageKey(refusedProblem(fail('rate_limited')))).toBe('errors.rate_limited_later');
  });
});
