import type { Prisma } from '@openpb/db/client';
import type { Lifetime } from '@openpb/domain/rules/within-lifetime';
import { fromDbDate } from '../../business-dates.ts';

/** A stored person's dates of birth and death, for the domain's date checks. */
export function lifetimeOf(
  person: Pick<Prisma.PersonGetPayload<object>, 'birthDate' | 'deathDate'>,
): Lifetime {
  return {
    birthDate: fromDbDate(person.birthDate),
    deathDate: person.deathDate ? fromDbDate(person.deathDate) : null,
  };
}
