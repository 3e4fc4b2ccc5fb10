import type { GraphQLDocument } from '@openpb/sdk';

/** A ratio as the API gives it. */
export interface RatioFigures {
  readonly numerator: number;
  readonly denominator: number;
  readonly percentage: string | null;
}

interface PartFigures {
  readonly part: string;
  readonly description: string;
  readonly recorded: {
    readonly age18To64: RatioFigures;
    readonly age65AndOver: RatioFigures;
    readonly total: RatioFigures;
  };
}

export interface Ascof3dFiguresResult {
  readonly ascof3d: {
    readonly snapshotDate: string;
    readonly part1a: PartFigures;
    readonly part1b: PartFigures;
    readonly part2a: PartFigures;
    readonly part2b: PartFigures;
  };
}

const RATIO = 'numerator denominator percentage';
const PART = `part description recorded { age18To64 { ${RATIO} } age65AndOver { ${RATIO} } total { ${RATIO} } }`;

/**
 * ASCOF 3D with the figures per age band: client.reports.ascof3d's default selection stops one
 * level down (part and description only), so the demo passes its own document to client.request
 * (noted for S2: a method with the figures).
 */
export const ASCOF_3D_FIGURES = {
  toString: () =>
    `query DemoAscof3dFigures($snapshotDate: Date!) { ascof3d(snapshotDate: $snapshotDate) { snapshotDate part1a { ${PART} } part1b { ${PART} } part2a { ${PART} } part2b { ${PART} } } }`,
} as GraphQLDocument<Ascof3dFiguresResult, { snapshotDate: string }>;
