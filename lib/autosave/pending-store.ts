/**
 * The answers typed but not yet confirmed by the server, kept in the browser (localStorage) so they
 * survive a reload or a dropped connection. The latest value per field wins. Pure apart from the
 * Storage it is given, so it is unit-tested with an in-memory Storage.
 */
export type PendingEntry<P> = { key: string; payload: P; queuedAt: number };

export class PendingStore<P> {
  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
    private readonly storageKey: string,
  ) {}

  all(): PendingEntry<P>[] {
    if (!this.storage) return [];
    try {
      const raw = this.storage.getItem(this.storageKey);
      const parsed = raw ? (JSON.parse(raw) as PendingEntry<P>[]) : [];
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  }

  put(key: string, payload: P, now = Date.now()): void {
    const entries = this.all().filter((e) => e.key !== key);
    entries.push({ key, payload, queuedAt: now });
    this.write(entries);
  }

  /** Removes the entry only if it is still the one that was sent (a newer value stays queued). */
  confirm(entry: PendingEntry<P>): void {
    this.write(this.all().filter((e) => !(e.key === entry.key && e.queuedAt === entry.queuedAt)));
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
