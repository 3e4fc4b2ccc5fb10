/** One client id's or one address's recent sign-in attempts. */
export interface ThrottleState {
  readonly attempts: number;
  readonly lastAttemptAt: number;
  readonly blockedUntil: number | null;
}

export interface ThrottlePolicy {
  /** Attempts allowed before back-off starts. */
  readonly limit: number;
  /** After this long without an attempt the count starts again. */
  readonly quietResetMs: number;
  /** The first wait beyond the limit; each further attempt waits twice as long… */
  readonly firstWaitMs: number;
  /** …up to this. */
  readonly longestWaitMs: number;
}

export type ThrottleDecision =
  | { readonly allowed: true; readonly state: ThrottleState }
  | { readonly allowed: false; readonly retryAfterMs: number };

/**
 * Counts an attempt at `now`: refused while a wait is running; otherwise allowed, and beyond the
 * limit it starts the next wait, twice the last (exponential back-off, OWASP ASVS 2.2.1). So a
 * guesser gets `limit` tries, then one try per doubling wait, while the owner of the client,
 * who signs in rarely, is never locked out for longer than `longestWaitMs`.
 */
export function takeAttempt(
  state: ThrottleState | null,
  now: number,
  policy: ThrottlePolicy,
): ThrottleDecision {
  if (state?.blockedUntil && state.blockedUntil > now) {
    return { allowed: false, retryAfterMs: state.blockedUntil - now };
  }
  const attempts =
    !state || now - state.lastAttemptAt >= policy.quietResetMs ? 1 : state.attempts + 1;
  const over = attempts - policy.limit;
  const blockedUntil =
    over > 0 ? now + Math.min(policy.firstWaitMs * 2 ** (over - 1), policy.longestWaitMs) : null;
  return { allowed: true, state: { attempts, lastAttemptAt: now, blockedUntil } };
}
