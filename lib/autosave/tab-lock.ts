/**
 * Which tabs have a form open right now: a tab holds a Web Lock named after its draft's storage key while the form is
 * on its page (held across tabs of this browser, and let go when the form closes or the tab is closed or crashes).
 * Another tab's draft is taken over only when its form is no longer open anywhere (use-form-draft.ts): a second tab
 * opened on the same record does not take the unsaved text out of the first one. Without Web Locks every other tab's
 * draft counts as left behind.
 */
type Locks = Pick<LockManager, 'request' | 'query'>;

function browserLocks(): Locks | null {
  try {
    return typeof navigator === 'undefined' ? null : (navigator.locks ?? null);
  } catch {
    return null;
  }
}

/** Holds the lock `name` until the returned function is called. */
export function holdLock(name: string, locks: Locks | null = browserLocks()): () => void {
  if (!locks) return () => {};
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  locks.request(name, () => held).catch(() => {});
  return release;
}

/** The names of the locks held in this browser (in any tab); empty without Web Locks. */
export async function heldLocks(locks: Locks | null = browserLocks()): Promise<Set<string>> {
  if (!locks) return new Set();
  try {
    const { held = [] } = await locks.query();
    return new Set(held.map((lock) => lock.name).filter((name): name is string => typeof name === 'string'));
  } catch {
    return new Set();
  }
}
