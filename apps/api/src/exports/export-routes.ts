import {
  type CldExportOptions,
  createCldExportRoute,
  type ExportRoute,
} from './cld-export-route.ts';

/** The export routes by path, for the HTTP server. */
export type ExportRoutes = ReadonlyMap<string, ExportRoute>;

export function createExportRoutes(options: CldExportOptions): ExportRoutes {
  return new Map([['/exports/cld.csv', createCldExportRoute(options)]]);
}
