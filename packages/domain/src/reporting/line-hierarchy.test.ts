import { describe, expect, it } from 'vitest';
import { CARER_SUPPORT_HIERARCHY } from './carer-support.ts';
import { levelOfLine, levelOfRank, topLevel } from './line-hierarchy.ts';
import { SUPPORT_SETTING_HIERARCHY } from './support-setting.ts';

const line = (
  serviceType: string,
  deliveryMechanism: string | null,
  serviceComponent = 'DAY_SUPPORT',
) => ({
  serviceType,
  serviceComponent,
  deliveryMechanism,
});

describe('support setting hierarchy (domain.md §3.1.3)', () => {
  it.each([
    [line('LT_NURSING', 'DIRECT_PAYMENT'), 'NURSING'],
    [line('LT_RESIDENTIAL', 'CASSR_COMMISSIONED_SUPPORT'), 'RESIDENTIAL'],
    [line('LT_COMMUNITY', 'DIRECT_PAYMENT'), 'COMMUNITY_DIRECT_PAYMENT'],
    [
      line('LT_COMMUNITY', 'CASSR_COMMISSIONED_SUPPORT', 'DIRECT_PAYMENT'),
      'COMMUNITY_DIRECT_PAYMENT',
    ],
    [line('LT_COMMUNITY', 'CASSR_MANAGED_PERSONAL_BUDGET'), 'COMMUNITY_MANAGED_PERSONAL_BUDGET'],
    [line('LT_COMMUNITY', 'CASSR_COMMISSIONED_SUPPORT'), 'COMMUNITY_COMMISSIONED'],
    [line('LT_COMMUNITY', null), 'COMMUNITY_UNKNOWN_MECHANISM'],
    [line('LT_COMMUNITY', 'SELF_FUNDER_METERING_ONLY'), 'COMMUNITY_UNKNOWN_MECHANISM'],
    [line('LT_PRISON', 'CASSR_MANAGED_PERSONAL_BUDGET'), 'PRISON_MANAGED_PERSONAL_BUDGET'],
    [line('LT_PRISON', 'CASSR_COMMISSIONED_SUPPORT'), 'PRISON_COMMISSIONED'],
    [line('LT_PRISON', 'DIRECT_PAYMENT'), 'PRISON_UNKNOWN_MECHANISM'],
  ])('places %o at %s', (serviceLine, expected) => {
    expect(levelOfLine(SUPPORT_SETTING_HIERARCHY, serviceLine)?.level).toBe(expected);
  });

  it('leaves short-term and carer lines out', () => {
    expect(levelOfLine(SUPPORT_SETTING_HIERARCHY, line('ST_MAX', 'DIRECT_PAYMENT'))).toBeNull();
    expect(
      levelOfLine(SUPPORT_SETTING_HIERARCHY, line('CARER_DIRECT', 'DIRECT_PAYMENT')),
    ).toBeNull();
  });

  it('counts a client once at their highest setting', () => {
    const lines = [
      line('LT_COMMUNITY', 'CASSR_COMMISSIONED_SUPPORT'),
      line('LT_COMMUNITY', 'DIRECT_PAYMENT'),
    ];
    expect(topLevel(SUPPORT_SETTING_HIERARCHY, lines)).toBe('COMMUNITY_DIRECT_PAYMENT');
    expect(topLevel(SUPPORT_SETTING_HIERARCHY, [...lines, line('LT_NURSING', null)])).toBe(
      'NURSING',
    );
    expect(topLevel(SUPPORT_SETTING_HIERARCHY, [])).toBeNull();
  });

  it('has one level per rank', () => {
    const ranks = SUPPORT_SETTING_HIERARCHY.levels.map((level) => level.rank);
    expect(new Set(ranks).size).toBe(ranks.length);
    expect(levelOfRank(SUPPORT_SETTING_HIERARCHY, 3)).toBe('COMMUNITY_DIRECT_PAYMENT');
    expect(() => levelOfRank(SUPPORT_SETTING_HIERARCHY, 42)).toThrow(RangeError);
  });
});

describe('carer hierarchy (domain.md §3.1.3)', () => {
  it.each([
    [line('CARER_DIRECT', 'DIRECT_PAYMENT'), 'DIRECT_PAYMENT'],
    [line('CARER_DIRECT', 'CASSR_COMMISSIONED_SUPPORT', 'DIRECT_PAYMENT'), 'DIRECT_PAYMENT'],
    [line('CARER_DIRECT', 'CASSR_MANAGED_PERSONAL_BUDGET'), 'MANAGED_PERSONAL_BUDGET'],
    [line('CARER_DIRECT', 'CASSR_COMMISSIONED_SUPPORT'), 'COMMISSIONED_SUPPORT'],
    [line('CARER_DIRECT', null), 'DIRECT_TO_CARER_UNKNOWN_MECHANISM'],
    [
      line('CARER_DIRECT', 'DIRECT_PAYMENT', 'CARER_UNIVERSAL_SERVICES'),
      'INFORMATION_ADVICE_UNIVERSAL_SERVICES',
    ],
    [line('CARER_VIA_CARED_FOR', 'DIRECT_PAYMENT'), 'NO_DIRECT_SUPPORT_TO_CARER'],
  ])('places %o at %s', (serviceLine, expected) => {
    expect(levelOfLine(CARER_SUPPORT_HIERARCHY, serviceLine)?.level).toBe(expected);
  });

  it('ranks by rank, not by matching order', () => {
    const lines = [
      line('CARER_DIRECT', 'CASSR_COMMISSIONED_SUPPORT', 'CARER_UNIVERSAL_SERVICES'),
      line('CARER_DIRECT', 'CASSR_COMMISSIONED_SUPPORT'),
    ];
    expect(topLevel(CARER_SUPPORT_HIERARCHY, lines)).toBe('COMMISSIONED_SUPPORT');
  });
});
