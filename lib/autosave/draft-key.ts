/**
 * Where a form's draft lives in the browser's storage (FormDraftStore and TabDraftStore in form-draft.ts). A module of
 * its own, without imports, so that a page that only asks "is there a draft?" (the plan, to open a folded form) loads
 * nothing more.
 */
export const draftStorageKey = (key: string) => `autosave:draft:${key}`;

/**
 * A draft or a queue of answers of one signed-in person (`owner`, the coach's user id): a laptop shared by a practice
 * holds several coaches' text, and one coach's unsaved notes must never open in another coach's form.
 */
export const ownedKey = (owner: string, key: string) => `${owner}/${key}`;

/**
 * A coach's draft is kept per tab as well (`tab`, lib/autosave/tab-id.ts): two tabs on one record each keep what they
 * typed, and a save in one removes only what that tab wrote. All tabs' drafts of a record share this prefix.
 */
export const tabDraftPrefix = (owner: string, key: string) => draftStorageKey(`${ownedKey(owner, key)}#`);
export const tabDraftKey = (owner: string, key: string, tab: string) => `${tabDraftPrefix(owner, key)}${tab}`;

/**
 * How long a draft or a queued answer is kept in the browser. Nobody picks up a month-old half-typed note or answer
 * with any use, and a device nobody signs out of (a practice's laptop) must not keep health data in its storage for
 * good: older ones are dropped when they are read.
 */
export const AUTOSAVE_MAX_AGE_MS = 30 * 24 * 3600_000;

type ScanStorage = Pick<Storage, 'getItem' | 'length' | 'key'>;

/** The storage keys of every tab's draft of `owner` for the form `key`. */
export function tabDraftKeys(storage: Pick<Storage, 'length' | 'key'>, owner: string, key: string): string[] {
  const prefix = tabDraftPrefix(owner, key);
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(prefix)) keys.push(k);
  }
  return keys;
}

/**
 * Whether this browser keeps a draft of `owner` (in any tab, not expired) under `key`: a folded form with one opens by
 * itself. Without an owner (none signed in) there is none. `open`: drafts whose form another tab has open (tab-lock.ts),
 * which stay there.
 */
export function hasFormDraft(
  storage: ScanStorage | null,
  owner: string | null,
  key: string,
  now = Date.now(),
  open: ReadonlySet<string> = new Set(),
): boolean {
  if (!storage || !owner) return false;
  try {
    return tabDraftKeys(storage, owner, key).some((k) => {
      if (open.has(k)) return false;
      const savedAt = (JSON.parse(storage.getItem(k) ?? 'null') as { savedAt?: unknown } | null)?.savedAt;
      return typeof savedAt === 'number' && now - savedAt < AUTOSAVE_MAX_AGE_MS;
    });
  } catch {
    return false;
  }
}
