import { describe, expect, it } from 'vitest';
import { AccommodationStatus, isSettledAccommodation } from './accommodation-status.ts';
import { ALL_CODE_LISTS } from './all-code-lists.ts';
import { ClientType } from './client-type.ts';
import { codeForLabel, defineCodeList, isCode, labelOf } from './code-list.ts';
import { CostFrequency, needsPlannedUnits } from './cost-frequency.ts';
import { DeliveryMechanism } from './delivery-mechanism.ts';
import { DeploymentMode, deliveryMechanismOfDeployment } from './deployment-mode.ts';
import { EligibilityOutcome } from './eligibility-outcome.ts';
import { EmploymentStatus } from './employment-status.ts';
import { Ethnicity, ethnicGroupOf } from './ethnicity.ts';
import { EventOutcomeR1, EventOutcomeR1ToR2 } from './event-outcome-r1.ts';
import { EventOutcomeR2, EventOutcomeR2HierarchyRank } from './event-outcome-r2.ts';
import { PrimarySupportReason } from './primary-support-reason.ts';
import { ReviewReason } from './review-reason.ts';
import { ServiceComponent } from './service-component.ts';
import { ServiceType } from './service-type.ts';

const SCREAMING_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const PASCAL = /^[A-Z][A-Za-z0-9]*$/;

describe('every code list', () => {
  it('has a unique PascalCase name', () => {
    const names = ALL_CODE_LISTS.map((list) => list.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(PASCAL);
  });

  it.each(ALL_CODE_LISTS.map((list) => [list.name, list] as const))(
    '%s has unique SCREAMING_SNAKE_CASE codes, each with a label',
    (_name, list) => {
      expect(list.codes.length).toBeGreaterThan(0);
      expect(new Set(list.codes).size).toBe(list.codes.length);
      expect(list.description.length).toBeGreaterThan(0);
      expect(list.source.length).toBeGreaterThan(0);
      for (const code of list.codes) {
        expect(code).toMatch(SCREAMING_SNAKE);
        const entry = list.entries[code];
        expect(entry?.r1 !== null || entry?.r2 !== null).toBe(true);
        for (const label of [entry?.r1, entry?.r2]) {
          if (label != null) expect(label.trim()).toBe(label);
        }
      }
    },
  );
});

describe('exact national labels', () => {
  it('Delivery Mechanism (S-03, S-02e)', () => {
    expect(DeliveryMechanism.entries.CASSR_MANAGED_PERSONAL_BUDGET.r1).toBe(
      'CASSR Managed Personal Budget',
    );
    expect(DeliveryMechanism.entries.CASSR_MANAGED_PERSONAL_BUDGET.r2).toBe(
      'CASSR managed personal budget',
    );
    expect(labelOf(DeliveryMechanism, 'DIRECT_PAYMENT', 'R2')).toBe('Direct payment');
  });

  it('Client Type renames carers in R2', () => {
    expect(labelOf(ClientType, 'CARER', 'R1')).toBe('Carer');
    expect(labelOf(ClientType, 'CARER', 'R2')).toBe('Unpaid carer');
  });

  it('Service Type and Primary Support Reason', () => {
    expect(ServiceType.entries.LT_COMMUNITY.r1).toBe('Long Term Support: Community');
    expect(ServiceType.entries.LT_COMMUNITY.r2).toBe('Long term support: Community');
    expect(ServiceType.entries.SHORT_TERM_RESIDENTIAL_OR_NURSING.r1).toBeNull();
    expect(PrimarySupportReason.codes).toHaveLength(13);
    expect(PrimarySupportReason.entries.PHYSICAL_ACCESS_AND_MOBILITY.r1).toBe(
      'Physical Support: Access & mobility only',
    );
    expect(PrimarySupportReason.entries.SOCIAL_SUPPORT_TO_CARER.r2).toBe(
      'Social support: Support to unpaid carer',
    );
  });

  it('Cost Frequency, Service Component, Review Reason', () => {
    expect(labelOf(CostFrequency, 'FOUR_WEEKLY', 'R1')).toBe('4-weekly');
    expect(labelOf(CostFrequency, 'NONE', 'R2')).toBe('No charge to client');
    expect(ServiceComponent.codes).toHaveLength(25);
    expect(ServiceComponent.entries.CARER_RESPITE.r1).toBe('Carer Respite');
    expect(ServiceComponent.entries.CARER_RESPITE.r2).toBe('Unpaid carer respite');
    expect(ReviewReason.entries.REVIEW_OF_SHORT_TERM_SUPPORT.r1).toBeNull();
    expect(ReviewReason.entries.UNPLANNED_HOSPITAL.r1).toBe(
      'Unplanned - Hospital (Planned and unplanned episodes)',
    );
  });

  it('Ethnicity: 19 groups and 2 No data values', () => {
    expect(Ethnicity.codes).toHaveLength(21);
    expect(Ethnicity.entries.WHITE_BRITISH.r2).toBe(
      'White: English, Welsh, Scottish, Northern Irish or British',
    );
    expect(Ethnicity.codes.filter((code) => ethnicGroupOf(code) === 'NO_DATA')).toEqual([
      'NO_DATA_REFUSED',
      'NO_DATA_UNDECLARED_OR_NOT_KNOWN',
    ]);
    expect(labelOf(Ethnicity, 'WHITE_ROMA', 'R1')).toBe('White: Roma');
  });

  it('Accommodation Status: 20 values, the first 9 settled', () => {
    expect(AccommodationStatus.codes).toHaveLength(20);
    expect(AccommodationStatus.codes.filter(isSettledAccommodation)).toEqual(
      AccommodationStatus.codes.slice(0, 9),
    );
    expect(AccommodationStatus.entries.TENANT_PRIVATE_LANDLORD.r1).toBe(
      'Tenant - private landlord',
    );
    expect(AccommodationStatus.entries.TENANT_PRIVATE_LANDLORD.r2).toBe('Tenant: Private landlord');
    expect(isSettledAccommodation('REGISTERED_CARE_HOME')).toBe(false);
  });

  it('Employment Status and Eligibility Outcome sizes', () => {
    expect(EmploymentStatus.codes).toHaveLength(7);
    expect(EligibilityOutcome.codes).toHaveLength(10);
  });
});

describe('event outcomes', () => {
  it('has 19 R1 and 16 R2 values', () => {
    expect(EventOutcomeR1.codes).toHaveLength(19);
    expect(EventOutcomeR2.codes).toHaveLength(16);
  });

  it('maps every R1 value to an R2 value or to "R1 only"', () => {
    for (const code of EventOutcomeR1.codes) {
      const mapped = EventOutcomeR1ToR2[code];
      if (mapped !== null) expect(isCode(EventOutcomeR2, mapped)).toBe(true);
    }
    expect(EventOutcomeR1ToR2.NFA_DECEASED).toBe('NFA_DECEASED');
    expect(EventOutcomeR1ToR2.PROGRESS_TO_END_OF_LIFE_CARE).toBeNull();
  });

  it('ranks R2 outcomes 1–17 without 3, each once', () => {
    const ranks = EventOutcomeR2.codes.map((code) => EventOutcomeR2HierarchyRank[code]);
    expect([...ranks].sort((a, b) => a - b)).toEqual([
      1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
    ]);
  });
});

describe('helpers', () => {
  const Demo = defineCodeList({
    name: 'Demo',
    description: 'A demo list.',
    source: 'test',
    entries: {
      ONLY_R1: { r1: 'Old label', r2: null },
      ONLY_R2: { r1: null, r2: 'New label' },
    },
  });

  it('keeps codes in definition order and freezes the list', () => {
    expect(Demo.codes).toEqual(['ONLY_R1', 'ONLY_R2']);
    expect(Object.isFrozen(Demo.entries)).toBe(true);
  });

  it('labelOf falls back to the other release', () => {
    expect(labelOf(Demo, 'ONLY_R1', 'R2')).toBe('Old label');
    expect(labelOf(Demo, 'ONLY_R2', 'R1')).toBe('New label');
  });

  it('isCode accepts codes only, not inherited keys', () => {
    expect(isCode(Demo, 'ONLY_R1')).toBe(true);
    expect(isCode(Demo, 'toString')).toBe(false);
    expect(isCode(Demo, 'Old label')).toBe(false);
  });

  it('codeForLabel reads CLD labels of either release', () => {
    expect(codeForLabel(DeliveryMechanism, 'cassr managed  personal budget')).toBe(
      'CASSR_MANAGED_PERSONAL_BUDGET',
    );
    expect(codeForLabel(DeliveryMechanism, 'Direct Payment', 'R1')).toBe('DIRECT_PAYMENT');
    expect(codeForLabel(ClientType, 'Carer', 'R2')).toBeNull();
    expect(codeForLabel(ClientType, 'Nobody')).toBeNull();
  });

  it('needsPlannedUnits only for frequencies finer than weekly', () => {
    expect(CostFrequency.codes.filter(needsPlannedUnits)).toEqual([
      'PER_SESSION',
      'HOURLY',
      'DAILY',
    ]);
  });

  it('maps deployment modes to delivery mechanisms', () => {
    for (const mode of DeploymentMode.codes) {
      expect(isCode(DeliveryMechanism, deliveryMechanismOfDeployment(mode))).toBe(true);
    }
    expect(deliveryMechanismOfDeployment('ISF')).toBe('CASSR_MANAGED_PERSONAL_BUDGET');
  });
});
