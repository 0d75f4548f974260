ALTER TABLE "measurements" ADD COLUMN "attention_risk_sets" text[];--> statement-breakpoint
ALTER TABLE "measurements" ADD COLUMN "attention_burnout" boolean;--> statement-breakpoint
ALTER TABLE "measurements" ADD COLUMN "attention_flags" smallint;--> statement-breakpoint
-- Hand-written backfill: the dashboard's "needs attention" summary of every completed measurement, by the rules the
-- dashboard applied to the scores JSON until now (lib/intake/stored-scores.ts attentionSummary applies them at completion).
UPDATE "measurements" SET
  "attention_risk_sets" = ARRAY(
    SELECT s.set FROM unnest(ARRAY['jdr_wide', 'azw']) AS s(set)
    WHERE coalesce("scores" -> 'profiles' ->> s.set, "scores" -> 'profile' ->> 'key') = 'high_demands_low_resources'
  ),
  "attention_burnout" = coalesce(
    ("scores" ->> 'burnoutHigh')::boolean,
    "scores" #>> '{indices,burnout,status}' = 'scored' AND ("scores" #>> '{indices,burnout,score}')::float8 >= 70,
    false
  ),
  "attention_flags" = CASE WHEN jsonb_typeof("scores" -> 'flags') = 'array' THEN jsonb_array_length("scores" -> 'flags') ELSE 0 END
WHERE "status" = 'completed' AND "scores" IS NOT NULL;
