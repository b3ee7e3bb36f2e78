CREATE TABLE "unit_tree_stamp" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"stamp" uuid DEFAULT gen_random_uuid() NOT NULL,
	CONSTRAINT "unit_tree_stamp_one_row" CHECK ("unit_tree_stamp"."id" = 1)
);
--> statement-breakpoint
INSERT INTO "unit_tree_stamp" ("id") VALUES (1);--> statement-breakpoint
-- A new stamp in the same transaction as any change to the tree's shape, visible when it commits.
CREATE FUNCTION "unit_tree_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "unit_tree_stamp" ("id", "stamp") VALUES (1, gen_random_uuid())
    ON CONFLICT ("id") DO UPDATE SET "stamp" = excluded."stamp";
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "units_tree_changed" AFTER INSERT OR DELETE OR UPDATE OF "id", "parent_id", "kind" ON "units"
  FOR EACH STATEMENT EXECUTE FUNCTION "unit_tree_changed"();--> statement-breakpoint
CREATE TRIGGER "units_tree_truncated" AFTER TRUNCATE ON "units"
  FOR EACH STATEMENT EXECUTE FUNCTION "unit_tree_changed"();
