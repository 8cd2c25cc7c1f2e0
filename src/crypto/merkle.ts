/**
 * Binary Merkle tree of tx_root and payout_root (docs/protocol.md §5):
 * leaf = sha256(0x00 ‖ item), inner = sha256(0x01 ‖ left ‖ right), a node
 * without a right sibling is promoted to the next level unchanged, and the
 * empty tree is sha256("").
 */
import { bytesEqual } from './bytes.js';
import { sha256 } from './hash.js';

const LEAF = new Uint8Array([0]);
const INNER = new Uint8Array([1]);

export function merkleLeaf(item: Uint8Array): Uint8Array {
  return sha256(LEAF, item);
}

function inner(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(INNER, left, right);
}

function nextLevel(level: Uint8Array[]): Uint8Array[] {
  const up: Uint8Array[] = [];
  for (let i = 0; i < level.length; i += 2) {
    const right = level[i + 1];
    up.push(right === undefined ? level[i]! : inner(level[i]!, right));
  }
  return up;
}

export function merkleRoot(items: readonly Uint8Array[]): Uint8Array {
  if (items.length === 0) return sha256();
  let level = items.map(merkleLeaf);
  while (level.length > 1) level = nextLevel(level);
  return level[0]!;
}

/** One step of a proof: the sibling hash and whether it sits left of the running hash. */
export interface ProofStep {
  left: boolean;
  hash: Uint8Array;
}

/** Siblings from leaf to root; levels where the node is promoted contribute no step. */
export function merkleProof(items: readonly Uint8Array[], index: number): ProofStep[] {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) {
    throw new RangeError(`leaf index ${index} outside 0..${items.length - 1}`);
  }
  const steps: ProofStep[] = [];
  let level = items.map(merkleLeaf);
  let i = index;
  while (level.length > 1) {
    const sibling = i % 2 === 0 ? level[i + 1] : level[i - 1];
    if (sibling !== undefined) steps.push({ left: i % 2 === 1, hash: sibling });
    level = nextLevel(level);
    i = Math.floor(i / 2);
  }
  return steps;
}

export function verifyMerkleProof(root: Uint8Array, item: Uint8Array, steps: readonly ProofStep[]): boolean {
  let hash = merkleLeaf(item);
  for (const step of steps) hash = step.left ? inner(step.hash, hash) : inner(hash, step.hash);
  return bytesEqual(hash, root);
}
