import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { clients } from '../schema';

const TUSSENVOEGSELS = "^((van|von|de|der|den|het|in|op|te|ten|ter|'t|la|le|du|d')\\s+)+";

/**
 * A last name as Dutch lists sort it: "de Groot" under G, so prefixes (tussenvoegsels) are skipped, and "Öztürk"
 * among the O's (search_fold, migration 0018, drops the accents). Every list of clients by name sorts on this, so that
 * a client is found in the same place everywhere. `column` defaults to clients.last_name; raw queries pass their own
 * alias (`c.last_name`).
 */
export function sortableLastName(column: SQL | typeof clients.lastName = clients.lastName): SQL {
  return sql`regexp_replace(search_fold(${column}), ${TUSSENVOEGSELS}, '')`;
}
