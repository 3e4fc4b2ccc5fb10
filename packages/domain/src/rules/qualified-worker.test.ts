import { describe, expect, it } from 'vitest';
import { DEFAULT_LA_POLICY, type QualificationRules } from '../entities/council-policy.ts';
import { checkQualifiedWorker, requiresQualifiedWorker } from './qualified-worker.ts';

const strict: QualificationRules = {
  ...DEFAULT_LA_POLICY.qualificationRules,
  allowCountersignature: false,
};

describe('I-6 qualified worker', () => {
  it('does not apply to ordinary work', () => {
    const work = {
      complexity: 'MEDIUM',
      safeguardingActive: false,
      workerQualification: 'SOCIAL_CARE_OFFICER',
    } as const;
    expect(requiresQualifiedWorker(work)).toBe(false);
    expect(checkQualifiedWorker(work)).toEqual([]);
  });

  it('passes complex work done by a registered social worker', () => {
    expect(
      checkQualifiedWorker({
        complexity: 'HIGH',
        safeguardingActive: false,
        workerQualification: 'REGISTERED_SOCIAL_WORKER',
      }),
    ).toEqual([]);
  });

  it('passes safeguarding work countersigned by a social worker when the policy allows it', () => {
    expect(
      checkQualifiedWorker({
        complexity: 'LOW',
        safeguardingActive: true,
        workerQualification: 'SOCIAL_WORK_ASSISTANT',
        countersignerQualification: 'REGISTERED_SOCIAL_WORKER',
      }),
    ).toEqual([]);
  });

  it('fails at countersignedById without a qualified countersigner', () => {
    expect(
      checkQualifiedWorker({
        complexity: 'HIGH',
        safeguardingActive: false,
        workerQualification: 'ASSESSMENT_OFFICER',
      }),
    ).toEqual([
      {
        code: 'QUALIFIED_SOCIAL_WORKER_REQUIRED',
        message: expect.stringContaining('countersigned'),
        path: ['countersignedById'],
      },
    ]);
  });

  it('fails at assessorId when the policy does not accept countersignature', () => {
    expect(
      checkQualifiedWorker(
        {
          complexity: 'LOW',
          safeguardingActive: true,
          workerQualification: 'SOCIAL_WORK_ASSISTANT',
          countersignerQualification: 'REGISTERED_SOCIAL_WORKER',
        },
        strict,
      ),
    ).toEqual([
      {
        code: 'QUALIFIED_SOCIAL_WORKER_REQUIRED',
        message: expect.any(String),
        path: ['assessorId'],
      },
    ]);
  });

  it('follows the council policy switches', () => {
    const relaxed = { ...DEFAULT_LA_POLICY.qualificationRules, requireForHighComplexity: false };
    expect(
      checkQualifiedWorker(
        { complexity: 'HIGH', safeguardingActive: false, workerQualification: 'OTHER' },
        relaxed,
      ),
    ).toEqual([]);
    const withOt = {
      ...strict,
      qualifyingQualifications: ['REGISTERED_SOCIAL_WORKER', 'OCCUPATIONAL_THERAPIST'] as const,
    };
    expect(
      checkQualifiedWorker(
        {
          complexity: 'HIGH',
          safeguardingActive: false,
          workerQualification: 'OCCUPATIONAL_THERAPIST',
        },
        withOt,
      ),
    ).toEqual([]);
  });
});
