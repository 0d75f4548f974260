'use client';

import { useEffect, useMemo, useState } from 'react';
import type { RestoredDraft } from '@/app/_components/autosave/use-form-draft';
import { FormDraftStore } from '@/lib/autosave/form-draft';
import { browserStorage } from '@/lib/autosave/pending-store';

/**
 * A short key per link, so a manager with links for two employees keeps two drafts, without writing the link's secret
 * into the browser's storage (a 32-bit string hash of the token: enough to tell links apart, useless as a link).
 */
export function commentDraftKey(token: string): string {
  let hash = 0;
  for (let i = 0; i < token.length; i++) hash = (Math.imul(hash, 31) + token.charCodeAt(i)) | 0;
  return `share-comment:${(hash >>> 0).toString(36)}`;
}

/** What the box holds, and the id the page made for that comment (lib/ids/request-id.ts). */
export type CommentDraft = { comment: string; requestId: string };

/**
 * The employer's comment as it is typed, kept in this browser until it is sent: a reload, a dropped connection or a
 * closed tab on a phone loses nothing (FormDraftStore, the coach forms' drafts). `restored` is set when it was put back.
 * The comment's id is kept with it, so that sending it again after a reload is still the same comment.
 */
export function useCommentDraft(token: string, restore: (draft: CommentDraft) => void) {
  const store = useMemo(() => new FormDraftStore<CommentDraft>(browserStorage(), commentDraftKey(token)), [token]);
  const [restored, setRestored] = useState<RestoredDraft | null>(null);
  useEffect(() => {
    const draft = store.read();
    if (!draft?.values.comment) return;
    restore(draft.values);
    setRestored({ savedAt: new Date(draft.savedAt), savedElsewhere: false });
  }, [store, restore]);
  return {
    restored,
    keep: (draft: CommentDraft) => (draft.comment.trim() ? store.write(draft, 0) : store.clear()),
    sent: () => {
      store.clear();
      setRestored(null);
    },
  };
}
