CREATE TYPE "public"."audit_action" AS ENUM('create', 'update', 'delete', 'seed', 'login', 'logout');--> statement-breakpoint
CREATE TYPE "public"."comparison_op" AS ENUM('gt', 'gte', 'eq', 'lt', 'lte');--> statement-breakpoint
CREATE TYPE "public"."component_kind" AS ENUM('appraised', 'survey', 'sipas', 'total');--> statement-breakpoint
CREATE TYPE "public"."deadline_kind" AS ENUM('date', 'yearly', 'period', 'rule', 'none');--> statement-breakpoint
CREATE TYPE "public"."evidence_kind" AS ENUM('file', 'document');--> statement-breakpoint
CREATE TYPE "public"."plan_kind" AS ENUM('improvement', 'scoring-cycle');--> statement-breakpoint
CREATE TYPE "public"."plan_unit_role" AS ENUM('evaluated', 'council-member');--> statement-breakpoint
CREATE TYPE "public"."rank_op" AS ENUM('at-most', 'top-group', 'rise');--> statement-breakpoint
CREATE TYPE "public"."result_source" AS ENUM('published', 'appraised', 'self-assessed');--> statement-breakpoint
CREATE TYPE "public"."score_op" AS ENUM('gt', 'gte', 'eq', 'gt-previous-year');--> statement-breakpoint
CREATE TYPE "public"."score_unit" AS ENUM('percent', 'points');--> statement-breakpoint
CREATE TYPE "public"."survey_method" AS ENUM('online', 'direct');--> statement-breakpoint
CREATE TYPE "public"."task_phase" AS ENUM('preparation', 'self-assessment', 'survey', 'appraisal', 'compilation', 'approval', 'announcement', 'reporting');--> statement-breakpoint
CREATE TYPE "public"."task_role" AS ENUM('lead', 'coordinating');--> statement-breakpoint
CREATE TYPE "public"."task_status" AS ENUM('chua-thuc-hien', 'dang-thuc-hien', 'hoan-thanh', 'hoan-thanh-cham', 'khong-thuc-hien-duoc');--> statement-breakpoint
CREATE TYPE "public"."task_update_kind" AS ENUM('progress', 'contribution', 'direction', 'comment');--> statement-breakpoint
CREATE TYPE "public"."unit_kind" AS ENUM('province', 'provincial-agency', 'vertical-agency', 'district', 'district-office', 'commune', 'other');--> statement-breakpoint
CREATE TYPE "public"."unit_level" AS ENUM('province', 'provincial-agency', 'district', 'commune');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('quan-tri', 'noi-vu', 'lanh-dao', 'don-vi', 'tham-dinh');--> statement-breakpoint
CREATE TABLE "units" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "units_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" "unit_kind" NOT NULL,
	"parent_id" integer,
	"position" integer DEFAULT 0 NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"note" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_code_unique" UNIQUE("code"),
	CONSTRAINT "units_not_own_parent" CHECK ("units"."parent_id" is null or "units"."parent_id" <> "units"."id"),
	CONSTRAINT "units_name_not_blank" CHECK (length(trim("units"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "components" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"kind" "component_kind" NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "criteria" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "criteria_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"framework_component_id" integer NOT NULL,
	"parent_id" integer,
	"ordinal" text,
	"title" text NOT NULL,
	"max_points" numeric(7, 2),
	"evidence_required" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "criteria_max" CHECK ("criteria"."max_points" is null or "criteria"."max_points" >= 0)
);
--> statement-breakpoint
CREATE TABLE "framework_components" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "framework_components_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"framework_id" integer NOT NULL,
	"component_key" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"max_points" numeric(7, 2),
	"kind" "component_kind" NOT NULL,
	CONSTRAINT "framework_components_key" UNIQUE("framework_id","component_key"),
	CONSTRAINT "framework_components_max" CHECK ("framework_components"."max_points" is null or "framework_components"."max_points" > 0)
);
--> statement-breakpoint
CREATE TABLE "frameworks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "frameworks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" "unit_level" NOT NULL,
	"from_year" integer NOT NULL,
	"decision" text,
	"issuer_unit_id" integer,
	"max_points" numeric(7, 2),
	CONSTRAINT "frameworks_code_unique" UNIQUE("code"),
	CONSTRAINT "frameworks_year" CHECK ("frameworks"."from_year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "results" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "results_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"component_key" text NOT NULL,
	"points" numeric(7, 2),
	"max_points" numeric(7, 2),
	"percent" numeric(5, 2),
	"rank" integer,
	"rank_of" integer,
	"source" "result_source" NOT NULL,
	"printed" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "results_unit_year_component_source" UNIQUE("unit_id","year","component_key","source"),
	CONSTRAINT "results_year" CHECK ("results"."year" between 2000 and 2100),
	CONSTRAINT "results_has_score" CHECK ("results"."points" is not null or "results"."percent" is not null or "results"."rank" is not null),
	CONSTRAINT "results_percent_range" CHECK ("results"."percent" is null or ("results"."percent" >= 0 and "results"."percent" <= 100)),
	CONSTRAINT "results_points_range" CHECK ("results"."points" is null or "results"."points" >= 0),
	CONSTRAINT "results_points_max" CHECK ("results"."max_points" is null or "results"."points" is null or "results"."points" <= "results"."max_points"),
	CONSTRAINT "results_rank_positive" CHECK ("results"."rank" is null or "results"."rank" >= 1),
	CONSTRAINT "results_rank_of" CHECK ("results"."rank_of" is null or "results"."rank" is null or "results"."rank" <= "results"."rank_of")
);
--> statement-breakpoint
CREATE TABLE "target_units" (
	"target_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "target_units_target_id_unit_id_pk" PRIMARY KEY("target_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "targets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"seed_key" text,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"component_key" text NOT NULL,
	"label" text NOT NULL,
	"score_op" "score_op",
	"score_value" numeric(7, 2),
	"score_unit" "score_unit",
	"rank_op" "rank_op",
	"rank_value" integer,
	"printed" text NOT NULL,
	"rank_printed" text,
	"responsible_printed" text,
	"plan_id" integer,
	CONSTRAINT "targets_seed_key_unique" UNIQUE("seed_key"),
	CONSTRAINT "targets_year" CHECK ("targets"."year" between 2000 and 2100),
	CONSTRAINT "targets_has_condition" CHECK ("targets"."score_op" is not null or "targets"."rank_op" is not null),
	CONSTRAINT "targets_score_value" CHECK (("targets"."score_op" is null and "targets"."score_value" is null) or ("targets"."score_op" = 'gt-previous-year' and "targets"."score_value" is null) or ("targets"."score_op" in ('gt','gte','eq') and "targets"."score_value" is not null and "targets"."score_unit" is not null)),
	CONSTRAINT "targets_rank_value" CHECK (("targets"."rank_op" = 'at-most' and "targets"."rank_value" >= 1) or ("targets"."rank_op" is distinct from 'at-most' and "targets"."rank_value" is null))
);
--> statement-breakpoint
CREATE TABLE "plan_units" (
	"plan_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"role" "plan_unit_role" NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "plan_units_plan_id_unit_id_role_pk" PRIMARY KEY("plan_id","unit_id","role")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"number" text,
	"number_printed" text,
	"issued_on" date,
	"date_printed" text,
	"issuer_unit_id" integer NOT NULL,
	"title" text NOT NULL,
	"kind" "plan_kind" NOT NULL,
	"from_year" integer NOT NULL,
	"to_year" integer NOT NULL,
	"parent_plan_id" integer,
	"implements_printed" text,
	"reporting_deadline_text" text,
	"reporting_deadline" jsonb,
	"report_to_unit_id" integer,
	"summary" text,
	"source_file" text,
	"signer_title" text,
	"signer_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_code_unique" UNIQUE("code"),
	CONSTRAINT "plans_years" CHECK ("plans"."from_year" between 2000 and 2100 and "plans"."to_year" between "plans"."from_year" and 2100),
	CONSTRAINT "plans_not_own_parent" CHECK ("plans"."parent_plan_id" is null or "plans"."parent_plan_id" <> "plans"."id"),
	CONSTRAINT "plans_title_not_blank" CHECK (length(trim("plans"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "survey_forms" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "survey_forms_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"code" text NOT NULL,
	"respondents" text NOT NULL,
	"method" "survey_method" NOT NULL,
	"planned" integer,
	"returned" integer,
	"note" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "survey_forms_plan_code" UNIQUE("plan_id","code"),
	CONSTRAINT "survey_forms_planned" CHECK ("survey_forms"."planned" is null or "survey_forms"."planned" >= 0),
	CONSTRAINT "survey_forms_returned" CHECK ("survey_forms"."returned" is null or "survey_forms"."returned" >= 0)
);
--> statement-breakpoint
CREATE TABLE "task_components" (
	"task_id" integer NOT NULL,
	"component_key" text NOT NULL,
	CONSTRAINT "task_components_task_id_component_key_pk" PRIMARY KEY("task_id","component_key")
);
--> statement-breakpoint
CREATE TABLE "task_numeric_targets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_numeric_targets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"task_id" integer NOT NULL,
	"metric" text NOT NULL,
	"op" "comparison_op" NOT NULL,
	"value" numeric(12, 2) NOT NULL,
	"unit" text NOT NULL,
	"year" integer,
	"printed" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_units" (
	"task_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"role" "task_role" NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "task_units_task_id_unit_id_role_pk" PRIMARY KEY("task_id","unit_id","role")
);
--> statement-breakpoint
CREATE TABLE "task_updates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_updates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"task_id" integer NOT NULL,
	"kind" "task_update_kind" NOT NULL,
	"unit_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"status" "task_status",
	"progress" integer,
	"report" text,
	"reason" text,
	"task_version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_updates_progress_range" CHECK ("task_updates"."progress" is null or "task_updates"."progress" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tasks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"seed_key" text,
	"plan_id" integer NOT NULL,
	"parent_id" integer,
	"position" integer NOT NULL,
	"ordinal" text,
	"title" text NOT NULL,
	"content" text,
	"is_heading" boolean DEFAULT false NOT NULL,
	"lead_printed" text,
	"coordinating_printed" text,
	"deadline_text" text,
	"deadline_kind" "deadline_kind" DEFAULT 'none' NOT NULL,
	"deadline" jsonb DEFAULT '{"kind":"none"}'::jsonb NOT NULL,
	"evidence_required" text,
	"phase" "task_phase",
	"status" "task_status" DEFAULT 'chua-thuc-hien' NOT NULL,
	"status_reason" text,
	"progress" integer DEFAULT 0 NOT NULL,
	"completed_on" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"parent_task_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_seed_key_unique" UNIQUE("seed_key"),
	CONSTRAINT "tasks_progress_range" CHECK ("tasks"."progress" between 0 and 100),
	CONSTRAINT "tasks_not_own_parent" CHECK ("tasks"."parent_id" is null or "tasks"."parent_id" <> "tasks"."id"),
	CONSTRAINT "tasks_title_not_blank" CHECK (length(trim("tasks"."title")) > 0),
	CONSTRAINT "tasks_reason_when_not_done" CHECK ("tasks"."status" <> 'khong-thuc-hien-duoc' or ("tasks"."status_reason" is not null and length(trim("tasks"."status_reason")) > 0)),
	CONSTRAINT "tasks_deadline_kind_matches" CHECK ("tasks"."deadline"->>'kind' = "tasks"."deadline_kind"::text)
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evidence_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "evidence_kind" NOT NULL,
	"task_id" integer,
	"task_update_id" integer,
	"assessment_id" integer,
	"sha256" text,
	"original_name" text,
	"mime_type" text,
	"size_bytes" integer,
	"doc_number" text,
	"doc_date" date,
	"doc_issuer" text,
	"title" text,
	"unit_id" integer NOT NULL,
	"added_by" integer NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_owner" CHECK ("evidence"."task_id" is not null or "evidence"."assessment_id" is not null),
	CONSTRAINT "evidence_kind_fields" CHECK (("evidence"."kind" = 'file' and "evidence"."sha256" is not null and "evidence"."original_name" is not null and "evidence"."size_bytes" is not null and "evidence"."size_bytes" <= 20971520)
       or ("evidence"."kind" = 'document' and "evidence"."doc_number" is not null and length(trim("evidence"."doc_number")) > 0))
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assessments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"criterion_id" integer NOT NULL,
	"self_score" numeric(7, 2),
	"self_note" text,
	"self_by" integer,
	"appraised_score" numeric(7, 2),
	"appraiser_remark" text,
	"appraised_by" integer,
	"reply" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_unit_year_criterion" UNIQUE("unit_id","year","criterion_id"),
	CONSTRAINT "assessments_year" CHECK ("assessments"."year" between 2000 and 2100),
	CONSTRAINT "assessments_self_score" CHECK ("assessments"."self_score" is null or "assessments"."self_score" >= 0),
	CONSTRAINT "assessments_appraised_score" CHECK ("assessments"."appraised_score" is null or "assessments"."appraised_score" >= 0)
);
--> statement-breakpoint
CREATE TABLE "survey_scores" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "survey_scores_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"component_key" text NOT NULL,
	"survey_form_id" integer,
	"score" numeric(7, 2) NOT NULL,
	CONSTRAINT "survey_scores_unit_year_component_form" UNIQUE("unit_id","year","component_key","survey_form_id"),
	CONSTRAINT "survey_scores_nonnegative" CHECK ("survey_scores"."score" >= 0)
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "login_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"ip" text NOT NULL,
	"success" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"user_id" integer NOT NULL,
	"role" "user_role" NOT NULL,
	CONSTRAINT "user_roles_user_id_role_pk" PRIMARY KEY("user_id","role")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"full_name" text NOT NULL,
	"unit_id" integer NOT NULL,
	"password_hash" text NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone,
	CONSTRAINT "users_username_unique" UNIQUE("username"),
	CONSTRAINT "users_username_format" CHECK ("users"."username" ~ '^[a-z0-9][a-z0-9._-]{2,63}$')
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" integer,
	"unit_id" integer,
	"action" "audit_action" NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criteria" ADD CONSTRAINT "criteria_framework_component_id_framework_components_id_fk" FOREIGN KEY ("framework_component_id") REFERENCES "public"."framework_components"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criteria" ADD CONSTRAINT "criteria_parent_id_criteria_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."criteria"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_components" ADD CONSTRAINT "framework_components_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_components" ADD CONSTRAINT "framework_components_component_key_components_key_fk" FOREIGN KEY ("component_key") REFERENCES "public"."components"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_issuer_unit_id_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_component_key_components_key_fk" FOREIGN KEY ("component_key") REFERENCES "public"."components"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_units" ADD CONSTRAINT "target_units_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_units" ADD CONSTRAINT "target_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_component_key_components_key_fk" FOREIGN KEY ("component_key") REFERENCES "public"."components"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_units" ADD CONSTRAINT "plan_units_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_units" ADD CONSTRAINT "plan_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_issuer_unit_id_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_parent_plan_id_plans_id_fk" FOREIGN KEY ("parent_plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_report_to_unit_id_units_id_fk" FOREIGN KEY ("report_to_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_forms" ADD CONSTRAINT "survey_forms_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_components" ADD CONSTRAINT "task_components_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_components" ADD CONSTRAINT "task_components_component_key_components_key_fk" FOREIGN KEY ("component_key") REFERENCES "public"."components"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_numeric_targets" ADD CONSTRAINT "task_numeric_targets_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_units" ADD CONSTRAINT "task_units_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_units" ADD CONSTRAINT "task_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_updates" ADD CONSTRAINT "task_updates_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_updates" ADD CONSTRAINT "task_updates_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_updates" ADD CONSTRAINT "task_updates_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_parent_id_tasks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_parent_task_id_tasks_id_fk" FOREIGN KEY ("parent_task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_task_update_id_task_updates_id_fk" FOREIGN KEY ("task_update_id") REFERENCES "public"."task_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_criterion_id_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."criteria"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_self_by_users_id_fk" FOREIGN KEY ("self_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_appraised_by_users_id_fk" FOREIGN KEY ("appraised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_scores" ADD CONSTRAINT "survey_scores_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_scores" ADD CONSTRAINT "survey_scores_component_key_components_key_fk" FOREIGN KEY ("component_key") REFERENCES "public"."components"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_scores" ADD CONSTRAINT "survey_scores_survey_form_id_survey_forms_id_fk" FOREIGN KEY ("survey_form_id") REFERENCES "public"."survey_forms"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "results_year_component_idx" ON "results" USING btree ("year","component_key");--> statement-breakpoint
CREATE INDEX "targets_unit_year_idx" ON "targets" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "plans_issuer_idx" ON "plans" USING btree ("issuer_unit_id");--> statement-breakpoint
CREATE INDEX "task_components_key_idx" ON "task_components" USING btree ("component_key");--> statement-breakpoint
CREATE INDEX "task_numeric_targets_task_idx" ON "task_numeric_targets" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "task_units_unit_idx" ON "task_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "task_updates_task_idx" ON "task_updates" USING btree ("task_id","created_at");--> statement-breakpoint
CREATE INDEX "tasks_plan_idx" ON "tasks" USING btree ("plan_id","parent_id","position");--> statement-breakpoint
CREATE INDEX "evidence_task_idx" ON "evidence" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "evidence_assessment_idx" ON "evidence" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "survey_scores_year_idx" ON "survey_scores" USING btree ("year");--> statement-breakpoint
CREATE INDEX "login_attempts_username_idx" ON "login_attempts" USING btree ("username","at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_idx" ON "login_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");