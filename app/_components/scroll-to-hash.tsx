'use client';

import { useEffect } from 'react';

/**
 * Brings the section `id` into view, with the focus on `focusId`, when the address ends in `#id`. The browser's own jump
 * to the anchor happens while the page still streams in, and the sections above it change height after that; this runs
 * once the section is there and hydrated, so a link like "Naar toestemming" lands on it, for the keyboard too.
 */
export function ScrollToHash({ id, focusId }: { id: string; focusId: string }) {
  useEffect(() => {
    if (window.location.hash !== `#${id}`) return;
    const target = document.getElementById(focusId);
    document.getElementById(id)?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [id, focusId]);
  return null;
}
