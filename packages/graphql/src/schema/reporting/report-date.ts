import type { IsoDate } from '@openpb/domain/dates';
import type { GraphQLContext } from '../../context.ts';
import { todayIn } from '../../today.ts';

/** The date a report is worked out on: the one asked for, else today in England. */
export function reportDate(context: GraphQLContext, asOf: IsoDate | null | undefined): IsoDate {
  return asOf ?? todayIn(context.now());
}
