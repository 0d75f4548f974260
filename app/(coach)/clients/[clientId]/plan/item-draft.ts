'use client';

import { useEffect, useState } from 'react';
import { hasFormDraft } from '@/lib/autosave/draft-key';

/**
 * The keys under which this browser keeps an item form's unsaved text (use-form-draft.ts): a plan is often written
 * during a session, so a reload or a crash must not lose it. Kept apart from the form itself, whose code loads only
 * when a form opens (lazy-item-form.tsx).
 */
export const planItemDraftKey = {
  create: (clientId: string) => `plan-item:new:${clientId}`,
  edit: (itemId: string) => `plan-item:${itemId}`,
};

/**
 * The first of `candidates` whose form this browser holds a draft for, looked up once after hydration (storage is
 * not there on the server): the plan then opens that folded form, and the form puts the text back.
 */
export function useFirstWithDraft<T>(candidates: readonly T[], keyOf: (candidate: T) => string): T | null {
  const [found, setFound] = useState<{ value: T } | null>(null);
  // Once, on the plan as it was loaded; `candidates` is a new array on every render.
  const [initial] = useState(() => ({ candidates, keyOf }));
  useEffect(() => {
    let storage: Storage | null = null;
    try {
      storage = window.localStorage;
    } catch {
      // Storage blocked: no drafts to look for.
    }
    const hit = initial.candidates.find((c) => hasFormDraft(storage, initial.keyOf(c)));
    if (hit !== undefined) setFound({ value: hit });
  }, [initial]);
  return found ? found.value : null;
}
