import { describe, expect, it } from 'vitest';
import { settleWithin, singleFlight } from './single-flight';

describe('one save run at a time', () => {
  it('gives a caller during a run that run’s promise, and starts a new run after it ended', async () => {
    let runs = 0;
    let finish!: () => void;
    const flush = singleFlight(
      () =>
        new Promise<void>((resolve) => {
          runs++;
          finish = resolve;
        }),
    );
    const first = flush();
    let secondDone = false;
    const second = flush().then(() => {
      secondDone = true;
    });
    expect(runs).toBe(1);
    await Promise.resolve();
    expect(secondDone).toBe(false); // waits for the running save, does not return at once
    finish();
    await Promise.all([first, second]);
    expect(secondDone).toBe(true);
    const third = flush();
    expect(runs).toBe(2);
    finish();
    await third;
  });

  it('lets the next call run again after a failed run', async () => {
    let runs = 0;
    const flush = singleFlight(async () => {
      runs++;
      if (runs === 1) throw new Error('offline');
    });
    await expect(flush()).rejects.toThrow('offline');
    await flush();
    expect(runs).toBe(2);
  });

  it('stops waiting for a save that never gets an answer', async () => {
    const never = new Promise<void>(() => {});
    const started = Date.now();
    await settleWithin(never, 30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    await settleWithin(Promise.reject(new Error('offline')), 1_000);
  });
});
