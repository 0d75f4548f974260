import type { ReactNode } from 'react';
import { requireCoachPage } from '@/lib/auth/guards';

/** The live intake: full screen, without the coach navigation, so nothing distracts during the session. */
export default async function IntakeLayout({ children }: { children: ReactNode }) {
  await requireCoachPage();
  return <div className="flex min-h-screen flex-col bg-slate-50">{children}</div>;
}
