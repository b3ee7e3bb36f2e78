CREATE TYPE "public"."criterion_stage" AS ENUM('self', 'appraised', 'explained', 'settled');--> statement-breakpoint
CREATE TYPE "public"."cycle_phase" AS ENUM('self-assessment', 'survey', 'appraisal', 'explanation', 'compilation', 'approval', 'announcement');--> statement-breakpoint
CREATE TYPE "public"."cycle_status" AS ENUM('open', 'approved', 'published');--> statement-breakpoint
CREATE TYPE "public"."scoring_kind" AS ENUM('steps', 'range', 'survey');--> statement-breakpoint
CREATE TYPE "public"."submission_state" AS ENUM('draft', 'submitted');--> statement-breakpoint
CREATE TABLE "council_assignments" (
	"cycle_id" integer NOT NULL,
	"component_key" text NOT NULL,
	"unit_id" integer NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "council_assignments_cycle_id_component_key_pk" PRIMARY KEY("cycle_id","component_key"),
	CONSTRAINT "council_assignments_unique" UNIQUE("cycle_id","component_key","unit_id")
);
--> statement-breakpoint
CREATE TABLE "cycle_phases" (
	"cycle_id" integer NOT NULL,
	"phase" "cycle_phase" NOT NULL,
	"opens_on" date,
	"due_on" date,
	"closes_on" date,
	CONSTRAINT "cycle_phases_cycle_id_phase_pk" PRIMARY KEY("cycle_id","phase"),
	CONSTRAINT "cycle_phases_order" CHECK ("cycle_phases"."opens_on" is null or "cycle_phases"."due_on" is null or "cycle_phases"."opens_on" <= "cycle_phases"."due_on")
);
--> statement-breakpoint
CREATE TABLE "cycle_units" (
	"cycle_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"state" "submission_state" DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" integer,
	"late" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cycle_units_cycle_id_unit_id_pk" PRIMARY KEY("cycle_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "cycles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cycles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"framework_id" integer NOT NULL,
	"year" integer NOT NULL,
	"level" "unit_level" NOT NULL,
	"owner_unit_id" integer NOT NULL,
	"status" "cycle_status" DEFAULT 'open' NOT NULL,
	"approved_at" timestamp with time zone,
	"approved_by" integer,
	"approval_decision" text,
	"published_at" timestamp with time zone,
	"published_by" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cycles_plan_id_unique" UNIQUE("plan_id"),
	CONSTRAINT "cycles_year" CHECK ("cycles"."year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "criteria" ADD COLUMN "scoring" "scoring_kind" DEFAULT 'range' NOT NULL;--> statement-breakpoint
ALTER TABLE "criteria" ADD COLUMN "steps" jsonb;--> statement-breakpoint
ALTER TABLE "criteria" ADD COLUMN "step" numeric(7, 2);--> statement-breakpoint
ALTER TABLE "criteria" ADD COLUMN "appraiser_printed" text;--> statement-breakpoint
ALTER TABLE "frameworks" ADD COLUMN "decision_date" date;--> statement-breakpoint
ALTER TABLE "frameworks" ADD COLUMN "copied_from_id" integer;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "cycle_id" integer;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "stage" "criterion_stage" DEFAULT 'self' NOT NULL;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "settled_score" numeric(7, 2);--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "settled_by" integer;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "appraised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "replied_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "replied_by" integer;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "improvement_task_id" integer;--> statement-breakpoint
ALTER TABLE "council_assignments" ADD CONSTRAINT "council_assignments_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_assignments" ADD CONSTRAINT "council_assignments_component_key_components_key_fk" FOREIGN KEY ("component_key") REFERENCES "public"."components"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_assignments" ADD CONSTRAINT "council_assignments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_phases" ADD CONSTRAINT "cycle_phases_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_units" ADD CONSTRAINT "cycle_units_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_units" ADD CONSTRAINT "cycle_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_units" ADD CONSTRAINT "cycle_units_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "council_assignments_unit_idx" ON "council_assignments" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "cycle_units_unit_idx" ON "cycle_units" USING btree ("unit_id");--> statement-breakpoint
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_copied_from_id_frameworks_id_fk" FOREIGN KEY ("copied_from_id") REFERENCES "public"."frameworks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_settled_by_users_id_fk" FOREIGN KEY ("settled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_replied_by_users_id_fk" FOREIGN KEY ("replied_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_improvement_task_id_tasks_id_fk" FOREIGN KEY ("improvement_task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_cycle_idx" ON "assessments" USING btree ("cycle_id","unit_id");--> statement-breakpoint
ALTER TABLE "criteria" ADD CONSTRAINT "criteria_steps" CHECK ("criteria"."scoring" <> 'steps' or "criteria"."steps" is not null);--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_settled_score" CHECK ("assessments"."settled_score" is null or "assessments"."settled_score" >= 0);