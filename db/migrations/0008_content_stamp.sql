CREATE TABLE "content_stamp" (
	"slot" smallint PRIMARY KEY NOT NULL,
	"changes" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "content_stamp_slot" CHECK ("content_stamp"."slot" >= 0 and "content_stamp"."slot" < 16)
);
--> statement-breakpoint
INSERT INTO "content_stamp" ("slot") SELECT generate_series(0, 15);--> statement-breakpoint
-- One more change in the slot of this connection, in the same transaction as the change itself:
-- the sum moves when the change commits. Once per transaction is enough (the flag is local to it,
-- and undone with a rolled-back savepoint); the insert covers a slot row removed by hand.
CREATE FUNCTION "content_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('par.content_changed', true) = '1' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('par.content_changed', '1', true);
  UPDATE "content_stamp" SET "changes" = "changes" + 1 WHERE "slot" = pg_backend_pid() % 16;
  IF NOT FOUND THEN
    INSERT INTO "content_stamp" ("slot", "changes") VALUES (pg_backend_pid() % 16, 1)
      ON CONFLICT ("slot") DO UPDATE SET "changes" = "content_stamp"."changes" + 1;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
-- Every table a page may show. Left out: sessions (a session's expiry slides once a minute),
-- log-in attempts, the audit log (no cached page shows it; every audited change also writes its
-- table) and the stamps. A table added later needs the same trigger: content-stamp.int.test.ts
-- lists any table without it.
DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public'
    AND tablename NOT IN ('content_stamp', 'unit_tree_stamp', 'sessions', 'login_attempts', 'audit_log')
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "content_changed"()', t || '_content_changed', t);
  END LOOP;
END
$$;
