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
