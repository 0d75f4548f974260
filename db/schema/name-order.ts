import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * A literal, not a bound parameter: the index clients_name_order is on this very expression, and PostgreSQL matches an
 * index expression only to a constant (a generic plan with `$1` in its place would sort the whole practice again). No
 * backslash in it (`[[:space:]]`, not `\s`): in a literal that would depend on standard_conforming_strings. Only the
 * straight apostrophe (`''t`, `d''`): the pattern runs on search_fold's text, which spells the apostrophes phones type
 * (’ ‘ ʼ ′) as ' (migration 0025), so "’t Hart" and "‘t Hart" sort under H too. "d'" is a prefix with or without a
 * space after it: "d'Ancona", as the name is mostly written, sorts under A (migration 0028).
 */
const TUSSENVOEGSELS = sql.raw(`'^((van|von|de|der|den|het|in|op|te|ten|ter|''t|la|le|du)[[:space:]]+|d''[[:space:]]*)+'`);

/**
 * A last name as Dutch lists sort it: "de Groot" under G, so prefixes (tussenvoegsels) are skipped, and "Öztürk"
 * among the O's (search_fold, migration 0018, drops the accents). Every list of clients by name sorts on this, so that
 * a client is found in the same place everywhere. Raw queries pass their own alias (`c.last_name`). Here, not in
 * db/queries, because the schema's index is built on it too.
 */
export function lastNameOrderKey(column: SQL | AnyPgColumn): SQL {
  return sql`regexp_replace(search_fold(${column}), ${TUSSENVOEGSELS}, '')`;
}

/** The first name as the same lists sort it (accents folded). */
export function firstNameOrderKey(column: SQL | AnyPgColumn): SQL {
  return sql`search_fold(${column})`;
}
