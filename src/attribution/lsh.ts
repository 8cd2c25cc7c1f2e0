/**
 * LSH bucket keys of sketches (DESIGN §3.2), attribution version 1: the
 * banding rule by which validators find the candidate near duplicates of a
 * contribution (the duplicate index) and the candidate matches of a model
 * output (the match index). docs/attribution.md "Redundancy" is the rule,
 * byte for byte; docs/vectors/lsh.json (written by an independent Python
 * program) checks that this file follows it.
 *
 * A sketch of k uint32 values is cut into `bands` bands of `rows` consecutive
 * positions; band b's bucket key is the first 8 bytes of
 *   sha256("attrib-lsh-v1" ‖ u8(index id) ‖ u16be(b) ‖ the band's 4·rows bytes).
 * Two sketches share band b's bucket exactly when they agree on all of its
 * positions (up to a 2^-64 key collision). Pure: the state machine keeps the
 * buckets, with at most `bucketCap` entries each.
 *
 * Keys are bytes and integers only. The probabilities at the end are floats
 * for the documentation and tests; no consensus rule may call them.
 */
import { sha256 } from '../crypto/hash.js';
import { MAX_SKETCH_K } from './sketch.js';

export interface LshParams {
  /** Number of bands, each one bucket key; ≥ 1. */
  bands: number;
  /** Sketch positions per band; ≥ 1, and bands × rows ≤ k. */
  rows: number;
  /** Most entries a bucket holds: a full bucket refuses further inserts. 1..MAX_LSH_BUCKET_CAP. */
  bucketCap: number;
}

export type LshIndex = 'dup' | 'match';

/** ASCII domain of every bucket key (no length prefix, no separator). */
export const LSH_DOMAIN = 'attrib-lsh-v1';
/** The byte that keeps the two indexes' keys apart. */
export const LSH_INDEX_ID: Readonly<Record<LshIndex, number>> = Object.freeze({ dup: 1, match: 2 });
/** Bytes of a bucket key: the first bytes of the sha256 digest. */
export const LSH_KEY_BYTES = 8;
/** Largest `bucketCap`: with k ≤ 1024 a lookup then compares at most 2^20 sketches. */
export const MAX_LSH_BUCKET_CAP = 1024;

/**
 * Duplicate index for k = 128, dup_threshold 103: P(candidate) = 0.9987 at
 * similarity 103 (positions independent), 0.019 at 40; rows = 6 is the most
 * that reaches 0.99 within 128 positions, 21 bands use 126 of them. A lookup
 * compares at most 21 × 64 = 1344 sketches.
 */
export const DEFAULT_DUP_LSH: Readonly<LshParams> = Object.freeze({ bands: 21, rows: 6, bucketCap: 64 });

/**
 * Match index for k = 128, match_threshold 26: P(candidate) = 0.933 at
 * similarity 26; rows = 3 cannot reach 0.90 within 128 positions, so rows = 2
 * over all 64 bands. A lookup compares at most 64 × 64 = 4096 sketches.
 */
export const DEFAULT_MATCH_LSH: Readonly<LshParams> = Object.freeze({ bands: 64, rows: 2, bucketCap: 64 });

const DOMAIN_BYTES = new Uint8Array(Buffer.from(LSH_DOMAIN, 'ascii'));

function isIntegerIn(x: number, min: number, max: number): boolean {
  return Number.isInteger(x) && x >= min && x <= max;
}

/** Returns `p` if it is valid for sketches of k values, else throws RangeError. */
export function checkLshParams(p: LshParams, k: number): LshParams {
  if (!isIntegerIn(k, 1, MAX_SKETCH_K)) throw new RangeError(`sketch k = ${k} is not an integer in 1..${MAX_SKETCH_K}`);
  if (!isIntegerIn(p.bands, 1, k)) throw new RangeError(`lsh bands = ${p.bands} is not an integer in 1..${k}`);
  if (!isIntegerIn(p.rows, 1, k)) throw new RangeError(`lsh rows = ${p.rows} is not an integer in 1..${k}`);
  if (p.bands * p.rows > k) throw new RangeError(`lsh bands × rows = ${p.bands * p.rows} exceeds k = ${k}`);
  if (!isIntegerIn(p.bucketCap, 1, MAX_LSH_BUCKET_CAP)) throw new RangeError(`lsh bucket cap = ${p.bucketCap} is not an integer in 1..${MAX_LSH_BUCKET_CAP}`);
  return p;
}

/** k of a sketch encoding: its length / 4, which must be a whole number in 1..MAX_SKETCH_K. */
function sketchK(sketch: Uint8Array): number {
  if (sketch.length % 4 !== 0 || !isIntegerIn(sketch.length / 4, 1, MAX_SKETCH_K)) {
    throw new RangeError(`sketch of ${sketch.length} bytes is not 1..${MAX_SKETCH_K} uint32 values`);
  }
  return sketch.length / 4;
}

/**
 * The bucket key of each band, band 0 first: band b covers positions
 * [b·rows, (b+1)·rows) of the sketch, and positions from bands·rows on are
 * not used. Computed for any well-formed sketch; whether a sketch takes part
 * in an index at all is `isIndexable`.
 */
export function bandKeys(sketch: Uint8Array, p: LshParams, index: LshIndex): Uint8Array[] {
  checkLshParams(p, sketchK(sketch));
  const id = LSH_INDEX_ID[index];
  if (id === undefined) throw new RangeError(`unknown lsh index ${String(index)}`);
  const bandBytes = 4 * p.rows;
  // domain ‖ index id ‖ u16be(band) ‖ the band's rows, in one reused buffer: one-shot hashes are the fast path.
  const input = new Uint8Array(DOMAIN_BYTES.length + 3 + bandBytes);
  input.set(DOMAIN_BYTES);
  input[DOMAIN_BYTES.length] = id;
  const keys: Uint8Array[] = [];
  for (let b = 0; b < p.bands; b++) {
    input[DOMAIN_BYTES.length + 1] = b >>> 8;
    input[DOMAIN_BYTES.length + 2] = b & 0xff;
    input.set(sketch.subarray(b * bandBytes, (b + 1) * bandBytes), DOMAIN_BYTES.length + 3);
    keys.push(sha256(input).subarray(0, LSH_KEY_BYTES));
  }
  return keys;
}

/**
 * False for the sketch of content without tokens (every value
 * EMPTY_SKETCH_VALUE, i.e. every byte 0xff), which is neither inserted into
 * nor looked up in an index: it says nothing about the content, all such
 * contents would crowd the same bucket of every band, and an output without
 * tokens would match every one of them at similarity k.
 */
export function isIndexable(sketch: Uint8Array): boolean {
  return sketch.some((byte) => byte !== 0xff);
}

/** Most sketch comparisons one lookup can need: one full bucket per band. */
export function maxLookupCandidates(p: LshParams): number {
  return p.bands * p.bucketCap;
}

function checkSimilarity(similarity: number, k: number, p: LshParams): void {
  checkLshParams(p, k);
  if (!isIntegerIn(similarity, 0, k)) throw new RangeError(`similarity ${similarity} is not an integer in 0..${k}`);
}

/**
 * DOCUMENTATION ONLY (floating point; never part of a consensus rule).
 * P(at least one band identical) = 1 − (1 − (s/k)^rows)^bands for a pair
 * whose positions are equal independently with probability s/k: the chance
 * that a pair of Jaccard similarity s/k becomes a candidate.
 */
export function candidateProbability(similarity: number, k: number, p: LshParams): number {
  checkSimilarity(similarity, k, p);
  const bandHit = (similarity / k) ** p.rows;
  return -Math.expm1(p.bands * Math.log1p(-bandHit));
}

/**
 * DOCUMENTATION ONLY (the final division is floating point). P(at least one
 * band identical) for a pair with exactly `similarity` equal positions, every
 * set of that many positions being equally likely: 1 − N / C(k, s), with N
 * the number of s-subsets of the k positions that fill no band, counted
 * exactly as the coefficient of x^s in
 *   (Σ_{j<rows} C(rows, j)·x^j)^bands · (1 + x)^(k − bands·rows).
 * Disjoint bands compete for the s equal positions, so this is a little
 * higher than `candidateProbability` near the thresholds.
 */
export function candidateProbabilityAtSimilarity(similarity: number, k: number, p: LshParams): number {
  checkSimilarity(similarity, k, p);
  const binomialRow = (n: number): bigint[] => {
    const row = [1n];
    for (let i = 1; i <= n; i++) row.push((row[i - 1]! * BigInt(n - i + 1)) / BigInt(i));
    return row;
  };
  const times = (a: readonly bigint[], b: readonly bigint[]): bigint[] => {
    const out = new Array<bigint>(Math.min(a.length + b.length - 1, similarity + 1)).fill(0n);
    a.forEach((x, i) => b.forEach((y, j) => { if (i + j < out.length) out[i + j]! += x * y; }));
    return out;
  };
  const bandMisses = binomialRow(p.rows).slice(0, p.rows); // a band with fewer than `rows` equal positions
  let misses = binomialRow(k - p.bands * p.rows);
  for (let b = 0; b < p.bands; b++) misses = times(misses, bandMisses);
  const all = binomialRow(k)[similarity]!;
  return 1 - Number(misses[similarity] ?? 0n) / Number(all);
}
