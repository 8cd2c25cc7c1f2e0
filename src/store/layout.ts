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
  /** datanet id ‖ contribution id → empty: a Datanet's contributions (lookup-index.ts) */
  DATANET_CONTRIBUTION: 0x09,
  /** address ‖ contribution id → empty: an account's contributions */
  OWNER_CONTRIBUTION: 0x0a,
  /** datanet id ‖ pool id → empty: the fallback pools of a Datanet */
  DATANET_POOL: 0x0b,
  /** → u32be(store format): what a node of this version writes (STORE_FORMAT) */
  FORMAT: 0x0c,
  /** → Commit: the commit of the head block (of later blocks, the next block's last_commit) */
  SEEN_COMMIT: 0x0d,
} as const;

/**
 * The layout version of this file. A node refuses a data directory written
 * in another format (its indexes would be missing or wrong) instead of
 * serving partial answers. 1: up to the payout indexes (no FORMAT key);
 * 2: the lookup indexes and the head's seen commit.
 */
export const STORE_FORMAT = 2;

const b = (bucket: number, ...parts: Uint8Array[]) => concatBytes(new Uint8Array([bucket]), ...parts);

export type PayoutIndex = typeof Bucket.ACCOUNT_PAYOUT | typeof Bucket.CONTRIBUTION_PAYOUT;
export type LookupIndex = typeof Bucket.DATANET_CONTRIBUTION | typeof Bucket.OWNER_CONTRIBUTION | typeof Bucket.DATANET_POOL;

export const dbKeys = {
  state: (key: Uint8Array) => b(Bucket.STATE, key),
  head: () => b(Bucket.HEAD),
  block: (height: bigint) => b(Bucket.BLOCK, u64be(height)),
  blockHash: (hash: Uint8Array) => b(Bucket.BLOCK_HASH, hash),
  results: (height: bigint) => b(Bucket.RESULTS, u64be(height)),
  tx: (hash: Uint8Array) => b(Bucket.TX, hash),
  genesisRoot: () => b(Bucket.GENESIS_ROOT),
  format: () => b(Bucket.FORMAT),
  seenCommit: () => b(Bucket.SEEN_COMMIT),
  /** The index of the rows paid to an account (20-byte address) or for a contribution (32-byte id). */
  payoutIndex: (bucket: PayoutIndex, owner: Uint8Array) => b(bucket, owner),
  payoutIndexEntry: (bucket: PayoutIndex, owner: Uint8Array, height: bigint, row: number) =>
    b(bucket, owner, u64be(height), u32be(row)),
  /** An entry of a lookup index: the 32-byte id of a contribution or pool under its Datanet or owner. */
  lookup: (bucket: LookupIndex, owner: Uint8Array, id: Uint8Array = new Uint8Array(0)) => b(bucket, owner, id),
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
