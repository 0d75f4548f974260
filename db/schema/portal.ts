import { foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clients } from './caseload';
import { createdAt, tenantId } from './columns';
import { practices } from './core';

const practiceRef = () =>
  uuid('practice_id')
    .notNull()
    .references(() => practices.id, { onDelete: 'cascade' });

/** Single-use sign-in links for the client portal (30 minutes). */
export const portalLinks = pgTable(
  'portal_links',
  {
    practiceId: practiceRef(),
    id: tenantId(),
    clientId: uuid('client_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** Where to go after signing in, a portal path such as /portal/homework/<id>. */
    redirectTo: text('redirect_to').notNull().default('/portal'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }).onDelete('cascade'),
    index('portal_links_token').on(t.practiceId, t.tokenHash),
  ],
);

/** A signed-in client's portal session (cookie `<practiceId>.<secret>`; only the hash is stored). */
export const portalSessions = pgTable(
  'portal_sessions',
  {
    practiceId: practiceRef(),
    id: tenantId(),
    clientId: uuid('client_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Idle timeout: a session unused for PORTAL_IDLE_TIMEOUT_MS ends, besides the absolute expires_at. */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }).onDelete('cascade'),
    index('portal_sessions_token').on(t.practiceId, t.tokenHash),
  ],
);

/** Not practice data: magic-link requests per (hashed) email, for rate limiting. */
export const portalLinkRequests = pgTable(
  'portal_link_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    emailKey: text('email_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('portal_link_requests_email_time').on(t.emailKey, t.createdAt)],
);
