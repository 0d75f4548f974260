-- Hand-written: search_fold (migration 0018) also spells the apostrophes that phones and iPads type in names as the
-- straight one: ’ (U+2019, the usual "smart" apostrophe), ‘ (U+2018, what smart punctuation types at the start of a
-- word: ‘t Hart), ʼ (U+02BC) and the prime ′ (U+2032). None of them has a decomposition, so NFKD left them alone:
-- "’t Hart" was not found by typing "'t hart" (nor the other way round), and the name order's prefix pattern
-- (db/schema/name-order.ts), which sees only the folded text and knows ''t and d'', left "’t Hart" out of the H's.
-- Otherwise the same function. ASCII text still takes the short way: it holds none of these.
CREATE OR REPLACE FUNCTION "search_fold"(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE WHEN pg_catalog.octet_length($1) = pg_catalog.length($1) THEN pg_catalog.lower($1)
  ELSE pg_catalog.lower(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
    pg_catalog.translate(
      pg_catalog.regexp_replace(pg_catalog.normalize($1, 'NFKD'), '[\u0300-\u036f]', '', 'g'),
      'ØøŁłĐđĦħıŦŧÐðŊŋÆŒẞÞ’‘ʼ′',
      'oollddhhittddnnæœßþ'''''''''
    ), 'æ', 'ae'), 'œ', 'oe'), 'ß', 'ss'), 'þ', 'th'))
  END
$$;--> statement-breakpoint
-- The function is IMMUTABLE, so the indexes on it keep what they stored under the old spelling: they are dropped and
-- created again, with the definitions of migrations 0018 and 0024 (the schema and its snapshot do not change). Not
-- REINDEX: a session keeps an index's expressions with this SQL function inlined as it read them (relcache), and a
-- session that had used these indexes before this migration ran would rebuild them with the old body.
DROP INDEX "clients_search_trgm";--> statement-breakpoint
DROP INDEX "employers_name_trgm";--> statement-breakpoint
DROP INDEX "clients_name_order";--> statement-breakpoint
CREATE INDEX "clients_search_trgm" ON "clients" USING gin (search_fold("first_name" || ' ' || "last_name" || ' ' || "email") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "employers_name_trgm" ON "employers" USING gin (search_fold("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "clients_name_order" ON "clients" USING btree ("practice_id",regexp_replace(search_fold("last_name"), '^((van|von|de|der|den|het|in|op|te|ten|ter|''t|la|le|du|d'')[[:space:]]+)+', ''),search_fold("first_name"),"id") WHERE "clients"."archived_at" is null;