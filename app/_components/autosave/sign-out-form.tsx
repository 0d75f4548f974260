'use client';

import type { ReactNode } from 'react';
import { browserStorage, clearPendingAnswers } from '@/lib/autosave/pending-store';

/**
 * A sign-out form that first forgets the answers queued in this browser, so a shared phone or laptop does
 * not keep them. Still a plain form: before hydration (or without JavaScript) signing out works as before.
 */
export function SignOutForm({ action, className, children }: { action: () => Promise<void>; className?: string; children: ReactNode }) {
  return (
    <form action={action} className={className} onSubmit={() => clearPendingAnswers(browserStorage())}>
      {children}
    </form>
  );
}
