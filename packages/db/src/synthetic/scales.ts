/** Named sizes of the synthetic data set. */
export const SCALES = {
  /** For tests: quick to load, still covers every branch of the generator. */
  small: { councils: 1, peoplePerCouncil: 200 },
  /** The demo council of the walking skeleton and the default for `pnpm dev`. */
  demo: { councils: 1, peoplePerCouncil: 2_000 },
  /** A mid-sized council's adult social care caseload. */
  council: { councils: 1, peoplePerCouncil: 5_000 },
  /** A region of ten councils. */
  region: { councils: 10, peoplePerCouncil: 5_000 },
  /**
   * England: 153 councils with adult social services responsibilities, about 900,000 people —
   * as many as the never-issued 999 range has synthetic NHS numbers for (153 × 5,880 = 899,640).
   */
  national: { councils: 153, peoplePerCouncil: 5_880 },
} as const;

export type ScaleName = keyof typeof SCALES;

export function isScaleName(name: string): name is ScaleName {
  return Object.hasOwn(SCALES, name);
}
