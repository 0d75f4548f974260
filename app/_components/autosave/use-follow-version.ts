'use client';

import { useEffect, useLayoutEffect, useRef } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { followsVersion } from '@/lib/autosave/form-draft';

const VERSION_EVENT = 'balanspunt:record-version';

/** What a form keeps when only its base moves: what was typed (still marked unsaved), its errors and submit state. */
const KEEP_TYPED = {
  keepDirtyValues: true,
  keepDirty: true,
  keepErrors: true,
  keepTouched: true,
  keepIsSubmitted: true,
  keepSubmitCount: true,
} as const;

/** A form saved a record that other forms on the page also save (`channel`): they take its new version at once. */
export function announceVersion(channel: string, version: number) {
  window.dispatchEvent(new CustomEvent(VERSION_EVENT, { detail: { key: channel, version } }));
}

/**
 * Keeps an open form on its record's latest version when another control on the same page changed another part of
 * that record (lib/autosave/form-draft.ts, followsVersion): after "held", the session's notes still save instead of
 * being refused as changed elsewhere. Only the version moves; what the coach typed stays, unsaved, in the form. Not
 * while the form's own save is under way: it is looked at again once that save has answered.
 */
export function useFollowVersion<T extends FieldValues & { version: number }>(form: UseFormReturn<T>, record: T, channel?: string) {
  const last = useRef(record);
  const { isSubmitting } = form.formState;
  // A save of another form on this page for the same record (announceVersion) moves this one at once, without waiting
  // for the page's refresh: a save clicked here the moment the other one says "saved" is not refused as changed
  // elsewhere. Only the version moves, and only forward; the fields the other form saved are not this form's.
  useEffect(() => {
    if (!channel) return;
    const follow = (event: Event) => {
      const { key, version } = (event as CustomEvent<{ key: string; version: number }>).detail;
      if (key !== channel || form.formState.isSubmitting) return;
      if (version <= Number(form.getValues('version' as Path<T>))) return;
      const base = (form.formState.defaultValues ?? last.current) as T;
      form.reset({ ...base, version } as T, KEEP_TYPED);
    };
    window.addEventListener(VERSION_EVENT, follow);
    return () => window.removeEventListener(VERSION_EVENT, follow);
  }, [channel, form]);
  // Before the browser paints the new version's page: a save clicked the moment the page shows it already carries it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the server sends a new version (or a save ends), not on every render's new object.
  useLayoutEffect(() => {
    if (isSubmitting) return;
    const prev = last.current;
    last.current = record;
    const base = (form.formState.defaultValues ?? prev) as T;
    if (followsVersion(Number(form.getValues('version' as Path<T>)), base, prev, record)) {
      // The record as the server has it now (the same values, the newer version) becomes the form's base; fields the
      // coach changed keep what was typed and stay marked as unsaved, and the form's errors and submit state stay as
      // they are. (resetField would skip `version`: no input holds it.)
      form.reset(record, KEEP_TYPED);
    }
  }, [record.version, isSubmitting]);
}
