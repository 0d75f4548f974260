ALTER TABLE "coaching_sessions" ADD COLUMN "moved_from_coach_id" uuid;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD COLUMN "moved_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "sessions_moved_from" ON "coaching_sessions" USING btree ("practice_id","moved_from_coach_id","moved_at") WHERE "coaching_sessions"."moved_from_coach_id" is not null;--> statement-breakpoint
-- Sessions handed over before this migration: their last handover, from the audit entry written with it.
-- moved_at is the session's own update in that handover when it was its last change (within a minute of the entry), so
-- that the feed, which lists a moved session only while it is unchanged since (updated_at <= moved_at), keeps it.
UPDATE "coaching_sessions" s SET "moved_from_coach_id" = h."from_coach",
  "moved_at" = CASE WHEN s."updated_at" <= h."created_at" + interval '1 minute' THEN greatest(s."updated_at", h."created_at") ELSE h."created_at" END
FROM (
  SELECT DISTINCT ON ("practice_id", "entity_id") "practice_id", "entity_id", ("metadata"->>'from')::uuid AS "from_coach", "created_at"
  FROM "audit_log"
  WHERE "action" = 'session.reassigned' AND "entity_type" = 'session' AND "metadata"->>'from' ~ '^[0-9a-f-]{36}$'
  ORDER BY "practice_id", "entity_id", "created_at" DESC
) h
WHERE s."practice_id" = h."practice_id" AND s."id" = h."entity_id" AND s."coach_id" <> h."from_coach";
