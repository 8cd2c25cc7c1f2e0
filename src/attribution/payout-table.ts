/**
 * A block's payout table (DESIGN §3.4): its rows in the one canonical order
 * and `payout_root`, the Merkle root of their protobuf encodings, so a row's
 * Merkle proof lets anyone check a payout against the header.
 */
import { payoutRowCodec } from '../codec/codecs.js';
import type { PayoutRow } from '../codec/types.js';
import { compareBytes } from '../crypto/bytes.js';
import { merkleRoot } from '../crypto/merkle.js';

export interface PayoutTable {
  rows: PayoutRow[];
  root: Uint8Array;
}

/** By tx index, role (FEE < VALIDATOR < OWNER < DATA < POOL < BURN), recipient, contribution id, amount. */
export function comparePayoutRows(a: PayoutRow, b: PayoutRow): number {
  return (
    a.txIndex - b.txIndex ||
    a.role - b.role ||
    compareBytes(a.recipient, b.recipient) ||
    compareBytes(a.contributionId, b.contributionId) ||
    compareBigints(a.amount, b.amount)
  );
}

function compareBigints(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts a copy of `rows` and commits to it; the protocol emits no zero-amount rows, so one is a bug. */
export function buildPayoutTable(rows: readonly PayoutRow[]): PayoutTable {
  for (const row of rows) {
    if (row.amount <= 0n) throw new RangeError(`payout row of tx ${row.txIndex} has amount ${row.amount}`);
  }
  const sorted = [...rows].sort(comparePayoutRows);
  return { rows: sorted, root: merkleRoot(sorted.map((row) => payoutRowCodec.encode(row))) };
}

/** Σ amounts: the state machine checks it equals Σ tx fees + Σ fee_paid of the block. */
export function payoutTotal(rows: readonly PayoutRow[]): bigint {
  return rows.reduce((sum, row) => sum + row.amount, 0n);
}
