/**
 * Worked examples of ASCOF 3D, one per rule, each citing the DHSC source it follows. Used by the
 * domain's tests and, unchanged, by the SQL's (packages/db), so both are held to the same answers.
 */
import type { AscofCrossCount, AscofPeriod, AscofServiceEvent } from './ascof-3d-people.ts';

export interface AscofWorkedExample {
  readonly rule: string;
  /** Where DHSC defines the rule. */
  readonly source: string;
  readonly period: AscofPeriod;
  readonly events: readonly AscofServiceEvent[];
  readonly expected: readonly AscofCrossCount[];
}

const YEAR_END: AscofPeriod = { snapshot: '2025-03-31', yearStart: '2024-04-01' };
const SQL_3D = 'DataS-DHSC/ASC-CLD-LA-Dashboard ASCOF_measures/Create_ASCOF_3D_2425_Onwards.sql';

let records = 0;
function line(
  personId: string,
  fields: Partial<AscofServiceEvent> & Pick<AscofServiceEvent, 'serviceType'>,
): AscofServiceEvent {
  records += 1;
  return {
    personId,
    recordId: `r${String(records).padStart(4, '0')}`,
    clientType: 'SERVICE_USER',
    birthDate: '1970-06-15',
    deathDate: null,
    serviceComponent: 'HOME_SUPPORT_OR_DOMICILIARY_CARE',
    deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT',
    startDate: '2024-05-01',
    endDate: null,
    ...fields,
  };
}

const carer = (
  personId: string,
  fields: Partial<AscofServiceEvent> & Pick<AscofServiceEvent, 'deliveryMechanism'>,
) =>
  line(personId, {
    clientType: 'CARER',
    serviceType: 'CARER_DIRECT',
    serviceComponent: 'CARER_RESPITE',
    ...fields,
  });

const su = (
  dhsc: [number, 'AGE_18_TO_64' | 'AGE_65_AND_OVER'] | null,
  recorded: [number, 'AGE_18_TO_64' | 'AGE_65_AND_OVER'] | null,
  people = 1,
  cohort: AscofCrossCount['cohort'] = 'SERVICE_USERS',
): AscofCrossCount => ({
  cohort,
  dhsc: dhsc && { rank: dhsc[0], band: dhsc[1] },
  recorded: recorded && { rank: recorded[0], band: recorded[1] },
  people,
});
const carers = (dhsc: Parameters<typeof su>[0], recorded: Parameters<typeof su>[1], people = 1) =>
  su(dhsc, recorded, people, 'CARERS');

export const ASCOF_WORKED_EXAMPLES: readonly AscofWorkedExample[] = [
  {
    rule: 'age from the 1st of the birth month: born 20 March 1960 is 65 to DHSC on 15 March 2025, 64 in fact',
    source: `${SQL_3D} "#Build" (FLOOR(DATEDIFF(DAY, Der_Birth_Date, end) / 365.25)); Create_personal_details_table.sql Der_Birth_Date`,
    period: { snapshot: '2025-03-15', yearStart: '2024-04-01' },
    events: [line('A1', { serviceType: 'LT_COMMUNITY', birthDate: '1960-03-20' })],
    expected: [su([5, 'AGE_65_AND_OVER'], [5, 'AGE_18_TO_64'])],
  },
  {
    rule: 'age in 365.25-day years: born 1 March 1960 is still 64 to DHSC on 1 March 2025 (16 leap days in 65 years)',
    source: `${SQL_3D} "#Build"; NHSDigital ASCOF 3D replication code, Der_Age_Snapshot_Date`,
    period: { snapshot: '2025-03-01', yearStart: '2024-04-01' },
    events: [line('A2', { serviceType: 'LT_COMMUNITY', birthDate: '1960-03-01' })],
    expected: [su([5, 'AGE_18_TO_64'], [5, 'AGE_65_AND_OVER'])],
  },
  {
    rule: 'children are left out, each method by its own age: born 20 March 2007 is 18 to DHSC on 15 March 2025, 17 in fact',
    source: `${SQL_3D} "#ASCOF_3D_Clients_Final" (age band 18 to 64, 65 and above)`,
    period: { snapshot: '2025-03-15', yearStart: '2024-04-01' },
    events: [line('A3', { serviceType: 'LT_COMMUNITY', birthDate: '2007-03-20' })],
    expected: [su([5, 'AGE_18_TO_64'], null)],
  },
  {
    rule: 'services sharing person, start, client type, service type and component are one event: DHSC keeps the record submitted last, whatever its delivery mechanism',
    source:
      'Main_tables/docs/methodology/6-deduplication.md Step 1 and 3; Stored_procedures/create_GetUniqueEvents_procedure.sql (joined submissions)',
    period: YEAR_END,
    events: [
      line('M1', { serviceType: 'LT_COMMUNITY', deliveryMechanism: 'DIRECT_PAYMENT' }),
      line('M1', {
        serviceType: 'LT_COMMUNITY',
        deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT',
      }),
    ],
    expected: [su([5, 'AGE_18_TO_64'], [3, 'AGE_18_TO_64'])],
  },
  {
    rule: 'of one unique event DHSC keeps the open record before one with an end date',
    source: 'Stored_procedures/create_GetUniqueEvents_procedure.sql (NULL end date first)',
    period: YEAR_END,
    events: [
      line('M2', { serviceType: 'LT_COMMUNITY', deliveryMechanism: 'DIRECT_PAYMENT' }),
      line('M2', { serviceType: 'LT_COMMUNITY', endDate: '2025-09-30' }),
    ],
    expected: [su([3, 'AGE_18_TO_64'], [3, 'AGE_18_TO_64'])],
  },
  {
    rule: 'services with different components are different events, so both count',
    source:
      'create_GetDerivedFields_procedure.sql Der_Unique_Event_Ref (service type and component)',
    period: YEAR_END,
    events: [
      line('M3', { serviceType: 'LT_COMMUNITY', deliveryMechanism: 'DIRECT_PAYMENT' }),
      line('M3', { serviceType: 'LT_COMMUNITY', serviceComponent: 'DAY_SUPPORT' }),
    ],
    expected: [su([3, 'AGE_18_TO_64'], [3, 'AGE_18_TO_64'])],
  },
  {
    rule: 'a Direct payment component is a direct payment whatever the mechanism; an unknown mechanism stays in the denominator',
    source: `${SQL_3D} "#ASCOF_3D_Clients_Build" and "DEALING WITH UNKNOWNS AND INVALIDS"`,
    period: YEAR_END,
    events: [
      line('D1', { serviceType: 'LT_COMMUNITY', serviceComponent: 'DIRECT_PAYMENT' }),
      line('D2', { serviceType: 'LT_COMMUNITY', deliveryMechanism: 'SELF_FUNDER_METERING_ONLY' }),
      line('D3', { serviceType: 'LT_COMMUNITY', deliveryMechanism: null }),
    ],
    expected: [
      su([3, 'AGE_18_TO_64'], [3, 'AGE_18_TO_64']),
      su([6, 'AGE_18_TO_64'], [6, 'AGE_18_TO_64'], 2),
    ],
  },
  {
    rule: 'everybody at their highest setting: nursing outranks a community direct payment',
    source: `${SQL_3D} "#REF_Service_Type_Delivery_Mech", "#ASCOF_3D_Clients_MinRank"`,
    period: YEAR_END,
    events: [
      line('H1', { serviceType: 'LT_NURSING', serviceComponent: 'LONG_TERM_NURSING_CARE' }),
      line('H1', { serviceType: 'LT_COMMUNITY', deliveryMechanism: 'DIRECT_PAYMENT' }),
    ],
    expected: [su([1, 'AGE_18_TO_64'], [1, 'AGE_18_TO_64'])],
  },
  {
    rule: 'service users on the snapshot by dates: ended the day before or starting the day after are out, ending after it is in',
    source: `${SQL_3D} "#ASCOF_3D_Clients_Build" (Event_Start_Date <= end, Der_Event_End_Date >= end)`,
    period: YEAR_END,
    events: [
      line('S1', { serviceType: 'LT_COMMUNITY', endDate: '2025-03-30' }),
      line('S2', { serviceType: 'LT_COMMUNITY', startDate: '2025-04-01' }),
      line('S3', { serviceType: 'LT_COMMUNITY', endDate: '2025-03-31' }),
      line('S4', { serviceType: 'LT_COMMUNITY', endDate: '2025-06-30' }),
    ],
    expected: [su([5, 'AGE_18_TO_64'], [5, 'AGE_18_TO_64'], 2)],
  },
  {
    rule: 'a death ends the service: died on the snapshot counts, the day before does not, after it does',
    source:
      'create_FilterToEventsInPeriod_procedure.sql (Der_Event_End_Date = Date_of_Death); Create_ASCOF_3D_2425_Onwards.sql (Date_of_Death >= end)',
    period: YEAR_END,
    events: [
      line('X1', { serviceType: 'LT_COMMUNITY', deathDate: '2025-03-31' }),
      line('X2', { serviceType: 'LT_COMMUNITY', deathDate: '2025-03-30' }),
      line('X3', { serviceType: 'LT_COMMUNITY', deathDate: '2025-05-01' }),
      line('X4', { serviceType: 'LT_COMMUNITY', deathDate: '2024-04-30', startDate: '2024-05-01' }),
    ],
    expected: [su([5, 'AGE_18_TO_64'], [5, 'AGE_18_TO_64'], 2)],
  },
  {
    rule: 'carers are counted over the year, carers known by association included; a carer who died before the year is not',
    source: `${SQL_3D} "#ASCOF_3D_Carers_Build" (Client_Type_Cleaned in ... 'Unpaid carer known by association')`,
    period: YEAR_END,
    events: [
      carer('C1', {
        deliveryMechanism: 'DIRECT_PAYMENT',
        startDate: '2024-01-01',
        endDate: '2024-04-01',
      }),
      carer('C2', {
        deliveryMechanism: 'DIRECT_PAYMENT',
        clientType: 'CARER_KNOWN_BY_ASSOCIATION',
      }),
      carer('C3', {
        deliveryMechanism: 'DIRECT_PAYMENT',
        startDate: '2024-01-01',
        endDate: '2024-03-31',
      }),
      carer('C4', {
        deliveryMechanism: 'DIRECT_PAYMENT',
        startDate: '2024-01-01',
        deathDate: '2024-03-31',
      }),
    ],
    expected: [carers([1, 'AGE_18_TO_64'], [1, 'AGE_18_TO_64'], 2)],
  },
  {
    rule: 'carer support is classified by delivery mechanism: universal services delivered as commissioned support are commissioned support to DHSC',
    source: `${SQL_3D} "#ASCOF_3D_Carers_Case" (Support_Provided from Delivery_Mechanism)`,
    period: YEAR_END,
    events: [
      carer('U1', {
        deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT',
        serviceComponent: 'CARER_UNIVERSAL_SERVICES',
      }),
      carer('U2', { deliveryMechanism: 'CASSR_MANAGED_PERSONAL_BUDGET' }),
      carer('U3', {
        deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT',
        serviceComponent: 'DIRECT_PAYMENT',
      }),
      carer('U4', { deliveryMechanism: null }),
      carer('U5', { deliveryMechanism: 'DIRECT_PAYMENT', serviceType: 'CARER_VIA_CARED_FOR' }),
    ],
    expected: [
      carers([1, 'AGE_18_TO_64'], [1, 'AGE_18_TO_64']),
      carers([2, 'AGE_18_TO_64'], [2, 'AGE_18_TO_64']),
      carers([3, 'AGE_18_TO_64'], [5, 'AGE_18_TO_64']),
      carers([4, 'AGE_18_TO_64'], [4, 'AGE_18_TO_64']),
      carers([6, 'AGE_18_TO_64'], [6, 'AGE_18_TO_64']),
    ],
  },
];
