import { errorFields, logLine } from './log.ts';

/**
 * The last resort: an error no route caught (a bug, or a library's stray 'error' event) is logged
 * (its class, code and stack; never its message) and the process goes on serving, rather than a
 * single request ending it for everyone (D16). Every route catches its own failures
 * (http-server.ts); this is only what remains.
 */
export function keepServingOnStrayErrors(): void {
  process.on('unhandledRejection', (error) =>
    logLine('error', 'unhandled_rejection', errorFields(error)),
  );
  process.on('uncaughtException', (error) =>
    logLine('error', 'uncaught_exception', errorFields(error)),
  );
}
