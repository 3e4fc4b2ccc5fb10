-- The names of the migrations applied, for the API's readiness probe (GET /health/ready, issue 11
-- item 2). The API's login may not read "_prisma_migrations" (row-level security migration); this
-- function shows it the names only, nothing else of the table.
CREATE FUNCTION openpb_applied_migrations() RETURNS SETOF text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT migration_name FROM "_prisma_migrations"
  WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
$$;

REVOKE ALL ON FUNCTION openpb_applied_migrations() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION openpb_applied_migrations() TO openpb_app;
