import type { LineHierarchy, LineMatcher } from '@openpb/domain/reporting/line-hierarchy';
import { Prisma } from '../client.ts';

function matcherSql(matcher: LineMatcher, line: string): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${line}.${name}`);
  const serviceType = Prisma.sql`${column('service_type')} IN (${Prisma.join(matcher.serviceTypes)})`;
  if (!matcher.anyOf) return serviceType;
  const alternatives: Prisma.Sql[] = [];
  if (matcher.anyOf.mechanisms?.length) {
    alternatives.push(
      Prisma.sql`${column('delivery_mechanism')} IN (${Prisma.join(matcher.anyOf.mechanisms)})`,
    );
  }
  if (matcher.anyOf.components?.length) {
    alternatives.push(
      Prisma.sql`${column('service_component')} IN (${Prisma.join(matcher.anyOf.components)})`,
    );
  }
  return Prisma.sql`(${serviceType} AND (${Prisma.join(alternatives, ' OR ')}))`;
}

/**
 * The rank of a `support_plan_line` row (aliased `line`) in a domain hierarchy, as a SQL CASE
 * built from the hierarchy's data: the first matching level wins, NULL when none matches.
 */
export function hierarchyRankSql<L extends string>(
  hierarchy: LineHierarchy<L>,
  line: 'line' = 'line',
): Prisma.Sql {
  const branches = hierarchy.levels.map(
    (level) => Prisma.sql`WHEN ${matcherSql(level.matcher, line)} THEN ${level.rank}::int`,
  );
  return Prisma.sql`CASE ${Prisma.join(branches, ' ')} END`;
}
