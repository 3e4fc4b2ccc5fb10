import { type IsoDate, isIsoDate } from '@openpb/domain/dates';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';
import { fromDbDate } from '../business-dates.ts';

builder.scalarType('Pence', {
  description:
    'An amount of money in whole pence (GBP), as an integer. Safe up to 2^53−1; never a float.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      throw new GraphQLError('Pence must be a whole number of pence');
    }
    return value;
  },
});

function toIsoDate(value: Date | string): IsoDate {
  const text = value instanceof Date ? fromDbDate(value) : value;
  if (!isIsoDate(text)) throw new GraphQLError('Date must be a calendar date YYYY-MM-DD');
  return text;
}

/**
 * The dates a caller may send: no one in adult social care was born before 1850, and no plan,
 * payment or review is dated after 2200. Year 0000 (and anything PostgreSQL's `date` would refuse)
 * is thus a typed input error at the scalar, not a masked database failure (D16a).
 */
const EARLIEST_DATE = '1850-01-01' as IsoDate;
const LATEST_DATE = '2200-12-31' as IsoDate;

const invalidDate = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

builder.scalarType('Date', {
  description:
    'A calendar date without time or zone, ISO 8601 YYYY-MM-DD (Europe/London civil date).',
  serialize: (value) => toIsoDate(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !isIsoDate(value)) {
      throw invalidDate('Date must be a calendar date YYYY-MM-DD');
    }
    if (value < EARLIEST_DATE || value > LATEST_DATE) {
      throw invalidDate(`Date must be from ${EARLIEST_DATE} to ${LATEST_DATE}`);
    }
    return value;
  },
});

builder.scalarType('DateTime', {
  description: 'An instant, ISO 8601 in UTC (for audit timestamps only).',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be ISO 8601');
    return date;
  },
});
