import type { ReactNode } from 'react';

/**
 * A plain sign-out form: it works before hydration and without JavaScript. It does not forget the answers queued in this
 * browser itself: the page reached after signing out does (ClearPendingAnswers), so a sign-out that never reached the
 * server (offline on a train) keeps answers that were not sent yet, and a shared device still keeps none after it.
 */
export function SignOutForm({ action, className, children }: { action: () => Promise<void>; className?: string; children: ReactNode }) {
  return (
    // data-sign-out: a form with unsaved text asks before the sign-out forgets it (use-form-draft.ts).
    <form action={action} className={className} data-sign-out="">
      {children}
    </form>
  );
}
