// Registers the council reporting queries: import-only composition.
import './ratio.ts';
import './ascof-3d-query.ts';
import './cld-data-quality-query.ts';
import './cld-data-quality-summary-query.ts';
import './cld-submission-readiness-query.ts';
import './reviews-overdue-query.ts';
import './direct-payment-surpluses-query.ts';
import './recoveries-query.ts';
import './recovery-summary-query.ts';
import './waiting-times-query.ts';
import './caseload-by-qualification-query.ts';
import './complex-cases-query.ts';
import './council-summary-query.ts';
import './outcomes-at-review-query.ts';
