'use client';

import { useEffect, useState } from 'react';
import { hasFormDraft } from '@/lib/autosave/draft-key';
import { heldLocks } from '@/lib/autosave/tab-lock';
import { useDraftOwner } from './draft-owner';

/**
 * The first of `candidates` whose form this browser holds a draft for (the signed-in coach's, from this tab or one that
 * no longer has the form open: the form takes it over, use-form-draft.ts), looked up once after hydration (storage is not there on the server): the page then
 * opens that folded form, and the form puts the text back.
 */
export function useFirstWithDraft<T>(candidates: readonly T[], keyOf: (candidate: T) => string): T | null {
  const owner = useDraftOwner();
  const [found, setFound] = useState<{ value: T } | null>(null);
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
      const hit = initial.candidates.find((c) => hasFormDraft(withStorage, owner, initial.keyOf(c), Date.now(), open));
      if (hit !== undefined) setFound({ value: hit });
    });
  }, [initial, owner]);
  return found ? found.value : null;
}
