import { describe, expect, it } from 'vitest';
import type { CldEvent } from './cld-event.ts';
import { CLD_QUALITY_RULES, cldQualityFailures } from './cld-quality-rules.ts';
import {
  ASSESSMENT_EVENT,
  EVENTS_BREAKING_EACH_RULE,
  EVENTS_OUTSIDE_RULE_SCOPE,
  REQUEST_EVENT,
  REVIEW_EVENT,
  SERVICE_EVENT,
  SUBMISSION,
} from './cld-test-events.ts';

const failures = (event: CldEvent) =>
  cldQualityFailures(event, SUBMISSION).map((failure) => `${failure.field}:${failure.rule}`);

describe('CLD data-quality rules (domain.md §3.1.1)', () => {
  it('passes complete events of every type', () => {
    for (const event of [REQUEST_EVENT, ASSESSMENT_EVENT, SERVICE_EVENT, REVIEW_EVENT]) {
      expect(failures(event)).toEqual([]);
    }
  });

  it.each(CLD_QUALITY_RULES.map((rule) => [rule.field, rule.code] as const))(
    '%s: events that break %s are reported',
    (field, code) => {
      for (const event of EVENTS_BREAKING_EACH_RULE[field]) {
        expect(failures(event)).toEqual([`${field}:${code}`]);
      }
    },
  );

  it('does not apply rules outside their scope', () => {
    for (const event of EVENTS_OUTSIDE_RULE_SCOPE) expect(failures(event)).toEqual([]);
  });

  it('has one rule per field, so that a field names a position in the rule order', () => {
    const fields = CLD_QUALITY_RULES.map((rule) => rule.field);
    expect(new Set(fields).size).toBe(fields.length);
  });
});
