ALTER TABLE "outbox" ADD COLUMN "client_id" uuid;--> statement-breakpoint
CREATE INDEX "outbox_client" ON "outbox" USING btree ("practice_id","client_id");