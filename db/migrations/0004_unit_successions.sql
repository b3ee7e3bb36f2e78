CREATE TYPE "public"."unit_succession_kind" AS ENUM('merge', 'rename', 'split');--> statement-breakpoint
CREATE TABLE "unit_successions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "unit_successions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"predecessor_id" integer NOT NULL,
	"successor_id" integer NOT NULL,
	"kind" "unit_succession_kind" NOT NULL,
	"effective_on" date NOT NULL,
	"decision" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_successions_not_self" CHECK ("unit_successions"."predecessor_id" <> "unit_successions"."successor_id")
);
--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "closed_on" date;--> statement-breakpoint
ALTER TABLE "unit_successions" ADD CONSTRAINT "unit_successions_predecessor_id_units_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_successions" ADD CONSTRAINT "unit_successions_successor_id_units_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "unit_successions_pair" ON "unit_successions" USING btree ("predecessor_id","successor_id");--> statement-breakpoint
CREATE INDEX "unit_successions_successor_idx" ON "unit_successions" USING btree ("successor_id");