/**
 * Half of a surrogate pair (an emoji cut in two by a paste, or a crafted request) is no character: the database driver
 * would store it as "�" without a word. An action refuses input with one as it refuses a NUL (db/errors.ts): with
 * `invalid_characters`, before anything is written. In a `u` regex a whole pair is one code point, so only a lone
 * half matches.
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

// FormData needs no search: it turns a lone half into "�" itself (its values are USVStrings), as a browser's form does.
/** Nesting deeper than any action's input is not searched (the schema refuses such input anyway). */
const MAX_DEPTH = 8;

export function hasLoneSurrogate(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) return false;
  const values = Array.isArray(value) ? value : Object.values(value);
  return values.some((v) => hasLoneSurrogate(v, depth + 1));
}
