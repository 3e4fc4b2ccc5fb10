import type { IsoDate } from '@openpb/domain/dates';
import type { PrismaClient } from '../client.ts';
import { generateBudgets, type SyntheticBudget } from './budget-generator.ts';
import { type SyntheticCouncil, syntheticCouncils } from './councils.ts';
import { generatePerson, type SyntheticPerson } from './person-generator.ts';
import { createProgress, type ProgressMode } from './progress.ts';
import { Random } from './random.ts';
import { isScaleName, SCALES } from './scales.ts';

export interface SeedOptions {
  readonly scale: string;
  readonly seed: number;
  /** The date the data set is drawn as of; fixed so that a seed always gives the same data. */
  readonly asOf?: IsoDate;
  readonly progress?: ProgressMode;
}

export interface SeedSummary {
  readonly councils: number;
  readonly people: number;
  readonly personalBudgets: number;
}

const BATCH = 1_000;
const DEFAULT_AS_OF = '2026-10-01';

const toDate = (date: IsoDate) => new Date(`${date}T00:00:00Z`);

async function insertBatch(
  db: PrismaClient,
  people: SyntheticPerson[],
  budgets: SyntheticBudget[],
) {
  await db.$transaction([
    db.person.createMany({
      data: people.map((person) => ({ ...person, birthDate: toDate(person.birthDate) })),
    }),
    db.personalBudget.createMany({
      data: budgets.map(({ deployments: _deployments, ...budget }) => ({
        ...budget,
        effectiveFrom: toDate(budget.effectiveFrom),
        effectiveTo: budget.effectiveTo ? toDate(budget.effectiveTo) : null,
      })),
    }),
    db.budgetDeployment.createMany({
      data: budgets.flatMap((budget) =>
        budget.deployments.map((deployment) => ({
          ...deployment,
          councilId: budget.councilId,
          budgetId: budget.id,
        })),
      ),
    }),
  ]);
}

/**
 * Fills an empty database with a deterministic synthetic data set at a named scale. Every
 * person is fictional; NHS numbers come from the 999 range that is never issued.
 */
export async function seedSyntheticData(
  db: PrismaClient,
  options: SeedOptions,
): Promise<SeedSummary> {
  if (!isScaleName(options.scale)) {
    throw new Error(
      `Unknown scale "${options.scale}". Choose one of: ${Object.keys(SCALES).join(', ')}`,
    );
  }
  const scale = SCALES[options.scale];
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const random = new Random(options.seed);
  const councils: SyntheticCouncil[] = syntheticCouncils(scale.councils, random);
  await db.council.createMany({
    data: councils.map(({ postcodeArea: _area, ...council }) => council),
  });
  const total = scale.councils * scale.peoplePerCouncil;
  const progress = createProgress(options.progress ?? 'silent', total, 'people');
  let people: SyntheticPerson[] = [];
  let budgets: SyntheticBudget[] = [];
  let peopleCount = 0;
  let budgetCount = 0;
  for (const council of councils) {
    for (let sequence = 1; sequence <= scale.peoplePerCouncil; sequence++) {
      const person = generatePerson(random, council, sequence, peopleCount, asOf);
      people.push(person);
      budgets.push(...generateBudgets(random, person, asOf));
      peopleCount++;
      if (people.length === BATCH) {
        await insertBatch(db, people, budgets);
        budgetCount += budgets.length;
        progress.advance(people.length);
        people = [];
        budgets = [];
      }
    }
  }
  if (people.length > 0) {
    await insertBatch(db, people, budgets);
    budgetCount += budgets.length;
    progress.advance(people.length);
  }
  progress.finish();
  return { councils: councils.length, people: peopleCount, personalBudgets: budgetCount };
}
