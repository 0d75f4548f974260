'use client';

import { useEffect } from 'react';
import { browserStorage, clearPendingAnswers } from '@/lib/autosave/pending-store';

/** Placed on a page reached after signing out: forgets queued answers even when the sign-out form ran without JavaScript. */
export function ClearPendingAnswers() {
  useEffect(() => {
    clearPendingAnswers(browserStorage());
  }, []);
  return null;
}
