-- "Sick leave ended" lines now say the day the client was back at work (`data.on`). Lines written before every end carried
-- that day lack it; they get the day they were recorded, in Dutch time: the day the poortwachter timeline already took
-- for them (lib/caseload/poortwachter.ts, spellsFromRecord), so no spell changes.
UPDATE "timeline_events"
SET "data" = "data" || jsonb_build_object('on', to_char(("occurred_at" AT TIME ZONE 'Europe/Amsterdam')::date, 'YYYY-MM-DD'))
WHERE "kind" = 'client.sick_leave_ended' AND NOT ("data" ? 'on');
