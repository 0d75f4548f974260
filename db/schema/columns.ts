import { bigint, customType, timestamp, uuid } from 'drizzle-orm/pg-core';

export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
/** Every tenant table starts with these two; the primary key is (practice_id, id). */
export const tenantId = () => uuid('id').notNull().defaultRandom();
/**
 * Insertion order, for lists whose rows can share their moment (a change's lines, a transaction's entries): the tie
 * breaker after the time. By default, not always: a restore (db/backup/builtin.ts) writes the stored values back.
 */
export const insertionSeq = () => bigint('seq', { mode: 'number' }).notNull().generatedByDefaultAsIdentity();
