import { STAFF, type StaffKey } from './fixtures.ts';
import type { TestApi } from './test-api.ts';

/** A token for each member of staff of `createCouncilWithStaff`, by key. */
export async function staffTokens(
  t: TestApi,
  councilId: string,
): Promise<Record<StaffKey, string>> {
  return Object.fromEntries(
    await Promise.all(
      Object.entries(STAFF).map(async ([key, staff]) => [
        key,
        await t.tokenFor({ councilId, roles: [staff.role], subject: staff.subject }),
      ]),
    ),
  ) as Record<StaffKey, string>;
}
