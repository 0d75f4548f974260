import { describe, expect, it } from 'vitest';
import { PendingStore } from './pending-store';

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

  it('survives corrupt storage and works without storage', () => {
    const storage = memoryStorage();
    storage.setItem('m1', '{not json');
    expect(new PendingStore(storage, 'm1').all()).toEqual([]);
    const none = new PendingStore<number>(null, 'm1');
    none.put('a', 1);
    expect(none.all()).toEqual([]);
  });
});
