import { AsyncLocalStorage } from 'node:async_hooks';

interface RequestContext {
  readonly requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `work` as part of the request `requestId`: log lines written meanwhile carry the id. */
export function withRequestContext<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

/** The id of the request being served, if any (for log lines). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
