import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import type { Executor } from '@/db/client';
import { findClientForAccess, practiceCoachVisibility } from '@/db/queries/client-access';
import { type Actor, GuardError } from './guards';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AccessibleClient = NonNullable<Awaited<ReturnType<typeof findClientForAccess>>>;

/**
 * The client, if this coach may reach it: same practice, and assigned to them when the owner chose
 * "only assigned clients" (the owner sees all). Otherwise `not_found`, so nothing is revealed.
 */
export async function requireClientAccess(actor: Actor, clientId: string, ex?: Executor): Promise<AccessibleClient> {
  if (!UUID.test(clientId)) throw new GuardError('not_found');
  const client = await findClientForAccess(actor.practiceId, clientId, ex);
  if (!client) throw new GuardError('not_found');
  if (client.coachVisibility === 'assigned' && actor.role !== 'owner' && client.coachId !== actor.userId) {
    throw new GuardError('not_found');
  }
  return client;
}

/** For lists: the coach id every client query must be limited to, or null when the coach sees all. */
export const visibleCoachFilter = cache(async (actor: Actor): Promise<string | null> => {
  if (actor.role === 'owner') return null;
  // currentActor read the rule with the session check; an actor built elsewhere (scripts, tests) asks.
  const visibility = actor.coachVisibility ?? (await practiceCoachVisibility(actor.practiceId));
  return visibility === 'assigned' ? actor.userId : null;
});

// Once per request: a client page's layout and the page itself both check the client; cache() is keyed on primitives.
const clientAccessOnce = cache((practiceId: string, userId: string, role: Actor['role'], clientId: string) =>
  requireClientAccess({ practiceId, userId, role } as Actor, clientId),
);

/** requireClientAccess once per request (the layout's check): for pages, whose layout checked the same client. */
export function requireClientAccessOnce(actor: Actor, clientId: string): Promise<AccessibleClient> {
  return clientAccessOnce(actor.practiceId, actor.userId, actor.role, clientId);
}

/** For pages: an unreachable client is a 404, exactly like one that does not exist. */
export async function requireClientPage(actor: Actor, clientId: string): Promise<AccessibleClient> {
  try {
    return await requireClientAccessOnce(actor, clientId);
  } catch (error) {
    if (error instanceof GuardError) notFound();
    throw error;
  }
}
