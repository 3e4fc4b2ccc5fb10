import type { IsoDate } from '@openpb/domain/dates';
import { DEMO_COUNCIL } from './demo-council.ts';
import type { Random } from './random.ts';
import type { TableRows } from './tables.ts';
import { timestampOn } from './timestamps.ts';

export interface SyntheticCouncil {
  readonly id: string;
  readonly laCode: string;
  readonly name: string;
  readonly region: string;
  /** Postcode area letters used for this council's residents (well-formed; the areas are fictional). */
  readonly postcodeArea: string;
}

const PLACE_STARTS = [
  'Ash',
  'Brook',
  'Church',
  'Elm',
  'Fair',
  'Green',
  'High',
  'King',
  'Long',
  'Mill',
  'North',
  'Oak',
  'Red',
  'Stone',
  'West',
];
const PLACE_ENDS = [
  'bridge',
  'bury',
  'field',
  'ford',
  'ham',
  'ley',
  'mere',
  'minster',
  'stead',
  'ton',
  'wick',
  'worth',
];
const AREA_FIRST = 'BCDFGHKLMNPRSTWY';
const AREA_SECOND = 'ABDEFGHLMNPRSTWY';
const REGIONS = [
  'North East',
  'North West',
  'Yorkshire and the Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
];

/** The demo council first, then fictional councils with unreal LA codes (9xx and above). */
export function syntheticCouncils(count: number, random: Random): SyntheticCouncil[] {
  const councils: SyntheticCouncil[] = [{ ...DEMO_COUNCIL, postcodeArea: 'EM' }];
  const usedNames = new Set<string>([DEMO_COUNCIL.name]);
  for (let index = 1; index < count; index++) {
    let name: string;
    do {
      name = `${random.pick(PLACE_STARTS)}${random.pick(PLACE_ENDS)} Council`;
    } while (usedNames.has(name) && usedNames.size < PLACE_STARTS.length * PLACE_ENDS.length);
    if (usedNames.has(name)) name = `${name} ${index}`;
    usedNames.add(name);
    councils.push({
      id: random.uuid(),
      laCode: String(990 + index),
      name,
      region: random.pick(REGIONS),
      postcodeArea: `${AREA_FIRST[index % AREA_FIRST.length]}${AREA_SECOND[Math.floor(index / AREA_FIRST.length) % AREA_SECOND.length]}`,
    });
  }
  return councils;
}

/** The council's row; `createdAt` is the as-of date so that the data set is the same every time. */
export function councilRow(council: SyntheticCouncil, asOf: IsoDate): TableRows['council'] {
  const { postcodeArea: _area, ...row } = council;
  return { ...row, createdAt: timestampOn(asOf, 0) };
}
