'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import { draftDiffers, FormDraftStore, restoredValues, typedSince } from '@/lib/autosave/form-draft';
import { browserStorage } from '@/lib/autosave/pending-store';

const WRITE_AFTER_MS = 300;

export type RestoredDraft = { savedAt: Date; savedElsewhere: boolean };

/**
 * Keeps a form's unsaved values in this browser while the coach types (lib/autosave/form-draft.ts) and puts them back
 * on the next visit, so a reload, a crash, a dropped connection or a server restart loses nothing. `restored` says when
 * that happened (for DraftRestoredNotice); call `clear` after a successful save. A form for a new record has no
 * `version`: its draft is kept under 0.
 */
export function useFormDraft<T extends FieldValues & { version?: number }>(form: UseFormReturn<T>, key: string) {
  const store = useMemo(() => new FormDraftStore<T>(browserStorage(), key), [key]);
  const [restored, setRestored] = useState<RestoredDraft | null>(null);
  const checked = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    // Once per form: a later run would find the restored values equal to the draft and forget it.
    if (checked.current === key) return;
    checked.current = key;
    const draft = store.read();
    const current = form.getValues();
    const restoredTo = draft ? restoredValues(draft.values, current, draft.base) : null;
    if (draft && restoredTo && draftDiffers(restoredTo, current)) {
      // On top of the record as it is now (what the coach typed, not what others changed since); the notice says when
      // it was saved elsewhere in the meantime.
      form.reset(restoredTo, { keepDefaultValues: true });
      setRestored({ savedAt: new Date(draft.savedAt), savedElsewhere: draft.version !== (current.version ?? 0) });
    } else if (draft) {
      store.clear();
    }
  }, [store, form, key]);

  useEffect(() => {
    const keep = () => {
      timer.current = undefined;
      const values = form.getValues();
      const saved = form.formState.defaultValues as T | undefined;
      if (saved && !draftDiffers(values, saved)) store.clear();
      // The base only for a record's form (one with a version), which someone else may change meanwhile; a new record's
      // form restores its draft whole (its defaults after a save are the last choices, not a record).
      else store.write(values, values.version ?? 0, Date.now(), values.version === undefined ? undefined : saved);
    };
    const subscription = form.watch(() => {
      clearTimeout(timer.current);
      timer.current = setTimeout(keep, WRITE_AFTER_MS);
    });
    // A tab closed within the wait still keeps the last keystrokes.
    const flush = () => {
      if (timer.current !== undefined) {
        clearTimeout(timer.current);
        keep();
      }
    };
    window.addEventListener('pagehide', flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [store, form]);

  /** After a save, or when the coach cancels: a write still waiting is dropped too, so nothing comes back. */
  const clear = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    store.clear();
    setRestored(null);
  };
  return {
    restored,
    clear,
    /**
     * After a save of `sent`, for a form that stays open: `saved` (what was sent, at the record's new version) becomes
     * the form's saved state. What the coach typed while the save was on its way stays in its field, unsaved and in the
     * draft; only when nothing was does the draft go.
     */
    saved: (sent: T, saved: T) => {
      const now = form.getValues();
      const typed = typedSince(now, sent);
      form.reset(saved);
      if (typed.length === 0) return clear();
      setRestored(null);
      for (const key of typed) form.setValue(key as Path<T>, now[key] as PathValue<T, Path<T>>, { shouldDirty: true });
    },
  };
}
