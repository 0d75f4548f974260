/**
 * One run of `work` at a time: a call while it runs gets that run's promise, not an immediate return. The form's
 * "send" or "complete" waits for the save already in flight instead of finding the last answer still pending and
 * saying it could not be sent. (The running save sends what was added meanwhile too: it reads the queue each round.)
 */
export function singleFlight(work: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () => {
    running ??= work().finally(() => {
      running = null;
    });
    return running;
  };
}

/**
 * Waits for `promise`, at most `ms`: "send" and "complete" wait for the save in flight, but a request that never gets an
 * answer (a stalled connection) must not leave the button busy for good; the form then finds the answer still queued and
 * says so.
 */
export function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    promise.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => {
        clearTimeout(timer);
        resolve();
      },
    );
  });
}

/** How long "send" and "complete" wait for the save in flight. */
export const FLUSH_WAIT_MS = 15_000;
