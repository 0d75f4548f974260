'use client';

import type { ReactNode } from 'react';
import { useHydrated } from './use-hydrated';

/**
 * The server's HTML shows a form's fields before its code runs. Text typed into them then would be lost: no handler
 * keeps it as a draft, and the form's state (or react-hook-form's defaults) is written into the fields when the code
 * starts. So the fields stay disabled (a disabled fieldset, without a box of its own) until this part has hydrated:
 * on a slow phone the client sees the field greyed out for a moment instead of losing what they typed.
 */
export function HydrationGate({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    // role="none": a wrapper, not a group of its own (screen readers would announce an unnamed group at every control).
    <fieldset disabled={!hydrated} className="contents" role="none">
      {children}
    </fieldset>
  );
}
