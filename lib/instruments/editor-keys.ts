/** The first `<prefix>_<n>` (n = 1, 2, …) not in `taken`. */
export function nextKey(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`${prefix}_${n}`)) return `${prefix}_${n}`;
}

/**
 * Every key an answer is stored under: the items' and the open questions' together, since one key cannot be both
 * (lib/instruments/custom-schema.ts refuses it). The editor's default codes for a new item or open question avoid all
 * of them: with items only, subscale `open` gave items open_1, open_2 and the first open question open_1 as well.
 */
export function answerKeys(def: {
  items?: ReadonlyArray<{ key?: string } | undefined>;
  openQuestions?: ReadonlyArray<{ key?: string } | undefined>;
}): Set<string> {
  return new Set([...(def.items ?? []), ...(def.openQuestions ?? [])].map((x) => x?.key ?? '').filter(Boolean));
}

/**
 * Subscale codes as typed in the editor, a keystroke at a time: each subscale's items follow its code, so that renaming
 * `subscale_1` to `workload` does not leave twenty items on a code that no longer exists. `carried` is the code a
 * subscale's items carry now. They wait while the typed code is empty or another subscale's (typed or carried: a code
 * typed halfway can be, and two codes can be swapped), and move once it is their own; a code carried by two subscales
 * moves no items (they are the other one's as much). Returns each subscale's carried code and the items' codes after.
 */
export function settleSubscaleCodes(
  subscales: ReadonlyArray<{ code: string; carried: string }>,
  itemCodes: readonly string[],
): { carried: string[]; itemCodes: string[] } {
  const carried = subscales.map((s) => s.carried);
  const items = [...itemCodes];
  // One subscale moving can free the code another waits for (a swap): go round until nothing moves.
  for (let moved = true; moved; ) {
    moved = false;
    subscales.forEach(({ code }, i) => {
      const from = carried[i]!;
      if (!code || code === from) return;
      const others = subscales.flatMap((s, j) => (j === i ? [] : [s.code, carried[j]!]));
      if (others.includes(code)) return;
      const shared = !from || subscales.some((_, j) => j !== i && carried[j] === from);
      if (!shared) for (const [k, c] of items.entries()) if (c === from) items[k] = code;
      carried[i] = code;
      moved = true;
    });
  }
  return { carried, itemCodes: items };
}
