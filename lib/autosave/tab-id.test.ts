import { describe, expect, it } from 'vitest';
import { claimTabId, TAB_ID_KEY, type TabLocks, tabLockName } from './tab-id';

class MemoryStorage {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  /** What a browser does when a tab is duplicated: the new tab gets a copy of this tab's sessionStorage. */
  copy() {
    const copy = new MemoryStorage();
    copy.data = new Map(this.data);
    return copy;
  }
}

/** A fake of the browser's Web Locks, shared by all tabs: a page's locks go when the page goes (`closePage`). */
class FakeLocks implements TabLocks {
  held = new Set<string>();
  request(name: string, _options: { ifAvailable: true }, callback: (lock: unknown) => Promise<void> | undefined) {
    if (this.held.has(name)) return Promise.resolve(callback(null));
    this.held.add(name);
    return Promise.resolve(callback({ name }));
  }
  closePage(id: string) {
    this.held.delete(tabLockName(id));
  }
}

const counter = () => {
  let n = 0;
  return () => `id${++n}`;
};

describe('this tab’s claimed id', () => {
  it('differs in a duplicated tab while the tab it was copied from is open, and each keeps its own across reloads', async () => {
    const locks = new FakeLocks();
    const random = counter();
    const first = new MemoryStorage();
    expect(await claimTabId(first, locks, random)).toBe('id1');
    // Duplicated: the copy's sessionStorage holds id1, which the first tab, still open, holds.
    const duplicate = first.copy();
    expect(duplicate.getItem(TAB_ID_KEY)).toBe('id1');
    const copied = await claimTabId(duplicate, locks, random);
    expect(copied).not.toBe('id1');
    expect(duplicate.getItem(TAB_ID_KEY)).toBe(copied);
    expect(first.getItem(TAB_ID_KEY)).toBe('id1');
    // A reload: the page before it let go of its lock, so each tab gets its own id back.
    locks.closePage('id1');
    expect(await claimTabId(first, locks, random)).toBe('id1');
    locks.closePage(copied);
    expect(await claimTabId(duplicate, locks, random)).toBe(copied);
  });

  it('keeps the copied id when the tab it came from is gone (a closed tab reopened with its sessionStorage)', async () => {
    const locks = new FakeLocks();
    const random = counter();
    const tab = new MemoryStorage();
    expect(await claimTabId(tab, locks, random)).toBe('id1');
    locks.closePage('id1');
    expect(await claimTabId(tab.copy(), locks, random)).toBe('id1');
  });

  it('without Web Locks, or when they refuse, is the stored id as before', async () => {
    const random = counter();
    const tab = new MemoryStorage();
    expect(await claimTabId(tab, null, random)).toBe('id1');
    expect(await claimTabId(tab.copy(), null, random)).toBe('id1');
    const refusing: TabLocks = { request: () => Promise.reject(new Error('SecurityError')) };
    expect(await claimTabId(tab.copy(), refusing, random)).toBe('id1');
  });
});
