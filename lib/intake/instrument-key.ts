import { builtInInstruments } from '../instruments';

const BUILT_IN = new Set(builtInInstruments.map((i) => i.key));

/**
 * The static pages beside `[key]` under app/(coach)/instruments/: `/instruments/new` is the new-instrument
 * editor, so an instrument keyed `new` could never be opened (a test lists the folder to keep this complete).
 */
export const ROUTE_SEGMENTS: readonly string[] = ['new'];

/** Keys a new instrument never gets: the built-in ones and the route segments. */
const RESERVED = new Set([...BUILT_IN, ...ROUTE_SEGMENTS]);

/** A readable key from the instrument's name: lower case, ascii, hyphens; at most 40 characters. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return slug || 'instrument';
}

/** The slug, or the slug with the first free number, avoiding the built-in keys, the route segments and the practice's own. */
export function freeInstrumentKey(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken, ...RESERVED]);
  const base = slugify(name);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Whether a URL segment can be an instrument key at all (a slug with its number), before any look-up. */
export function isInstrumentKeyShape(key: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key) && key.length <= 60;
}

/** Only the built-in keys: a custom instrument stored as `new` before that was reserved still resolves as custom. */
export function isBuiltInKey(key: string): boolean {
  return BUILT_IN.has(key);
}
