import 'server-only';
import { listClients } from '@/db/queries/client-list';
import { listCoaches } from '@/db/queries/users';
import { visibleCoachFilter } from '@/lib/auth/client-access';
import type { Actor } from '@/lib/auth/guards';
import type { ClientListParams } from '@/lib/caseload/list-params';

/**
 * Everything the clients list shows, in a fixed number of queries whatever the number of clients:
 * the visibility rule, one page with its total, and the coaches for the filter.
 */
export async function loadClientList(actor: Actor, params: ClientListParams) {
  const onlyCoach = await visibleCoachFilter(actor);
  const [page, coaches] = await Promise.all([
    listClients(actor.practiceId, params, onlyCoach),
    onlyCoach ? Promise.resolve([]) : listCoaches(actor.practiceId),
  ]);
  return { ...page, coaches, restricted: Boolean(onlyCoach) };
}
