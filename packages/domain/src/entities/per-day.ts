import type { IsoDate } from '../dates.ts';

/**
 * A validation schema that depends on today's date, built once per date rather than once per
 * call: zod compiles an object schema on its first parse, so a schema built for every request
 * costs that compilation every time (BENCHMARKS.md, issue 16 item 4). The schema of the last date
 * asked is kept.
 */
export function perDay<Schema>(build: (today: IsoDate) => Schema): (today: IsoDate) => Schema {
  let last: { readonly today: IsoDate; readonly schema: Schema } | null = null;
  return (today) => {
    if (last?.today !== today) last = { today, schema: build(today) };
    return last.schema;
  };
}
