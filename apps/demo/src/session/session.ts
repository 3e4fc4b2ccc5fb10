import type { Persona } from '@openpb/sdk';

/** Who is signed in. Kept for this browser tab only (sessionStorage), never in localStorage. */
export interface Session {
  readonly token: string;
  readonly persona: Persona;
}

const KEY = 'openpb-demo-session';

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const { token, persona } = value as Record<string, unknown>;
  if (typeof token !== 'string' || typeof persona !== 'object' || persona === null) return false;
  const { key, name, title } = persona as Record<string, unknown>;
  return typeof key === 'string' && typeof name === 'string' && typeof title === 'string';
}

export function loadSession(): Session | null {
  try {
    const stored = sessionStorage.getItem(KEY);
    const parsed: unknown = stored ? JSON.parse(stored) : null;
    return isSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  try {
    if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
    else sessionStorage.removeItem(KEY);
  } catch {
    // storage unavailable (private mode): the session lives in memory only
  }
}
