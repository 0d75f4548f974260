import { describe, expect, it } from 'vitest';
import { basesToSend, isStale } from './bases';
import { AUTOSAVE_MAX_AGE_MS } from './draft-key';
import { afterServerAnswer, clearPendingAnswers, PendingStore } from './pending-store';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

describe('PendingStore', () => {
  it('keeps the latest value per field across instances (a reload)', () => {
    const storage = memoryStorage();
    const store = new PendingStore<number>(storage, 'm1');
    store.put('q1', 2, 1);
    store.put('q2', 4, 2);
    store.put('q1', 5, 3);
    const reloaded = new PendingStore<number>(storage, 'm1');
    expect(reloaded.all().map((e) => [e.key, e.payload])).toEqual([
      ['q2', 4],
      ['q1', 5],
    ]);
  });

  it('confirming an older send keeps a newer value queued', () => {
    const store = new PendingStore<number>(memoryStorage(), 'm1');
    store.put('q1', 2, 1);
    const sent = store.all()[0]!;
    store.put('q1', 3, 2);
    store.confirm(sent);
    expect(store.all().map((e) => e.payload)).toEqual([3]);
    store.confirm(store.all()[0]!);
    expect(store.all()).toEqual([]);
  });

  it('keeps a newer value queued also when both came within one millisecond (a double tap)', () => {
    const store = new PendingStore<number>(memoryStorage(), 'm1');
    store.put('q1', 2, 1000);
    const sent = store.all()[0]!;
    store.put('q1', 3, 1000);
    store.confirm(sent);
    expect(store.all().map((e) => e.payload)).toEqual([3]);
    // A clock that went back meanwhile changes nothing either.
    const next = store.all()[0]!;
    store.put('q1', 4, 900);
    store.confirm(next);
    expect(store.all().map((e) => e.payload)).toEqual([4]);
  });

  it('keeps the bases of an entry across a reload, and entries without them as they were', () => {
    const storage = memoryStorage();
    const store = new PendingStore<number>(storage, 'm1');
    store.put('q1', 4, 1, [2, 3]);
    store.put('q2', 1, 2);
    const reloaded = new PendingStore<number>(storage, 'm1');
    expect(reloaded.get('q1')).toEqual({ key: 'q1', payload: 4, queuedAt: 1, bases: [2, 3], unsent: true });
    expect(reloaded.get('q2')).toEqual({ key: 'q2', payload: 1, queuedAt: 2, unsent: true });
    expect(reloaded.get('q3')).toBeUndefined();
  });

  it('survives corrupt storage and works without storage', () => {
    const storage = memoryStorage();
    storage.setItem('m1', '{not json');
    expect(new PendingStore(storage, 'm1').all()).toEqual([]);
    // Without storage the page still holds what it put until it is confirmed: it is sent, only not kept over a reload.
    const none = new PendingStore<number>(null, 'm1');
    none.put('a', 1, 5);
    expect(none.all()).toEqual([{ key: 'a', payload: 1, queuedAt: 5, unsent: true }]);
    none.confirm(none.all()[0]!);
    expect(none.all()).toEqual([]);
  });

  it('two tabs: an answer put in one is still queued there when the other writes back a list that lacks it', () => {
    // Each tab sees its own copy of localStorage; the browser copies a write to the other tab a moment later.
    const tab1Storage = memoryStorage();
    const tab2Storage = memoryStorage();
    const copy = (from: typeof tab1Storage, to: typeof tab1Storage) => {
      const value = from.getItem('m1');
      if (value === null) to.removeItem('m1');
      else to.setItem('m1', value);
    };
    const tab1 = new PendingStore<number>(tab1Storage, 'm1');
    const tab2 = new PendingStore<number>(tab2Storage, 'm1');
    tab1.put('workload_3', 4, 10);
    copy(tab1Storage, tab2Storage);
    const sent = tab1.all()[0]!;
    // Tab 2 answers another question; before the browser copies that write, tab 1 confirms its own answer.
    tab2.put('complexity_1', 2, 11);
    tab1.confirm(sent);
    copy(tab1Storage, tab2Storage);
    expect(tab2Storage.getItem('m1')).toBeNull();
    expect(tab2.all().map((e) => [e.key, e.payload])).toEqual([['complexity_1', 2]]);
    expect(tab1.all()).toEqual([]);
    // Once tab 2 has it confirmed, it is gone in both.
    tab2.confirm(tab2.all()[0]!);
    copy(tab2Storage, tab1Storage);
    expect(tab2.all()).toEqual([]);
    expect(tab1.all()).toEqual([]);
  });

  it('two tabs: a later answer to the same question from the other tab replaces ours', () => {
    const storage = memoryStorage();
    const tab1 = new PendingStore<number>(storage, 'm1');
    const tab2 = new PendingStore<number>(storage, 'm1');
    tab1.put('q1', 2, 10);
    tab2.put('q1', 5, 20);
    expect(tab1.all().map((e) => e.payload)).toEqual([5]);
    tab2.confirm(tab2.all()[0]!);
    // Tab 1's own 2 is older than the confirmed 5: it is not sent again.
    expect(tab1.all()).toEqual([]);
  });

  it('two tabs: an answer of ours that another tab sent and confirmed, and then changed, goes out with its bases', () => {
    const storage = memoryStorage();
    const tab1 = new PendingStore<number>(storage, 'm1');
    const tab2 = new PendingStore<number>(storage, 'm1');
    tab1.put('q1', 2, 10, [null]);
    // Tab 1's send failed (a blip); tab 2 sent it and had it confirmed, then a 5 was given there and confirmed too.
    tab2.confirm(tab2.all()[0]!);
    tab2.put('q1', 5, 20, [2]);
    tab2.confirm(tab2.all()[0]!);
    // Tab 1 cannot tell that from a write-back that lost it: it sends it again, but with its bases, so the server, which
    // holds the 5, keeps it (lib/autosave/bases.ts), also though the answer is fresh.
    const [again] = tab1.all();
    expect(again).toMatchObject({ key: 'q1', payload: 2, orphan: true });
    expect(basesToSend(again!, 11)).toEqual([null]);
    expect(isStale(5, 2, basesToSend(again!, 11))).toBe(true);
  });
});

/** A Storage with length/key, like the browser's localStorage. */
function browserLikeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

describe('clearing queued answers on sign-out (a shared phone or laptop)', () => {
  it('forgets every queued answer and form position, and nothing else', () => {
    const storage = browserLikeStorage({ 'bp-locale': 'nl', theme: 'light' });
    new PendingStore<number>(storage, 'autosave:measurement:m1:coach').put('q1', 4);
    new PendingStore<string>(storage, 'autosave:homework:h1').put('day1.drained', 'Vergadering met mijn leidinggevende');
    storage.setItem('intake-position:measurement:m1:coach', 'step-3');
    expect(clearPendingAnswers(storage)).toBe(3);
    expect([...storage.data.keys()].sort()).toEqual(['autosave-cleared-at', 'bp-locale', 'theme']);
    expect(new PendingStore<string>(storage, 'autosave:homework:h1').all()).toEqual([]);
  });

  it('makes a tab still open on the form forget what it held in memory: nothing comes back at its next answer', () => {
    const storage = browserLikeStorage();
    const openTab = new PendingStore<number>(storage, 'autosave:measurement:m1:coach');
    openTab.put('q1', 4, 1_000);
    openTab.put('q2', 5, 1_001);
    clearPendingAnswers(storage, 2_000);
    expect(openTab.all()).toEqual([]);
    // Someone types in that tab after the sign-out: only that answer is queued (and refused: signed out).
    openTab.put('q3', 1, 3_000);
    expect(openTab.all().map((e) => e.key)).toEqual(['q3']);
    expect(JSON.parse(storage.getItem('autosave:measurement:m1:coach') ?? '[]')).toHaveLength(1);
  });

  it('is harmless without storage or when storage is blocked', () => {
    expect(clearPendingAnswers(null)).toBe(0);
    const blocked = {
      get length(): number {
        throw new Error('SecurityError');
      },
      key: () => null,
      removeItem: () => {},
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(clearPendingAnswers(blocked)).toBe(0);
  });

  it('a "signed out" answer from the server means keep and wait for a new sign-in, not retry', () => {
    expect(afterServerAnswer({ ok: false, error: 'unauthenticated' })).toBe('signed_out');
    // Two-step sign-in required since the page opened: kept until the coach has set it up, not dropped as refused.
    expect(afterServerAnswer({ ok: false, error: 'two_factor_required' })).toBe('two_factor');
    expect(afterServerAnswer({ ok: false, error: 'server' })).toBe('retry');
    expect(afterServerAnswer({ ok: false, error: 'validation' })).toBe('confirm');
    expect(afterServerAnswer({ ok: true })).toBe('confirm');
  });

  it('something that is not an action result (a response cut off by a reload) is retried, never dropped', () => {
    expect(afterServerAnswer(undefined)).toBe('retry');
    expect(afterServerAnswer(null)).toBe('retry');
    expect(afterServerAnswer({} as never)).toBe('retry');
    expect(afterServerAnswer({ ok: false } as never)).toBe('retry');
  });
});

describe('marking an answer as sent', () => {
  it('is kept in storage for that entry only, so a reload still knows it may be on the server', () => {
    const storage = memoryStorage();
    const store = new PendingStore<string>(storage, 'autosave:homework:h1');
    store.put('a', 'eerst', 1_000);
    store.put('b', 'ander', 1_001);
    expect(store.get('a')!.unsent).toBe(true);
    store.markSent(store.get('a')!);
    const reopened = new PendingStore<string>(storage, 'autosave:homework:h1');
    expect(reopened.get('a')!.unsent).toBeUndefined();
    expect(reopened.get('b')!.unsent).toBe(true);
    // A newer value typed meanwhile is a new entry, not sent yet.
    const sent = store.get('a')!;
    store.put('a', 'later', 2_000);
    store.markSent(sent);
    expect(store.get('a')).toMatchObject({ payload: 'later', unsent: true });
  });
});

describe('queued answers that waited too long', () => {
  it('are dropped when a page opens the queue 30 days after they were given', () => {
    const storage = browserLikeStorage();
    const day = 24 * 3600_000;
    const store = new PendingStore<number>(storage, 'autosave:coach-a/measurement:m1:coach');
    store.put('q1', 4, 1_000);
    store.put('q2', 5, 1_000 + 20 * day);
    // Opened again a month after the first answer: that one goes, from storage too; the later one is still sent.
    const reopened = new PendingStore<number>(storage, 'autosave:coach-a/measurement:m1:coach');
    expect(reopened.dropExpired(1_000 + AUTOSAVE_MAX_AGE_MS)).toBe(1);
    expect(reopened.all().map((e) => e.key)).toEqual(['q2']);
    expect(JSON.parse(storage.getItem('autosave:coach-a/measurement:m1:coach') ?? '[]')).toHaveLength(1);
    // The page that queued them forgets its own copy as well.
    expect(store.dropExpired(1_000 + AUTOSAVE_MAX_AGE_MS)).toBe(0);
    expect(store.all().map((e) => e.key)).toEqual(['q2']);
    expect(reopened.dropExpired(1_000 + 20 * day + AUTOSAVE_MAX_AGE_MS)).toBe(1);
    expect(storage.getItem('autosave:coach-a/measurement:m1:coach')).toBeNull();
  });
});
