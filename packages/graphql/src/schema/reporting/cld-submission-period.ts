import type { CldEventsWhere } from '@openpb/db/reporting/cld-events-sql';
import type { CldRelease } from '@openpb/domain/code-lists/code-list';
import { compareDates, type IsoDate } from '@openpb/domain/dates';
import { cldReleaseApplies, cldReleaseForPeriod } from '@openpb/domain/reporting/cld-release';
import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';
import type { GraphQLContext } from '../../context.ts';

export const CldReleaseEnum = builder.enumType('CldRelease', {
  description:
    'A release of the CLD specification: R1 (valid from April 2023) or R2 (submissions from October 2025, i.e. periods ending on or after 30 September 2025).',
  values: {
    R1: { description: 'Release 1 (February 2023).' },
    R2: { description: 'Release 2.' },
  } as const,
});

/** The arguments naming a CLD reporting period, and the release of the file. */
export const CLD_PERIOD_ARGS = builder.args((t) => ({
  from: t.field({
    type: 'Date',
    required: true,
    description: 'First day of the reporting period.',
  }),
  to: t.field({ type: 'Date', required: true, description: 'Last day of the reporting period.' }),
  release: t.field({
    type: CldReleaseEnum,
    required: false,
    description:
      "The release the file is in: by default the period's own (R1 for periods ending before 30 September 2025, R2 from then). R1 is refused for a Release 2 period.",
  }),
}));

/** A CLD submission asked for: the viewer's council's events of the period, in a release. */
export interface CldSubmissionAsked {
  readonly where: CldEventsWhere;
  readonly release: CldRelease;
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** The viewer's council's CLD submission for the period asked for; refused if it is reversed. */
export function cldSubmissionAsked(
  context: GraphQLContext,
  period: {
    readonly from: IsoDate;
    readonly to: IsoDate;
    readonly release?: CldRelease | null | undefined;
  },
): CldSubmissionAsked {
  if (compareDates(period.from, period.to) > 0) {
    throw badInput('The reporting period ends before it starts');
  }
  const release = period.release ?? cldReleaseForPeriod(period.to);
  if (!cldReleaseApplies(release, period.to)) {
    throw badInput('Release 1 does not apply to this period: use Release 2');
  }
  return {
    where: { councilId: context.viewer.councilId, from: period.from, to: period.to },
    release,
  };
}
