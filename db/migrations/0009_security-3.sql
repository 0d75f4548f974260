CREATE TABLE "rate_limits" (
	"key" varchar(255) PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" bigint
);
--> statement-breakpoint
DROP TABLE "login_attempts" CASCADE;--> statement-breakpoint
DROP TABLE "share_guess_attempts" CASCADE;--> statement-breakpoint
ALTER TABLE "portal_sessions" ADD COLUMN "last_seen_at" timestamp with time zone DEFAULT now() NOT NULL;