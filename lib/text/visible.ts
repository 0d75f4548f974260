/**
 * Characters that show nothing on their own: spaces and separators, format characters (zero-width spaces and joiners,
 * direction marks), combining marks without a base, variation selectors, and the fillers some keyboards type as a
 * blank (Hangul fillers, the braille blank). `trim` removes only the first kind. No imports: the browser's forms use it.
 */
const INVISIBLE = /[\s\p{Z}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** Whether a text shows anything: one of only the characters above is blank (an employer named "\u200B" is no name). */
export function hasVisibleText(value: string): boolean {
  return value.replace(INVISIBLE, '') !== '';
}
