import { currentRequestId } from './request-context.ts';

export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * One JSON log line with the current request's id. Callers pass codes, names and counts, never
 * request data: log lines must hold nothing personal (docs/access.md).
 */
export function logLine(
  level: 'debug' | 'info' | 'warn' | 'error',
  event: string,
  fields: LogFields = {},
) {
  // debug lines (e.g. why a query left the compiled read) only when asked for
  if (level === 'debug' && process.env.OPENPB_DEBUG_LOG !== 'on') return;
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level,
    event,
    requestId: currentRequestId(),
    ...fields,
  });
  if (level === 'info' || level === 'debug') console.log(line);
  else console.error(line);
}

/**
 * What may be logged of an unexpected error: its class, its code and where it was thrown — not its
 * message, which for a database error can quote the values of a row (a name, an NHS number).
 */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (error as { code?: unknown }).code;
  return {
    error: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    stack: error.stack?.split('\n').slice(1, 8).join('\n'),
  };
}
