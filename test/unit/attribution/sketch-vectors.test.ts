import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Sketcher, shingleKeys, sketchBytes, SHINGLE_WIDTH } from '../../../src/attribution/sketch.js';
import { fromHex, toHex, utf8 } from '../../../src/crypto/bytes.js';

// Written by scripts/vectors/sketch.py, an independent Python implementation of docs/attribution.md "Sketches".
interface SketchCase {
  name: string;
  text?: string;
  hex?: string;
  k: number;
  tokens: number;
  shingles: number;
  distinctShingles: number;
  emptyBins: number;
  firstShingleKeys: string[];
  sketch: string;
}
interface Vectors {
  shingleWidth: number;
  cases: SketchCase[];
}

const vectors: Vectors = JSON.parse(readFileSync(new URL('../../../docs/vectors/sketch.json', import.meta.url), 'utf8'));

function input(c: SketchCase): Uint8Array {
  if (c.text !== undefined) return utf8(c.text);
  const bytes = c.hex === undefined ? undefined : fromHex(c.hex);
  if (bytes === undefined) throw new Error(`case ${c.name} has no input`);
  return bytes;
}

const keyHex = ([hi, lo]: readonly [number, number]) => '0x' + hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');

describe('sketch vectors (docs/vectors/sketch.json)', () => {
  it('cover what the spec singles out', () => {
    expect(vectors.shingleWidth).toBe(SHINGLE_WIDTH);
    expect(vectors.cases.length).toBeGreaterThanOrEqual(8);
    expect(vectors.cases.some((c) => c.tokens === 0)).toBe(true);
    expect(vectors.cases.some((c) => c.tokens > 0 && c.tokens < SHINGLE_WIDTH)).toBe(true);
    expect(vectors.cases.some((c) => c.k === 128 && c.emptyBins === 0)).toBe(true);
    expect(vectors.cases.some((c) => c.shingles > 1 && c.emptyBins > 0)).toBe(true);
    expect(vectors.cases.some((c) => c.hex !== undefined)).toBe(true);
  });

  for (const c of vectors.cases) {
    it(c.name, () => {
      const data = input(c);
      const keys = shingleKeys(data);
      expect(keys.length).toBe(c.shingles);
      expect(new Set(keys.map(keyHex)).size).toBe(c.distinctShingles);
      expect(keys.slice(0, 3).map(keyHex)).toEqual(c.firstShingleKeys);
      expect(toHex(sketchBytes(data, c.k))).toBe(c.sketch);
      // One byte at a time: every token and shingle boundary falls between chunks.
      const sketcher = new Sketcher(c.k);
      for (let i = 0; i < data.length; i++) sketcher.update(data.subarray(i, i + 1));
      expect(toHex(sketcher.digest())).toBe(c.sketch);
    });
  }
});
