import type { IsoDate } from '@openpb/domain/dates';
import { carerLinkGeneratorFor } from './carer-link-generator.ts';
import { generatePersonCase } from './case-generator.ts';
import { generateCouncilSetup } from './council-setup.ts';
import { councilRow, syntheticCouncils } from './councils.ts';
import { Random } from './random.ts';
import { RowBatch } from './row-batch.ts';
import { DEFAULT_AS_OF } from './seed.ts';
import { thirdPartyAppGeneratorFor } from './third-party-app-generator.ts';

/** In memory no app signs in: its secret hash is a placeholder (the seeder hashes a dropped secret). */
const NO_SECRET_HASH = 'in-memory rows: no secret';

/**
 * Every row of a synthetic caseload in memory, for checking the generator without a database:
 * the first council (the demo council) with `people` people, drawn exactly as the seeder draws it.
 */
export function generateCaseloadRows(options: {
  readonly seed: number;
  readonly people: number;
  readonly asOf?: IsoDate;
}): RowBatch {
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const random = new Random(options.seed);
  const [council] = syntheticCouncils(1, random);
  if (!council) throw new Error('No council drawn');
  const rows = new RowBatch();
  rows.add('council', councilRow(council, asOf));
  const setup = generateCouncilSetup(random, council, options.people, rows);
  const apps = thirdPartyAppGeneratorFor(options.seed, asOf, NO_SECRET_HASH);
  apps.forCouncil(council, rows);
  const carerLinks = carerLinkGeneratorFor(options.seed);
  for (let sequence = 1; sequence <= options.people; sequence++) {
    generatePersonCase(random, setup, sequence, sequence - 1, asOf, rows);
    carerLinks.afterPerson(rows);
    apps.afterPerson(rows);
  }
  return rows;
}
