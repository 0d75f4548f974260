/** What a refused action was about: one item (its status) or the plan as a whole (a confirmation, a comment). */
export type ShareActionAbout = 'item' | 'plan';

type Refusal = { error?: string; fieldErrors?: Record<string, string>; params?: Record<string, unknown> };

/** What the share guard adds to its not_found when the link itself no longer works (revoked, ended, unknown). */
export const LINK_GONE = { link: 'gone' };

/** The link itself no longer works, as against an item no longer shared through it (the service's own not_found). */
export const linkGone = (result: Refusal) => result.error === 'not_found' && result.params?.link === LINK_GONE.link;

/** The key under `share.errors` for a refused share action: a comment's own problem first, else the action's code. */
export function shareErrorKey(result: Refusal | null, about: ShareActionAbout): string {
  if (!result) return 'server';
  const comment = result.fieldErrors?.comment;
  if (comment) return comment.includes('tooLong') ? 'commentTooLong' : 'commentRequired';
  // The item is no longer the employer's to update (the coach gave it to someone else while the page was open).
  if (result.fieldErrors?._form === 'plan.errors.notEmployerOwned') return 'notEmployerOwned';
  // The item was dropped (by the coach, or through this page): its status is no longer the employer's to change.
  if (result.fieldErrors?._form === 'plan.errors.itemDropped') return 'itemDropped';
  // A comment or confirmation involves no item: only the link can be gone (revoked), so no word about a withdrawn item.
  if (linkGone(result) || (result.error === 'not_found' && about === 'plan')) return 'link_not_found';
  return result.error ?? 'server';
}

/**
 * Whether the page reloads after a refusal: after a change since it was built (`stale`), and after an item's status
 * change that found the item no longer shared (`not_found`), so a withdrawn item leaves the screen at once. A refused
 * comment does not reload: the text stays in the box.
 */
export function refreshesAfter(error: string | undefined, about: ShareActionAbout): boolean {
  return error === 'stale' || (error === 'not_found' && about === 'item');
}

/** The comment's limit (employerCommentSchema); the field counts down from COMMENT_COUNTER_FROM characters on. */
export const COMMENT_MAX = 2000;
export const COMMENT_COUNTER_FROM = 1800;

/** The lengths at which the counter is read out (not every keystroke near the limit): 1800, 1900 and the limit. */
export const COMMENT_SPOKEN_AT = [COMMENT_COUNTER_FROM, 1900, COMMENT_MAX] as const;

/** What the counter's live region last read out: the highest length of COMMENT_SPOKEN_AT reached, and the length said (null: silent). */
export type SpokenCount = { stage: number; said: number | null };
export const SILENT: SpokenCount = { stage: 0, said: null };

function stageOf(length: number): number {
  return COMMENT_SPOKEN_AT.filter((at) => length >= at).at(-1) ?? 0;
}

/**
 * The live region after an edit: the length is read out when it passes one of COMMENT_SPOKEN_AT upwards; below the
 * last one read out the region empties (silently), so passing it again is read out again. Otherwise unchanged (the
 * same object: no re-render, nothing read).
 */
export function spokenAfterEdit(previous: SpokenCount, length: number): SpokenCount {
  const stage = stageOf(length);
  if (stage > previous.stage) return { stage, said: length };
  if (stage < previous.stage) return { stage, said: null };
  return previous;
}

/** A text already there (a restored draft, an emptied box): its stage, nothing read out; what is there on arrival is not news. */
export function spokenQuietly(length: number): SpokenCount {
  return { stage: stageOf(length), said: null };
}
