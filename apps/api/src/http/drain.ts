import type { Server } from 'node:http';

/**
 * Stops taking requests and waits for those in flight to finish (for SIGTERM: an orchestrator's
 * rolling restart loses none), but no longer than `graceMs`; then cuts what is left. Idle
 * keep-alive connections are closed as soon as they are idle so that they do not hold it open.
 */
export async function drainServer(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // keep-alive connections go as soon as their request is answered, not after keepAliveTimeout
  server.closeIdleConnections();
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  const cut = setTimeout(() => server.closeAllConnections(), graceMs);
  try {
    await closed;
  } finally {
    clearInterval(idle);
    clearTimeout(cut);
  }
}
