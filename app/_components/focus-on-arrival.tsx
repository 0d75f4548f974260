'use client';

import { useEffect } from 'react';

const KEY = 'focus-on-arrival';

/**
 * Asks the next render of the page to move the focus to the element `id`: for an action whose result the server renders
 * in place of the control that was pressed (a submitted form becomes a note), so that the focus does not fall to the
 * page and a screen reader reads the outcome. Kept in sessionStorage, so it survives the refresh and nothing else.
 */
export function requestFocusOnArrival(id: string): void {
  try {
    window.sessionStorage.setItem(KEY, id);
  } catch {
    // Storage blocked: the outcome is still shown, only not focused.
  }
}

/** Put beside the element `id` (with tabIndex -1): focuses it when an action asked for that, and only then. */
export function FocusOnArrival({ id }: { id: string }) {
  useEffect(() => {
    try {
      if (window.sessionStorage.getItem(KEY) !== id) return;
      window.sessionStorage.removeItem(KEY);
    } catch {
      return;
    }
    const target = document.getElementById(id);
    target?.scrollIntoView({ block: 'nearest' });
    target?.focus({ preventScroll: true });
  }, [id]);
  return null;
}
