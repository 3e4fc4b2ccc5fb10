import type { CldRelease } from '@openpb/domain/code-lists/code-list';
import { compareDates, type IsoDate, isIsoDate } from '@openpb/domain/dates';

export interface CldExportParams {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly release: CldRelease;
}

/** The export's query string (`from`, `to`, optional `release`, R2 by default), or a problem. */
export function parseCldExportParams(
  query: URLSearchParams,
): { ok: true; params: CldExportParams } | { ok: false; problem: string } {
  const from = query.get('from');
  const to = query.get('to');
  const release = query.get('release') ?? 'R2';
  if (!isIsoDate(from) || !isIsoDate(to)) {
    return { ok: false, problem: 'from and to must be dates YYYY-MM-DD' };
  }
  if (compareDates(from, to) > 0) {
    return { ok: false, problem: 'The reporting period ends before it starts' };
  }
  if (release !== 'R1' && release !== 'R2') {
    return { ok: false, problem: 'release must be R1 or R2' };
  }
  return { ok: true, params: { from, to, release } };
}
