// Registers the queries of each role's worklist (the demo's workspaces): import-only composition.
import './my-caseload-query.ts';
import './support-plans-awaiting-approval-query.ts';
import './direct-payments-due-query.ts';
