import type { DelegationGrantorType } from '@openpb/domain/code-lists/delegation-grantor-type';
import type { DelegationScope } from '@openpb/domain/code-lists/delegation-scope';
import { addDays, type IsoDate } from '@openpb/domain/dates';
import type { SyntheticCouncil } from './councils.ts';
import { Random } from './random.ts';
import type { RowBatch } from './row-batch.ts';
import { generateSpendSubmissions } from './spend-submission-generator.ts';
import { timestampOn } from './timestamps.ts';

export const DELEGATION_SUBJECT = 'synthetic:delegation';

/** A delegation as a person gives it to a brokerage, with its validity relative to the data set's date. */
interface DelegationProfile {
  readonly scopes: readonly DelegationScope[];
  readonly grantedBy: DelegationGrantorType;
  /** Days before the data set's date that it starts. */
  readonly startedDaysAgo: number;
  /** Days after the data set's date that it ends (negative: ended already); null: open-ended. */
  readonly endsInDays: number | null;
  /** Days before the data set's date that it was revoked; null: never revoked. */
  readonly revokedDaysAgo: number | null;
}

/**
 * What the people who use a brokerage give it, one delegation each, in this order: the whole
 * picture and the right to propose plans; a direct-payment account to manage (granted by the
 * council, for a fixed time); the budget and evidence only, for a fixed time; a plan to draft; and
 * for contrast one that has ended and one the person revoked (neither lets the app act).
 */
const PROFILES: readonly DelegationProfile[] = [
  {
    scopes: ['READ_PLAN', 'READ_BUDGET', 'READ_DP_LEDGER', 'PROPOSE_PLAN'],
    grantedBy: 'PERSON',
    startedDaysAgo: 420,
    endsInDays: null,
    revokedDaysAgo: null,
  },
  {
    scopes: ['READ_BUDGET', 'READ_DP_LEDGER', 'MANAGE_DP_ACCOUNT'],
    grantedBy: 'LOCAL_AUTHORITY',
    startedDaysAgo: 180,
    endsInDays: 540,
    revokedDaysAgo: null,
  },
  {
    scopes: ['READ_BUDGET', 'SUBMIT_EVIDENCE'],
    grantedBy: 'PERSON',
    startedDaysAgo: 60,
    endsInDays: 300,
    revokedDaysAgo: null,
  },
  {
    scopes: ['READ_PLAN', 'READ_BUDGET', 'PROPOSE_PLAN'],
    grantedBy: 'PERSON',
    startedDaysAgo: 30,
    endsInDays: null,
    revokedDaysAgo: null,
  },
  {
    scopes: ['READ_PLAN', 'READ_BUDGET'],
    grantedBy: 'PERSON',
    startedDaysAgo: 800,
    endsInDays: -45,
    revokedDaysAgo: null,
  },
  {
    scopes: ['READ_BUDGET', 'READ_DP_LEDGER'],
    grantedBy: 'PERSON',
    startedDaysAgo: 300,
    endsInDays: null,
    revokedDaysAgo: 14,
  },
];

const BROKERAGE_NAMES = ['Brightpath', 'Keystone', 'Compass', 'Northstar', 'Waymark', 'Signpost'];

interface CouncilApp {
  readonly organisationId: string;
  /** The council's direct payments officer, who decides the app's submitted spend. */
  readonly deciderId: string | null;
  delegations: number;
}

/**
 * Every council's brokerage and support-planning service with its third-party app (an API client
 * whose secret nobody knows: `secretHash` is the hash of a secret drawn and dropped, so the app
 * signs in only after the council administrator issues it one with rotateApiClientSecret, D95),
 * and the delegations of a few of the council's people with an active direct payment, with the
 * spend the app submitted under those that let it (spend-submission-generator.ts).
 *
 * It draws from a Random of its own, so the rest of the data set is the same as without it.
 */
export class ThirdPartyAppGenerator {
  readonly #random: Random;
  readonly #asOf: IsoDate;
  readonly #secretHash: string;
  readonly #apps = new Map<string, CouncilApp>();

  constructor(random: Random, asOf: IsoDate, secretHash: string) {
    this.#random = random;
    this.#asOf = asOf;
    this.#secretHash = secretHash;
  }

  /** Adds the council's brokerage and its app (after the council's own rows). */
  forCouncil(council: SyntheticCouncil, rows: RowBatch): void {
    const random = this.#random;
    const place = council.name.replace(/ (Borough |County |City )?Council$/, '');
    const name = `${random.pick(BROKERAGE_NAMES)} Brokerage ${place}`;
    const organisationId = random.uuid();
    rows.add('organisation', {
      id: organisationId,
      type: 'BROKERAGE',
      name,
      cqcLocationId: null,
      registeredByCouncilId: council.id,
    });
    const registered = addDays(this.#asOf, -random.int(500, 700));
    rows.add('apiClient', {
      id: random.uuid(),
      councilId: council.id,
      organisationId,
      clientId: `app_${random.uuid().replaceAll('-', '').slice(-16)}`,
      secretHash: this.#secretHash,
      name: `${name} case system`,
      active: true,
      createdAt: timestampOn(registered, 10),
      previousSecretHash: null,
      previousSecretValidUntil: null,
      revokedAt: null,
    });
    const decider = rows.rows.staffMember.find(
      (staff) => staff.councilId === council.id && staff.qualification === 'DP_OFFICER',
    );
    this.#apps.set(council.id, { organisationId, deciderId: decider?.id ?? null, delegations: 0 });
  }

  /** Called after each person's rows are added: a person with an active direct payment may delegate. */
  afterPerson(rows: RowBatch): void {
    const person = rows.rows.person.at(-1);
    const agreement = rows.rows.directPaymentAgreement.at(-1);
    if (!person || agreement?.personId !== person.id || agreement.status !== 'ACTIVE') return;
    if (person.deathDate !== null) return;
    const app = this.#apps.get(person.councilId);
    const profile = app ? PROFILES[app.delegations] : undefined;
    if (!app || !profile) return;
    app.delegations += 1;
    const validFrom = addDays(this.#asOf, -profile.startedDaysAgo);
    const delegation = {
      id: this.#random.uuid(),
      councilId: person.councilId,
      personId: person.id,
      organisationId: app.organisationId,
      scopes: [...profile.scopes],
      grantedBy: profile.grantedBy,
      grantedByRepresentativeId: null,
      validFrom,
      validTo: profile.endsInDays === null ? null : addDays(this.#asOf, profile.endsInDays),
      revokedAt:
        profile.revokedDaysAgo === null
          ? null
          : timestampOn(addDays(this.#asOf, -profile.revokedDaysAgo), 15),
      recordedBySubject: DELEGATION_SUBJECT,
      createdAt: timestampOn(validFrom, 11),
    };
    rows.add('delegation', delegation);
    // spend it submitted under a delegation in force that lets it (D94)
    if (profile.revokedDaysAgo === null && (profile.endsInDays ?? 1) > 0) {
      generateSpendSubmissions(
        this.#random,
        { delegation, agreement, deciderId: app.deciderId, asOf: this.#asOf },
        rows,
      );
    }
  }
}

/** The seeder's brokerages and delegations for a seed: a stream of their own. */
export function thirdPartyAppGeneratorFor(
  seed: number,
  asOf: IsoDate,
  secretHash: string,
): ThirdPartyAppGenerator {
  return new ThirdPartyAppGenerator(new Random(seed ^ 0xb40ce5), asOf, secretHash);
}
