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
