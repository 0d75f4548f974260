import { bigint, integer, pgTable, varchar } from 'drizzle-orm/pg-core';

/**
 * Not practice data: the abuse limiter's counters (lib/security/rate-limit.ts). The shape is the one
 * rate-limiter-flexible's RateLimiterPostgres expects (key, points, expire in epoch ms); the limiter is told
 * the table exists and never creates it. Keys hold hashes, never an email or IP in clear.
 */
export const rateLimits = pgTable('rate_limits', {
  key: varchar('key', { length: 255 }).primaryKey(),
  points: integer('points').notNull().default(0),
  expire: bigint('expire', { mode: 'number' }),
});
