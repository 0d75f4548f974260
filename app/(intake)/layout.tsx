import type { ReactNode } from 'react';
import { DraftOwnerProvider } from '@/app/_components/autosave/draft-owner';
import { ClientMessages } from '@/app/_components/client-messages';
import { requireCoachPage } from '@/lib/auth/guards';

/** The live intake: full screen, without the coach navigation, so nothing distracts during the session. */
export default async function IntakeLayout({ children }: { children: ReactNode }) {
  const actor = await requireCoachPage();
  return (
    <ClientMessages area="intake">
      {/* The answers queued in this browser are this coach's own (use-autosave.ts). */}
      <DraftOwnerProvider owner={actor.userId}>
        <div className="flex min-h-screen flex-col bg-slate-50">{children}</div>
      </DraftOwnerProvider>
    </ClientMessages>
  );
}
