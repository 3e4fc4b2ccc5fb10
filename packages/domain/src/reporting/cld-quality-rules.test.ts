import { describe, expect, it } from 'vitest';
import type { CldEvent, CldSubmission } from './cld-event.ts';
import {
  CLD_QUALITY_RULES,
  cldQualityFailures,
  cldSubmissionFailures,
} from './cld-quality-rules.ts';
import {
  ASSESSMENT_EVENT,
  CARER_ASSESSMENT_EVENT,
  EVENTS_BREAKING_EACH_RULE,
  EVENTS_OUTSIDE_RULE_SCOPE,
  REQUEST_EVENT,
  REVIEW_EVENT,
  ruleKey,
  SERVICE_EVENT,
  SUBMISSION,
  SUBMISSION_R1,
  SUBMISSIONS_BREAKING_ROW_RULES,
  SUBMISSIONS_WITHIN_ROW_RULES,
} from './cld-test-events.ts';

const failures = (event: CldEvent, submission: CldSubmission = SUBMISSION) =>
  cldQualityFailures(event, submission).map((failure) => ruleKey(failure.rule));

const COMPLETE = [
  REQUEST_EVENT,
  ASSESSMENT_EVENT,
  SERVICE_EVENT,
  REVIEW_EVENT,
  CARER_ASSESSMENT_EVENT,
];

describe('CLD data-quality rules (domain.md §3.1.1, DHSC GetDQValues and de-duplication)', () => {
  it('passes complete events of every type, in either release', () => {
    for (const event of COMPLETE) {
      expect(failures(event)).toEqual([]);
      expect(failures(event, SUBMISSION_R1)).toEqual([]);
    }
  });

  it.each([...EVENTS_BREAKING_EACH_RULE].map(([rule, breaks]) => [ruleKey(rule), breaks] as const))(
    '%s: events that break it are reported, with nothing else',
    (key, { submission, events }) => {
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) expect(failures(event, submission)).toEqual([key]);
    },
  );

  it('does not apply rules outside their scope', () => {
    // in a Release 1 file: Release 2 has no financial assessments (Assessment_Type)
    for (const event of EVENTS_OUTSIDE_RULE_SCOPE)
      expect(failures(event, SUBMISSION_R1)).toEqual([]);
  });

  it.each(SUBMISSIONS_BREAKING_ROW_RULES.map((breaks) => [breaks.name, breaks] as const))(
    'compares rows: %s',
    (_name, { events, failures: expected }) => {
      const found = cldSubmissionFailures(events, SUBMISSION);
      expect(
        events.map((event) =>
          found
            .filter((failure) => failure.eventReference === event.eventReference)
            .map((failure) => ruleKey(failure.rule)),
        ),
      ).toEqual(expected);
    },
  );

  it('finds nothing wrong with rows that only look alike', () => {
    for (const events of SUBMISSIONS_WITHIN_ROW_RULES) {
      expect(cldSubmissionFailures(events, SUBMISSION)).toEqual([]);
    }
  });

  it('has an example breaking every rule, and names each rule once', () => {
    const covered = new Set([
      ...[...EVENTS_BREAKING_EACH_RULE]
        .filter(([, b]) => b.events.length > 0)
        .map(([r]) => ruleKey(r)),
      ...SUBMISSIONS_BREAKING_ROW_RULES.flatMap((breaks) => breaks.failures.flat()),
    ]);
    const keys = CLD_QUALITY_RULES.map(ruleKey);
    expect(new Set(keys).size).toBe(keys.length);
    const person = new Set(
      CLD_QUALITY_RULES.filter((rule) => rule.code === 'PERSON_DETAILS_DIFFER').map(ruleKey),
    );
    // one person field stands for the rest (they share one comparison, tested in SQL too)
    expect(keys.filter((key) => !covered.has(key) && !person.has(key))).toEqual([]);
  });

  it('gives every rule a severity and a message; only row comparisons can be warnings', () => {
    for (const rule of CLD_QUALITY_RULES) {
      expect(rule.message.length).toBeGreaterThan(20);
      const warning = ['MERGED_DELIVERY_MECHANISMS', 'PERSON_DETAILS_DIFFER'].includes(rule.code);
      expect(rule.severity).toBe(warning ? 'WARNING' : 'ERROR');
    }
  });
});
