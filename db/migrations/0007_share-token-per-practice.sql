ALTER TABLE "plan_shares" DROP CONSTRAINT "plan_shares_token_hash";--> statement-breakpoint
CREATE INDEX "plan_shares_token_lookup" ON "plan_shares" USING btree ("token_hash");--> statement-breakpoint
ALTER TABLE "plan_shares" ADD CONSTRAINT "plan_shares_token_hash" UNIQUE("practice_id","token_hash");