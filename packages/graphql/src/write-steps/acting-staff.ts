import type { StaffMember } from '@openpb/db/client';
import type { GraphQLContext } from '../context.ts';
import { Forbidden } from '../errors/forbidden.ts';
import { tableOf } from '../schema/model-table.ts';
import { statementsOf, type TransactionStatements } from './transaction-statements.ts';

const staffTable = tableOf('StaffMember');
/** The staff record of a subject in a council, the two given as parameters (`$n`). */
export const staffOf = (council: string, subject: string) =>
  `SELECT ${staffTable.selectText('m')} FROM ${staffTable.tableName} m
    WHERE m.council_id = ${council}::uuid AND m.subject = ${subject}`;
const ACTING_STAFF_SQL = staffOf('$1', '$2');

/** The signed-in caller's staff record, as read: staff actions need an active one. */
function activeStaff(row: Record<string, unknown> | null | undefined): StaffMember {
  const staff = row ? staffTable.modelRow<StaffMember>(row) : undefined;
  if (!staff?.active) throw new Forbidden('You have no active staff record in this council');
  return staff;
}

/** The staff record of the signed-in caller, in their council; staff actions need one. */
export async function actingStaff(
  tx: TransactionStatements,
  context: GraphQLContext,
): Promise<StaffMember> {
  const [row] = await statementsOf(tx)(
    ACTING_STAFF_SQL,
    [context.viewer.councilId, context.viewer.subject],
    'acting_staff',
  );
  return activeStaff(row);
}

/**
 * A value read in the statement of a write's first row, whether or not that row is there
 * (`tenant-row.ts`): `column(n)` is its SQL, a scalar subquery whose parameters are numbered from
 * `$n`, in the statement's `$2` council; `receive` takes what it read.
 */
export interface ReadAlongside {
  /** Its statement's name: the reads of one kind share the text. */
  readonly name: string;
  column(firstParameter: number): string;
  readonly values: readonly unknown[];
  receive(value: unknown): void;
}

/**
 * The acting staff member read with the write's first row, in its statement (D110) instead of one
 * of its own. The read throws Forbidden without an active staff record, before it reports the row
 * as not found, in the order `actingStaff` and a read after it would; `staff` is the record after.
 */
export function actingStaffAlongside(
  context: GraphQLContext,
): ReadAlongside & { readonly staff: StaffMember } {
  let staff: StaffMember | undefined;
  return {
    name: 'acting_staff',
    column: (first) => `(SELECT row_to_json(s) FROM (${staffOf('$2', `$${first}`)}) s)`,
    values: [context.viewer.subject],
    receive: (value) => {
      staff = activeStaff(value as Record<string, unknown> | null);
    },
    get staff() {
      if (!staff) throw new Error('The acting staff member was not read');
      return staff;
    },
  };
}
