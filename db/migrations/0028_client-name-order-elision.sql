-- "d'Ancona", as the name is mostly written (no space after d'), sorts under A as "d' Ancona" did: the prefix pattern of
-- lastNameOrderKey (db/schema/name-order.ts), which the client lists sort on, with the index built again on it.
DROP INDEX "clients_name_order";--> statement-breakpoint
CREATE INDEX "clients_name_order" ON "clients" USING btree ("practice_id",regexp_replace(search_fold("last_name"), '^((van|von|de|der|den|het|in|op|te|ten|ter|''t|la|le|du)[[:space:]]+|d''[[:space:]]*)+', ''),search_fold("first_name"),"id") WHERE "clients"."archived_at" is null;