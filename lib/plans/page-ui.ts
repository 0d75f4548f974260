/**
 * Small decisions of the coach's plan page (app/(coach)/clients/[clientId]/plan), kept apart from the components so
 * that they can be tested without a browser: which item editors are open, where the focus goes after an action, and
 * which date fields the browser holds half typed.
 */

/**
 * The item editors open after opening (`open` true) or closing one: each stays open until it is saved or cancelled, so
 * opening a second one does not fold away (and seem to lose) what was typed in the first.
 */
export function withEditor(editors: ReadonlySet<string>, id: string, open: boolean): ReadonlySet<string> {
  if (editors.has(id) === open) return editors;
  const next = new Set(editors);
  if (open) next.add(id);
  else next.delete(id);
  return next;
}

/** The id of a plan item's card (focusable, tabIndex -1): where the focus goes once an accepted suggestion is in the plan. */
export function planItemAnchor(itemId: string): string {
  return `plan-item-${itemId}`;
}

/**
 * The suggestion whose "accept" button takes the focus once `dismissed` is gone from `keys` (the list in its order): the
 * one after it, which moves into its place, or else the one before it; null when none is left (the focus goes to the
 * list's heading).
 */
export function suggestionAfterDismissal(keys: readonly string[], dismissed: string): string | null {
  const index = keys.indexOf(dismissed);
  if (index === -1) return keys[0] ?? null;
  return keys[index + 1] ?? keys[index - 1] ?? null;
}

/**
 * Per suggestion (in the list's order), the title of an earlier one whose reasons it repeats, else null: one rule proposes
 * several interventions for the same findings (the risk profile's five lines under each of three), and the coach reads
 * them once. Each refers to the first of its run, so the reference is to reasons on screen. A single reason is said again:
 * it is as short as the reference.
 */
export function repeatedReasons(list: ReadonlyArray<{ title: string; reasons: readonly string[] }>): Array<string | null> {
  let first: { title: string; reasons: readonly string[] } | undefined;
  return list.map((s) => {
    const same = first !== undefined && s.reasons.length > 1 && s.reasons.join('\n') === first.reasons.join('\n');
    if (same) return first!.title;
    first = s;
    return null;
  });
}

/** The first suggestion "show all" brings into view (the list showed the first `shown`), or null when it brings none. */
export function firstNewlyShown(keys: readonly string[], shown: number): string | null {
  return keys[shown] ?? null;
}

/**
 * The date fields the browser holds half typed ("12-03-jjjj"): such an input's value reads as '' (the same as an empty
 * field, which means "no date") and only `validity.badInput` tells them apart. Saving then would quietly drop the date.
 */
export function incompleteDateFields<N extends string>(
  inputs: Readonly<Record<N, { validity: { badInput: boolean } } | null | undefined>>,
): N[] {
  return (Object.keys(inputs) as N[]).filter((name) => inputs[name]?.validity.badInput === true);
}
