-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "council_id" UUID,
    "actor_subject" TEXT NOT NULL,
    "acting_for_person_id" UUID,
    "delegation_id" UUID,
    "kind" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "entity" TEXT,
    "entity_ids" UUID[],
    "outcome" TEXT NOT NULL,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "audit_log_council_id_at_idx" ON "audit_log"("council_id", "at");

-- CreateIndex
CREATE INDEX "audit_log_council_id_entity_at_idx" ON "audit_log"("council_id", "entity", "at");


-- The audit log is append-only: no role may change or remove an entry.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;

CREATE TRIGGER audit_log_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
