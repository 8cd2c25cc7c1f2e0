/** Sketch mode's choice of the members a usage pays (docs/attribution.md §3.3). */
import { compareBytes } from '../crypto/bytes.js';
import { sha256 } from '../crypto/hash.js';

/**
 * The first `k` of `matches` ordered by similarity descending, ties by
 * sha256(usage tx hash ‖ id) ascending. Only matches at or above the k-th
 * best similarity can be chosen, so only those are ordered with tie hashes
 * (a hash per match would cost more than the rest of the choice).
 */
export function bestBySimilarity<M extends { id: Uint8Array; similarity: number }>(matches: readonly M[], k: number, usageTxHash: Uint8Array): M[] {
  if (matches.length === 0 || k === 0) return [];
  const bySimilarity = [...matches].sort((a, b) => b.similarity - a.similarity);
  const floor = bySimilarity[Math.min(k, bySimilarity.length) - 1]!.similarity;
  const ties = new Map<M, Uint8Array>();
  const tie = (m: M) => ties.get(m) ?? ties.set(m, sha256(usageTxHash, m.id)).get(m)!;
  return bySimilarity
    .filter((m) => m.similarity >= floor)
    .sort((a, b) => b.similarity - a.similarity || compareBytes(tie(a), tie(b)))
    .slice(0, k);
}

