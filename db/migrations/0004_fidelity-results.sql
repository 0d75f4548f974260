CREATE TABLE "measurement_index_points" (
	"practice_id" uuid NOT NULL,
	"measurement_id" uuid NOT NULL,
	"component_set" text NOT NULL,
	"client_id" uuid NOT NULL,
	"instrument_key" text NOT NULL,
	"components" text NOT NULL,
	"completed_at" timestamp with time zone NOT NULL,
	"demands" double precision NOT NULL,
	"resources" double precision NOT NULL,
	CONSTRAINT "measurement_index_points_practice_id_measurement_id_component_set_pk" PRIMARY KEY("practice_id","measurement_id","component_set")
);
--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "index_component_set" text DEFAULT 'jdr_wide' NOT NULL;--> statement-breakpoint
ALTER TABLE "measurement_index_points" ADD CONSTRAINT "measurement_index_points_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_index_points" ADD CONSTRAINT "measurement_index_points_practice_id_measurement_id_measurements_practice_id_id_fk" FOREIGN KEY ("practice_id","measurement_id") REFERENCES "public"."measurements"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measurement_index_points_median" ON "measurement_index_points" USING btree ("practice_id","instrument_key","component_set","components","client_id","completed_at" DESC NULLS LAST);--> statement-breakpoint
-- Hand-written (fidelity-results): the component set is one of two known values.
ALTER TABLE "practices" ADD CONSTRAINT "practices_index_component_set_check" CHECK ("index_component_set" in ('jdr_wide', 'azw'));--> statement-breakpoint
ALTER TABLE "measurement_index_points" ADD CONSTRAINT "measurement_index_points_component_set_check" CHECK ("component_set" in ('jdr_wide', 'azw'));--> statement-breakpoint
-- Hand-written backfill: index points for measurements completed before this migration, from their stored
-- dimension scores (same rule as lib/scoring/indices.ts: mean of the scored components, at least two thirds
-- scored). Built-in instruments version 1 only; custom-instrument measurements get their points when next
-- completed (they are left out of the practice median until then). The signatures are componentSignature() of
-- each list (lib/scoring/component-sets.ts; a unit test pins them).
INSERT INTO "measurement_index_points"
  ("practice_id", "measurement_id", "component_set", "client_id", "instrument_key", "components", "completed_at", "demands", "resources")
SELECT m."practice_id", m."id", s.set, m."client_id", m."instrument_key", s.sig, coalesce(m."completed_at", m."updated_at"), d.v, r.v
FROM "measurements" m
JOIN (VALUES
  ('jdr-intake', 'jdr_wide',
    ARRAY['workload','time_pressure','emotional_demands','work_home_interference','complexity','aggression','administrative_burden','bureaucracy','problem_severity'],
    ARRAY['autonomy','influence','colleague_support','manager_support','feedback','participation','task_variety','development','career_perspective','clear_goals'],
    '19efb95955b0e8b3'),
  ('jdr-intake', 'azw',
    ARRAY['workload','aggression','administrative_burden'],
    ARRAY['career_perspective','development','influence','autonomy','manager_support'],
    '91ff9bf1583bec17'),
  ('check-in', 'jdr_wide', ARRAY['demands'], ARRAY['resources'], '9217ca922bf6ca94')
) AS s(key, set, dkeys, rkeys, sig) ON s.key = m."instrument_key"
CROSS JOIN LATERAL (
  SELECT avg((m."scores" -> 'dimensions' -> k ->> 'score')::float8) AS v, count(*) AS n
  FROM unnest(s.dkeys) AS k WHERE m."scores" -> 'dimensions' -> k ->> 'status' = 'scored'
) d
CROSS JOIN LATERAL (
  SELECT avg((m."scores" -> 'dimensions' -> k ->> 'score')::float8) AS v, count(*) AS n
  FROM unnest(s.rkeys) AS k WHERE m."scores" -> 'dimensions' -> k ->> 'status' = 'scored'
) r
WHERE m."status" = 'completed' AND m."instrument_version" = 1 AND m."custom_instrument_id" IS NULL
  AND d.n * 3 >= cardinality(s.dkeys) * 2 AND r.n * 3 >= cardinality(s.rkeys) * 2
ON CONFLICT DO NOTHING;
