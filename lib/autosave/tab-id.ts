/**
 * This browser tab's own id, kept in sessionStorage: it stays the same across reloads of the tab and differs between
 * tabs, so each tab keeps its own draft of a form (lib/autosave/form-draft.ts, TabDraftStore). Pure apart from the
 * Storage and the random source it is given.
 */
export const TAB_ID_KEY = 'autosave-tab';

/** Without sessionStorage (blocked): one id for this page load, so the page still keeps its own draft. */
let fallback: string | undefined;

export function tabId(
  session: Pick<Storage, 'getItem' | 'setItem'> | null,
  random: () => string = () => Math.random().toString(36).slice(2, 12),
): string {
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

/** This tab's id in the browser (the server renders no draft, so it has none). */
export function browserTabId(): string {
  let session: Storage | null = null;
  try {
    session = typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    // Blocked: a page-load id (tabId).
  }
  return tabId(session);
}
