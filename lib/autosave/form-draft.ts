/**
 * A form's unsaved text, kept in the browser (localStorage) while the coach types, so that a reload, a crashed tab, a
 * dropped connection or a restarted server loses nothing: the form puts it back on the next visit, until it is saved.
 * Its key starts with `autosave:`, so sign-out forgets it with the queued answers (clearPendingAnswers). Pure apart
 * from the Storage it is given, so it is unit-tested with an in-memory Storage.
 */
import { draftStorageKey } from './draft-key';

/** `base`: the record's values the form opened with (or last saved), so that only what was typed is put back. */
export type FormDraft<V> = { values: V; version: number; savedAt: number; base?: V };

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class FormDraftStore<V> {
  private readonly storageKey: string;

  constructor(
    private readonly storage: DraftStorage | null,
    key: string,
  ) {
    this.storageKey = draftStorageKey(key);
  }

  read(): FormDraft<V> | null {
    if (!this.storage) return null;
    try {
      const raw = this.storage.getItem(this.storageKey);
      const parsed = raw ? (JSON.parse(raw) as FormDraft<V>) : null;
      return parsed && typeof parsed === 'object' && parsed.values && typeof parsed.savedAt === 'number' ? parsed : null;
    } catch {
      return null;
    }
  }

  /** The values typed on top of the record's `version`, whose values were `base`. */
  write(values: V, version: number, now = Date.now(), base?: V): void {
    if (!this.storage) return;
    try {
      this.storage.setItem(this.storageKey, JSON.stringify({ values, version, savedAt: now, base } satisfies FormDraft<V>));
    } catch {
      // Storage full or blocked (private mode): only the survival of a reload is lost.
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.storageKey);
    } catch {
      // As above.
    }
  }
}

/**
 * Whether a draft holds anything the record does not: only then is it put back. Values are compared by content, since
 * a draft read back from storage holds copies of the record's lists (a plan item's dimensions).
 */
export function draftDiffers<V extends Record<string, unknown>>(draft: V, record: V): boolean {
  return Object.keys(draft).some((key) => !UNTYPED.has(key) && key in record && !sameValue(draft[key], record[key]));
}

/**
 * What a form shows when its draft is put back: the draft on top of the form as it opened (a field the draft lacks,
 * such as the request id of a draft kept before forms had one, keeps the form's own value), at the record's version.
 * With the draft's `base` (what the record held when the coach started typing), only the fields the coach changed
 * come from the draft: a field someone else changed since, which this coach did not touch, keeps its new value
 * instead of being put back to the old one. A draft without a base (kept before drafts had one) comes back whole.
 */
export function restoredValues<V extends Record<string, unknown> & { version?: number }>(draft: V, current: V, base?: V): V {
  const typed = base
    ? (Object.fromEntries(
        // The request id always comes from the draft: it names the record a lost answer may already have made.
        Object.entries(draft).filter(([key, value]) => key === 'requestId' || !(key in base) || !sameValue(value, base[key])),
      ) as Partial<V>)
    : draft;
  return current.version === undefined ? { ...current, ...typed } : { ...current, ...typed, version: current.version };
}

/**
 * The fields typed while a save was on its way: where the form now differs from the values it sent. After the save they
 * stay in their fields, unsaved, instead of being put back to what was sent.
 */
export function typedSince<V extends Record<string, unknown>>(now: V, sent: V): (keyof V & string)[] {
  return Object.keys(now).filter((key) => !UNTYPED.has(key) && key in sent && !sameValue(now[key], sent[key]));
}

/** Not typed by anyone: the record's version, and the id a new record's form made for itself (lib/ids/request-id.ts). */
const UNTYPED = new Set(['version', 'requestId']);

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether a form that holds version `formVersion` of a record may move on to the record's `next` version. Only when the
 * values the form edits are in `next` as the form's own base has them (`base`: what it opened with, last saved or last
 * followed), or as the record was when the page last showed the form's version (`prev`, for a server that stores a
 * value differently than it was typed). Then the newer version changed another part of the record on the same page (a
 * session marked as held while its notes are open), not what the form edits; a change to those values (another tab, a
 * colleague) keeps the form on its version, so its save is refused as stale rather than overwriting that change.
 */
export function followsVersion<V extends Record<string, unknown> & { version: number }>(
  formVersion: number,
  base: V,
  prev: V,
  next: V,
): boolean {
  if (!(next.version > formVersion)) return false;
  return !draftDiffers(base, next) || (prev.version === formVersion && !draftDiffers(prev, next));
}
