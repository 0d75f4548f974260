-- "Not delivered" lines (client.mail_failed) now say why: the address refused at once, or every attempt used
-- (`data.reason`, lib/mail/service.ts). Lines written before the reason existed were all of the second kind: every one
-- came after the last of its attempts.
UPDATE "timeline_events"
SET "data" = "data" || '{"reason": "attempts"}'::jsonb
WHERE "kind" = 'client.mail_failed' AND NOT ("data" ? 'reason');
