// Registers the delegation types and mutations: import-only composition.
import './delegation.ts';
import './grant-delegation-mutation.ts';
import './revoke-delegation-mutation.ts';
import './propose-support-plan-mutation.ts';
import './submit-spend-mutation.ts';
import './third-party-origin.ts';
