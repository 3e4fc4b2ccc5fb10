import type { Complexity } from '@openpb/domain/code-lists/complexity';
import type { StaffQualification } from '@openpb/domain/code-lists/staff-qualification';
import type { QualificationRules } from '@openpb/domain/entities/council-policy';
import { checkQualifiedWorker } from '@openpb/domain/rules/qualified-worker';
import type { RuleViolation } from '@openpb/domain/rules/rule-violation';

/**
 * I-6 for a worker who must hold the work themselves (a case allocation, a safeguarding lead):
 * no countersignature can stand in, and a violation points at the input field naming the worker.
 */
export function checkWorkerHoldsCase(
  work: {
    readonly complexity: Complexity;
    readonly safeguardingActive: boolean;
    readonly workerQualification: string;
  },
  rules: QualificationRules,
  workerField: string,
): readonly RuleViolation[] {
  return checkQualifiedWorker(
    { ...work, workerQualification: work.workerQualification as StaffQualification },
    { ...rules, allowCountersignature: false },
  ).map((violation) => ({ ...violation, path: [workerField] }));
}
