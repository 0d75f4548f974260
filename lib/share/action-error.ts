/** The key under `share.errors` for a refused share action: a comment's own problem first, else the action's code. */
export function shareErrorKey(result: { error?: string; fieldErrors?: Record<string, string> } | null): string {
  if (!result) return 'server';
  const comment = result.fieldErrors?.comment;
  if (comment) return comment.includes('tooLong') ? 'commentTooLong' : 'commentRequired';
  // The item is no longer the employer's to update (the coach gave it to someone else while the page was open).
  if (result.fieldErrors?._form === 'plan.errors.notEmployerOwned') return 'notEmployerOwned';
  return result.error ?? 'server';
}

/** The comment's limit (employerCommentSchema); the field counts down from COMMENT_COUNTER_FROM characters on. */
export const COMMENT_MAX = 2000;
export const COMMENT_COUNTER_FROM = 1800;
