'use client';

import { useEffect } from 'react';
import { keepFocusThroughDisabling } from './keep-focus';

/**
 * Marks the page as interactive (`html[data-hydrated]`): end-to-end tests wait for it before typing. It also keeps the
 * focus on a control that its own action disabled for a moment (./keep-focus.ts), on every page.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
    return keepFocusThroughDisabling(document);
  }, []);
  return null;
}
