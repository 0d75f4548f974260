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
 * A subscale's code changed in the editor, a keystroke at a time: its items follow it, so that renaming `subscale_1` to
 * `workload` does not leave twenty items on a code that no longer exists. `carried` is the code the subscale's items
 * carry now. They wait while the code is empty or another subscale's (a code typed halfway can be), and they are not
 * moved when the code they carry is another subscale's too (then they are that one's as much). Returns the code the
 * items carry afterwards and the indexes of the items to move to it.
 */
export function followRenamedCode(
  carried: string,
  next: string,
  otherCodes: readonly string[],
  itemCodes: readonly string[],
): { carried: string; move: number[] } {
  if (!next || next === carried || otherCodes.includes(next)) return { carried, move: [] };
  if (otherCodes.includes(carried)) return { carried: next, move: [] };
  return { carried: next, move: itemCodes.flatMap((code, i) => (code === carried ? [i] : [])) };
}
