import 'server-only';
import { notFound } from 'next/navigation';
import { getEmployer } from '@/db/queries/employers';
import type { Actor } from '@/lib/auth/guards';
import { isUuid } from '@/lib/ids';

/** The employer of the caller's practice, or a 404 (also for another practice's employer). */
export async function requireEmployerPage(actor: Actor, employerId: string) {
  if (!isUuid(employerId)) notFound();
  const employer = await getEmployer(actor.practiceId, employerId);
  if (!employer) notFound();
  return employer;
}
