/**
 * Where a form's draft lives in the browser's storage (FormDraftStore in form-draft.ts). A module of its own, without
 * imports, so that a page that only asks "is there a draft?" (the plan, to open a folded form) loads nothing more.
 */
export const draftStorageKey = (key: string) => `autosave:draft:${key}`;

/** Whether this browser keeps a draft under `key`: a folded form with one opens by itself. */
export function hasFormDraft(storage: Pick<Storage, 'getItem'> | null, key: string): boolean {
  try {
    return storage?.getItem(draftStorageKey(key)) != null;
  } catch {
    return false;
  }
}
