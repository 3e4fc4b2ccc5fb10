/**
 * I-6 Complex and safeguarding work: when a case is HIGH complexity or has an open safeguarding
 * concern, the assessor or lead must be a registered social worker, or be countersigned by one.
 * This is council policy, not law (S-14 debate; the law asks only for "appropriately trained"
 * assessors, S-10b), so the rule is driven by `LaPolicy.qualificationRules`.
 */
import type { Complexity } from '../code-lists/complexity.ts';
import type { StaffQualification } from '../code-lists/staff-qualification.ts';
import { DEFAULT_LA_POLICY, type QualificationRules } from '../entities/council-policy.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

export interface CaseWork {
  readonly complexity: Complexity;
  readonly safeguardingActive: boolean;
  readonly workerQualification: StaffQualification;
  /** Qualification of the countersigning worker, if any. */
  readonly countersignerQualification?: StaffQualification | null | undefined;
}

/** Whether the policy requires a qualifying worker for this case. */
export function requiresQualifiedWorker(
  work: Pick<CaseWork, 'complexity' | 'safeguardingActive'>,
  rules: QualificationRules = DEFAULT_LA_POLICY.qualificationRules,
): boolean {
  return (
    (rules.requireForHighComplexity && work.complexity === 'HIGH') ||
    (rules.requireForSafeguarding && work.safeguardingActive)
  );
}

export function checkQualifiedWorker(
  work: CaseWork,
  rules: QualificationRules = DEFAULT_LA_POLICY.qualificationRules,
): readonly RuleViolation[] {
  if (!requiresQualifiedWorker(work, rules)) return [];
  const qualifies = (qualification: StaffQualification | null | undefined) =>
    qualification != null && rules.qualifyingQualifications.includes(qualification);
  if (qualifies(work.workerQualification)) return [];
  if (rules.allowCountersignature && qualifies(work.countersignerQualification)) return [];
  const why = work.safeguardingActive ? 'an open safeguarding concern' : 'high complexity';
  return [
    violation(
      'QUALIFIED_SOCIAL_WORKER_REQUIRED',
      rules.allowCountersignature
        ? `Work with ${why} must be done or countersigned by a registered social worker.`
        : `Work with ${why} must be done by a registered social worker.`,
      rules.allowCountersignature ? ['countersignedById'] : ['assessorId'],
    ),
  ];
}
