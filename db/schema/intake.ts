import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { clients } from './caseload';
import { createdAt, tenantId, updatedAt } from './columns';
import { practices, users } from './core';

const practiceRef = () =>
  uuid('practice_id')
    .notNull()
    .references(() => practices.id, { onDelete: 'cascade' });

/** A coach-defined instrument; each edit is a new row with the next version, never an update. */
export const customInstruments = pgTable(
  'custom_instruments',
  {
    practiceId: practiceRef(),
    id: tenantId(),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by').notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    unique('custom_instruments_key_version').on(t.practiceId, t.key, t.version),
    foreignKey({ columns: [t.practiceId, t.createdBy], foreignColumns: [users.practiceId, users.id] }),
  ],
);

export const measurements = pgTable(
  'measurements',
  {
    practiceId: practiceRef(),
    id: tenantId(),
    clientId: uuid('client_id').notNull(),
    /** Built-in instruments by key and version; custom ones also point at their version row. */
    instrumentKey: text('instrument_key').notNull(),
    instrumentVersion: integer('instrument_version').notNull(),
    customInstrumentId: uuid('custom_instrument_id'),
    administeredBy: text('administered_by', { enum: ['coach', 'client'] }).notNull(),
    status: text('status', { enum: ['in_progress', 'completed'] })
      .notNull()
      .default('in_progress'),
    /** Scores computed when the measurement is completed (indices, dimensions, profile), for trends and medians. */
    scores: jsonb('scores').$type<Record<string, unknown>>(),
    /**
     * The dashboard's "needs attention" summary of `scores` (lib/intake/stored-scores.ts attentionSummary), written with
     * them at completion and cleared on reopen: the list reads these small columns, not the scores JSON.
     */
    attentionRiskSets: text('attention_risk_sets', { enum: ['jdr_wide', 'azw'] }).array(),
    attentionBurnout: boolean('attention_burnout'),
    attentionFlags: smallint('attention_flags'),
    /**
     * The version of the scoring rules that computed `scores` and the attention summary (lib/scoring/version.ts); null
     * while in progress and for rows stored before it existed. Start-up computes older ones again (lib/intake/rescore.ts).
     */
    scoringVersion: smallint('scoring_version'),
    createdBy: uuid('created_by'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    // Lets homework and session check-ins reference (measurement, client) together: never another client's measurement.
    unique('measurements_practice_id_client').on(t.practiceId, t.id, t.clientId),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.practiceId, t.customInstrumentId], foreignColumns: [customInstruments.practiceId, customInstruments.id] }),
    index('measurements_client').on(t.practiceId, t.clientId, t.startedAt),
    // Each client's latest completed measurement per questionnaire (the dashboard's attention list, a lateral per client):
    // read in this order, the first entry of each instrument key, not by sorting the client's measurements.
    index('measurements_client_latest_per_instrument')
      .on(t.practiceId, t.clientId, t.instrumentKey, t.completedAt.desc().nullsLast())
      .where(sql`${t.status} = 'completed'`),
    // The start-up recompute's probe (lib/intake/rescore.ts): which completed measurements were scored under older rules.
    index('measurements_scoring_version').on(t.scoringVersion, t.practiceId).where(sql`${t.status} = 'completed'`),
  ],
);

/** One row per item (or open question), written on its own as it is answered. */
export const measurementAnswers = pgTable(
  'measurement_answers',
  {
    practiceId: practiceRef(),
    measurementId: uuid('measurement_id').notNull(),
    itemKey: text('item_key').notNull(),
    value: smallint('value'),
    text: text('text'),
    note: text('note'),
    answeredBy: text('answered_by', { enum: ['coach', 'client'] }).notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.measurementId, t.itemKey] }),
    foreignKey({ columns: [t.practiceId, t.measurementId], foreignColumns: [measurements.practiceId, measurements.id] }).onDelete(
      'cascade',
    ),
  ],
);

/**
 * The demands and work-resources index of each completed measurement, per component set the instrument
 * supports, written at completion and deleted on reopening. The practice median reads only these small
 * rows through the index (never the whole practice's JSON scores).
 */
export const measurementIndexPoints = pgTable(
  'measurement_index_points',
  {
    practiceId: practiceRef(),
    measurementId: uuid('measurement_id').notNull(),
    componentSet: text('component_set', { enum: ['jdr_wide', 'azw'] }).notNull(),
    clientId: uuid('client_id').notNull(),
    instrumentKey: text('instrument_key').notNull(),
    /** indexPointSignature(): which dimensions fed the two indices, and how the answers were scored: only like with like. */
    components: text('components').notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull(),
    demands: doublePrecision('demands').notNull(),
    resources: doublePrecision('resources').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.measurementId, t.componentSet] }),
    foreignKey({ columns: [t.practiceId, t.measurementId], foreignColumns: [measurements.practiceId, measurements.id] }).onDelete(
      'cascade',
    ),
    // The practice median reads its rows from this index alone (index-only scan, already in distinct-on order): demands
    // and resources ride along as trailing columns (drizzle has no INCLUDE), so no sort and no visit to the table.
    index('measurement_index_points_median').on(
      t.practiceId,
      t.instrumentKey,
      t.componentSet,
      t.components,
      t.clientId,
      t.completedAt.desc(),
      t.demands,
      t.resources,
    ),
  ],
);

export type Measurement = typeof measurements.$inferSelect;
export type MeasurementAnswer = typeof measurementAnswers.$inferSelect;
export type CustomInstrumentRow = typeof customInstruments.$inferSelect;
