/**
 * The earliest date anything in a client's trajectory can have: its start, a session, its closing. No practice keeps
 * records of trajectories from before it; an earlier date is a typing error (0202, 1926 instead of 2026). A module
 * of its own, without message keys, so the client and the session checks share it without sharing their texts
 * (lib/i18n/client-scan.ts sends every key a form's modules name to the browser).
 */
export const EARLIEST_DATE = '2000-01-01';
