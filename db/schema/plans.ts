import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PLAN_CATEGORIES, PLAN_LEVELS, PLAN_OWNERS, PLAN_STATUSES } from '../../lib/plans/types';
import { clients, employerContacts } from './caseload';
import { createdAt, tenantId, updatedAt } from './columns';
import { practices, users } from './core';
import { measurements } from './intake';

const practiceRef = () =>
  uuid('practice_id')
    .notNull()
    .references(() => practices.id, { onDelete: 'cascade' });

/** One item of the client's living plan. Only `employer_wording` may ever reach the employer, and only once released. */
export const planItems = pgTable(
  'plan_items',
  {
    practiceId: practiceRef(),
    id: tenantId(),
    clientId: uuid('client_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** Null until written: an item without employer wording cannot be released. */
    employerWording: text('employer_wording'),
    /** Coach only: never in the portal, never for the employer. */
    rationale: text('rationale').notNull().default(''),
    category: text('category', { enum: PLAN_CATEGORIES }).notNull(),
    level: text('level', { enum: PLAN_LEVELS }).notNull(),
    owner: text('owner', { enum: PLAN_OWNERS }).notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    reviewDate: date('review_date', { mode: 'string' }),
    status: text('status', { enum: PLAN_STATUSES }).notNull().default('planned'),
    dimensions: text('dimensions').array().notNull().default([]),
    /** A suggestion rule's key, or 'manual'. */
    source: text('source').notNull().default('manual'),
    position: integer('position').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    // Lets releases reference (client, item) together: a release can only name an item of its own client.
    unique('plan_items_client_id').on(t.practiceId, t.clientId, t.id),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.practiceId, t.createdBy], foreignColumns: [users.practiceId, users.id] }),
    index('plan_items_client_position').on(t.practiceId, t.clientId, t.position),
  ],
);

/** A suggestion the coach dismissed: not proposed again for this measurement. */
export const planDismissedSuggestions = pgTable(
  'plan_dismissed_suggestions',
  {
    practiceId: practiceRef(),
    clientId: uuid('client_id').notNull(),
    measurementId: uuid('measurement_id').notNull(),
    suggestionKey: text('suggestion_key').notNull(),
    dismissedBy: uuid('dismissed_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.measurementId, t.suggestionKey] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }).onDelete('cascade'),
    // The measurement is this client's: a suggestion is dismissed for the client whose results it came from.
    foreignKey({
      name: 'plan_dismissed_suggestions_measurement_same_client_fk',
      columns: [t.practiceId, t.measurementId, t.clientId],
      foreignColumns: [measurements.practiceId, measurements.id, measurements.clientId],
    }).onDelete('cascade'),
  ],
);

/**
 * Append-only release history: each release stores the exact text released. A withdrawal sets
 * `withdrawn_at` (and why) on the open row; a new release is a new row. At most one open row per item.
 */
export const planReleases = pgTable(
  'plan_releases',
  {
    practiceId: practiceRef(),
    id: tenantId(),
    clientId: uuid('client_id').notNull(),
    itemId: uuid('item_id').notNull(),
    employerWording: text('employer_wording').notNull(),
    /** 'client' in the portal, or 'coach_in_session': the coach recorded a release the client gave in a session. */
    releasedBy: text('released_by', { enum: ['client', 'coach_in_session'] }).notNull(),
    recordedBy: uuid('recorded_by'),
    releasedAt: timestamp('released_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: text('withdrawn_by', {
      enum: ['client', 'coach_in_session', 'wording_changed', 'details_changed', 'item_dropped', 'consent_withdrawn', 'employer_changed'],
    }),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({
      columns: [t.practiceId, t.clientId, t.itemId],
      foreignColumns: [planItems.practiceId, planItems.clientId, planItems.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.practiceId, t.recordedBy], foreignColumns: [users.practiceId, users.id] }),
    index('plan_releases_item').on(t.practiceId, t.itemId, t.releasedAt),
    uniqueIndex('plan_releases_one_open').on(t.practiceId, t.itemId).where(sql`${t.withdrawnAt} is null`),
    index('plan_releases_client').on(t.practiceId, t.clientId),
  ],
);

/** A share link for one manager/HR contact. Only the sha256 of the token is stored. */
export const planShares = pgTable(
  'plan_shares',
  {
    practiceId: practiceRef(),
    id: tenantId(),
    clientId: uuid('client_id').notNull(),
    employerId: uuid('employer_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true })
      .notNull()
      .$defaultFn(() => new Date(Date.now() + 30 * 24 * 60 * 60 * 1000)),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    /** When the contact was last mailed that the employee shared something new (lib/plans/update-notice.ts). */
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    /** When the link's page was last shown, every time (an opening is counted once per half hour): what its contact has seen. */
    seenAt: timestamp('seen_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    // The guard looks a token up before it knows the practice (an index on the hash). Unique per practice so the
    // table can be distributed by practice (Citus); across practices a 256-bit token does not collide.
    unique('plan_shares_token_hash').on(t.practiceId, t.tokenHash),
    index('plan_shares_token_lookup').on(t.tokenHash),
    unique('plan_shares_client_id').on(t.practiceId, t.clientId, t.id),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }).onDelete('cascade'),
    // The contact must belong to the employer named here (the service checks it is the client's employer).
    // Never a cascade: a share carries the employer's openings, confirmations and comments in the client's history,
    // so a contact (or its employer) with a share, active or past, stays (lib/employers/service.ts refuses the removal).
    // NO ACTION rather than RESTRICT: checked at the end of the statement, so erasing a whole practice still works.
    foreignKey({
      columns: [t.practiceId, t.employerId, t.contactId],
      foreignColumns: [employerContacts.practiceId, employerContacts.employerId, employerContacts.id],
    }).onDelete('no action'),
    foreignKey({ columns: [t.practiceId, t.createdBy], foreignColumns: [users.practiceId, users.id] }),
    index('plan_shares_client').on(t.practiceId, t.clientId),
  ],
);

/** Every opening of a share page (audited too). */
export const planShareOpenings = pgTable(
  'plan_share_openings',
  {
    practiceId: practiceRef(),
    id: tenantId(),
    clientId: uuid('client_id').notNull(),
    shareId: uuid('share_id').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({
      columns: [t.practiceId, t.clientId, t.shareId],
      foreignColumns: [planShares.practiceId, planShares.clientId, planShares.id],
    }).onDelete('cascade'),
    index('plan_share_openings_client').on(t.practiceId, t.clientId, t.openedAt),
  ],
);

export const EMPLOYER_ACTION_KINDS = ['confirmed', 'status', 'comment'] as const;

/** What the employer did through a share link: confirmed the plan, set an item's status, or commented. */
export const planEmployerActions = pgTable(
  'plan_employer_actions',
  {
    practiceId: practiceRef(),
    id: tenantId(),
    clientId: uuid('client_id').notNull(),
    shareId: uuid('share_id').notNull(),
    kind: text('kind', { enum: EMPLOYER_ACTION_KINDS }).notNull(),
    itemId: uuid('item_id'),
    status: text('status', { enum: PLAN_STATUSES }),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({
      columns: [t.practiceId, t.clientId, t.shareId],
      foreignColumns: [planShares.practiceId, planShares.clientId, planShares.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.practiceId, t.clientId, t.itemId],
      foreignColumns: [planItems.practiceId, planItems.clientId, planItems.id],
    }).onDelete('cascade'),
    index('plan_employer_actions_client').on(t.practiceId, t.clientId, t.createdAt),
  ],
);

export type PlanItem = typeof planItems.$inferSelect;
export type PlanRelease = typeof planReleases.$inferSelect;
export type PlanShare = typeof planShares.$inferSelect;
export type PlanEmployerAction = typeof planEmployerActions.$inferSelect;
