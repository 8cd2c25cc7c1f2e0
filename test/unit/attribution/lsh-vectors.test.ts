import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  candidateProbability,
  candidateProbabilityAtSimilarity,
  DEFAULT_DUP_LSH,
  DEFAULT_MATCH_LSH,
  isIndexable,
  LSH_DOMAIN,
  LSH_INDEX_ID,
  LSH_KEY_BYTES,
  type LshIndex,
  type LshParams,
} from '../../../src/attribution/lsh.js';
import { SKETCH_K } from '../../../src/attribution/sketch.js';
import { concatBytes, fromHex, toHex, utf8 } from '../../../src/crypto/bytes.js';
import { sha256 } from '../../../src/crypto/hash.js';

// Written by scripts/vectors/lsh.py, an independent Python implementation of docs/attribution.md "Redundancy".
interface Vectors {
  domain: string;
  keyBytes: number;
  indexIds: Record<LshIndex, number>;
  k: number;
  params: Record<LshIndex, LshParams>;
  cases: { name: string; sketch: string; indexable: boolean; keys: Record<LshIndex, string[]> }[];
  smallCases: { name: string; sketch: string; index: LshIndex; bands: number; rows: number; bandPreimages: string[]; keys: string[] }[];
  probabilities: Record<LshIndex, { similarity: number; independent: number; uniform: number }[]>;
}

const vectors: Vectors = JSON.parse(readFileSync(new URL('../../../docs/vectors/lsh.json', import.meta.url), 'utf8'));
const DEFAULTS: Record<LshIndex, Readonly<LshParams>> = { dup: DEFAULT_DUP_LSH, match: DEFAULT_MATCH_LSH };
const INDEXES: LshIndex[] = ['dup', 'match'];

function bytes(hex: string): Uint8Array {
  const b = fromHex(hex);
  if (b === undefined) throw new Error(`bad hex in vectors: ${hex.slice(0, 20)}…`);
  return b;
}

describe('lsh vectors (docs/vectors/lsh.json)', () => {
  it('use the constants and default parameters of the code', () => {
    expect(vectors.domain).toBe(LSH_DOMAIN);
    expect(vectors.keyBytes).toBe(LSH_KEY_BYTES);
    expect(vectors.indexIds).toEqual(LSH_INDEX_ID);
    expect(vectors.k).toBe(SKETCH_K);
    expect(vectors.params).toEqual(DEFAULTS);
    expect(vectors.cases.length).toBeGreaterThanOrEqual(3);
    expect(vectors.cases.some((c) => !c.indexable)).toBe(true);
  });

  for (const c of vectors.cases) {
    it(`default keys of sketch ${c.name}`, () => {
      const sketch = bytes(c.sketch);
      expect(isIndexable(sketch)).toBe(c.indexable);
      for (const index of INDEXES) expect(bandKeys(sketch, DEFAULTS[index], index).map(toHex)).toEqual(c.keys[index]);
    });
  }

  for (const c of vectors.smallCases) {
    it(`keys with other parameters: ${c.name}`, () => {
      const sketch = bytes(c.sketch);
      expect(bandKeys(sketch, { bands: c.bands, rows: c.rows, bucketCap: 1 }, c.index).map(toHex)).toEqual(c.keys);
      // The preimages spell the rule out for a reader: domain ‖ u8(index id) ‖ u16be(b) ‖ the band's bytes.
      c.bandPreimages.forEach((hex, b) => {
        const expected = concatBytes(utf8(LSH_DOMAIN), Uint8Array.of(LSH_INDEX_ID[c.index], 0, b), sketch.subarray(16 * b, 16 * (b + 1)));
        expect(hex).toBe(toHex(expected));
        expect(toHex(sha256(bytes(hex)).subarray(0, LSH_KEY_BYTES))).toBe(c.keys[b]);
      });
    });
  }

  it('probability tables match the Python figures', () => {
    for (const index of INDEXES) {
      for (const row of vectors.probabilities[index]) {
        expect(candidateProbability(row.similarity, SKETCH_K, DEFAULTS[index])).toBeCloseTo(row.independent, 12);
        expect(candidateProbabilityAtSimilarity(row.similarity, SKETCH_K, DEFAULTS[index])).toBeCloseTo(row.uniform, 12);
      }
    }
  });
});
