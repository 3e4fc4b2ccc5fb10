import type { GraphQLTransport } from '../graphql-transport.ts';
import type { RequestOptions } from '../request-options.ts';
import type { CsvExportName, CsvExportParams } from './csv-export-params.ts';

/** One export's CSV as the API sent it. */
export interface CsvExport {
  /** The whole file: RFC 4180, CRLF line ends, a header row, formula-like text neutralised. */
  readonly csv: string;
  /** The file name the API suggests (`Content-Disposition`), e.g. `cld-2025-04-01-2026-03-31-R2.csv`. */
  readonly filename: string | undefined;
  /** The API's `X-Request-Id` of the request, to quote to the council's support desk. */
  readonly requestId: string | undefined;
}

/** The exports every parameter of which may be left out. */
export type CsvExportWithoutRequiredParams = {
  [N in CsvExportName]: Partial<CsvExportParams[N]> extends CsvExportParams[N] ? N : never;
}[CsvExportName];

/** The API's CSV exports (docs/reporting.md): the CLD return and the reports' rows. */
export interface CsvExports {
  /**
   * `GET /exports/<name>.csv` with the client's token, timeout and retries (an export is a read).
   * A refusal is an `OpenPbHttpError` with the API's message: `UNAUTHENTICATED` (401),
   * `FORBIDDEN` (403: your role may not read this report), `BAD_REQUEST` (400: a parameter, e.g.
   * a period ending before it starts). Throws `TypeError` for a name that is not an export's.
   *
   * @example
   * const { csv, requestId } = await client.exports.csv('cld', { from: '2025-04-01', to: '2026-03-31' });
   */
  csv<N extends CsvExportName>(
    name: N,
    params: CsvExportParams[N],
    options?: RequestOptions,
  ): Promise<CsvExport>;
  /** An export whose parameters may all be left out, e.g. `csv('council-summary')` for today. */
  csv(name: CsvExportWithoutRequiredParams): Promise<CsvExport>;
}

const EXPORT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FILENAME = /filename="([^"]+)"/;

/** The query string of an export's parameters; left-out (undefined) ones are not sent. */
function queryOf(params: object | undefined): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined) query.set(key, String(value));
  }
  return query;
}

/**
 * The `exports` namespace, for `createClientWith(options, { exports: csvExportsResource })`
 * (`createClient` has it).
 */
export function csvExportsResource(transport: GraphQLTransport): CsvExports {
  return Object.freeze({
    async csv(name: CsvExportName, params?: object, options?: RequestOptions) {
      if (typeof name !== 'string' || !EXPORT_NAME.test(name)) {
        throw new TypeError(`Not the name of an export: ${JSON.stringify(name)}`);
      }
      if (params !== undefined && (typeof params !== 'object' || params === null)) {
        throw new TypeError('params must be an object');
      }
      const response = await transport.getText(`/exports/${name}.csv`, queryOf(params), {
        ...options,
        retry: true,
      });
      return {
        csv: response.text,
        filename: FILENAME.exec(response.headers.get('content-disposition') ?? '')?.[1],
        requestId: response.requestId,
      };
    },
  } as CsvExports);
}
