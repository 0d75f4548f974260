import 'server-only';
import type { SQL } from 'drizzle-orm';
import { clients } from '../schema';
import { lastNameOrderKey } from '../schema/name-order';

/**
 * A last name as Dutch lists sort it (db/schema/name-order.ts). `column` defaults to clients.last_name; raw queries
 * pass their own alias (`c.last_name`).
 */
export function sortableLastName(column: SQL | typeof clients.lastName = clients.lastName): SQL {
  return lastNameOrderKey(column);
}
