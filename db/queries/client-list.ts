import 'server-only';
import { and, asc, desc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { CLIENT_PAGE_SIZE, type ClientListParams, containsPattern } from '@/lib/caseload/list-params';
import { type Executor, getDb } from '../client';
import { clients, employers, users } from '../schema';
import { sortableLastName } from './client-sort';

/**
 * Matches name or email (clients_search_trgm) or employer name (employers_name_trgm). Written as a union
 * of two id lookups on exactly the indexed expressions, so each side can use its trigram index. Both sides are
 * folded by search_fold (db/migrations/0018): whatever the case and accents, on any locale, "ozturk" finds "Öztürk".
 */
function searchCondition(practiceId: string, q: string): SQL {
  const pattern = sql`search_fold(${containsPattern(q)})`;
  return sql`${clients.id} in (
    select sc.id from clients sc
    where sc.practice_id = ${practiceId} and search_fold(sc.first_name || ' ' || sc.last_name || ' ' || sc.email) like ${pattern}
    union
    select sc.id from clients sc join employers se on se.practice_id = sc.practice_id and se.id = sc.employer_id
    where se.practice_id = ${practiceId} and search_fold(se.name) like ${pattern}
  )`;
}

/**
 * Clients by name as the client list sorts them: last name without its prefixes, then first name, each folded
 * (search_fold) so that "Émile" and "Öztürk" sort among the E's and O's and not after the Z. The employer's page too.
 */
export function clientNameOrder(dir: typeof asc = asc): SQL[] {
  return [dir(sortableLastName()), dir(sql`search_fold(${clients.firstName})`)];
}

function orderBy(params: ClientListParams): SQL[] {
  const dir = params.dir === 'desc' ? desc : asc;
  switch (params.sort) {
    case 'status':
      return [dir(sql`array_position(array['new','intake','active','paused','closed'], ${clients.status}::text)`), ...clientNameOrder(asc)];
    case 'start':
      return [
        params.dir === 'desc' ? sql`${clients.startDate} desc nulls last` : sql`${clients.startDate} asc nulls last`,
        ...clientNameOrder(asc),
      ];
    case 'created':
      return [dir(clients.createdAt)];
    default:
      return clientNameOrder(dir);
  }
}

/**
 * One page of the clients list with the total, in one query whatever the number of rows: employer and
 * coach come from joins, the total from a window function. `coachId` restricts to one coach's clients.
 */
export async function listClients(practiceId: string, params: ClientListParams, coachId: string | null, ex: Executor = getDb()) {
  const where: SQL[] = [eq(clients.practiceId, practiceId)];
  if (params.status === 'archived') where.push(isNotNull(clients.archivedAt));
  else where.push(isNull(clients.archivedAt));
  if (params.status !== 'all' && params.status !== 'archived') where.push(eq(clients.status, params.status));
  if (coachId) where.push(eq(clients.coachId, coachId));
  if (params.coach) where.push(eq(clients.coachId, params.coach));
  if (params.q) where.push(searchCondition(practiceId, params.q));

  const rows = await ex
    .select({
      id: clients.id,
      firstName: clients.firstName,
      lastName: clients.lastName,
      email: clients.email,
      jobTitle: clients.jobTitle,
      status: clients.status,
      startDate: clients.startDate,
      onSickLeave: clients.onSickLeave,
      archivedAt: clients.archivedAt,
      employerId: clients.employerId,
      employerName: employers.name,
      coachName: users.name,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(clients)
    .leftJoin(employers, and(eq(employers.practiceId, clients.practiceId), eq(employers.id, clients.employerId)))
    .leftJoin(users, and(eq(users.practiceId, clients.practiceId), eq(users.id, clients.coachId)))
    .where(and(...where))
    .orderBy(...orderBy(params), asc(clients.id))
    .limit(CLIENT_PAGE_SIZE)
    .offset((params.page - 1) * CLIENT_PAGE_SIZE);
  return { rows, total: rows[0]?.total ?? 0 };
}

export type ClientListRow = Awaited<ReturnType<typeof listClients>>['rows'][number];
