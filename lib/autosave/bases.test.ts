import { describe, expect, it } from 'vitest';
import { basesToSend, decodeCurrent, encodeCurrent, isStale, MAX_BASES, nextBases, WAITED_MS } from './bases';
import { PendingStore } from './pending-store';

describe('isStale', () => {
  it('lets an answer replace a value its device knew', () => {
    expect(isStale(3, 4, [3])).toBe(false);
    expect(isStale(null, 4, [null])).toBe(false);
    expect(isStale(undefined, 'nu wel', [null])).toBe(false);
  });

  it('keeps a value written elsewhere since the device last looked', () => {
    expect(isStale(5, 4, [3])).toBe(true);
    expect(isStale('op de laptop', 'op de telefoon', [null])).toBe(true);
    // Cleared elsewhere counts as a change too.
    expect(isStale(null, 4, [3])).toBe(true);
  });

  it('lets the same value through again (a save whose answer was lost, sent twice)', () => {
    expect(isStale(4, 4, [3])).toBe(false);
  });

  it('does not compare at all without bases (an answer queued before they were kept)', () => {
    expect(isStale(5, 4, undefined)).toBe(false);
  });

  it('tells a number from the same digits as text', () => {
    expect(isStale('3', 4, [3])).toBe(true);
  });
});

describe('nextBases', () => {
  it('starts from the value last confirmed', () => {
    expect(nextBases(undefined, 2)).toEqual([2]);
    expect(nextBases(undefined, null)).toEqual([null]);
  });

  it('adds the value it replaces in the queue, which may have reached the server already', () => {
    expect(nextBases({ bases: [2], value: 4 }, 2)).toEqual([2, 4]);
    expect(nextBases({ bases: [2, 4], value: 4 }, 2)).toEqual([2, 4]);
  });

  it('sends none after an entry queued before bases were kept', () => {
    expect(nextBases({ value: 4 }, 2)).toBeUndefined();
  });

  it('does not add a value that was typed over before it was ever sent: it cannot be on the server', () => {
    expect(nextBases({ bases: [2], value: 4, sent: false }, 2)).toEqual([2]);
    expect(nextBases({ bases: [2], value: 4, sent: true }, 2)).toEqual([2, 4]);
  });

  it('a text sent once (its answer lost), then typed on offline letter by letter: the sent text stays a base', () => {
    // As the autosave hook queues it: each keystroke replaces the queued value (PendingStore.put), and only the one that
    // went out was marked sent (markSent) before the connection dropped.
    const store = new PendingStore<string>(null, 'autosave:homework:h1');
    const put = (value: string, now: number) => {
      const previous = store.get('day1.gave');
      store.put('day1.gave', value, now, nextBases(previous && { ...previous, value: previous.payload, sent: !previous.unsent }, null));
    };
    put('Vandaag', 1_000);
    store.markSent(store.get('day1.gave')!);
    const more = ' was ik moe, maar ik liep.';
    for (let i = 1; i <= more.length; i++) put(`Vandaag${more.slice(0, i)}`, 2_000 + i);
    const queued = store.get('day1.gave')!;
    expect(queued.payload).toBe('Vandaag was ik moe, maar ik liep.');
    // The server holds "Vandaag" (it arrived, the answer did not): the full text may replace it.
    expect(queued.bases).toEqual([null, 'Vandaag']);
    expect(isStale('Vandaag', queued.payload, basesToSend(queued, 2_000 + WAITED_MS * 2))).toBe(false);
  });

  it('keeps the confirmed value and the latest ones when a field is changed over and over', () => {
    let previous: { bases?: (number | null)[]; value: number } = { bases: [0], value: 1 };
    for (let value = 2; value < 60; value++) previous = { bases: nextBases(previous, 0) as number[], value };
    const bases = previous.bases!;
    expect(bases).toHaveLength(MAX_BASES);
    expect(bases[0]).toBe(0);
    expect(bases.at(-1)).toBe(58);
  });
});

describe('the stored value in a refusal', () => {
  it('comes back as it was', () => {
    for (const value of [3, 'tekst met "quotes"', null, '']) expect(decodeCurrent(encodeCurrent(value))).toBe(value);
  });

  it('is undefined when missing or not a value', () => {
    expect(decodeCurrent(undefined)).toBeUndefined();
    expect(decodeCurrent(7)).toBeUndefined();
    expect(decodeCurrent('{"a":1}')).toBeUndefined();
    expect(decodeCurrent('not json')).toBeUndefined();
  });
});

describe('basesToSend', () => {
  it('sends the bases only with an answer that waited in the queue', () => {
    const entry = { queuedAt: 1_000_000, bases: [3] };
    expect(basesToSend(entry, entry.queuedAt + 800)).toBeUndefined();
    expect(basesToSend(entry, entry.queuedAt + WAITED_MS)).toEqual([3]);
    expect(basesToSend(entry, entry.queuedAt + 3 * 24 * 3600_000)).toEqual([3]);
    expect(basesToSend({ queuedAt: 0 }, WAITED_MS * 2)).toBeUndefined();
  });
});
