import { type DomainEvent, subscribeToDomainEvents } from '@openpb/sdk';
import { useEffect, useRef, useState } from 'react';
import { API_URL } from '../config.ts';

export type LiveState = 'connecting' | 'live' | 'off';

/**
 * Listens to the domain events the session may hear (the API's `domainEvents` subscription, over
 * server-sent events through the SDK: a member of staff the council's, a third-party app those of
 * its delegations, D93) while `token` is set, and calls `onEvent` for each; reconnects after a dropped connection, resuming after the last event seen.
 */
export function useLiveEvents(
  token: string | null,
  onEvent: (event: DomainEvent) => void,
): LiveState {
  const [state, setState] = useState<LiveState>('off');
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    let after: string | undefined;
    (async () => {
      while (!controller.signal.aborted) {
        setState('connecting');
        try {
          const events = subscribeToDomainEvents({ url: API_URL, token }, after ? { after } : {}, {
            signal: controller.signal,
          });
          setState('live');
          for await (const event of events) {
            after = event.position;
            handler.current(event);
          }
        } catch {
          // refused or dropped: try again shortly
        }
        if (controller.signal.aborted) break;
        setState('off');
        await new Promise((resolve) => setTimeout(resolve, 5_000));
      }
    })();
    return () => {
      controller.abort();
      setState('off');
    };
  }, [token]);
  return state;
}
