/**
 * A small, fast, seeded pseudo-random generator (sfc32, seeded through splitmix32) so that the
 * synthetic data set is the same for the same seed on every machine.
 */
export class Random {
  /** Rows identified so far; the leading field of every id, so ids grow in creation order. */
  #ids = 0;
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: number) {
    let state = seed >>> 0;
    const next = () => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.#a = next();
    this.#b = next();
    this.#c = next();
    this.#d = next();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    return this.#nextUint32() / 4294967296;
  }

  #nextUint32(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return t >>> 0;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** `count` distinct items in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const picked: T[] = [];
    while (picked.length < count && pool.length > 0) {
      const [item] = pool.splice(Math.floor(this.next() * pool.length), 1);
      if (item !== undefined) picked.push(item);
    }
    return picked;
  }

  /** Picks a key with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let target = this.next() * total;
    for (const [key, weight] of entries) {
      target -= weight;
      if (target < 0) return key;
    }
    const last = entries.at(-1);
    if (!last) throw new Error('weighted pick from no weights');
    return last[0];
  }

  /** A standard normal variate (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal around `median` with log-spread `sigma`. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /**
   * A UUID in the version 7 layout: the 48-bit leading field counts the ids drawn so far (where
   * v7 puts a timestamp), the rest is drawn from this generator. Ids are deterministic for a
   * seed, unique within a data set, and increasing, so that primary-key indexes grow at their
   * right edge while a large data set loads.
   */
  uuid(): string {
    this.#ids += 1;
    const leading = hex8(Math.floor(this.#ids / 0x10000)) + hex8(this.#ids & 0xffff).slice(4);
    const a = hex8(this.#nextUint32());
    const b = this.#nextUint32();
    const c = hex8(this.#nextUint32());
    const variant = (0x8 | (b >>> 30)).toString(16);
    const bHex = hex8(b);
    return `${leading.slice(0, 8)}-${leading.slice(8)}-7${a.slice(0, 3)}-${variant}${bHex.slice(1, 4)}-${bHex.slice(4)}${c}`;
  }
}

const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Eight hex digits of an unsigned 32-bit value. */
function hex8(value: number): string {
  return (
    (HEX_BYTES[value >>> 24] ?? '') +
    (HEX_BYTES[(value >>> 16) & 0xff] ?? '') +
    (HEX_BYTES[(value >>> 8) & 0xff] ?? '') +
    (HEX_BYTES[value & 0xff] ?? '')
  );
}
