import type { CldEventsWhere } from '@openpb/db/reporting/cld-events-sql';
import { compareDates, type IsoDate } from '@openpb/domain/dates';
import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';
import type { GraphQLContext } from '../../context.ts';

/** The arguments naming a CLD reporting period. */
export const CLD_PERIOD_ARGS = builder.args((t) => ({
  from: t.field({
    type: 'Date',
    required: true,
    description: 'First day of the reporting period.',
  }),
  to: t.field({ type: 'Date', required: true, description: 'Last day of the reporting period.' }),
}));

/** The viewer's council's CLD submission for the period asked for; refused if it is reversed. */
export function cldSubmissionWhere(
  context: GraphQLContext,
  period: { readonly from: IsoDate; readonly to: IsoDate },
): CldEventsWhere {
  if (compareDates(period.from, period.to) > 0) {
    throw new GraphQLError('The reporting period ends before it starts', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return { councilId: context.viewer.councilId, from: period.from, to: period.to };
}
