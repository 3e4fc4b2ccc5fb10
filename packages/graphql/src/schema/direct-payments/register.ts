// Registers the direct-payments types, queries and mutations: import-only composition.
import './direct-payment-agreement.ts';
import './direct-payment.ts';
import './account-transaction.ts';
import './direct-payment-audit.ts';
import './recovery.ts';
import './pa-employment.ts';
import './person-direct-payment-agreements.ts';
import './agreement-statement.ts';
import './set-up-direct-payment-mutation.ts';
import './schedule-direct-payments-mutation.ts';
import './record-direct-payment-mutation.ts';
import './record-account-transaction-mutation.ts';
import './record-pa-employment-mutation.ts';
import './complete-audit-mutation.ts';
import './raise-recovery-mutation.ts';
import './notify-recovery-mutation.ts';
import './complete-recovery-mutation.ts';
