import { describe, expect, it } from 'vitest';
import { employerCommentSchema } from '@/lib/schemas/plan';
import { COMMENT_MAX, linkGone, refreshesAfter, SILENT, shareErrorKey, spokenAfterEdit, spokenQuietly } from './action-error';

const ID = '00000000-0000-4000-8000-000000000001';

describe('shareErrorKey', () => {
  it('tells an empty comment from a too long one, as the schema reports them', () => {
    const issue = (comment: string) =>
      employerCommentSchema.safeParse({ token: 'x'.repeat(43), requestId: ID, comment }).error?.issues[0]?.message;
    expect(shareErrorKey({ error: 'validation', fieldErrors: { comment: issue(' ')! } }, 'plan')).toBe('commentRequired');
    expect(shareErrorKey({ error: 'validation', fieldErrors: { comment: issue('a'.repeat(COMMENT_MAX + 1))! } }, 'plan')).toBe(
      'commentTooLong',
    );
    expect(employerCommentSchema.safeParse({ token: 'x'.repeat(43), requestId: ID, comment: 'a'.repeat(COMMENT_MAX) }).success).toBe(true);
  });

  it('says when an item is no longer the employer’s to update, in the share page’s words', () => {
    expect(shareErrorKey({ error: 'validation', fieldErrors: { _form: 'plan.errors.notEmployerOwned' } }, 'item')).toBe('notEmployerOwned');
  });

  it('says that a dropped item’s status can no longer be changed, in the share page’s words', () => {
    expect(shareErrorKey({ error: 'validation', fieldErrors: { _form: 'plan.errors.itemDropped' } }, 'item')).toBe('itemDropped');
  });

  it('says the link no longer works when the link is gone, for an item’s status too; an item no longer shared is its own message', () => {
    expect(shareErrorKey({ error: 'not_found', params: { link: 'gone' } }, 'item')).toBe('link_not_found');
    expect(shareErrorKey({ error: 'not_found', params: { link: 'gone' } }, 'plan')).toBe('link_not_found');
    expect(linkGone({ error: 'not_found', params: { link: 'gone' } })).toBe(true);
    expect(linkGone({ error: 'not_found' })).toBe(false);
  });

  it('falls back to the action’s code, and to "server" without an answer', () => {
    expect(shareErrorKey({ error: 'link_expired' }, 'plan')).toBe('link_expired');
    expect(shareErrorKey(null, 'item')).toBe('server');
  });

  it('speaks of a withdrawn item only for an item; a refused comment or confirmation has only the link to blame', () => {
    expect(shareErrorKey({ error: 'not_found' }, 'item')).toBe('not_found');
    expect(shareErrorKey({ error: 'not_found' }, 'plan')).toBe('link_not_found');
  });
});

describe('refreshesAfter', () => {
  it('reloads the page after a change since it was built, and after an item found no longer shared', () => {
    expect(refreshesAfter('stale', 'item')).toBe(true);
    expect(refreshesAfter('stale', 'plan')).toBe(true);
    expect(refreshesAfter('not_found', 'item')).toBe(true);
  });

  it('keeps the page (and the comment in its box) after other refusals', () => {
    expect(refreshesAfter('not_found', 'plan')).toBe(false);
    for (const error of ['rate_limited', 'link_expired', 'validation', 'server', undefined]) {
      expect(refreshesAfter(error, 'item'), String(error)).toBe(false);
    }
  });
});

describe('the comment counter read out', () => {
  /** Types `lengths` one after another; the lengths read out, in order. */
  const typed = (lengths: number[], from = SILENT) => {
    let spoken = from;
    const said: number[] = [];
    for (const length of lengths) {
      const next = spokenAfterEdit(spoken, length);
      if (next !== spoken && next.said !== null) said.push(next.said);
      spoken = next;
    }
    return said;
  };
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  it('speaks at 1800, 1900 and the limit only, not at every keystroke on the way', () => {
    expect(typed(range(1, COMMENT_MAX))).toEqual([1800, 1900, 2000]);
  });

  it('says the length reached when a paste jumps past a threshold', () => {
    expect(typed([10, 1950])).toEqual([1950]);
  });

  it('keeps quiet while deleting, and speaks again when a threshold is passed again', () => {
    expect(typed([...range(1795, 2000), ...range(1850, 1999).reverse(), 1901, 1902, 2000])).toEqual([1800, 1900, 2000, 1901, 2000]);
  });

  it('leaves a restored draft unspoken until the next threshold', () => {
    expect(spokenQuietly(1850)).toEqual({ stage: 1800, said: null });
    expect(typed(range(1851, 1950), spokenQuietly(1850))).toEqual([1900]);
  });
});
