/**
 * A small seeded random source for the synthetic graph: the same seed gives the same graph,
 * on every machine and Node version (no Math.random).
 */

/** splitmix32-style mixing over a 32-bit state; fast and good enough for test data. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x9e3779b9) | 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z ^= z >>> 16;
    return (z >>> 0) / 4294967296;
  }

  /** An integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** An item chosen with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weights: readonly number[], total = weights.reduce((sum, weight) => sum + weight, 0)): T {
    let point = this.next() * total;
    for (let index = 0; index < items.length; index++) {
      point -= weights[index];
      if (point < 0) return items[index];
    }
    return items[items.length - 1];
  }

  /**
   * A rank in [0, n) with a power-law (Zipf, s ≈ 1) distribution: rank 0 is the biggest hub.
   * Continuous approximation: density ∝ 1/x on [1, n + 1).
   */
  zipf(n: number): number {
    return Math.min(n - 1, Math.floor(Math.exp(this.next() * Math.log(n + 1))) - 1);
  }
}
