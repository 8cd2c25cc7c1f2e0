import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestBySimilarity } from '../../../src/attribution/top-k.js';
import { compareBytes, toHex } from '../../../src/crypto/bytes.js';
import { sha256 } from '../../../src/crypto/hash.js';

/** The rule as docs/attribution.md states it: every match ordered by (similarity desc, sha256(tx hash ‖ id) asc), the first k. */
function reference(matches: { id: Uint8Array; similarity: number }[], k: number, txHash: Uint8Array) {
  return matches
    .map((m) => ({ m, tie: sha256(txHash, m.id) }))
    .sort((a, b) => b.m.similarity - a.m.similarity || compareBytes(a.tie, b.tie))
    .slice(0, k)
    .map((x) => x.m);
}

const id = (n: number) => sha256(new Uint8Array([n >> 8, n & 0xff]));

describe('bestBySimilarity', () => {
  it('chooses and orders exactly as the full sort with a tie hash per match', () => {
    fc.assert(
      fc.property(
        // Similarities from a small range, so most matches tie with others.
        fc.array(fc.integer({ min: 26, max: 32 }), { maxLength: 80 }),
        fc.integer({ min: 0, max: 40 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        (similarities, k, txHash) => {
          const matches = similarities.map((similarity, i) => ({ id: id(i), similarity }));
          const ids = (ms: { id: Uint8Array }[]) => ms.map((m) => toHex(m.id));
          expect(ids(bestBySimilarity(matches, k, txHash))).toEqual(ids(reference(matches, k, txHash)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every match when there are at most k, and none for k = 0', () => {
    const matches = [30, 28, 30].map((similarity, i) => ({ id: id(i), similarity }));
    expect(bestBySimilarity(matches, 5, new Uint8Array(32))).toHaveLength(3);
    expect(bestBySimilarity(matches, 0, new Uint8Array(32))).toEqual([]);
    expect(bestBySimilarity([], 3, new Uint8Array(32))).toEqual([]);
  });
});
