-- Least privilege for reading organisations (issue 13, docs/decisions.md D30). Organisations are
-- shared by councils and carry no council_id; a council's staff read one only when it is related
-- to their council: the council registered it (this column, written by registerOrganisation), or
-- it has an app, a delegation, a representative, a plan line or a deployment in the council.
-- Organisations registered before this column existed keep NULL and are reached by those relations.
ALTER TABLE "organisation" ADD COLUMN "registered_by_council_id" UUID;
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_registered_by_council_id_fkey"
  FOREIGN KEY ("registered_by_council_id") REFERENCES "council"("id");
