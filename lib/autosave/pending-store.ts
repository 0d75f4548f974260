/**
 * The answers typed but not yet confirmed by the server, kept in the browser (localStorage) so they
 * survive a reload or a dropped connection. The latest value per field wins. Pure apart from the
 * Storage it is given, so it is unit-tested with an in-memory Storage.
 */
import type { BaseValue } from './bases';
import { AUTOSAVE_MAX_AGE_MS } from './draft-key';

/**
 * `bases`: the stored values this answer may replace (lib/autosave/bases.ts); absent in entries queued before them.
 * `orphan`: kept by this page but gone from storage, so maybe sent and confirmed by another tab already, after which a
 * newer answer may have been given there: it is sent with its bases, so the server keeps such a newer answer.
 * `unsent`: never sent (markSent), so it cannot be on the server: typed over, it does not become a base of the next one.
 */
export type PendingEntry<P> = {
  key: string;
  payload: P;
  queuedAt: number;
  bases?: BaseValue[];
  orphan?: true;
  unsent?: true;
};

/** When this browser last forgot its queued answers (sign-out): a page's own entries from before then are dropped too. */
export const PENDING_CLEARED_KEY = 'autosave-cleared-at';

export class PendingStore<P> {
  /**
   * The entries this page put and has not seen confirmed. Two tabs on one form share the storage key, and a browser
   * passes one tab's write to the other a moment later: a tab that confirms an answer writes back the list as it saw
   * it, which may lack the answer the other tab just put. Kept here as well, such an answer is still sent.
   */
  private readonly own = new Map<string, PendingEntry<P>>();

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
    private readonly storageKey: string,
  ) {}

  all(): PendingEntry<P>[] {
    const clearedAt = this.clearedAt();
    for (const [key, mine] of this.own) if (mine.queuedAt <= clearedAt) this.own.delete(key);
    const stored = this.stored().filter((entry) => entry.queuedAt > clearedAt);
    // Per field the later entry wins; one of ours that storage lost (or never had: storage blocked) is added.
    const merged = stored.map((entry) => {
      const mine = this.own.get(entry.key);
      if (mine && mine.queuedAt > entry.queuedAt) return mine;
      // A later value from another tab replaces ours: that tab sends it.
      if (mine && mine.queuedAt < entry.queuedAt) this.own.delete(entry.key);
      return entry;
    });
    const storedKeys = new Set(stored.map((e) => e.key));
    for (const mine of this.own.values()) if (!storedKeys.has(mine.key)) merged.push(this.storage ? { ...mine, orphan: true } : mine);
    return merged;
  }

  get(key: string): PendingEntry<P> | undefined {
    return this.all().find((e) => e.key === key);
  }

  put(key: string, payload: P, now = Date.now(), bases?: BaseValue[]): void {
    const all = this.all();
    const previous = all.find((e) => e.key === key);
    const entries = all.filter((e) => e.key !== key);
    // Later than the value it replaces, even within one millisecond (a double tap): confirming that one, which was
    // already sent, must not remove this one.
    const queuedAt = previous && previous.queuedAt >= now ? previous.queuedAt + 1 : now;
    const entry: PendingEntry<P> = bases ? { key, payload, queuedAt, bases, unsent: true } : { key, payload, queuedAt, unsent: true };
    this.own.set(key, entry);
    entries.push(entry);
    this.write(entries);
  }

  /** The entry is about to be sent: from now on it may be on the server, even if no answer comes back. */
  markSent(entry: PendingEntry<P>): void {
    if (!entry.unsent) return;
    const sent = ({ unsent: _unsent, ...rest }: PendingEntry<P>): PendingEntry<P> => rest;
    const mine = this.own.get(entry.key);
    if (mine && mine.queuedAt === entry.queuedAt) this.own.set(entry.key, sent(mine));
    this.write(this.stored().map((e) => (e.key === entry.key && e.queuedAt === entry.queuedAt ? sent(e) : e)));
  }

  /** Removes the entry only if it is still the one that was sent (a newer value stays queued). */
  confirm(entry: PendingEntry<P>): void {
    const mine = this.own.get(entry.key);
    if (mine && mine.queuedAt <= entry.queuedAt) this.own.delete(entry.key);
    this.write(this.all().filter((e) => !(e.key === entry.key && e.queuedAt <= entry.queuedAt)));
  }

  /**
   * Drops the answers queued more than AUTOSAVE_MAX_AGE_MS ago (lib/autosave/draft-key.ts says why: a device nobody
   * signs out of keeps no health answers for good). Called as a page opens the queue; returns how many went.
   */
  dropExpired(now = Date.now()): number {
    const limit = now - AUTOSAVE_MAX_AGE_MS;
    for (const [key, mine] of this.own) if (mine.queuedAt <= limit) this.own.delete(key);
    const stored = this.stored();
    const kept = stored.filter((entry) => entry.queuedAt > limit);
    if (kept.length !== stored.length) this.write(kept);
    return stored.length - kept.length;
  }

  private clearedAt(): number {
    try {
      return Number(this.storage?.getItem(PENDING_CLEARED_KEY) ?? 0) || 0;
    } catch {
      return 0;
    }
  }

  private stored(): PendingEntry<P>[] {
    if (!this.storage) return [];
    try {
      const raw = this.storage.getItem(this.storageKey);
      const parsed = raw ? (JSON.parse(raw) as PendingEntry<P>[]) : [];
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  }

  private write(entries: PendingEntry<P>[]): void {
    if (!this.storage) return;
    try {
      if (entries.length === 0) this.storage.removeItem(this.storageKey);
      else this.storage.setItem(this.storageKey, JSON.stringify(entries));
    } catch {
      // Storage full or blocked (private mode): the in-flight save still happens, only reload-survival is lost.
    }
  }
}

/** Every browser key that holds unsent answers or where someone was in a form (measurements, homework). */
export const PENDING_KEY_PREFIXES = ['autosave:', 'intake-position:'] as const;

type ClearableStorage = Pick<Storage, 'length' | 'key' | 'removeItem' | 'setItem'>;

/**
 * Forgets every queued answer in this browser: on sign-out and when the server says the session is gone,
 * so a shared phone or laptop does not keep someone's health answers. Returns how many keys were removed.
 */
export function clearPendingAnswers(storage: ClearableStorage | null | undefined, now = Date.now()): number {
  if (!storage) return 0;
  try {
    // Another tab still open on a form holds its unsent answers in memory too: this tells it to forget them.
    storage.setItem(PENDING_CLEARED_KEY, String(now));
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key && PENDING_KEY_PREFIXES.some((prefix) => key.startsWith(prefix))) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    return keys.length;
  } catch {
    // Storage blocked (private mode): then nothing was kept either.
    return 0;
  }
}

/** The browser's localStorage, or null on the server or when access is blocked. */
export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * What to do with a queued answer after the server answered: keep it and retry (our fault or offline), keep
 * everything and stop until the person has signed in again (signed out) or set up the two-step sign-in their practice
 * now requires (two_factor), or drop it (saved or refused).
 */
export function afterServerAnswer(
  result: { ok: true } | { ok: false; error: string } | null | undefined,
): 'confirm' | 'retry' | 'signed_out' | 'two_factor' {
  // Not an answer at all (a response cut off by a reload resolves to something else): keep it and send it again.
  if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean') return 'retry';
  if (!result.ok && typeof result.error !== 'string') return 'retry';
  if (result.ok) return 'confirm';
  if (result.error === 'unauthenticated') return 'signed_out';
  // The owner turned on required two-step sign-in during the session: the answers are fine, the coach must enrol first.
  if (result.error === 'two_factor_required') return 'two_factor';
  if (result.error === 'server') return 'retry';
  return 'confirm';
}
