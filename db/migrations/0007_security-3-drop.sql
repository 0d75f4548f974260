DROP TABLE "login_attempts" CASCADE;--> statement-breakpoint
DROP TABLE "share_guess_attempts" CASCADE;