import 'server-only';
import { and, asc, desc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { CLIENT_PAGE_SIZE, type ClientListParams, containsPattern } from '@/lib/caseload/list-params';
import { type Executor, getDb } from '../client';
import { clients, employers, users } from '../schema';
import { firstNameOrderKey } from '../schema/name-order';
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
  return [dir(sortableLastName()), dir(firstNameOrderKey(clients.firstName))];
}

/** With the id last, so that equal names keep one order from page to page. */
function orderBy(params: ClientListParams): SQL[] {
  const dir = params.dir === 'desc' ? desc : asc;
  switch (params.sort) {
    case 'status':
      return [
        dir(sql`array_position(array['new','intake','active','paused','closed'], ${clients.status}::text)`),
        ...clientNameOrder(asc),
        asc(clients.id),
      ];
    case 'start':
      return [
        params.dir === 'desc' ? sql`${clients.startDate} desc nulls last` : sql`${clients.startDate} asc nulls last`,
        ...clientNameOrder(asc),
        asc(clients.id),
      ];
    case 'created':
      return [dir(clients.createdAt), asc(clients.id)];
    default:
      // The id in the same direction: the index clients_name_order is then read forwards or backwards, never sorted.
      return [...clientNameOrder(dir), dir(clients.id)];
  }
}

/**
 * One page of the clients list with the total, in one statement whatever the number of rows. The page is chosen from
 * the clients alone (with the total from a window function), so that the name order is read from its index rather
 * than sorting the whole practice (6 ms at 2,000 clients, 2 ms this way); employer and coach are joined to its 25
 * rows. `coachId` restricts to one coach's clients.
 */
export async function listClients(practiceId: string, params: ClientListParams, coachId: string | null, ex: Executor = getDb()) {
  const where: SQL[] = [eq(clients.practiceId, practiceId)];
  if (params.status === 'archived') where.push(isNotNull(clients.archivedAt));
  else where.push(isNull(clients.archivedAt));
  if (params.status !== 'all' && params.status !== 'archived') where.push(eq(clients.status, params.status));
  if (coachId) where.push(eq(clients.coachId, coachId));
  if (params.coach) where.push(eq(clients.coachId, params.coach));
  if (params.q) where.push(searchCondition(practiceId, params.q));

  const order = orderBy(params);
  const page = ex
    .select({
      id: clients.id,
      total: sql<number>`(count(*) over ())::int`.as('total'),
    })
    .from(clients)
    .where(and(...where))
    .orderBy(...order)
    .limit(CLIENT_PAGE_SIZE)
    .offset((params.page - 1) * CLIENT_PAGE_SIZE)
    .as('page');
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
      total: page.total,
    })
    .from(page)
    .innerJoin(clients, and(eq(clients.practiceId, practiceId), eq(clients.id, page.id)))
    .leftJoin(employers, and(eq(employers.practiceId, clients.practiceId), eq(employers.id, clients.employerId)))
    .leftJoin(users, and(eq(users.practiceId, clients.practiceId), eq(users.id, clients.coachId)))
    // The same order again, on the joined 25 rows only (a row_number() over the practice would sort all of it again).
    .orderBy(...order);
  return { rows, total: rows[0]?.total ?? 0 };
}

export type ClientListRow = Awaited<ReturnType<typeof listClients>>['rows'][number];
