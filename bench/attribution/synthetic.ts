/**
 * Synthetic sketches with controlled overlap, for the attribution benchmark.
 *
 * Contributions form clusters: contribution i belongs to cluster i mod K (so
 * clusters interleave in time, as topics do), and its sketch is the cluster's
 * random base sketch with r of its k positions replaced by fresh random
 * values, r uniform in [k − dup_threshold + 1, MAX_REPLACED]. Two members of
 * a cluster share at most k − max(r₁, r₂) < dup_threshold positions (up to
 * 2^-32 coincidences of random values), so every member is an original, as
 * the chain would have it, at similarities from ~20 to ~95 with its cluster;
 * and a member keeps each 2-position band of the match index with
 * probability ((k − r)/k)², ≈ 0.3 on average, so the base's match buckets of
 * a cluster of a few hundred members fill to the cap.
 *
 * Every value comes from one mulberry32 stream cut into disjoint windows, one
 * per member, base or query: any sketch is computed from its index alone (a
 * million sketches are never held at once) and no two share a draw.
 */
import { encodeSketch, SKETCH_K } from '../../src/attribution/sketch.js';
import { seededRandom } from '../../test/support/text-corpus.js';

/** Most positions a member differs from its base in: a member keeps at least a quarter of it. */
const MAX_REPLACED = 96;
/** Most positions a "copy" query changes in the member it copies: similarity ≥ k − 20, a near duplicate. */
const MAX_COPY_EDITS = 20;

// mulberry32 steps its state by this odd constant per draw, so window w (draws
// [w·WINDOW, (w+1)·WINDOW) of the stream) starts from state w·WINDOW·STEP.
const STEP = 0x6d2b79f5;
const WINDOW = 256; // ≥ 1 + 2·MAX_REPLACED draws of a member, 128 of a base
const BASE_WINDOWS = 1 << 22;
const QUERY_WINDOWS = 1 << 23;
const MAX_SIZE = BASE_WINDOWS;

/**
 * What a query sketch is: a near copy of one contribution (0–20 positions
 * changed), a new sketch of a cluster (like a member, but not in the
 * Datanet), or unrelated to everything.
 */
export type QueryKind = 'copy' | 'cluster' | 'unrelated';
export const QUERY_KINDS: readonly QueryKind[] = ['copy', 'cluster', 'unrelated'];

function stream(window: number): () => number {
  return seededRandom(Math.imul(window * WINDOW, STEP));
}

export class SyntheticSketches {
  readonly clusters: number;
  private readonly minReplaced: number;
  private readonly positions = new Uint8Array(SKETCH_K);
  /** The last base computed: population asks for one cluster's members in a row. */
  private lastBase: { c: number; values: Uint32Array } | undefined;

  /** `size` contributions in clusters of `clusterSize`, none within `dupThreshold` of another. */
  constructor(
    readonly size: number,
    readonly clusterSize: number,
    dupThreshold: number,
  ) {
    if (!Number.isInteger(size) || size < 1 || size > MAX_SIZE) throw new RangeError(`size ${size} is not in 1..${MAX_SIZE}`);
    this.clusters = Math.ceil(size / clusterSize);
    this.minReplaced = SKETCH_K - dupThreshold + 1;
    if (this.minReplaced < 1 || this.minReplaced > MAX_REPLACED) throw new RangeError(`dup_threshold ${dupThreshold} leaves no room for clusters`);
  }

  clusterOf(i: number): number {
    return i % this.clusters;
  }

  /** The contributions of cluster c, in contribution (so height, tx index) order. */
  membersOf(c: number): number[] {
    const out: number[] = [];
    for (let i = c; i < this.size; i += this.clusters) out.push(i);
    return out;
  }

  /** The sketch of contribution i. */
  member(i: number): Uint8Array {
    const random = stream(i);
    return encodeSketch(this.derive(this.base(this.clusterOf(i)), this.replacedCount(random), random));
  }

  /** Query sketch number q of a kind; the same (kind, q) is the same sketch. */
  query(kind: QueryKind, q: number): Uint8Array {
    const random = stream(QUERY_WINDOWS + 3 * q + QUERY_KINDS.indexOf(kind));
    switch (kind) {
      case 'copy': {
        const i = random() % this.size;
        const memberRandom = stream(i);
        const original = this.derive(this.base(this.clusterOf(i)), this.replacedCount(memberRandom), memberRandom);
        return encodeSketch(this.derive(original, random() % (MAX_COPY_EDITS + 1), random));
      }
      case 'cluster':
        return encodeSketch(this.derive(this.base(random() % this.clusters), this.replacedCount(random), random));
      case 'unrelated':
        return encodeSketch(this.derive(new Uint32Array(SKETCH_K), SKETCH_K, random));
    }
  }

  private base(c: number): Uint32Array {
    if (this.lastBase?.c !== c) {
      const random = stream(BASE_WINDOWS + c);
      const values = new Uint32Array(SKETCH_K);
      for (let j = 0; j < SKETCH_K; j++) values[j] = random();
      this.lastBase = { c, values };
    }
    return this.lastBase.values;
  }

  private replacedCount(random: () => number): number {
    return this.minReplaced + (random() % (MAX_REPLACED - this.minReplaced + 1));
  }

  /** `from` with `count` distinct positions (a partial Fisher–Yates shuffle) set to fresh random values. */
  private derive(from: Uint32Array, count: number, random: () => number): Uint32Array {
    const out = from.slice();
    const p = this.positions;
    for (let j = 0; j < SKETCH_K; j++) p[j] = j;
    for (let j = 0; j < count; j++) {
      const pick = j + (random() % (SKETCH_K - j));
      const position = p[pick]!;
      p[pick] = p[j]!;
      p[j] = position;
      out[position] = random();
    }
    return out;
  }
}
