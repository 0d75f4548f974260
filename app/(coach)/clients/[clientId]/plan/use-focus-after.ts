'use client';

import { useCallback, useEffect, useRef } from 'react';

/**
 * Where the focus goes once a step is done: the button pressed is gone (a card dismissed, a "show all" or "put back"
 * button) or was disabled meanwhile, and a keyboard user would otherwise start again at the top of the page. The
 * returned `focusNext(...ids)` names the candidates; the first of them that is there and enabled takes the focus once
 * nothing is `pending` (the refreshed page has rendered). No ids: nothing moves.
 */
export function useFocusAfter(pending: boolean): (...ids: string[]) => void {
  const focusAfter = useRef<string[]>([]);
  useEffect(() => {
    if (pending || focusAfter.current.length === 0) return;
    const target = focusAfter.current
      .map((id) => document.getElementById(id))
      .find((el): el is HTMLElement => el !== null && !el.matches(':disabled'));
    if (!target) return;
    focusAfter.current = [];
    target.focus();
  });
  return useCallback((...ids: string[]) => {
    focusAfter.current = ids;
  }, []);
}
