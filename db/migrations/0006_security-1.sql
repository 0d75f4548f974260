-- Hand-edited: the UNIQUE on measurements moved first, the composite FKs below reference it.
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_practice_id_client" UNIQUE("practice_id","id","client_id");--> statement-breakpoint
ALTER TABLE "coaching_sessions" DROP CONSTRAINT "coaching_sessions_practice_id_checkin_measurement_id_measurements_practice_id_id_fk";
--> statement-breakpoint
ALTER TABLE "homework" DROP CONSTRAINT "homework_practice_id_measurement_id_measurements_practice_id_id_fk";
--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_checkin_measurement_same_client_fk" FOREIGN KEY ("practice_id","checkin_measurement_id","client_id") REFERENCES "public"."measurements"("practice_id","id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "homework" ADD CONSTRAINT "homework_measurement_same_client_fk" FOREIGN KEY ("practice_id","measurement_id","client_id") REFERENCES "public"."measurements"("practice_id","id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_manager_needs_employer" CHECK ("clients"."manager_contact_id" is null or "clients"."employer_id" is not null);