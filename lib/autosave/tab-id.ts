/**
 * This browser tab's own id, kept in sessionStorage: it stays the same across reloads of the tab and differs between
 * tabs, so each tab keeps its own draft of a form (lib/autosave/form-draft.ts, TabDraftStore). Pure apart from the
 * Storage, the Web Locks and the random source it is given.
 *
 * A browser copies sessionStorage into a duplicated tab (and into a tab opened from this one): both would then write
 * the same draft key, and a save in one would clear the other's unsaved text. So a page load claims its id with a Web
 * Lock held for the page's life (claimTabId); when another live tab already holds it, this tab takes a new id. The
 * claim is asynchronous, so a form starts with the stored id (browserTabId) and moves to the claimed one when it is
 * known, a moment after it mounted (use-form-draft.ts); a duplicated tab thus still puts back the draft it was copied
 * with, and keeps it under its own id from then on.
 */
export const TAB_ID_KEY = 'autosave-tab';

/** Without sessionStorage (blocked): one id for this page load, so the page still keeps its own draft. */
let fallback: string | undefined;

const randomId = () => Math.random().toString(36).slice(2, 12);

type Session = Pick<Storage, 'getItem' | 'setItem'>;

export function tabId(session: Session | null, random: () => string = randomId): string {
  const pageLoadId = () => {
    fallback ??= random();
    return fallback;
  };
  if (!session) return pageLoadId();
  try {
    const kept = session.getItem(TAB_ID_KEY);
    if (kept) return kept;
    const made = random();
    session.setItem(TAB_ID_KEY, made);
    return made;
  } catch {
    return pageLoadId();
  }
}

/** The part of the browser's LockManager a claim uses (a fake in the tests). */
export type TabLocks = {
  request(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<void> | undefined): Promise<unknown>;
};

/** The lock a page holds on its tab id for as long as it is loaded; the browser lets go when the page goes. */
export const tabLockName = (id: string) => `autosave-tab:${id}`;

/** Takes the lock `name` if no other page holds it, and keeps it; whether it is this page's (null: no answer). */
function hold(locks: TabLocks, name: string): Promise<boolean | null> {
  return new Promise((resolve) => {
    locks
      .request(name, { ifAvailable: true }, (lock) => {
        resolve(lock !== null);
        // Never let go: the lock says "a live page has this id" until the page is closed or reloaded.
        return lock === null ? undefined : new Promise<void>(() => {});
      })
      .catch(() => resolve(null));
  });
}

/**
 * This page load's tab id: the stored one (tabId), unless another live page holds it (a duplicated tab, whose
 * sessionStorage is a copy); then a new one, stored for this tab's reloads. A reload finds its id free again: the page
 * before it let go of the lock when it went. Without Web Locks (or when the lock cannot be asked for) the stored id.
 */
export async function claimTabId(session: Session | null, locks: TabLocks | null, random: () => string = randomId): Promise<string> {
  const stored = tabId(session, random);
  // Without sessionStorage the id is this page load's own: nothing was copied.
  if (!session || !locks) return stored;
  if ((await hold(locks, tabLockName(stored))) !== false) return stored;
  const made = random();
  try {
    session.setItem(TAB_ID_KEY, made);
  } catch {
    // Not stored: a reload of this tab claims again and gets yet another id; its draft is then taken over as left behind.
  }
  await hold(locks, tabLockName(made));
  return made;
}

function browserSession(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    // Blocked: a page-load id (tabId).
    return null;
  }
}

function browserLocks(): TabLocks | null {
  try {
    return typeof navigator === 'undefined' ? null : ((navigator.locks as TabLocks | undefined) ?? null);
  } catch {
    return null;
  }
}

/**
 * This tab's id as stored, known at once (the server renders no draft, so it has none). Until the claim has answered
 * it may be an id that another tab holds too; once it has, it is the claimed one (which the claim stored).
 */
export function browserTabId(): string {
  return tabId(browserSession());
}

let claimed: Promise<string> | undefined;

/** This page load's claimed tab id (claimTabId): asked once, on the first call. */
export function browserTabClaim(): Promise<string> {
  claimed ??= claimTabId(browserSession(), browserLocks());
  return claimed;
}
