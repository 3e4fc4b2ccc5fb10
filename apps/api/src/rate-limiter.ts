/**
 * A token bucket per client (token subject): `burst` requests at once, refilled at
 * `perMinute` a minute. In memory, so per API process; put a shared limiter in front of a fleet.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; updatedMs: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Takes one request's token; returns 0 when allowed, else the seconds to wait. */
  take(client: string): number {
    const now = this.clock();
    const bucket = this.#buckets.get(client) ?? { tokens: this.burst, updatedMs: now };
    const refilled = Math.min(
      this.burst,
      bucket.tokens + ((now - bucket.updatedMs) / 60_000) * this.perMinute,
    );
    if (refilled < 1) {
      this.#buckets.set(client, { tokens: refilled, updatedMs: now });
      return Math.ceil(((1 - refilled) * 60) / this.perMinute);
    }
    this.#buckets.set(client, { tokens: refilled - 1, updatedMs: now });
    if (this.#buckets.size > 100_000) this.#forgetIdle(now);
    return 0;
  }

  #forgetIdle(now: number): void {
    for (const [client, bucket] of this.#buckets) {
      if (now - bucket.updatedMs > 10 * 60_000) this.#buckets.delete(client);
    }
  }
}
