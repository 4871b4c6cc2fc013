/** Seeded randomness for the generator: the same seed string always yields the same data set. */

/** FNV-1a over the string, then mixed: a 32-bit seed from any label. */
function hash32(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  return hash >>> 0
}

/**
 * mulberry32: tiny, fast and good enough for fake market data. Every event gets its own stream (seeded from
 * its slug), so adding or reordering events never changes the others.
 */
export class Rng {
  private state: number

  constructor(seed: string) {
    this.state = hash32(seed)
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let value = this.state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  float(min: number, max: number): number {
    return min + this.next() * (max - min)
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }

  /** Roughly normal (sum of uniforms), for scores and stat lines. */
  normal(mean: number, deviation: number): number {
    let sum = 0
    for (let index = 0; index < 6; index++) sum += this.next()
    return mean + (sum - 3) * deviation * 0.7071
  }

  /** Poisson-distributed count (goals, tries, wickets). */
  poisson(mean: number): number {
    const limit = Math.exp(-mean)
    let count = 0
    let product = this.next()
    while (product > limit) {
      count++
      product *= this.next()
    }
    return count
  }

  hex(length: number): string {
    let out = ''
    for (let index = 0; index < length; index++) out += '0123456789abcdef'[Math.floor(this.next() * 16)]
    return out
  }

  /** A decimal string of `length` digits without a leading zero (CLOB token ids are 76–78 digit integers). */
  digits(length: number): string {
    let out = String(1 + Math.floor(this.next() * 9))
    for (let index = 1; index < length; index++) out += String(Math.floor(this.next() * 10))
    return out
  }
}
