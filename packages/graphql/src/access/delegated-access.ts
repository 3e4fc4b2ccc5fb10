import type { Prisma, PrismaClient } from '@openpb/db/client';
import type { DelegationScope } from '@openpb/domain/code-lists/delegation-scope';
import type { IsoDate } from '@openpb/domain/dates';
import { toDbDate } from '../business-dates.ts';
import type { Viewer } from '../context.ts';

/** The `where` of delegations in force on `today` from people of the council to the organisation. */
export function activeDelegationWhere(
  councilId: string,
  organisationId: string,
  today: IsoDate,
): Prisma.DelegationWhereInput {
  const day = toDbDate(today);
  return {
    councilId,
    organisationId,
    revokedAt: null,
    validFrom: { lte: day },
    OR: [{ validTo: null }, { validTo: { gte: day } }],
  };
}

/**
 * What a third-party app may see in this request: the scopes each person delegated to its
 * organisation (I-17), loaded once, in one query, on first use. Staff see nothing through it.
 */
export class DelegatedAccess {
  #scopes: Promise<ReadonlyMap<string, ReadonlySet<DelegationScope>>> | null = null;

  constructor(
    private readonly db: PrismaClient,
    private readonly viewer: Viewer,
    /** Today's date, asked only when a third-party app's delegations are loaded. */
    private readonly today: () => IsoDate,
  ) {}

  get organisationId(): string | undefined {
    return this.viewer.organisationId;
  }

  /** Whether the caller's organisation acts for the person now, with this scope (or any, if none given). */
  async allows(personId: string, scope?: DelegationScope): Promise<boolean> {
    const scopes = (await this.#load()).get(personId);
    return scopes !== undefined && (scope === undefined || scopes.has(scope));
  }

  #load(): Promise<ReadonlyMap<string, ReadonlySet<DelegationScope>>> {
    const organisationId = this.viewer.organisationId;
    if (!organisationId) return Promise.resolve(new Map());
    this.#scopes ??= this.db.delegation
      .findMany({
        where: activeDelegationWhere(this.viewer.councilId, organisationId, this.today()),
        select: { personId: true, scopes: true },
      })
      .then((rows) => {
        const byPerson = new Map<string, Set<DelegationScope>>();
        for (const row of rows) {
          const scopes = byPerson.get(row.personId) ?? new Set<DelegationScope>();
          for (const scope of row.scopes) scopes.add(scope as DelegationScope);
          byPerson.set(row.personId, scopes);
        }
        return byPerson;
      });
    return this.#scopes;
  }
}
