/**
 * LevelDB key layout: one byte per bucket, then the bucket's own key. Ids of
 * retired buckets are never reused. Everything a block changes is written in
 * one atomic batch (LevelStore.commitBlock), so a crash leaves either the
 * whole block or none of it.
 */
import { concatBytes, u32be, u64be } from '../crypto/bytes.js';

export const Bucket = {
  /** state key (src/state/keys.ts) → state value */
  STATE: 0x00,
  /** → ChainHead of the last committed block (height 0: genesis) */
  HEAD: 0x01,
  /** u64be(height) → encoded Block */
  BLOCK: 0x02,
  /** block hash → u64be(height) */
  BLOCK_HASH: 0x03,
  /** u64be(height) → BlockResults */
  RESULTS: 0x04,
  /** tx hash → TxLocation */
  TX: 0x05,
  /** → genesis state root, to refuse a home made from another genesis */
  GENESIS_ROOT: 0x06,
  /** address ‖ u64be(height) ‖ u32be(row index) → empty: payout rows by recipient account */
  ACCOUNT_PAYOUT: 0x07,
  /** contribution id ‖ u64be(height) ‖ u32be(row index) → empty: DATA rows by contribution */
  CONTRIBUTION_PAYOUT: 0x08,
} as const;

const b = (bucket: number, ...parts: Uint8Array[]) => concatBytes(new Uint8Array([bucket]), ...parts);

export type PayoutIndex = typeof Bucket.ACCOUNT_PAYOUT | typeof Bucket.CONTRIBUTION_PAYOUT;

export const dbKeys = {
  state: (key: Uint8Array) => b(Bucket.STATE, key),
  head: () => b(Bucket.HEAD),
  block: (height: bigint) => b(Bucket.BLOCK, u64be(height)),
  blockHash: (hash: Uint8Array) => b(Bucket.BLOCK_HASH, hash),
  results: (height: bigint) => b(Bucket.RESULTS, u64be(height)),
  tx: (hash: Uint8Array) => b(Bucket.TX, hash),
  genesisRoot: () => b(Bucket.GENESIS_ROOT),
  /** The index of the rows paid to an account (20-byte address) or for a contribution (32-byte id). */
  payoutIndex: (bucket: PayoutIndex, owner: Uint8Array) => b(bucket, owner),
  payoutIndexEntry: (bucket: PayoutIndex, owner: Uint8Array, height: bigint, row: number) =>
    b(bucket, owner, u64be(height), u32be(row)),
};

/** The smallest key above every key that starts with `prefix`, or undefined if there is none. */
export function prefixEnd(prefix: Uint8Array): Uint8Array | undefined {
  const end = prefix.slice();
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i]! < 0xff) {
      end[i]! += 1;
      return end.subarray(0, i + 1);
    }
  }
  return undefined;
}
