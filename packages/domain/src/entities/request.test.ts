import { describe, expect, it } from 'vitest';
import { requestInputSchema } from './request.ts';

const request = {
  personId: 'p1',
  receivedDate: '2025-03-03',
  routeOfAccess: 'COMMUNITY_OTHER',
  source: 'SELF',
};

function issuesOf(input: unknown): { path: string; ruleCode: unknown }[] {
  const result = requestInputSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        ruleCode: issue.code === 'custom' ? issue.params?.ruleCode : undefined,
      }));
}

describe('requestInputSchema', () => {
  it('accepts an open request and a closed one with its outcome', () => {
    expect(issuesOf(request)).toEqual([]);
    expect(
      issuesOf({
        ...request,
        outcome: 'NFA_INFORMATION_AND_ADVICE',
        closedDate: '2025-03-04',
      }),
    ).toEqual([]);
    expect(requestInputSchema.parse(request).isConversation).toBe(false);
  });

  it('applies I-13: a closed date before the received date, or an outcome without one', () => {
    expect(
      issuesOf({
        ...request,
        outcome: 'NFA_INFORMATION_AND_ADVICE',
        closedDate: '2025-03-01',
      }),
    ).toEqual([{ path: 'closedDate', ruleCode: 'END_BEFORE_START' }]);
    expect(
      issuesOf({
        ...request,
        outcome: 'NFA_INFORMATION_AND_ADVICE',
      }),
    ).toEqual([{ path: 'closedDate', ruleCode: 'COMPLETED_WITHOUT_END_DATE' }]);
  });

  it('needs an outcome to close a request, and known codes', () => {
    expect(issuesOf({ ...request, closedDate: '2025-03-04' })).toEqual([
      { path: 'outcome', ruleCode: undefined },
    ]);
    expect(issuesOf({ ...request, source: 'NEIGHBOUR' })).toEqual([
      { path: 'source', ruleCode: undefined },
    ]);
  });
});
