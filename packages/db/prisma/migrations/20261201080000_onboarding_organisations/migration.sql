-- Onboarding third-party apps without SQL (issue 13 item 3, docs/decisions.md D23): a council
-- administrator registers the organisation (brokerage, support planner, DPSS) an app acts for.
-- Organisations are shared by councils, so the API may add one but still not change or remove
-- one that another council's delegations and apps refer to.
GRANT INSERT ON "organisation" TO openpb_app;
