import { type IsoDate, isIsoDate } from '@openpb/domain/dates';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';
import { fromDbDate } from '../mutations/business-dates.ts';

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

builder.scalarType('Date', {
  description:
    'A calendar date without time or zone, ISO 8601 YYYY-MM-DD (Europe/London civil date).',
  serialize: (value) => toIsoDate(value),
  parseValue: (value) => {
    if (typeof value !== 'string') throw new GraphQLError('Date must be a string YYYY-MM-DD');
    return toIsoDate(value);
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
