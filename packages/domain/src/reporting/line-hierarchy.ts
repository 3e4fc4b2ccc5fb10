/**
 * Hierarchies that count a client once from their service lines (domain.md §3.1.3) [S-01b,
 * S-02e]. A hierarchy is data: levels tried in order, each with a matcher over the line's CLD
 * Service Type, Delivery Mechanism and Service Component, and a rank (1 = highest). A line takes
 * the first level it matches; a client takes the best (lowest) rank of their lines. The same data
 * is turned into SQL by @openpb/db, so the database and this module can never disagree.
 */
import type { DeliveryMechanism } from '../code-lists/delivery-mechanism.ts';
import type { ServiceComponent } from '../code-lists/service-component.ts';
import type { ServiceType } from '../code-lists/service-type.ts';

/** The CLD coding of one service line. Mechanism is free text: unknown values are allowed. */
export interface CodedServiceLine {
  readonly serviceType: string;
  readonly serviceComponent: string;
  readonly deliveryMechanism: string | null;
}

/**
 * A line matches when its service type is one of `serviceTypes` and, if `anyOf` is given, its
 * mechanism is one of `anyOf.mechanisms` or its component one of `anyOf.components`.
 */
export interface LineMatcher {
  readonly serviceTypes: readonly ServiceType[];
  readonly anyOf?: {
    readonly mechanisms?: readonly DeliveryMechanism[];
    readonly components?: readonly ServiceComponent[];
  };
}

export interface HierarchyLevel<L extends string> {
  readonly level: L;
  /** 1 = highest. */
  readonly rank: number;
  readonly matcher: LineMatcher;
}

export interface LineHierarchy<L extends string> {
  readonly name: string;
  /** In matching order (which may differ from rank order). */
  readonly levels: readonly HierarchyLevel<L>[];
}

export function lineMatches(matcher: LineMatcher, line: CodedServiceLine): boolean {
  if (!(matcher.serviceTypes as readonly string[]).includes(line.serviceType)) return false;
  if (!matcher.anyOf) return true;
  const mechanisms: readonly string[] = matcher.anyOf.mechanisms ?? [];
  const components: readonly string[] = matcher.anyOf.components ?? [];
  return (
    (line.deliveryMechanism !== null && mechanisms.includes(line.deliveryMechanism)) ||
    components.includes(line.serviceComponent)
  );
}

/** The level of one line, or null when the hierarchy does not cover it. */
export function levelOfLine<L extends string>(
  hierarchy: LineHierarchy<L>,
  line: CodedServiceLine,
): HierarchyLevel<L> | null {
  return hierarchy.levels.find((level) => lineMatches(level.matcher, line)) ?? null;
}

/** The best level over a client's lines, or null when none is covered. */
export function topLevel<L extends string>(
  hierarchy: LineHierarchy<L>,
  lines: readonly CodedServiceLine[],
): L | null {
  let best: HierarchyLevel<L> | null = null;
  for (const line of lines) {
    const level = levelOfLine(hierarchy, line);
    if (level && (!best || level.rank < best.rank)) best = level;
  }
  return best?.level ?? null;
}

/** The level holding `rank` (the inverse of the SQL, which returns ranks). */
export function levelOfRank<L extends string>(hierarchy: LineHierarchy<L>, rank: number): L {
  const level = hierarchy.levels.find((candidate) => candidate.rank === rank);
  if (!level) throw new RangeError(`${hierarchy.name} has no rank ${rank}`);
  return level.level;
}
