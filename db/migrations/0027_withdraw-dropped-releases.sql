-- Releases left open by a coach's drop made before a drop withdrew them (lib/plans/service.ts setPlanItemStatus, reason
-- item_dropped), and releases the client or the coach recorded for an item already dropped (refused since): the employer's
-- page showed these items as dropped, without a control, and nothing withdrew them. They are withdrawn now, as the
-- service withdraws one: withdrawn_at and withdrawn_by = 'item_dropped' on the open row (withdrawRelease), with its
-- timeline line and audit entry (withdrawnLines): kind and action plan.release_withdrawn, data { itemId, title, reason },
-- metadata { reason }, entity plan_item. The actor is the system (no user): the timeline shows "Balanspunt", the audit
-- log "System"/"Systeem". The timeline stores the kind and the data, and the page translates them in either language,
-- so one line serves both. The title is the item's title now (the service writes the item's title at the change).
-- Left open, as the service leaves it: a release the manager or HR dropped the item of through their link
-- (plan_employer_actions, kind status, status dropped, at or after the release) while no coach changed the item's status
-- since (audit plan.item_status after that drop): employerSetStatus keeps that release, and the page shows the item as
-- dropped. Every join keeps practice_id. Idempotent: once run no release matches, so a second run writes nothing.
WITH "withdrawn" AS (
  UPDATE "plan_releases" r
  SET "withdrawn_at" = now(), "withdrawn_by" = 'item_dropped'
  FROM "plan_items" i
  WHERE i."practice_id" = r."practice_id" AND i."client_id" = r."client_id" AND i."id" = r."item_id"
    AND i."status" = 'dropped'
    AND r."withdrawn_at" IS NULL
    AND NOT EXISTS (
      SELECT 1 FROM "plan_employer_actions" a
      WHERE a."practice_id" = r."practice_id" AND a."client_id" = r."client_id" AND a."item_id" = r."item_id"
        AND a."kind" = 'status' AND a."status" = 'dropped' AND a."created_at" >= r."released_at"
        AND NOT EXISTS (
          SELECT 1 FROM "audit_log" c
          WHERE c."practice_id" = a."practice_id" AND c."action" = 'plan.item_status'
            AND c."entity_type" = 'plan_item' AND c."entity_id" = a."item_id" AND c."created_at" > a."created_at"
        )
    )
  RETURNING r."practice_id", r."client_id", r."item_id", i."title"
),
"timeline_lines" AS (
  INSERT INTO "timeline_events" ("practice_id", "client_id", "kind", "actor_user_id", "actor_kind", "data")
  SELECT w."practice_id", w."client_id", 'plan.release_withdrawn', NULL, 'system',
    jsonb_build_object('itemId', w."item_id", 'title', w."title", 'reason', 'item_dropped')
  FROM "withdrawn" w
)
INSERT INTO "audit_log" ("practice_id", "actor_user_id", "actor_kind", "action", "entity_type", "entity_id", "metadata")
SELECT w."practice_id", NULL, 'system', 'plan.release_withdrawn', 'plan_item', w."item_id", jsonb_build_object('reason', 'item_dropped')
FROM "withdrawn" w;
