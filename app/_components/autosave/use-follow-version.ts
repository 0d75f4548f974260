'use client';

import { useLayoutEffect, useRef } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { followsVersion } from '@/lib/autosave/form-draft';

/**
 * Keeps an open form on its record's latest version when another control on the same page changed another part of
 * that record (lib/autosave/form-draft.ts, followsVersion): after "held", the session's notes still save instead of
 * being refused as changed elsewhere. Only the version moves; what the coach typed stays, unsaved, in the form. Not
 * while the form's own save is under way: it is looked at again once that save has answered.
 */
export function useFollowVersion<T extends FieldValues & { version: number }>(form: UseFormReturn<T>, record: T) {
  const last = useRef(record);
  const { isSubmitting } = form.formState;
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
      form.reset(record, {
        keepDirtyValues: true,
        keepDirty: true,
        keepErrors: true,
        keepTouched: true,
        keepIsSubmitted: true,
        keepSubmitCount: true,
      });
    }
  }, [record.version, isSubmitting]);
}
