import type { IsoDate } from '@openpb/domain/dates';
import { hashClientSecret, newClientSecret } from '../api-clients/client-secret.ts';
import type { PrismaClient } from '../client.ts';
import { BatchPipeline } from './batch-pipeline.ts';
import { carerLinkGeneratorFor } from './carer-link-generator.ts';
import { generatePersonCase } from './case-generator.ts';
import { openCopyRowWriter } from './copy-row-writer.ts';
import { generateCouncilSetup } from './council-setup.ts';
import { councilRow, syntheticCouncils } from './councils.ts';
import { prismaRowWriter } from './prisma-row-writer.ts';
import { createProgress, type ProgressMode } from './progress.ts';
import { Random } from './random.ts';
import { RowBatch } from './row-batch.ts';
import type { RowWriter } from './row-writer.ts';
import { isScaleName, SCALES } from './scales.ts';
import { thirdPartyAppGeneratorFor } from './third-party-app-generator.ts';

export interface SeedOptions {
  readonly scale: string;
  readonly seed: number;
  /** The date the data set is drawn as of; fixed so that a seed always gives the same data. */
  readonly asOf?: IsoDate;
  readonly progress?: ProgressMode;
  /**
   * The database's URL. With it, rows are loaded with COPY over a connection of their own (the
   * fast path for large scales); without it, through `db` in multi-row INSERTs.
   */
  readonly databaseUrl?: string;
}

export interface SeedSummary {
  readonly councils: number;
  readonly people: number;
  readonly personalBudgets: number;
  /** Rows written, over all tables. */
  readonly rows: number;
}

/** People generated per batch (one transaction each). */
const BATCH_PEOPLE = 1_000;
/** People generated between yields to the event loop, so that the previous batch keeps flowing. */
const YIELD_EVERY = 50;
export const DEFAULT_AS_OF = '2026-10-01';

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function seedWith(
  writer: RowWriter,
  scale: (typeof SCALES)[keyof typeof SCALES],
  options: SeedOptions,
): Promise<SeedSummary> {
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const random = new Random(options.seed);
  const councils = syntheticCouncils(scale.councils, random);
  const progress = createProgress(
    options.progress ?? 'silent',
    scale.councils * scale.peoplePerCouncil,
  );
  const pipeline = new BatchPipeline(writer, progress);
  const carerLinks = carerLinkGeneratorFor(options.seed);
  // the apps' secret is drawn and dropped: only its hash is kept (D95)
  const apps = thirdPartyAppGeneratorFor(
    options.seed,
    asOf,
    await hashClientSecret(newClientSecret()),
  );
  let batch = new RowBatch();
  for (const council of councils) batch.add('council', councilRow(council, asOf));
  let people = 0;
  let peopleInBatch = 0;
  let personalBudgets = 0;
  let rows = 0;
  const submit = async () => {
    personalBudgets += batch.rows.personalBudget.length;
    rows += batch.count;
    await pipeline.submit(batch, peopleInBatch);
    batch = new RowBatch();
    peopleInBatch = 0;
  };
  for (const council of councils) {
    const setup = generateCouncilSetup(random, council, scale.peoplePerCouncil, batch);
    apps.forCouncil(council, batch);
    for (let sequence = 1; sequence <= scale.peoplePerCouncil; sequence++) {
      generatePersonCase(random, setup, sequence, people, asOf, batch);
      carerLinks.afterPerson(batch);
      apps.afterPerson(batch);
      people += 1;
      peopleInBatch += 1;
      if (peopleInBatch >= BATCH_PEOPLE) await submit();
      else if (peopleInBatch % YIELD_EVERY === 0) await yieldToEventLoop();
    }
  }
  await submit();
  await pipeline.drain();
  progress.finish();
  return { councils: councils.length, people, personalBudgets, rows };
}

/**
 * Fills an empty database with a deterministic synthetic data set at a named scale: councils
 * with their policy, staff and providers, a brokerage with its third-party app and a few people's
 * delegations to it, and for every person the whole personal-budget lifecycle. Every person is fictional; NHS numbers come from the 999 range that is never issued.
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
  const writer = options.databaseUrl
    ? await openCopyRowWriter(options.databaseUrl)
    : prismaRowWriter(db);
  try {
    return await seedWith(writer, scale, options);
  } finally {
    await writer.close();
  }
}
