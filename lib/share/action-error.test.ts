import { describe, expect, it } from 'vitest';
import { employerCommentSchema } from '@/lib/schemas/plan';
import { COMMENT_MAX, shareErrorKey } from './action-error';

const ID = '00000000-0000-4000-8000-000000000001';

describe('shareErrorKey', () => {
  it('tells an empty comment from a too long one, as the schema reports them', () => {
    const issue = (comment: string) =>
      employerCommentSchema.safeParse({ token: 'x'.repeat(43), requestId: ID, comment }).error?.issues[0]?.message;
    expect(shareErrorKey({ error: 'validation', fieldErrors: { comment: issue(' ')! } })).toBe('commentRequired');
    expect(shareErrorKey({ error: 'validation', fieldErrors: { comment: issue('a'.repeat(COMMENT_MAX + 1))! } })).toBe('commentTooLong');
    expect(employerCommentSchema.safeParse({ token: 'x'.repeat(43), requestId: ID, comment: 'a'.repeat(COMMENT_MAX) }).success).toBe(true);
  });

  it('says when an item is no longer the employer’s to update, in the share page’s words', () => {
    expect(shareErrorKey({ error: 'validation', fieldErrors: { _form: 'plan.errors.notEmployerOwned' } })).toBe('notEmployerOwned');
  });

  it('falls back to the action’s code, and to "server" without an answer', () => {
    expect(shareErrorKey({ error: 'link_expired' })).toBe('link_expired');
    expect(shareErrorKey(null)).toBe('server');
  });
});
