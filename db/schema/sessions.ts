import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
// The lists live in lib (one source, usable in the browser); the columns take them from there.
import { HOMEWORK_TEMPLATES, SESSION_KINDS, SESSION_LOCATIONS, SESSION_STATUSES } from '../../lib/sessions/kinds';
import { clients } from './caseload';
import { createdAt, tenantId, updatedAt } from './columns';
import { practices, users } from './core';
import { measurements } from './intake';

const practiceRef = () =>
  uuid('practice_id')
    .notNull()
    .references(() => practices.id, { onDelete: 'cascade' });

export const coachingSessions = pgTable(
  'coaching_sessions',
  {
    practiceId: practiceRef(),
    id: tenantId(),
    clientId: uuid('client_id').notNull(),
    coachId: uuid('coach_id').notNull(),
    /** Sessions planned together as a weekly or fortnightly series share this id. */
    seriesId: uuid('series_id'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    kind: text('kind', { enum: SESSION_KINDS }).notNull(),
    location: text('location', { enum: SESSION_LOCATIONS }).notNull(),
    status: text('status', { enum: SESSION_STATUSES }).notNull().default('planned'),
    /** Never shown to the client or the employer, never in a report for them. */
    privateNotes: text('private_notes').notNull().default(''),
    clientSummary: text('client_summary').notNull().default(''),
    agreedHomework: text('agreed_homework').notNull().default(''),
    checkinEnergy: smallint('checkin_energy'),
    checkinMeasurementId: uuid('checkin_measurement_id'),
    /** When and whether it takes place (time, status): what the session's buttons change. */
    version: integer('version').notNull().default(1),
    /** The coach's record of it (notes, summary, homework, energy): its own version, so marking a session as held while
     * its notes are open never makes their save stale, and a save of the notes never makes "held" stale. */
    recordVersion: integer('record_version').notNull().default(1),
    /** The last handover to another coach (the client reassigned): whose agenda it left, and when. The calendar feed of
     * that coach lists it as cancelled for a while (db/queries/calendar.ts): a calendar app only drops an event it is
     * told is cancelled. */
    movedFromCoachId: uuid('moved_from_coach_id'),
    movedAt: timestamp('moved_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.practiceId, t.coachId], foreignColumns: [users.practiceId, users.id] }),
    // The coach whose agenda it left is a coach of this practice (null: never handed over, not checked).
    foreignKey({
      name: 'coaching_sessions_moved_from_coach_fk',
      columns: [t.practiceId, t.movedFromCoachId],
      foreignColumns: [users.practiceId, users.id],
    }),
    // The check-in measurement belongs to this session's client.
    foreignKey({
      name: 'coaching_sessions_checkin_measurement_same_client_fk',
      columns: [t.practiceId, t.checkinMeasurementId, t.clientId],
      foreignColumns: [measurements.practiceId, measurements.id, measurements.clientId],
    }),
    index('sessions_coach_time').on(t.practiceId, t.coachId, t.startsAt),
    index('sessions_client_time').on(t.practiceId, t.clientId, t.startsAt),
    // "Nothing planned in the next two weeks" (dashboard): a probe per client among planned sessions only.
    index('sessions_client_planned').on(t.practiceId, t.clientId, t.startsAt).where(sql`${t.status} = 'planned'`),
    // A coach's calendar feed: the sessions handed over from their agenda (few; most sessions never move).
    index('sessions_moved_from').on(t.practiceId, t.movedFromCoachId, t.movedAt).where(sql`${t.movedFromCoachId} is not null`),
  ],
);

/** The secret behind a coach's iCalendar URL; renewing replaces the hash, which kills the old URL. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    practiceId: practiceRef(),
    userId: uuid('user_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.userId] }),
    foreignKey({ columns: [t.practiceId, t.userId], foreignColumns: [users.practiceId, users.id] }).onDelete('cascade'),
  ],
);

export const homework = pgTable(
  'homework',
  {
    practiceId: practiceRef(),
    id: tenantId(),
    clientId: uuid('client_id').notNull(),
    template: text('template', { enum: HOMEWORK_TEMPLATES }).notNull(),
    /** For "measure again": the instrument to fill in and the measurement it created. */
    instrumentKey: text('instrument_key'),
    instrumentVersion: integer('instrument_version'),
    measurementId: uuid('measurement_id'),
    message: text('message').notNull().default(''),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['assigned', 'submitted', 'reopened'] })
      .notNull()
      .default('assigned'),
    assignedBy: uuid('assigned_by').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** When the coach last looked at the submission: "new submissions" are those not yet seen. */
    seenAt: timestamp('seen_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.practiceId, t.assignedBy], foreignColumns: [users.practiceId, users.id] }),
    // "Measure again" homework points at a measurement of the same client.
    foreignKey({
      name: 'homework_measurement_same_client_fk',
      columns: [t.practiceId, t.measurementId, t.clientId],
      foreignColumns: [measurements.practiceId, measurements.id, measurements.clientId],
    }),
    index('homework_client').on(t.practiceId, t.clientId, t.dueDate),
    index('homework_status_due').on(t.practiceId, t.status, t.dueDate),
    // The dashboard's "new submissions", newest first, without sorting every submission of the practice.
    index('homework_submitted_recent').on(t.practiceId, t.submittedAt.desc()).where(sql`${t.status} = 'submitted'`),
  ],
);

/** One row per form field (e.g. `day2.energy`), saved on its own as the client types. */
export const homeworkAnswers = pgTable(
  'homework_answers',
  {
    practiceId: practiceRef(),
    homeworkId: uuid('homework_id').notNull(),
    fieldKey: text('field_key').notNull(),
    value: text('value').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.homeworkId, t.fieldKey] }),
    foreignKey({ columns: [t.practiceId, t.homeworkId], foreignColumns: [homework.practiceId, homework.id] }).onDelete('cascade'),
  ],
);

export type CoachingSession = typeof coachingSessions.$inferSelect;
export type Homework = typeof homework.$inferSelect;
