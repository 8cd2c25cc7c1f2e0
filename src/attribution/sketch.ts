/**
 * Content sketches (DESIGN §3.1), attribution version 1: one-permutation
 * MinHash with rotation densification over 5-token shingles of byte-level
 * normalised text. docs/attribution.md "Sketches" is the rule, byte for byte;
 * this file follows it and docs/vectors/sketch.json (written by an
 * independent Python program) checks that it does.
 *
 * Pipeline, all integer arithmetic on 32-bit halves of 64-bit words:
 *   bytes → normalised tokens → FNV-1a-64 per token → FNV fold of 5 token
 *   hashes per shingle (the shingle key) → MurmurHash3 fmix64 → high word
 *   picks the bin, low word is the value → minimum per bin → empty bins take
 *   the next non-empty bin to the right, cyclically → k uint32 big-endian.
 *
 * One finalised 64-bit hash per shingle replaces the k hash functions of
 * classic MinHash: DESIGN §3.1 reports that k functions made from one mixer
 * plus a seed flagged a third of distinct real documents as duplicates.
 */

export const SKETCH_K = 128;
/** `sketch_k` bounds of the protocol (docs/protocol.md §9). */
export const MAX_SKETCH_K = 1024;
/** Tokens per shingle (w). */
export const SHINGLE_WIDTH = 5;
/** Every position of the sketch of content with no token. */
export const EMPTY_SKETCH_VALUE = 0xffffffff;

/** A 64-bit shingle key as two uint32 words, most significant first. */
export type ShingleKey = readonly [hi: number, lo: number];

// FNV-1a 64: offset basis 0xcbf29ce484222325, prime 2^40 + 0x1b3.
const FNV_OFFSET_HI = 0xcbf29ce4;
const FNV_OFFSET_LO = 0x84222325;
const FNV_PRIME_LOW = 0x1b3;
// MurmurHash3 fmix64 multipliers 0xff51afd7ed558ccd and 0xc4ceb9fe1a85ec53.
const FMIX_C1_HI = 0xff51afd7;
const FMIX_C1_LO = 0xed558ccd;
const FMIX_C2_HI = 0xc4ceb9fe;
const FMIX_C2_LO = 0x1a85ec53;

/**
 * NORMALISED[b]: the token byte that input byte b stands for, or 0 when b is
 * a separator. Token bytes are ASCII digits, ASCII letters (A–Z lowercased)
 * and every byte ≥ 0x80, so no Unicode table is needed in any language.
 */
const NORMALISED = new Uint8Array(256);
for (let b = 0; b < 256; b++) {
  if ((b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7a) || b >= 0x80) NORMALISED[b] = b;
  else if (b >= 0x41 && b <= 0x5a) NORMALISED[b] = b + 0x20;
}

// Multiplications return the low word and leave the high word here, so the
// per-byte and per-shingle paths allocate nothing. Single-threaded, and no
// call reads it after another multiplication, so it carries no state.
let productHi = 0;

/** (hi, lo) × FNV prime mod 2^64; lo·0x1b3 is split in 16-bit halves so every partial product is an exact integer. */
function fnvMultiply(hi: number, lo: number): number {
  const p0 = (lo & 0xffff) * FNV_PRIME_LOW;
  const mid = (p0 >>> 16) + (lo >>> 16) * FNV_PRIME_LOW;
  productHi = (Math.imul(hi, FNV_PRIME_LOW) + (lo << 8) + (mid >>> 16)) >>> 0;
  return ((mid << 16) | (p0 & 0xffff)) >>> 0;
}

/** (hi, lo) × (ch, cl) mod 2^64, from four exact 16×16-bit partial products of lo·cl. */
function multiply64(hi: number, lo: number, ch: number, cl: number): number {
  const a0 = lo & 0xffff;
  const a1 = lo >>> 16;
  const b0 = cl & 0xffff;
  const b1 = cl >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  productHi = (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16) + Math.imul(hi, cl) + Math.imul(lo, ch)) >>> 0;
  return ((mid << 16) | (p00 & 0xffff)) >>> 0;
}

function checkK(k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > MAX_SKETCH_K) throw new RangeError(`sketch k = ${k} is not an integer in 1..${MAX_SKETCH_K}`);
  return k;
}

/**
 * The minimum value per bin of one-permutation hashing. A shingle key K goes
 * through fmix64; the high word mod k is its bin and the low word its value.
 */
class Bins {
  private readonly mins: Uint32Array;
  private readonly filled: Uint8Array;

  constructor(readonly k: number) {
    this.mins = new Uint32Array(checkK(k)).fill(EMPTY_SKETCH_VALUE);
    this.filled = new Uint8Array(k);
  }

  add(keyHi: number, keyLo: number): void {
    // fmix64: h ^= h >> 33; h *= C1; h ^= h >> 33; h *= C2; h ^= h >> 33.
    let hi = keyHi >>> 0;
    let lo = multiply64(hi, (keyLo ^ (hi >>> 1)) >>> 0, FMIX_C1_HI, FMIX_C1_LO);
    hi = productHi;
    lo = multiply64(hi, (lo ^ (hi >>> 1)) >>> 0, FMIX_C2_HI, FMIX_C2_LO);
    hi = productHi;
    const value = (lo ^ (hi >>> 1)) >>> 0;
    const bin = hi % this.k;
    if (this.filled[bin] === 0 || value < this.mins[bin]!) {
      this.mins[bin] = value;
      this.filled[bin] = 1;
    }
  }

  /**
   * Densified values: an empty bin j takes the value of bin (j + t) mod k for
   * the smallest t ≥ 1 whose bin received a shingle (Shrivastava & Li 2014's
   * rotation; values are full hashes of distinct shingles, so no offset per
   * distance is needed). With no shingle at all, every value is 0xffffffff.
   */
  values(): Uint32Array {
    const out = this.mins.slice();
    const k = this.k;
    let next = -1; // the nearest filled bin to the right of j, cyclically
    for (let j = 2 * k - 1; j >= 0; j--) {
      const bin = j % k;
      if (this.filled[bin] === 1) next = bin;
      else if (j < k && next >= 0) out[bin] = this.mins[next]!;
    }
    return out;
  }
}

/**
 * Splits bytes into normalised tokens and emits one 64-bit key per shingle
 * (w consecutive tokens), keeping its state across chunks so any chunking
 * of the same bytes emits the same keys. Content with 1..w−1 tokens emits
 * one key over all of them at `finish`; content without tokens emits none.
 */
class Shingler {
  // Token hashes of the last w tokens, token t at index t mod w.
  private readonly ringHi = new Uint32Array(SHINGLE_WIDTH);
  private readonly ringLo = new Uint32Array(SHINGLE_WIDTH);
  private tokens = 0;
  private inToken = false;
  private tokenHi = FNV_OFFSET_HI;
  private tokenLo = FNV_OFFSET_LO;

  constructor(private readonly emit: (hi: number, lo: number) => void) {}

  update(chunk: Uint8Array): void {
    let inToken = this.inToken;
    let hi = this.tokenHi;
    let lo = this.tokenLo;
    for (let i = 0; i < chunk.length; i++) {
      const b = NORMALISED[chunk[i]!]!;
      if (b !== 0) {
        // FNV-1a 64 step, inlined: (h ^ b) × prime.
        lo = fnvMultiply(hi, lo ^ b);
        hi = productHi;
        inToken = true;
      } else if (inToken) {
        this.endToken(hi, lo);
        hi = FNV_OFFSET_HI;
        lo = FNV_OFFSET_LO;
        inToken = false;
      }
    }
    this.inToken = inToken;
    this.tokenHi = hi;
    this.tokenLo = lo;
  }

  finish(): void {
    if (this.inToken) this.endToken(this.tokenHi, this.tokenLo);
    this.inToken = false;
    if (this.tokens > 0 && this.tokens < SHINGLE_WIDTH) this.emitFold(0, this.tokens);
  }

  private endToken(hi: number, lo: number): void {
    const slot = this.tokens % SHINGLE_WIDTH;
    this.ringHi[slot] = hi;
    this.ringLo[slot] = lo;
    this.tokens++;
    if (this.tokens >= SHINGLE_WIDTH) this.emitFold(this.tokens - SHINGLE_WIDTH, SHINGLE_WIDTH);
  }

  /** Shingle key of tokens first..first+count−1: K = offset; K = (K ^ T) × prime per token, oldest first. */
  private emitFold(first: number, count: number): void {
    let hi = FNV_OFFSET_HI;
    let lo = FNV_OFFSET_LO;
    for (let t = first; t < first + count; t++) {
      const slot = t % SHINGLE_WIDTH;
      lo = fnvMultiply(hi ^ this.ringHi[slot]!, lo ^ this.ringLo[slot]!);
      hi = productHi;
    }
    this.emit(hi, lo);
  }
}

/** k uint32 values, big-endian: the on-chain form (docs/protocol.md §8). */
export function encodeSketch(values: Uint32Array): Uint8Array {
  const out = new Uint8Array(4 * values.length);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setUint32(4 * i, v));
  return out;
}

export function decodeSketch(bytes: Uint8Array): Uint32Array {
  if (bytes.length === 0 || bytes.length % 4 !== 0 || bytes.length > 4 * MAX_SKETCH_K) {
    throw new RangeError(`a sketch is 4..${4 * MAX_SKETCH_K} bytes in steps of 4, not ${bytes.length}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Uint32Array.from({ length: bytes.length / 4 }, (_, i) => view.getUint32(4 * i));
}

/**
 * Streaming sketch of one content, for files too large to hold: feed the
 * bytes in any chunks, then `digest()` once. The result equals
 * `sketchBytes(all bytes, k)` whatever the chunk boundaries.
 */
export class Sketcher {
  private readonly bins: Bins;
  private readonly shingler: Shingler;
  private result: Uint32Array | undefined;

  constructor(k: number = SKETCH_K) {
    const bins = new Bins(k);
    this.bins = bins;
    this.shingler = new Shingler((hi, lo) => bins.add(hi, lo));
  }

  update(chunk: Uint8Array): this {
    if (this.result) throw new Error('Sketcher.update after digest');
    this.shingler.update(chunk);
    return this;
  }

  /** The k sketch values; later calls return the same values, `update` is refused. */
  values(): Uint32Array {
    if (!this.result) {
      this.shingler.finish();
      this.result = this.bins.values();
    }
    return this.result.slice();
  }

  /** The on-chain encoding: k uint32 big-endian. */
  digest(): Uint8Array {
    return encodeSketch(this.values());
  }
}

export function sketchValues(data: Uint8Array, k: number = SKETCH_K): Uint32Array {
  return new Sketcher(k).update(data).values();
}

export function sketchBytes(data: Uint8Array, k: number = SKETCH_K): Uint8Array {
  return new Sketcher(k).update(data).digest();
}

/**
 * The keys of data's shingles in order of appearance, repeats included (a
 * sketch depends only on the set). For tests and tools; a sketch of these
 * keys through `sketchOfShingleHashes` equals `sketchBytes(data, k)`.
 */
export function shingleKeys(data: Uint8Array): Array<[hi: number, lo: number]> {
  const keys: Array<[number, number]> = [];
  const shingler = new Shingler((hi, lo) => keys.push([hi, lo]));
  shingler.update(data);
  shingler.finish();
  return keys;
}

/**
 * The sketch of a set of already-hashed shingle keys (each word a uint32):
 * the same bins, values and densification as `sketchBytes`, so the
 * estimator can be tested on sets of known Jaccard similarity.
 */
export function sketchOfShingleHashes(keys: Iterable<ShingleKey>, k: number = SKETCH_K): Uint8Array {
  const bins = new Bins(k);
  for (const [hi, lo] of keys) {
    if (!isU32(hi) || !isU32(lo)) throw new RangeError(`shingle key [${hi}, ${lo}] is not two uint32 words`);
    bins.add(hi, lo);
  }
  return encodeSketch(bins.values());
}

function isU32(x: number): boolean {
  return Number.isInteger(x) && x >= 0 && x <= 0xffffffff;
}

/**
 * Number of equal positions of two encoded sketches (0..k): the estimate of
 * Jaccard similarity × k that `dup_threshold` and `match_threshold` judge.
 */
export function similarity(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length || a.length % 4 !== 0) {
    throw new RangeError(`sketches of ${a.length} and ${b.length} bytes cannot be compared`);
  }
  let equal = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (a[i] === b[i] && a[i + 1] === b[i + 1] && a[i + 2] === b[i + 2] && a[i + 3] === b[i + 3]) equal++;
  }
  return equal;
}
