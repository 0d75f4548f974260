CREATE TABLE "plan_dismissed_suggestions" (
	"practice_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"measurement_id" uuid NOT NULL,
	"suggestion_key" text NOT NULL,
	"dismissed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_dismissed_suggestions_practice_id_measurement_id_suggestion_key_pk" PRIMARY KEY("practice_id","measurement_id","suggestion_key")
);
--> statement-breakpoint
CREATE TABLE "plan_employer_actions" (
	"practice_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"share_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"item_id" uuid,
	"status" text,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_employer_actions_practice_id_id_pk" PRIMARY KEY("practice_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_items" (
	"practice_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"employer_wording" text,
	"rationale" text DEFAULT '' NOT NULL,
	"category" text NOT NULL,
	"level" text NOT NULL,
	"owner" text NOT NULL,
	"due_date" date,
	"review_date" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"dimensions" text[] DEFAULT '{}' NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_items_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "plan_items_client_id" UNIQUE("practice_id","client_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_releases" (
	"practice_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"employer_wording" text NOT NULL,
	"released_by" text NOT NULL,
	"recorded_by" uuid,
	"released_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" text,
	CONSTRAINT "plan_releases_practice_id_id_pk" PRIMARY KEY("practice_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_share_openings" (
	"practice_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"share_id" uuid NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_share_openings_practice_id_id_pk" PRIMARY KEY("practice_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_shares" (
	"practice_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"confirmed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_shares_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "plan_shares_token_hash" UNIQUE("token_hash"),
	CONSTRAINT "plan_shares_client_id" UNIQUE("practice_id","client_id","id")
);
--> statement-breakpoint
CREATE TABLE "share_guess_attempts" (
	"ip_key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "share_guess_attempts_ip_key_window_start_pk" PRIMARY KEY("ip_key","window_start")
);
--> statement-breakpoint
ALTER TABLE "plan_dismissed_suggestions" ADD CONSTRAINT "plan_dismissed_suggestions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_dismissed_suggestions" ADD CONSTRAINT "plan_dismissed_suggestions_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_dismissed_suggestions" ADD CONSTRAINT "plan_dismissed_suggestions_practice_id_measurement_id_measurements_practice_id_id_fk" FOREIGN KEY ("practice_id","measurement_id") REFERENCES "public"."measurements"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_employer_actions" ADD CONSTRAINT "plan_employer_actions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_employer_actions" ADD CONSTRAINT "plan_employer_actions_practice_id_client_id_share_id_plan_shares_practice_id_client_id_id_fk" FOREIGN KEY ("practice_id","client_id","share_id") REFERENCES "public"."plan_shares"("practice_id","client_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_employer_actions" ADD CONSTRAINT "plan_employer_actions_practice_id_client_id_item_id_plan_items_practice_id_client_id_id_fk" FOREIGN KEY ("practice_id","client_id","item_id") REFERENCES "public"."plan_items"("practice_id","client_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_practice_id_created_by_users_practice_id_id_fk" FOREIGN KEY ("practice_id","created_by") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_releases" ADD CONSTRAINT "plan_releases_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_releases" ADD CONSTRAINT "plan_releases_practice_id_client_id_item_id_plan_items_practice_id_client_id_id_fk" FOREIGN KEY ("practice_id","client_id","item_id") REFERENCES "public"."plan_items"("practice_id","client_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_releases" ADD CONSTRAINT "plan_releases_practice_id_recorded_by_users_practice_id_id_fk" FOREIGN KEY ("practice_id","recorded_by") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_share_openings" ADD CONSTRAINT "plan_share_openings_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_share_openings" ADD CONSTRAINT "plan_share_openings_practice_id_client_id_share_id_plan_shares_practice_id_client_id_id_fk" FOREIGN KEY ("practice_id","client_id","share_id") REFERENCES "public"."plan_shares"("practice_id","client_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_shares" ADD CONSTRAINT "plan_shares_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_shares" ADD CONSTRAINT "plan_shares_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_shares" ADD CONSTRAINT "plan_shares_practice_id_employer_id_contact_id_employer_contacts_practice_id_employer_id_id_fk" FOREIGN KEY ("practice_id","employer_id","contact_id") REFERENCES "public"."employer_contacts"("practice_id","employer_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_shares" ADD CONSTRAINT "plan_shares_practice_id_created_by_users_practice_id_id_fk" FOREIGN KEY ("practice_id","created_by") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_employer_actions_client" ON "plan_employer_actions" USING btree ("practice_id","client_id","created_at");--> statement-breakpoint
CREATE INDEX "plan_items_client_position" ON "plan_items" USING btree ("practice_id","client_id","position");--> statement-breakpoint
CREATE INDEX "plan_releases_item" ON "plan_releases" USING btree ("practice_id","item_id","released_at");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_releases_one_open" ON "plan_releases" USING btree ("practice_id","item_id") WHERE "plan_releases"."withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX "plan_releases_client" ON "plan_releases" USING btree ("practice_id","client_id");--> statement-breakpoint
CREATE INDEX "plan_share_openings_client" ON "plan_share_openings" USING btree ("practice_id","client_id","opened_at");--> statement-breakpoint
CREATE INDEX "plan_shares_client" ON "plan_shares" USING btree ("practice_id","client_id");