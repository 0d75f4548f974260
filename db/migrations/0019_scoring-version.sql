-- The version of the scoring rules that computed a completed measurement's stored scores (lib/scoring/version.ts). Left null
-- here: every measurement completed before this migration is computed again under the current rules on start-up
-- (lib/intake/rescore.ts, run by db/migrate.ts).
ALTER TABLE "measurements" ADD COLUMN "scoring_version" smallint;
