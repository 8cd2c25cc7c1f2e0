import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLargestRemainder, splitUsageFee, type SplitEntry } from '../../../src/attribution/split.js';
import { bytesKey, compareBytes } from '../../../src/crypto/bytes.js';
import { sha256 } from '../../../src/crypto/hash.js';

// Small weights make equal remainders (ties) common; large ones exercise bigint range.
const weight = fc.oneof(fc.bigInt({ min: 0n, max: 3n }), fc.bigInt({ min: 0n, max: 1n << 70n }));
const entries = fc
  .uniqueArray(fc.record({ key: fc.uint8Array({ maxLength: 6 }), weight }), {
    minLength: 1,
    maxLength: 12,
    selector: (e) => bytesKey(e.key),
  })
  .filter((es) => es.some((e) => e.weight > 0n));
const amount = fc.oneof(fc.bigInt({ min: 0n, max: 50n }), fc.bigInt({ min: 0n, max: 1n << 80n }));
const seed = fc.uint8Array({ minLength: 32, maxLength: 32 });

const sum = (values: readonly bigint[]) => values.reduce((a, b) => a + b, 0n);
const totalOf = (es: readonly SplitEntry[]) => sum(es.map((e) => e.weight));
const abs = (x: bigint) => (x < 0n ? -x : x);

describe('splitLargestRemainder properties', () => {
  it('shares sum exactly to the amount', () => {
    fc.assert(fc.property(amount, entries, seed, (a, es, s) => sum(splitLargestRemainder(a, es, s)) === a));
  });

  it('each share is within one unit of the exact proportion: |share·W − amount·w| < W', () => {
    fc.assert(
      fc.property(amount, entries, seed, (a, es, s) => {
        const total = totalOf(es);
        splitLargestRemainder(a, es, s).forEach((share, i) => {
          expect(abs(share * total - a * es[i]!.weight) < total).toBe(true);
        });
      }),
    );
  });

  it('gives the leftover units to the largest remainders, ties to the smaller sha256(seed ‖ key)', () => {
    fc.assert(
      fc.property(amount, entries, seed, (a, es, s) => {
        const total = totalOf(es);
        const shares = splitLargestRemainder(a, es, s);
        const rank = es.map((e, i) => ({
          remainder: (a * e.weight) % total,
          tie: sha256(s, e.key),
          extra: shares[i]! - (a * e.weight) / total,
        }));
        for (const won of rank.filter((r) => r.extra === 1n)) {
          for (const lost of rank.filter((r) => r.extra === 0n)) {
            expect(won.remainder > lost.remainder || (won.remainder === lost.remainder && compareBytes(won.tie, lost.tie) < 0)).toBe(true);
          }
        }
      }),
    );
  });

  it('does not depend on input order', () => {
    const shuffled = entries.chain((es) =>
      fc.tuple(fc.constant(es), fc.shuffledSubarray(es, { minLength: es.length, maxLength: es.length })),
    );
    const byKey = (es: readonly SplitEntry[], shares: readonly bigint[]) =>
      new Map(es.map((e, i) => [bytesKey(e.key), shares[i]]));
    fc.assert(
      fc.property(amount, shuffled, seed, (a, [es, other], s) => {
        expect(byKey(other, splitLargestRemainder(a, other, s))).toEqual(byKey(es, splitLargestRemainder(a, es, s)));
      }),
    );
  });

  it('gives a zero weight zero', () => {
    fc.assert(
      fc.property(amount, entries, seed, (a, es, s) => {
        const shares = splitLargestRemainder(a, es, s);
        es.forEach((e, i) => {
          if (e.weight === 0n) expect(shares[i]).toBe(0n);
        });
      }),
    );
  });
});

describe('splitLargestRemainder refusals', () => {
  const seed0 = new Uint8Array(32);
  const k = (b: number) => new Uint8Array([b]);

  it('throws RangeError on a negative amount or weight, W = 0 and repeated keys', () => {
    expect(() => splitLargestRemainder(-1n, [{ key: k(1), weight: 1n }], seed0)).toThrow(RangeError);
    expect(() => splitLargestRemainder(5n, [{ key: k(1), weight: 2n }, { key: k(2), weight: -1n }], seed0)).toThrow(RangeError);
    expect(() => splitLargestRemainder(5n, [{ key: k(1), weight: 0n }, { key: k(2), weight: 0n }], seed0)).toThrow(RangeError);
    expect(() => splitLargestRemainder(5n, [], seed0)).toThrow(RangeError);
    expect(() => splitLargestRemainder(5n, [{ key: k(1), weight: 1n }, { key: k(1), weight: 2n }], seed0)).toThrow(RangeError);
  });
});

describe('splitUsageFee', () => {
  const datanets = [
    { datanetId: new Uint8Array([1]), weightBps: 6_000 },
    { datanetId: new Uint8Array([2]), weightBps: 4_000 },
  ];
  const base = { feePaid: 1_000n, validatorBps: 1_000, ownerShareBps: 2_000, datanets, usageTxHash: new Uint8Array(32) };

  it('accounts for every unit: validator + owner + data = fee, Σ parts = data', () => {
    const bps = fc.integer({ min: 0, max: 10_000 });
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), bps, bps, seed, (feePaid, v, o, usageTxHash) => {
        fc.pre(v + o <= 10_000);
        const split = splitUsageFee({ ...base, feePaid, validatorBps: v, ownerShareBps: o, usageTxHash });
        expect(split.validator).toBe((feePaid * BigInt(v)) / 10_000n);
        expect(split.owner).toBe((feePaid * BigInt(o)) / 10_000n);
        expect(split.validator + split.owner + split.data).toBe(feePaid);
        expect(sum(split.datanetParts)).toBe(split.data);
      }),
    );
  });

  it('throws RangeError when validator_bps + owner_share_bps exceeds 10000', () => {
    expect(() => splitUsageFee({ ...base, validatorBps: 5_000, ownerShareBps: 5_001 })).toThrow(RangeError);
    expect(splitUsageFee({ ...base, validatorBps: 5_000, ownerShareBps: 5_000 }).data).toBe(0n);
  });

  it('throws RangeError on a negative fee, a bps that is negative or not an integer, and a bad Datanet weight', () => {
    expect(() => splitUsageFee({ ...base, feePaid: -1n })).toThrow(RangeError);
    expect(() => splitUsageFee({ ...base, validatorBps: -1 })).toThrow(RangeError);
    expect(() => splitUsageFee({ ...base, ownerShareBps: 0.5 })).toThrow(RangeError);
    expect(() => splitUsageFee({ ...base, datanets: [{ datanetId: new Uint8Array([1]), weightBps: -1 }] })).toThrow(RangeError);
    expect(() => splitUsageFee({ ...base, datanets: [{ datanetId: new Uint8Array([1]), weightBps: 1.5 }] })).toThrow(RangeError);
    expect(() => splitUsageFee({ ...base, datanets: [] })).toThrow(RangeError);
  });
});
