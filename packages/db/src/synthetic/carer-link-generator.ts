import { compareDates, type IsoDate } from '@openpb/domain/dates';
import { Random } from './random.ts';
import type { RowBatch } from './row-batch.ts';
import { timestampOn } from './timestamps.ts';

/** How many adults an unpaid carer looks after (most care for one; 2021 Census, Carers UK). */
const ADULTS_CARED_FOR: Readonly<Record<'1' | '2' | '3', number>> = { '1': 85, '2': 12, '3': 3 };
/** Hours caring a week, in bands as the Census asks (1–19, 20–49, 50 or more). */
const HOURS_BANDS = { UNDER_20: 30, FROM_20_TO_49: 25, FIFTY_OR_MORE: 45 } as const;
const HOURS_IN_BAND: Readonly<Record<keyof typeof HOURS_BANDS, readonly [number, number]>> = {
  UNDER_20: [2, 19],
  FROM_20_TO_49: [20, 49],
  FIFTY_OR_MORE: [50, 100],
};
/** A week's hours: no carer is linked for more than this in all (CLD Total_Hrs_Caring_per_week). */
const MAX_HOURS_A_WEEK = 168;
/** Service users a carer may be linked to: the latest ones of their council with an unpaid carer. */
const POOL_SIZE = 200;
export const CARER_LINK_SUBJECT = 'synthetic:carer-link';

interface CaredFor {
  readonly id: string;
  readonly received: IsoDate;
}

interface WaitingCarer {
  readonly id: string;
  readonly councilId: string;
  readonly received: IsoDate;
  readonly adults: number;
}

/**
 * Links each unpaid carer (client type CARER) to the service users they care for (D19:
 * carer_link), so that CLD's Has_Unpaid_Carer, Total_Hrs_Caring_per_week,
 * No_of_adults_being_cared_for and Adult_1/2/3_Linked_Person_ID are as a council's would be. The
 * cared-for people are drawn from the service users of the carer's council recorded as having an
 * unpaid carer; a carer met before there are enough of them waits for the next ones. Links start
 * when the council learnt of the caring (the carer's request) and are open.
 *
 * It draws from a Random of its own, so the rest of the data set is the same as without it.
 */
export class CarerLinkGenerator {
  readonly #random: Random;
  readonly #pools = new Map<string, CaredFor[]>();
  #waiting: WaitingCarer[] = [];

  constructor(random: Random) {
    this.#random = random;
  }

  /** Called after each person's rows are added to `rows` (their person and request rows last added). */
  afterPerson(rows: RowBatch): void {
    const person = rows.rows.person.at(-1);
    const request = rows.rows.request.at(-1);
    if (!person || !request || request.personId !== person.id) return;
    if (person.clientType === 'CARER') {
      this.#waiting.push({
        id: person.id,
        councilId: person.councilId,
        received: request.receivedDate,
        adults: Number(this.#random.weighted(ADULTS_CARED_FOR)),
      });
    } else if (person.hasUnpaidCarer === true) {
      const pool = this.#pools.get(person.councilId) ?? [];
      pool.push({ id: person.id, received: request.receivedDate });
      if (pool.length > POOL_SIZE) pool.shift();
      this.#pools.set(person.councilId, pool);
    }
    this.#linkWaiting(rows);
  }

  #linkWaiting(rows: RowBatch): void {
    const still: WaitingCarer[] = [];
    for (const carer of this.#waiting) {
      const pool = this.#pools.get(carer.councilId) ?? [];
      if (pool.length < carer.adults) {
        still.push(carer);
        continue;
      }
      let hoursLeft = MAX_HOURS_A_WEEK;
      for (const caredFor of this.#random.sample(pool, carer.adults)) {
        const [low, high] = HOURS_IN_BAND[this.#random.weighted(HOURS_BANDS)];
        const hours = Math.min(hoursLeft, this.#random.int(low, high));
        hoursLeft -= hours;
        // from when the council knew of both
        const validFrom =
          compareDates(carer.received, caredFor.received) >= 0 ? carer.received : caredFor.received;
        rows.add('carerLink', {
          id: this.#random.uuid(),
          councilId: carer.councilId,
          carerPersonId: carer.id,
          caredForPersonId: caredFor.id,
          hoursCaringPerWeekHundredths: hours * 100,
          validFrom,
          validTo: null,
          recordedBySubject: CARER_LINK_SUBJECT,
          recordedAt: timestampOn(validFrom, 11),
        });
      }
    }
    this.#waiting = still;
  }
}

/** The seeder's carer links for a seed: a stream of their own, so other rows are unchanged by them. */
export function carerLinkGeneratorFor(seed: number): CarerLinkGenerator {
  return new CarerLinkGenerator(new Random(seed ^ 0x0ca7e7));
}
