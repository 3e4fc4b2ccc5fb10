// Registers the person-record types and mutations (D19): import-only composition.
import './person-record-fields.ts';
import './record-death-mutation.ts';
import './record-mental-capacity-assessment-mutation.ts';
import './change-person-details-mutation.ts';
import './record-carer-link-mutation.ts';
import './end-carer-link-mutation.ts';
import './set-plan-line-cqc-location-mutation.ts';
