import type { Server } from 'node:http';

/**
 * Stops taking requests and waits for those in flight to finish (for SIGTERM: an orchestrator's
 * rolling restart loses none), but no longer than `graceMs`; then cuts what is left. Idle
 * keep-alive connections are closed at once so that they do not hold the server open.
 */
export async function drainServer(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const cut = setTimeout(() => server.closeAllConnections(), graceMs);
  try {
    await closed;
  } finally {
    clearTimeout(cut);
  }
}
