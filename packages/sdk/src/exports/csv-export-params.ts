import type { CldRelease, OverdueReviewKind } from '../generated/types/graphql.ts';

/** A date without time, as the API takes it: `YYYY-MM-DD`. */
export type IsoDate = string;

/** An end-inclusive period; `from` must not be after `to`. */
export interface PeriodParams {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** A period of the CLD return, in the release's labels (by default the period's own release). */
export interface CldPeriodParams extends PeriodParams {
  readonly release?: CldRelease | undefined;
}

/** The date a report is as at; today in England when left out. Undefined ones are not sent. */
export interface AsOfParams {
  readonly asOf?: IsoDate | undefined;
}

/**
 * Every CSV export of the API (`GET /exports/<name>.csv`, docs/reporting.md) with its query
 * parameters, the ones of the GraphQL report it is the rows of. The one list of the exports'
 * names: `src/exports/csv-exports.test.ts` fails when the API's route table differs from it.
 */
export interface CsvExportParams {
  /** The Client Level Data return for the period: one row per event (domain.md §3.1). */
  readonly cld: CldPeriodParams;
  /** The checks the period's CLD return would fail (Query.cldDataQuality, every rule). */
  readonly 'cld-data-quality': CldPeriodParams;
  /** Whether the period's CLD return can be submitted (Query.cldSubmissionReadiness). */
  readonly 'cld-submission-readiness': CldPeriodParams;
  /** Query.reviewsOverdue, optionally of one kind of review. */
  readonly 'reviews-overdue': AsOfParams & { readonly kind?: OverdueReviewKind | undefined };
  /** Query.directPaymentSurpluses, optionally only from a recoverable amount in pence. */
  readonly 'direct-payment-surpluses': AsOfParams & {
    readonly minRecoverablePence?: number | undefined;
  };
  /** Query.recoveries (every status), optionally only those older than some days. */
  readonly recoveries: AsOfParams & { readonly olderThanDays?: number | undefined };
  /** Query.complexCasesWithoutQualifiedWorker. */
  readonly 'complex-cases-without-qualified-worker': AsOfParams;
  /** Query.councilSummary, one row per figure. */
  readonly 'council-summary': AsOfParams;
  /** Query.recoverySummary: by status, then ageing bands. */
  readonly 'recovery-summary': AsOfParams;
  /** Query.caseloadByQualification. */
  readonly 'caseload-by-qualification': AsOfParams;
  /** Query.ascof3d by part, method and age band; the carers' year starts on 1 April by default. */
  readonly 'ascof-3d': { readonly snapshotDate: IsoDate; readonly yearStart?: IsoDate | undefined };
  /** Query.waitingTimes for the period, by stage. */
  readonly 'waiting-times': PeriodParams;
  /** Query.outcomesAtReview's rows by review reason for the period. */
  readonly 'outcomes-at-review': PeriodParams;
}

/** The name of a CSV export: `client.exports.csv('cld', { from, to })`. */
export type CsvExportName = keyof CsvExportParams;
