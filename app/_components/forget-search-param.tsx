'use client';

import { useEffect } from 'react';

/**
 * Takes a one-time parameter out of the address once its page has shown it (a notice after an action), so that a
 * reload, the back button or a bookmark does not show that notice again. Next's router follows `history.replaceState`.
 */
export function ForgetSearchParam({ name }: { name: string }) {
  useEffect(() => {
    const url = new URL(window.location.href);
    if (!url.searchParams.has(name)) return;
    url.searchParams.delete(name);
    window.history.replaceState(window.history.state, '', url);
  }, [name]);
  return null;
}
