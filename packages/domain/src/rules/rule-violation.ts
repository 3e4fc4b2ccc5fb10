/**
 * The result of checking an invariant of domain.md §6.4: a list of violations, empty when the
 * rule holds. `path` names the offending input field (e.g. `['deployments', '0',
 * 'annualAmountPence']`) so the API can return it with the error.
 */

/** One code per rule and failure; the comment gives the domain.md invariant id. */
export const RULE_CODES = [
  /** I-1 */
  'BUDGET_ARITHMETIC',
  /** I-2 */
  'PLAN_COST_EXCEEDS_BUDGET',
  'PLAN_COST_BELOW_BUDGET',
  /** I-3 */
  'ELIGIBILITY_INCONSISTENT',
  /** I-4 */
  'DEPLOYMENTS_DO_NOT_SUM',
  /** I-5 */
  'APPROVAL_LIMIT_EXCEEDED',
  /** I-6 */
  'QUALIFIED_SOCIAL_WORKER_REQUIRED',
  /** I-7 */
  'DP_CAPACITY_MISMATCH',
  'DP_RECIPIENT_MISMATCH',
  'DP_EXCLUDED',
  /** I-8 */
  'FAMILY_PAYMENT_NOT_APPROVED',
  /** I-9 */
  'NET_PAYMENT_ARITHMETIC',
  /** I-10 */
  'REVIEW_DUE_TOO_LATE',
  'REVIEW_DUE_AFTER_TARGET',
  /** I-12 */
  'RECOVERY_EXCEEDS_RECOVERABLE',
  'CARD_SWEEP_NOT_NOTIFIED',
  /** I-13 */
  'END_BEFORE_START',
  'EVENT_AFTER_DEATH',
  'COMPLETED_WITHOUT_END_DATE',
  /** I-14 */
  'CLD_COST_INCOMPLETE',
  /** I-15 */
  'DP_IN_PRISON',
  /** I-16 */
  'REVIEW_OUTCOME_REQUIRED',
  /** I-17 */
  'DELEGATION_SCOPE_MISSING',
  'DELEGATION_NOT_ACTIVE',
  'DELEGATION_GRANTOR_INVALID',
  /** I-18 */
  'NEGATIVE_AMOUNT',
  'NOT_WHOLE_PENCE',
  /** DP account ledger [P] */
  'LEDGER_DIRECTION_INVALID',
  /** Lifecycles (packages/domain/src/lifecycle) */
  'STATUS_TRANSITION_NOT_ALLOWED',
  /** I-13 statuses and dates agree */
  'ENDED_WITHOUT_PAST_END_DATE',
  'PLAN_ENDS_BEFORE_LINES',
  /** I-5 the signer's own level */
  'SIGN_OFF_ABOVE_SIGNER_LEVEL',
  /** KM v Cambridgeshire: a final budget that differs from the indicative amount needs reasons */
  'INDICATIVE_DIFFERENCE_REASONS_REQUIRED',
  /** I-13 a person's records fall within their life (no date before birth) */
  'DATE_BEFORE_BIRTH',
] as const;

/** One code per rule failure; each becomes a value of the API's ErrorCode enum. */
export type RuleCode = (typeof RULE_CODES)[number];

/** `error` blocks the action; `warning` is advice (e.g. a first review after the 42-day target). */
export type RuleSeverity = 'error' | 'warning';

export interface RuleViolation {
  readonly code: RuleCode;
  readonly message: string;
  readonly path: readonly string[];
  /** Absent means `error`. */
  readonly severity?: RuleSeverity;
}

/** Builds a violation; `path` items may be array indexes, stored as strings. */
export function violation(
  code: RuleCode,
  message: string,
  path: readonly (string | number)[],
  severity: RuleSeverity = 'error',
): RuleViolation {
  const base = { code, message, path: path.map(String) };
  return severity === 'warning' ? { ...base, severity } : base;
}

/** Only the violations that block (severity `error`). */
export function errorsOnly(violations: readonly RuleViolation[]): readonly RuleViolation[] {
  return violations.filter((item) => item.severity !== 'warning');
}

/** Prefixes every violation's path, to nest one rule's result inside a larger input. */
export function atPath(
  prefix: readonly (string | number)[],
  violations: readonly RuleViolation[],
): readonly RuleViolation[] {
  return violations.map((item) => ({ ...item, path: [...prefix.map(String), ...item.path] }));
}
