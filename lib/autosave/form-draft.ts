/**
 * A form's unsaved text, kept in the browser (localStorage) while the coach types, so that a reload, a crashed tab, a
 * dropped connection or a restarted server loses nothing: the form puts it back on the next visit, until it is saved.
 * A coach's draft is kept per signed-in coach and per tab (TabDraftStore); FormDraftStore keeps one draft under one key
 * (the employer's comment on a share link, one per link). Their keys start with `autosave:`, so sign-out forgets every
 * one of them with the queued answers (clearPendingAnswers). Pure apart from the Storage it is given, so it is
 * unit-tested with an in-memory Storage.
 */
import { AUTOSAVE_MAX_AGE_MS, draftStorageKey, tabDraftKey, tabDraftKeys } from './draft-key';
import { PENDING_CLEARED_KEY } from './pending-store';

/** `base`: the record's values the form opened with (or last saved), so that only what was typed is put back. */
export type FormDraft<V> = { values: V; version: number; savedAt: number; base?: V };

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A draft as stored, or null when it is not one (unreadable, or from an older shape). */
function parseDraft<V>(raw: string | null): FormDraft<V> | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as FormDraft<V> | null;
    return parsed && typeof parsed === 'object' && parsed.values && typeof parsed.savedAt === 'number' ? parsed : null;
  } catch {
    return null;
  }
}

/** Older than AUTOSAVE_MAX_AGE_MS (lib/autosave/draft-key.ts says why): dropped when read. */
const expired = (draft: FormDraft<unknown>, now: number) => now - draft.savedAt >= AUTOSAVE_MAX_AGE_MS;

function writeDraft<V>(storage: DraftStorage | null, storageKey: string, draft: FormDraft<V>): void {
  if (!storage) return;
  try {
    storage.setItem(storageKey, JSON.stringify(draft));
  } catch {
    // Storage full or blocked (private mode): only the survival of a reload is lost.
  }
}

function removeDraft(storage: DraftStorage | null, storageKey: string): void {
  try {
    storage?.removeItem(storageKey);
  } catch {
    // As above.
  }
}

/** One draft under one key, whoever and whichever tab wrote it last. */
export class FormDraftStore<V> {
  private readonly storageKey: string;

  constructor(
    private readonly storage: DraftStorage | null,
    key: string,
  ) {
    this.storageKey = draftStorageKey(key);
  }

  read(now = Date.now()): FormDraft<V> | null {
    if (!this.storage) return null;
    try {
      const draft = parseDraft<V>(this.storage.getItem(this.storageKey));
      if (draft && expired(draft, now)) {
        this.clear();
        return null;
      }
      return draft;
    } catch {
      return null;
    }
  }

  /** The values typed on top of the record's `version`, whose values were `base`. */
  write(values: V, version: number, now = Date.now(), base?: V): void {
    writeDraft(this.storage, this.storageKey, { values, version, savedAt: now, base });
  }

  clear(): void {
    removeDraft(this.storage, this.storageKey);
  }
}

/** A draft found for a form: where it is stored, and whether this tab wrote it. */
export type FoundDraft<V> = { draft: FormDraft<V>; storageKey: string; own: boolean };

type ScanStorage = DraftStorage & Pick<Storage, 'length' | 'key'>;

/** When this browser last forgot its drafts and queued answers (a sign-out: clearPendingAnswers), or 0. */
function clearedAt(storage: Pick<Storage, 'getItem'> | null): number {
  try {
    return Number(storage?.getItem(PENDING_CLEARED_KEY) ?? 0) || 0;
  } catch {
    return 0;
  }
}

/**
 * A coach's draft of one form (`key`): kept under the signed-in coach (`owner`) and this tab (`tab`). Two tabs on one
 * record each keep their own text, and a save in one tab removes only what that tab wrote; another coach signed in on
 * the same browser never finds it.
 *
 * `openedAt`: when the form opened with the values it holds. A sign-out in this browser after that (in another tab)
 * ends the draft: the form's text, and the record it was opened on, belong to a session that is over, so nothing of it
 * is written again, not on the next keystroke nor when the page is left (a shared laptop keeps no notes).
 */
export class TabDraftStore<V> {
  private tab: string;
  private readonly openedAt: number;
  /** Signed out since the form opened: nothing is written any more, even if the browser's mark of it went. */
  private ended = false;

  constructor(
    private readonly storage: ScanStorage | null,
    private readonly owner: string,
    private readonly key: string,
    tab: string,
    options: { openedAt?: number } = {},
  ) {
    this.tab = tab;
    this.openedAt = options.openedAt ?? Date.now();
  }

  /** Whether drafts are kept at all (not without storage, nor outside the coach area). */
  get active(): boolean {
    return this.storage !== null;
  }

  /** Where this tab's draft is kept; also the name of the lock the tab holds while the form is open (tab-lock.ts). */
  get ownKey(): string {
    return tabDraftKey(this.owner, this.key, this.tab);
  }

  /**
   * This tab turned out to have another id (lib/autosave/tab-id.ts: a duplicated tab, whose copied id another tab
   * holds): its draft is kept under the new one from now on, and the draft under the old id, the other tab's, stays
   * where it is. Whether the id changed.
   */
  moveTo(tab: string): boolean {
    if (tab === this.tab) return false;
    this.tab = tab;
    return true;
  }

  /** Whether this browser was signed out since the form opened (clearPendingAnswers, in any tab). */
  signedOutSinceOpened(): boolean {
    if (!this.ended && clearedAt(this.storage) >= this.openedAt) this.ended = true;
    return this.ended;
  }

  /**
   * The drafts a page load may put back, best first: this tab's own (a reload: what this tab showed), then the other
   * tabs' of this coach, newest first (a tab that was closed or crashed, a browser started again). Expired and
   * unreadable ones are dropped on the way.
   */
  candidates(now = Date.now()): FoundDraft<V>[] {
    if (!this.storage) return [];
    try {
      const found: FoundDraft<V>[] = [];
      const cleared = clearedAt(this.storage);
      for (const storageKey of tabDraftKeys(this.storage, this.owner, this.key)) {
        const draft = parseDraft<V>(this.storage.getItem(storageKey));
        // Written before the last sign-out yet still here (a tab that wrote it just then): forgotten as well.
        if (!draft || expired(draft, now) || draft.savedAt <= cleared) removeDraft(this.storage, storageKey);
        else found.push({ draft, storageKey, own: storageKey === this.ownKey });
      }
      return found.sort((a, b) => Number(b.own) - Number(a.own) || b.draft.savedAt - a.draft.savedAt);
    } catch {
      return [];
    }
  }

  /**
   * The other tabs' drafts whose form is no longer open (`open`: the storage keys of the drafts whose form some tab
   * has open, lib/autosave/tab-lock.ts), newest first: those a page load may take over.
   */
  leftBehind(open: ReadonlySet<string>, now = Date.now()): FoundDraft<V>[] {
    return this.candidates(now).filter((found) => !found.own && !open.has(found.storageKey));
  }

  /** The draft a page load puts back (the first of `candidates`), or null. */
  read(now = Date.now()): FormDraft<V> | null {
    return this.candidates(now)[0]?.draft ?? null;
  }

  /**
   * Makes a found draft this tab's: another tab's draft, put back here, is kept under this tab from now on (and no
   * longer under that one), so once this tab saved it, it does not come back on the next visit. Only removed there
   * once it is kept here.
   */
  takeOver(found: FoundDraft<V>): void {
    if (found.own || !this.storage || this.signedOutSinceOpened()) return;
    try {
      this.storage.setItem(this.ownKey, JSON.stringify(found.draft));
      this.storage.removeItem(found.storageKey);
    } catch {
      // Not kept here (storage full): it stays where it was.
    }
  }

  /** Forgets a found draft that holds nothing the record does not. */
  drop(found: FoundDraft<V>): void {
    removeDraft(this.storage, found.storageKey);
  }

  /**
   * The values typed in this tab on top of the record's `version`, whose values were `base`. Not after a sign-out since
   * the form opened (signedOutSinceOpened): then whatever this tab still kept of it goes instead.
   */
  write(values: V, version: number, now = Date.now(), base?: V): void {
    if (this.signedOutSinceOpened()) this.clear();
    else writeDraft(this.storage, this.ownKey, { values, version, savedAt: now, base });
  }

  /** After a save or a cancel in this tab: only this tab's draft goes; another tab's unsaved text stays. */
  clear(): void {
    removeDraft(this.storage, this.ownKey);
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
