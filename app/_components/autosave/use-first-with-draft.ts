'use client';

import { useEffect, useState } from 'react';
import { hasFormDraft } from '@/lib/autosave/draft-key';
import { heldLocks } from '@/lib/autosave/tab-lock';
import { useDraftOwner } from './draft-owner';

const NONE: readonly never[] = [];

/**
 * Those of `candidates` whose form this browser holds a draft for (the signed-in coach's, from this tab or one that no
 * longer has the form open: the form takes it over, use-form-draft.ts), in their order, looked up once after hydration
 * (storage is not there on the server): the page then opens those folded forms, and each form puts its text back.
 */
export function useWithDrafts<T>(candidates: readonly T[], keyOf: (candidate: T) => string): readonly T[] {
  const owner = useDraftOwner();
  const [found, setFound] = useState<readonly T[]>(NONE);
  // Once, on the page as it was loaded; `candidates` is a new array on every render.
  const [initial] = useState(() => ({ candidates, keyOf }));
  useEffect(() => {
    let storage: Storage | null = null;
    try {
      storage = window.localStorage;
    } catch {
      // Storage blocked: no drafts to look for.
    }
    if (!storage || !owner) return;
    const withStorage = storage;
    // A draft whose form another tab has open stays there (use-form-draft.ts): no reason to open the form here.
    void heldLocks().then((open) => {
      const hits = initial.candidates.filter((c) => hasFormDraft(withStorage, owner, initial.keyOf(c), Date.now(), open));
      if (hits.length > 0) setFound(hits);
    });
  }, [initial, owner]);
  return found;
}

/** The first of `candidates` with a draft (useWithDrafts), or null: for a page with one such form. */
export function useFirstWithDraft<T>(candidates: readonly T[], keyOf: (candidate: T) => string): T | null {
  return useWithDrafts(candidates, keyOf)[0] ?? null;
}
