import type { CldRelease } from '@openpb/domain/code-lists/code-list';
import { compareDates, type IsoDate, isIsoDate } from '@openpb/domain/dates';
import { cldReleaseApplies, cldReleaseForPeriod } from '@openpb/domain/reporting/cld-release';

export interface CldExportParams {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly release: CldRelease;
}

/**
 * The export's query string (`from`, `to`, optional `release`: by default the period's own, R1
 * for periods ending before 30 September 2025 and R2 from then; R1 is refused for a Release 2
 * period), or a problem.
 */
export function parseCldExportParams(
  query: URLSearchParams,
): { ok: true; params: CldExportParams } | { ok: false; problem: string } {
  const from = query.get('from');
  const to = query.get('to');
  if (!isIsoDate(from) || !isIsoDate(to)) {
    return { ok: false, problem: 'from and to must be dates YYYY-MM-DD' };
  }
  if (compareDates(from, to) > 0) {
    return { ok: false, problem: 'The reporting period ends before it starts' };
  }
  const release = query.get('release') ?? cldReleaseForPeriod(to);
  if (release !== 'R1' && release !== 'R2') {
    return { ok: false, problem: 'release must be R1 or R2' };
  }
  if (!cldReleaseApplies(release, to)) {
    return { ok: false, problem: 'Release 1 does not apply to this period: use Release 2' };
  }
  return { ok: true, params: { from, to, release } };
}
