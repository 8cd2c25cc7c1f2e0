import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/crypto/bytes.js';
import { merkleProof, merkleRoot, verifyMerkleProof } from '../../../src/crypto/merkle.js';
import type { ProofStep } from '../../../src/crypto/merkle.js';

// Written by scripts/vectors/crypto.py, an independent Python implementation of the same rule.
interface Case {
  name: string;
  items: string[];
  root: string;
  proofs: { left: boolean; hash: string }[][];
}

const cases: Case[] = JSON.parse(
  readFileSync(new URL('../../../docs/vectors/merkle.json', import.meta.url), 'utf8'),
);

function bytes(hex: string): Uint8Array {
  const out = fromHex(hex);
  if (out === undefined) throw new Error(`bad hex ${hex}`);
  return out;
}

const asJson = (steps: readonly ProofStep[]) => steps.map((s) => ({ left: s.left, hash: toHex(s.hash) }));

describe('merkle vectors (docs/vectors/merkle.json)', () => {
  it('covers 0, 1, 2, 3, 4, 5, 7 and 8 items, item i being byte i repeated i + 1 times', () => {
    expect(cases.map((c) => c.items.length)).toEqual([0, 1, 2, 3, 4, 5, 7, 8]);
    for (const c of cases) c.items.forEach((item, i) => expect(item).toBe(toHex(new Uint8Array(i + 1).fill(i))));
  });

  for (const c of cases) {
    const items = c.items.map(bytes);
    const root = bytes(c.root);

    it(`${c.name}: root and every proof match; each proof verifies its item and no other bytes`, () => {
      expect(toHex(merkleRoot(items))).toBe(c.root);
      items.forEach((item, i) => {
        const proof = merkleProof(items, i);
        expect(asJson(proof)).toEqual(c.proofs[i]);
        expect(verifyMerkleProof(root, item, proof)).toBe(true);
        expect(verifyMerkleProof(root, new Uint8Array([...item, 0]), proof)).toBe(false);
      });
    });

    it(`${c.name}: refuses indexes outside the tree`, () => {
      for (const index of [-1, items.length, 0.5, Number.NaN]) {
        expect(() => merkleProof(items, index)).toThrow(RangeError);
      }
    });

    if (items.length < 2) continue;

    it(`${c.name}: rejects another item, a tampered step and another index's proof`, () => {
      items.forEach((item, i) => {
        const proof = merkleProof(items, i);
        const other = (i + 1) % items.length;
        expect(verifyMerkleProof(root, items[other]!, proof)).toBe(false);
        proof.forEach((step, s) => {
          const tamperedHash = new Uint8Array(step.hash);
          tamperedHash[0]! ^= 1;
          const withHash = proof.map((p, j) => (j === s ? { left: p.left, hash: tamperedHash } : p));
          const withSide = proof.map((p, j) => (j === s ? { left: !p.left, hash: p.hash } : p));
          expect(verifyMerkleProof(root, item, withHash)).toBe(false);
          expect(verifyMerkleProof(root, item, withSide)).toBe(false);
        });
        expect(verifyMerkleProof(root, item, merkleProof(items, other))).toBe(false);
      });
    });
  }
});
