import type { IsoDate } from '@openpb/domain/dates';
import type { LevelCount } from '@openpb/domain/reporting/ascof-3d';
import { CARER_SUPPORT_HIERARCHY, type CarerSupport } from '@openpb/domain/reporting/carer-support';
import {
  SUPPORT_SETTING_HIERARCHY,
  type SupportSetting,
} from '@openpb/domain/reporting/support-setting';
import { hierarchyLevelCounts } from './hierarchy-level-counts.ts';
import type { ReportSql } from './sql-client.ts';

export interface Ascof3dCounts {
  readonly serviceUsers: readonly LevelCount<SupportSetting>[];
  readonly carers: readonly LevelCount<CarerSupport>[];
}

/**
 * The counts behind ASCOF 3D (domain.md §3.4): service users by top support setting on the
 * snapshot date (lines of approved plans, active, planned or suspended — suspended services stay
 * open in CLD), and carers by top carer support over `[yearStart, snapshot]` (lines of approved,
 * superseded or ended plans, ended lines included; cancelled lines never count).
 */
export async function ascof3dCounts(
  db: ReportSql,
  where: { readonly councilId: string; readonly snapshot: IsoDate; readonly yearStart: IsoDate },
): Promise<Ascof3dCounts> {
  const serviceUsers = await hierarchyLevelCounts(db, {
    councilId: where.councilId,
    hierarchy: SUPPORT_SETTING_HIERARCHY,
    clientType: 'SERVICE_USER',
    activeFrom: where.snapshot,
    activeTo: where.snapshot,
    planStatuses: ['APPROVED'],
    lineStatuses: ['ACTIVE', 'PLANNED', 'SUSPENDED'],
  });
  const carers = await hierarchyLevelCounts(db, {
    councilId: where.councilId,
    hierarchy: CARER_SUPPORT_HIERARCHY,
    clientType: 'CARER',
    activeFrom: where.yearStart,
    activeTo: where.snapshot,
    planStatuses: ['APPROVED', 'SUPERSEDED', 'ENDED'],
    lineStatuses: ['ACTIVE', 'PLANNED', 'SUSPENDED', 'ENDED'],
  });
  return { serviceUsers, carers };
}
