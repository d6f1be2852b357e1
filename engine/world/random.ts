/**
 * The world's seeded random generator (xoshiro128**). Its whole state lives in
 * the world, so a cloned or deserialized world draws the same numbers.
 */
export interface RandomState {
  s: [number, number, number, number];
}

/** Expands a 32-bit seed into a generator state (splitmix32). */
export function seedRandom(seed: number): RandomState {
  let x = seed >>> 0;
  const next = (): number => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  return { s: [next(), next(), next(), next()] };
}

const rotl = (v: number, k: number): number => ((v << k) | (v >>> (32 - k))) >>> 0;

/** Next unsigned 32-bit integer; advances the state in place. */
export function nextUint32(r: RandomState): number {
  const s = r.s;
  const result = Math.imul(rotl(Math.imul(s[1], 5) >>> 0, 7), 9) >>> 0;
  const t = (s[1] << 9) >>> 0;
  s[2] = (s[2] ^ s[0]) >>> 0;
  s[3] = (s[3] ^ s[1]) >>> 0;
  s[1] = (s[1] ^ s[2]) >>> 0;
  s[0] = (s[0] ^ s[3]) >>> 0;
  s[2] = (s[2] ^ t) >>> 0;
  s[3] = rotl(s[3], 11);
  return result;
}

/** A float in [0, 1). */
export function nextFloat(r: RandomState): number {
  return nextUint32(r) / 0x1_0000_0000;
}

/** An integer in [min, max] inclusive. */
export function nextInt(r: RandomState, min: number, max: number): number {
  return min + Math.floor(nextFloat(r) * (max - min + 1));
}
