// Seeded pseudo-random numbers for the bench data generator (never Math.random): sfc32 seeded from a
// 128-bit FNV-1a-style hash of a string key, so one key always yields the same stream, on every
// machine and Node version. Helpers draw integers, normal and log-normal values and weighted picks.

const hash128 = (key: string): [number, number, number, number] => {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  let h3 = 0x9e3779b9;
  let h4 = 0x85ebca6b;
  for (let i = 0; i < key.length; i += 1) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h3 = Math.imul(h3 ^ c, 0x27d4eb2d) >>> 0;
    h4 = Math.imul(h4 ^ c, 0x165667b1) >>> 0;
  }
  return [h1, h2, h3, h4];
};

export type Rng = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Integer in [min, max] (both included). */
  int: (min: number, max: number) => number;
  /** True with probability p. */
  chance: (p: number) => boolean;
  /** Standard normal (Box–Muller). */
  normal: () => number;
  /** exp(N(ln median, sigma²)): median `median`, spread `sigma` (log scale). */
  logNormal: (median: number, sigma: number) => number;
  /** One item, uniformly. */
  pick: <T>(items: readonly T[]) => T;
  /** One item by weight. */
  weighted: <T>(items: readonly (readonly [T, number])[]) => T;
};

export const createRng = (key: string): Rng => {
  let [a, b, c, d] = hash128(key);
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  // Warm up: the first outputs of sfc32 still show the seed.
  for (let i = 0; i < 12; i += 1) next();
  const normal = () => {
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    normal,
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    weighted: (items) => {
      const total = items.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [item, w] of items) {
        x -= w;
        if (x < 0) return item;
      }
      return (items[items.length - 1] as readonly [(typeof items)[number][0], number])[0];
    },
  };
};
