import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
// The lists live in lib (one source, usable in the browser); the columns take them from there.
import { CLIENT_STATUSES, CONSENT_KINDS, CONTACT_ROLES, REFERRAL_ROUTES } from '../../lib/caseload/constants';
import { createdAt, insertionSeq, tenantId, updatedAt } from './columns';
import { localeEnum, practices, users } from './core';
import { firstNameOrderKey, lastNameOrderKey } from './name-order';

const practiceRef = () =>
  uuid('practice_id')
    .notNull()
    .references(() => practices.id, { onDelete: 'cascade' });

export const employers = pgTable(
  'employers',
  {
    practiceId: practiceRef(),
    id: tenantId(),
    name: text('name').notNull(),
    address: text('address').notNull().default(''),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('employers_name_trgm').using('gin', sql`search_fold(${t.name}) gin_trgm_ops`),
  ],
);

export const employerContacts = pgTable(
  'employer_contacts',
  {
    practiceId: practiceRef(),
    id: tenantId(),
    employerId: uuid('employer_id').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: CONTACT_ROLES }).notNull(),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    locale: localeEnum('locale').notNull().default('nl'),
    /** Optimistic concurrency, like clients and employers: an edit of an older version is refused as stale. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    // Lets clients reference (employer, manager) together: a manager of another employer cannot be linked.
    unique('employer_contacts_employer_id').on(t.practiceId, t.employerId, t.id),
    foreignKey({ columns: [t.practiceId, t.employerId], foreignColumns: [employers.practiceId, employers.id] }).onDelete('cascade'),
    index('employer_contacts_employer').on(t.practiceId, t.employerId),
  ],
);

export const clients = pgTable(
  'clients',
  {
    practiceId: practiceRef(),
    id: tenantId(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email').notNull(),
    phone: text('phone').notNull().default(''),
    jobTitle: text('job_title').notNull().default(''),
    employerId: uuid('employer_id'),
    managerContactId: uuid('manager_contact_id'),
    coachId: uuid('coach_id').notNull(),
    status: text('status', { enum: CLIENT_STATUSES }).notNull().default('new'),
    startDate: date('start_date', { mode: 'string' }),
    referralRoute: text('referral_route', { enum: REFERRAL_ROUTES }).notNull().default('self'),
    locale: localeEnum('locale').notNull().default('nl'),
    onSickLeave: boolean('on_sick_leave').notNull().default(false),
    sickLeaveSince: date('sick_leave_since', { mode: 'string' }),
    notes: text('notes').notNull().default(''),
    closedOn: date('closed_on', { mode: 'string' }),
    closeReason: text('close_reason'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    unique('clients_practice_email').on(t.practiceId, t.email),
    foreignKey({ columns: [t.practiceId, t.employerId], foreignColumns: [employers.practiceId, employers.id] }),
    foreignKey({
      columns: [t.practiceId, t.employerId, t.managerContactId],
      foreignColumns: [employerContacts.practiceId, employerContacts.employerId, employerContacts.id],
    }),
    foreignKey({ columns: [t.practiceId, t.coachId], foreignColumns: [users.practiceId, users.id] }),
    // The composite FK above is MATCH SIMPLE: with no employer it checks nothing, so a manager needs an employer here.
    check('clients_manager_needs_employer', sql`${t.managerContactId} is null or ${t.employerId} is not null`),
    index('clients_practice_status').on(t.practiceId, t.status),
    index('clients_practice_coach').on(t.practiceId, t.coachId),
    index('clients_practice_employer').on(t.practiceId, t.employerId),
    index('clients_practice_name').on(t.practiceId, t.lastName, t.firstName),
    // The client list's default order (db/queries/client-list.ts): a page of 25 read in order, with no sort of the practice.
    index('clients_name_order')
      .on(t.practiceId, lastNameOrderKey(t.lastName), firstNameOrderKey(t.firstName), t.id)
      .where(sql`${t.archivedAt} is null`),
    index('clients_search_trgm').using('gin', sql`search_fold(${t.firstName} || ' ' || ${t.lastName} || ' ' || ${t.email}) gin_trgm_ops`),
  ],
);

/** Append-only: a withdrawal is a new row, never a deletion. */
export const consents = pgTable(
  'consents',
  {
    practiceId: practiceRef(),
    id: tenantId(),
    clientId: uuid('client_id').notNull(),
    kind: text('kind', { enum: CONSENT_KINDS }).notNull(),
    action: text('action', { enum: ['given', 'withdrawn'] }).notNull(),
    textVersion: text('text_version').notNull(),
    recordedBy: uuid('recorded_by'),
    recordedByKind: text('recorded_by_kind', { enum: ['coach', 'client'] })
      .notNull()
      .default('coach'),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }).onDelete('cascade'),
    index('consents_client').on(t.practiceId, t.clientId, t.createdAt),
  ],
);

/** Everything that happened to a client, for the overview's timeline. `data` holds ids and labels, no scores. */
export const timelineEvents = pgTable(
  'timeline_events',
  {
    practiceId: practiceRef(),
    id: tenantId(),
    clientId: uuid('client_id').notNull(),
    kind: text('kind').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorKind: text('actor_kind', { enum: ['coach', 'client', 'employer', 'system'] })
      .notNull()
      .default('coach'),
    data: jsonb('data').$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    // The order lines were written in: a change's lines share their moment, and the ids are random.
    seq: insertionSeq(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }).onDelete('cascade'),
    // The timeline's page order (db/queries/timeline.ts pageTimeline), read from the index as it is.
    index('timeline_client_time').on(t.practiceId, t.clientId, t.occurredAt, t.seq),
    // Withdrawn homework (and the "measure again" measurement that went with it) is gone; the audit log finds whose it
    // was through its withdrawal's line (db/queries/audit.ts entryClientId), per entry, so without a scan of the timeline.
    index('timeline_withdrawn_homework').on(t.practiceId, sql`(${t.data}->>'homeworkId')`).where(sql`${t.kind} = 'homework.withdrawn'`),
    index('timeline_withdrawn_measurement')
      .on(t.practiceId, sql`(${t.data}->>'measurementId')`)
      .where(sql`${t.kind} = 'homework.withdrawn'`),
  ],
);

export type Client = typeof clients.$inferSelect;
export type Employer = typeof employers.$inferSelect;
export type EmployerContact = typeof employerContacts.$inferSelect;
export type Consent = typeof consents.$inferSelect;
export type TimelineEvent = typeof timelineEvents.$inferSelect;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
