import type { OrganisationType } from '@openpb/domain/code-lists/organisation-type';
import type { SyntheticCouncil } from './councils.ts';
import type { Random } from './random.ts';
import type { TableRows } from './tables.ts';

export type OrganisationRow = TableRows['organisation'];

/** The organisations a council's people buy from or are supported by. */
export interface CouncilOrganisations {
  readonly all: readonly OrganisationRow[];
  readonly homeCare: readonly OrganisationRow[];
  readonly dayServices: readonly OrganisationRow[];
  readonly supportedLiving: readonly OrganisationRow[];
  readonly careHomes: readonly OrganisationRow[];
  readonly carersServices: readonly OrganisationRow[];
  readonly isfProviders: readonly OrganisationRow[];
  readonly dpSupportService: OrganisationRow;
  readonly payrollBureau: OrganisationRow;
  readonly cardProvider: OrganisationRow;
}

const NAME_STARTS = [
  'Bluebell',
  'Oakleaf',
  'Harbour',
  'Willow',
  'Beacon',
  'Kingfisher',
  'Meadow',
  'Cornerstone',
  'Heron',
  'Lantern',
  'Evergreen',
  'Hawthorn',
  'Riverside',
  'Skylark',
  'Foxglove',
  'Brightwater',
];

/** Draws a council's providers, ISF providers, DP support service, payroll bureau and card provider. */
export function generateOrganisations(
  random: Random,
  council: SyntheticCouncil,
  peopleCount: number,
): CouncilOrganisations {
  const all: OrganisationRow[] = [];
  const place = council.name.replace(/ (Borough |County |City )?Council$/, '');
  const make = (type: OrganisationType, suffix: string, registered: boolean): OrganisationRow => {
    const row: OrganisationRow = {
      id: random.uuid(),
      type,
      name: `${random.pick(NAME_STARTS)} ${suffix}`,
      cqcLocationId: registered ? `1-${random.int(100_000_000, 9_999_999_999)}` : null,
      // reached through the council's plan lines and deployments, not registered (D30)
      registeredByCouncilId: null,
    };
    all.push(row);
    return row;
  };
  const several = (count: number, type: OrganisationType, suffix: string, registered: boolean) =>
    Array.from({ length: Math.max(1, count) }, () => make(type, suffix, registered));
  const scale = peopleCount / 1_000;
  return {
    homeCare: several(Math.round(2 * scale) + 2, 'PROVIDER', 'Home Care Ltd', true),
    dayServices: several(Math.round(0.6 * scale) + 1, 'PROVIDER', 'Day Opportunities', true),
    supportedLiving: several(Math.round(0.6 * scale) + 1, 'PROVIDER', 'Supported Living', true),
    careHomes: several(Math.round(scale) + 1, 'PROVIDER', 'Care Home', true),
    carersServices: several(1, 'VOLUNTARY', `Carers ${place}`, false),
    isfProviders: several(Math.round(0.4 * scale) + 1, 'ISF_PROVIDER', 'Support Services', true),
    dpSupportService: make('DPSS', `Independent Living ${place}`, false),
    payrollBureau: make('PAYROLL_BUREAU', 'Payroll Services Ltd', false),
    cardProvider: make('CARD_PROVIDER', 'Prepaid Cards plc', false),
    all,
  };
}
