-- First, in ASCII only: search_fold below spells letters outside Latin-1 and uses normalize(), and this file's text
-- itself has such letters. A database in another encoding is refused with a message that says what to do.
DO $$
BEGIN
  IF pg_catalog.getdatabaseencoding() <> 'UTF8' THEN
    RAISE EXCEPTION 'Balanspunt needs a UTF8 database; this one is %. Create it with ENCODING ''UTF8''.', pg_catalog.getdatabaseencoding();
  END IF;
END
$$;--> statement-breakpoint
-- Hand-written: the form in which clients (name and e-mail address) and employers are searched and sorted by name, the
-- same on every PostgreSQL 14+ whatever the database's locale. lower() alone folds only ASCII under the C locale (the
-- embedded cluster's): lower('ÖZTÜRK') is 'ÖzTÜrk', so 'Öztürk' typed as stored was not found. Compatibility
-- decomposition (NFKD) splits an accented letter into its base letter and combining marks; the marks (U+0300-U+036F)
-- are dropped, the letters names use that have no decomposition (ø, ł, đ, ı, æ, œ, ß, ...) are spelled in ASCII, and
-- lower() then folds what is left: 'Öztürk', 'ÖZTÜRK' and 'ozturk' all become 'ozturk'. ASCII text (most names, e-mail
-- addresses) takes the short way. Needs a UTF8 database (normalize). The trigram indexes below are built on it: a change
-- to this function needs a migration that replaces it and rebuilds clients_search_trgm and employers_name_trgm.
CREATE FUNCTION "search_fold"(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE WHEN pg_catalog.octet_length($1) = pg_catalog.length($1) THEN pg_catalog.lower($1)
  ELSE pg_catalog.lower(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
    pg_catalog.translate(
      pg_catalog.regexp_replace(pg_catalog.normalize($1, 'NFKD'), '[\u0300-\u036f]', '', 'g'),
      'ØøŁłĐđĦħıŦŧÐðŊŋÆŒẞÞ',
      'oollddhhittddnnæœßþ'
    ), 'æ', 'ae'), 'œ', 'oe'), 'ß', 'ss'), 'þ', 'th'))
  END
$$;--> statement-breakpoint
DROP INDEX "clients_search_trgm";--> statement-breakpoint
DROP INDEX "employers_name_trgm";--> statement-breakpoint
CREATE INDEX "clients_search_trgm" ON "clients" USING gin (search_fold("first_name" || ' ' || "last_name" || ' ' || "email") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "employers_name_trgm" ON "employers" USING gin (search_fold("name") gin_trgm_ops);