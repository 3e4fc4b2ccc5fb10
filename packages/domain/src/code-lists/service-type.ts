import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * CLD Service Type (domain.md §3.1.2, §6.3). R1 [S-01b, S-01c, S-01f]; R2 with DHSC grouping [S-02c].
 */
export const ServiceType = defineCodeList({
  name: 'ServiceType',
  description: 'The CLD Service Type of a service (support setting).',
  source: 'S-01b, S-01c, S-01f (R1); S-02c (R2)',
  entries: {
    ST_MAX: { r1: 'Short Term Support: ST-Max', r2: 'Short term support: ST-Max' },
    ONGOING_LOW_LEVEL: {
      r1: 'Short Term Support: Ongoing Low Level',
      r2: 'Short term support: Ongoing low level',
    },
    OTHER_SHORT_TERM: {
      r1: 'Short Term Support: Other Short Term',
      r2: 'Short term support: Other short term',
    },
    SHORT_TERM_RESIDENTIAL_OR_NURSING: {
      r1: null,
      r2: 'Short term support: Residential or Nursing care',
      description: 'Seen in DHSC code only (domain.md §3.1.2); R2 only.',
    },
    LT_NURSING: { r1: 'Long Term Support: Nursing Care', r2: 'Long term support: Nursing care' },
    LT_RESIDENTIAL: {
      r1: 'Long Term Support: Residential Care',
      r2: 'Long term support: Residential care',
    },
    LT_COMMUNITY: { r1: 'Long Term Support: Community', r2: 'Long term support: Community' },
    LT_PRISON: { r1: 'Long Term Support: Prison', r2: 'Long term support: Prison' },
    CARER_DIRECT: {
      r1: 'Carer Support: Direct to Carer',
      r2: 'Unpaid carer support: Direct to unpaid carer',
    },
    CARER_VIA_CARED_FOR: {
      r1: 'Carer Support: Support involving the person cared-for',
      r2: 'Unpaid carer support: Support involving the person cared-for',
    },
  },
});

export type ServiceType = CodeOf<typeof ServiceType>;

/** The DHSC higher-level grouping of a service type [S-02c]. */
export type ServiceTypeGroup = 'LONG_TERM' | 'SHORT_TERM' | 'CARER';

export const ServiceTypeGroupOf: { readonly [K in ServiceType]: ServiceTypeGroup } = {
  ST_MAX: 'SHORT_TERM',
  ONGOING_LOW_LEVEL: 'SHORT_TERM',
  OTHER_SHORT_TERM: 'SHORT_TERM',
  SHORT_TERM_RESIDENTIAL_OR_NURSING: 'SHORT_TERM',
  LT_NURSING: 'LONG_TERM',
  LT_RESIDENTIAL: 'LONG_TERM',
  LT_COMMUNITY: 'LONG_TERM',
  LT_PRISON: 'LONG_TERM',
  CARER_DIRECT: 'CARER',
  CARER_VIA_CARED_FOR: 'CARER',
};
