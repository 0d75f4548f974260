import type { ReactNode } from 'react';
import { ClientMessages } from '@/app/_components/client-messages';
import { IdleWatch } from '@/app/_components/idle-watch';
import { requireCoachPage } from '@/lib/auth/guards';

/** The live intake: full screen, without the coach navigation, so nothing distracts during the session. */
export default async function IntakeLayout({ children }: { children: ReactNode }) {
  await requireCoachPage();
  return (
    <ClientMessages area="intake">
      {/* The answers queued in this browser are this coach's own: the page gives the form its owner (MeasurementForm). */}
      <div className="flex min-h-screen flex-col bg-slate-50">{children}</div>
      <IdleWatch />
    </ClientMessages>
  );
}
