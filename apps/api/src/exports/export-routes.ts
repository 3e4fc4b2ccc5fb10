import { createAscof3dExport } from './ascof-3d-export.ts';
import { createCaseloadByQualificationExport } from './caseload-by-qualification-export.ts';
import { createCldDataQualityExport } from './cld-data-quality-export.ts';
import { createCldExportRoute } from './cld-export-route.ts';
import { createCldSubmissionReadinessExport } from './cld-submission-readiness-export.ts';
import { createComplexCasesExport } from './complex-cases-export.ts';
import { createCouncilSummaryExport } from './council-summary-export.ts';
import { createDirectPaymentSurplusesExport } from './direct-payment-surpluses-export.ts';
import { createExportRunner, type ExportOptions, type ExportRoute } from './export-runner.ts';
import { createOutcomesAtReviewExport } from './outcomes-at-review-export.ts';
import { createRecoveriesExport } from './recoveries-export.ts';
import { createRecoverySummaryExport } from './recovery-summary-export.ts';
import { createReviewsOverdueExport } from './reviews-overdue-export.ts';
import { createWaitingTimesExport } from './waiting-times-export.ts';

/** The export routes by path, for the HTTP server. */
export type ExportRoutes = ReadonlyMap<string, ExportRoute>;

export function createExportRoutes(options: ExportOptions): ExportRoutes {
  const exportRoute = createExportRunner(options);
  return new Map([
    ['/exports/cld.csv', createCldExportRoute(exportRoute)],
    ['/exports/direct-payment-surpluses.csv', createDirectPaymentSurplusesExport(exportRoute)],
    ['/exports/recoveries.csv', createRecoveriesExport(exportRoute)],
    ['/exports/ascof-3d.csv', createAscof3dExport(exportRoute)],
    ['/exports/council-summary.csv', createCouncilSummaryExport(exportRoute)],
    ['/exports/reviews-overdue.csv', createReviewsOverdueExport(exportRoute)],
    ['/exports/complex-cases-without-qualified-worker.csv', createComplexCasesExport(exportRoute)],
    ['/exports/cld-data-quality.csv', createCldDataQualityExport(exportRoute)],
    ['/exports/waiting-times.csv', createWaitingTimesExport(exportRoute)],
    ['/exports/recovery-summary.csv', createRecoverySummaryExport(exportRoute)],
    ['/exports/caseload-by-qualification.csv', createCaseloadByQualificationExport(exportRoute)],
    ['/exports/cld-submission-readiness.csv', createCldSubmissionReadinessExport(exportRoute)],
    ['/exports/outcomes-at-review.csv', createOutcomesAtReviewExport(exportRoute)],
  ]);
}
