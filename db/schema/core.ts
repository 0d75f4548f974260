import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
// One list of languages (lib/i18n/locales.ts) for the app and the database enum.
import { locales } from '../../lib/i18n/locales';
import { bytea, createdAt, insertionSeq } from './columns';

export const roleEnum = pgEnum('user_role', ['owner', 'coach']);
export const localeEnum = pgEnum('locale', locales);

/**
 * The tenant root. Every table holding practice data carries practice_id and, where it is the
 * target of references, a primary key (practice_id, id), so the schema can be distributed by
 * practice (Citus) and a row can never point at another practice's row.
 */
export const practices = pgTable('practices', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  address: text('address').notNull().default(''),
  kvkNumber: text('kvk_number').notNull().default(''),
  reportColor: text('report_color').notNull().default('#0f766e'),
  logo: bytea('logo'),
  logoMime: text('logo_mime'),
  isDemo: boolean('is_demo').notNull().default(false),
  /** Whether coaches see every client of the practice or only those assigned to them (the owner sees all). */
  coachVisibility: text('coach_visibility', { enum: ['all', 'assigned'] })
    .notNull()
    .default('all'),
  /** Years after a trajectory is closed before the client is listed as due for erasure. */
  retentionYears: integer('retention_years').notNull().default(7),
  /** Which dimensions feed the demands and work-resources indices (lib/scoring/component-sets.ts). */
  indexComponentSet: text('index_component_set', { enum: ['jdr_wide', 'azw'] })
    .notNull()
    .default('jdr_wide'),
  /** The owner can require two-factor sign-in: coaches without it can only enrol until they have it. */
  requireTwoFactor: boolean('require_two_factor').notNull().default(false),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Small and looked up by email at sign-in: a reference table when distributed. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: roleEnum('role').notNull(),
    locale: localeEnum('locale').notNull().default('nl'),
    /** A deactivated coach cannot sign in and is out at the next request (the guards read this per request). */
    active: boolean('active').notNull().default(true),
    /**
     * Copied into the JWT at sign-in; the guards compare it per request. Raising it (password change or reset,
     * "sign out everywhere", deactivation, sign-out) ends every session issued before.
     */
    sessionVersion: integer('session_version').notNull().default(1),
    /** The TOTP secret, AES-256-GCM encrypted with a key derived from AUTH_SECRET (lib/auth/secret-box.ts). */
    totpSecret: text('totp_secret'),
    /** Set once the coach confirmed the secret with a code: from then on sign-in asks for one. */
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The last 30-second step a code was accepted for: a code works once (RFC 6238 §5.2). */
    totpLastStep: integer('totp_last_step'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_unique').on(sql`lower(${t.email})`), unique('users_practice_id_id').on(t.practiceId, t.id)],
);

export const invitations = pgTable(
  'invitations',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: roleEnum('role').notNull().default('coach'),
    locale: localeEnum('locale').notNull().default('nl'),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    uniqueIndex('invitations_token_hash').on(t.practiceId, t.tokenHash),
    index('invitations_token_lookup').on(t.tokenHash),
    foreignKey({ columns: [t.practiceId, t.invitedBy], foreignColumns: [users.practiceId, users.id] }).onDelete('cascade'),
  ],
);

export const passwordResets = pgTable(
  'password_resets',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('password_resets_token_lookup').on(t.tokenHash),
    foreignKey({ columns: [t.practiceId, t.userId], foreignColumns: [users.practiceId, users.id] }).onDelete('cascade'),
  ],
);

/** One-time recovery codes for two-factor sign-in: sha256 with a per-code salt (the codes are random, ~49 bits). */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    salt: text('salt').notNull(),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('recovery_codes_user').on(t.practiceId, t.userId),
    foreignKey({ columns: [t.practiceId, t.userId], foreignColumns: [users.practiceId, users.id] }).onDelete('cascade'),
  ],
);

/** Mails kept when no SMTP server is configured (the embedded default). */
export const outbox = pgTable(
  'outbox',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    /** The client the mail is about (to them, or to their manager about their plan): an erasure deletes it by this too,
     * also when it went to an address the client no longer has. No foreign key: the client row goes first. */
    clientId: uuid('client_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('outbox_practice_time').on(t.practiceId, t.createdAt),
    index('outbox_client').on(t.practiceId, t.clientId),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    actorUserId: uuid('actor_user_id'),
    actorKind: text('actor_kind', { enum: ['coach', 'client', 'employer', 'system'] }).notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: uuid('entity_id'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    ip: text('ip'),
    createdAt: createdAt(),
    // The order entries were written in: a transaction's entries share created_at (now()), and the ids are random.
    seq: insertionSeq(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    // The log's page order (db/queries/audit.ts searchAudit), read from the index as it is.
    index('audit_practice_time').on(t.practiceId, t.createdAt, t.seq),
    // The daily prune erases the IP of entries past their retention (lib/security/prune.ts): only those still with one.
    index('audit_ip_kept').on(t.createdAt).where(sql`${t.ip} is not null`),
  ],
);

export type Practice = typeof practices.$inferSelect;
export type User = typeof users.$inferSelect;
export type Role = (typeof roleEnum.enumValues)[number];
export type Invitation = typeof invitations.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
