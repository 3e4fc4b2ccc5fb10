import type { StaffMember } from '@openpb/db/client';
import type { GraphQLContext } from '../context.ts';
import { Forbidden } from '../errors/forbidden.ts';
import { tableOf } from '../schema/model-table.ts';
import { statementsOf, type TransactionStatements } from './transaction-statements.ts';

const staffTable = tableOf('StaffMember');
const ACTING_STAFF_SQL = `SELECT ${staffTable.selectText()} FROM ${staffTable.tableName}
  WHERE council_id = $1::uuid AND subject = $2`;

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
  const staff = row ? staffTable.modelRow<StaffMember>(row) : undefined;
  if (!staff?.active) throw new Forbidden('You have no active staff record in this council');
  return staff;
}
