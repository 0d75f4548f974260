'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import { draftDiffers, type FoundDraft, restoredValues, TabDraftStore, typedSince } from '@/lib/autosave/form-draft';
import { browserStorage } from '@/lib/autosave/pending-store';
import { browserTabClaim, browserTabId } from '@/lib/autosave/tab-id';
import { heldLocks, holdLock } from '@/lib/autosave/tab-lock';
import { useDraftOwner } from './draft-owner';

const WRITE_AFTER_MS = 300;
/** The sign-outs the coach was asked about already (one question per click, not one per form on the page). */
const asked = new WeakSet<Event>();

export type RestoredDraft = { savedAt: Date; savedElsewhere: boolean };

/**
 * Keeps a form's unsaved values in this browser while the coach types (lib/autosave/form-draft.ts) and puts them back
 * on the next visit, so a reload, a crash, a dropped connection or a server restart loses nothing. `restored` says when
 * that happened (for DraftRestoredNotice); call `clear` after a successful save. A form for a new record has no
 * `version`: its draft is kept under 0. A form whose record's version is not one of its values (the questionnaire
 * editor) passes it as `version`.
 *
 * The draft is the signed-in coach's (DraftOwnerProvider, given by the coach area's layouts) and this tab's: another
 * coach on this browser never finds it, and a save in one tab leaves another tab's unsaved text alone. A page load puts
 * back this tab's own draft (a reload), or else the newest another tab of this coach left behind (a tab closed, or gone
 * on to another page: lib/autosave/tab-lock.ts), which this tab then keeps. Outside the coach area no draft is kept at
 * all: one another person could open is worse than none. After a sign-out in this browser (another tab) a form opened
 * before it writes no draft any more.
 */
export function useFormDraft<T extends FieldValues & { version?: number }>(
  form: UseFormReturn<T>,
  key: string,
  options: { version?: number } = {},
) {
  const owner = useDraftOwner();
  // When the form opened with its values: a sign-out after that ends its draft (TabDraftStore).
  const [openedAt] = useState(() => Date.now());
  const store = useMemo(() => {
    const storage = owner ? browserStorage() : null;
    // The id stored for this tab, at once; the claimed one (another, in a duplicated tab) follows below.
    return new TabDraftStore<T>(storage, owner ?? '', key, storage ? browserTabId() : '', { openedAt });
  }, [owner, key, openedAt]);
  const [restored, setRestored] = useState<RestoredDraft | null>(null);
  const checked = useRef<TabDraftStore<T> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const version = useRef(options.version);
  version.current = options.version;
  const t = useTranslations('autosave');
  const signOutQuestion = useRef('');
  signOutQuestion.current = t('signOutUnsaved');

  useEffect(() => {
    // Once per form: a later run would find the restored values equal to the draft and forget it.
    if (checked.current === store) return;
    checked.current = store;
    const current = form.getValues();
    /** Puts back the first of `found` that holds something the record does not; drops those that hold nothing. */
    const restoreFirst = (found: FoundDraft<T>[]) => {
      for (const candidate of found) {
        const { draft } = candidate;
        const restoredTo = restoredValues(draft.values, current, draft.base);
        if (draftDiffers(restoredTo, current)) {
          // On top of the record as it is now (what the coach typed, not what others changed since); the notice says
          // when it was saved elsewhere in the meantime. Another tab's draft is this tab's from now on.
          store.takeOver(candidate);
          form.reset(restoredTo, { keepDefaultValues: true, keepFieldsRef: true });
          setRestored({ savedAt: new Date(draft.savedAt), savedElsewhere: draft.version !== (version.current ?? current.version ?? 0) });
          return true;
        }
        store.drop(candidate);
      }
      return false;
    };
    // A reload: what this tab typed. Otherwise the newest draft of this record another tab of this coach left behind.
    const candidates = store.candidates();
    if (restoreFirst(candidates.filter((found) => found.own))) return;
    if (!candidates.some((found) => !found.own)) return;
    const before = JSON.stringify(current);
    void Promise.all([heldLocks(), browserTabClaim()]).then(([open, id]) => {
      // Typed here meanwhile (the look-up takes a moment): that stays, and the other draft where it is.
      if (JSON.stringify(form.getValues()) !== before) return;
      // Taken over under this tab's claimed id: in a duplicated tab the stored one is the other tab's.
      store.moveTo(id);
      restoreFirst(store.leftBehind(open));
    });
  }, [store, form]);

  useEffect(() => {
    // Nothing is written before this tab's id is claimed (lib/autosave/tab-id.ts): a duplicated tab's stored id is the
    // other tab's, whose draft it would overwrite. The claim answers within moments of the page's load.
    let claimed = !store.active;
    let missed = false;
    const keep = () => {
      timer.current = undefined;
      if (!claimed) {
        missed = true;
        return;
      }
      const values = form.getValues();
      const saved = form.formState.defaultValues as T | undefined;
      if (saved && !draftDiffers(values, saved)) store.clear();
      // The base only for a record's form (one with a version), which someone else may change meanwhile; a new record's
      // form restores its draft whole (its defaults after a save are the last choices, not a record).
      else {
        const recordVersion = version.current ?? values.version;
        store.write(values, recordVersion ?? 0, Date.now(), recordVersion === undefined ? undefined : saved);
      }
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
    // While the form is open here, other tabs leave its draft alone (lib/autosave/tab-lock.ts): held under this tab's
    // claimed id. A duplicated tab that put back the draft it was copied with keeps that text under its own id now.
    let live = true;
    let release = () => {};
    if (store.active) {
      void browserTabClaim().then((id) => {
        if (!live) return;
        claimed = true;
        if (store.moveTo(id) || missed || timer.current !== undefined) {
          clearTimeout(timer.current);
          keep();
        }
        release = holdLock(store.ownKey);
      });
    }
    return () => {
      live = false;
      release();
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [store, form]);

  useEffect(() => {
    if (!store.active) return;
    // Signing out forgets this browser's drafts (a shared laptop keeps none): with text here not yet saved, the coach is
    // asked first, and can stay to save it. Before React's own handling of the sign-out form (capture, on the document).
    const onSubmit = (event: SubmitEvent) => {
      if (!(event.target instanceof HTMLFormElement) || event.target.dataset.signOut === undefined || asked.has(event)) return;
      const saved = form.formState.defaultValues as T | undefined;
      if (!saved || !draftDiffers(form.getValues(), saved)) return;
      // Asked once, however many forms on the page hold unsaved text.
      asked.add(event);
      if (window.confirm(signOutQuestion.current)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    document.addEventListener('submit', onSubmit, true);
    return () => document.removeEventListener('submit', onSubmit, true);
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
     * draft; only when nothing was does the draft go. Whether something typed meanwhile stayed (a form that closes
     * after a save stays open then).
     */
    saved: (sent: T, saved: T): boolean => {
      const now = form.getValues();
      const typed = typedSince(now, sent);
      // The fields stay registered: without keepFieldsRef react-hook-form forgets them until the next render, and a key
      // pressed in between (the save's answer lands while the coach types) would be dropped from the field.
      form.reset(saved, { keepFieldsRef: true });
      if (typed.length === 0) {
        clear();
        return false;
      }
      setRestored(null);
      for (const key of typed) form.setValue(key as Path<T>, now[key] as PathValue<T, Path<T>>, { shouldDirty: true });
      return true;
    },
  };
}
