/**
 * Helpers for the invariant, economics and property tests of the state
 * machine: a seeded PRNG, a full-scan recount of the supply, the per-block
 * checks of docs/protocol.md §7 (supply rule, payout sums, table order) made
 * independently of the code they check, and multi-tx chain steps.
 */
import { expect } from 'vitest';
import * as C from '../../src/codec/codecs.js';
import { PayoutRole, type PayoutRow, type SupplyTotals, type TxPayload } from '../../src/codec/types.js';
import { compareBytes, toHex } from '../../src/crypto/bytes.js';
import type { BlockResult } from '../../src/state/apply-block.js';
import { Prefix } from '../../src/state/keys.js';
import type { StateEvent } from '../../src/state/scope.js';
import type { MemoryStore } from '../../src/state/store.js';
import * as tables from '../../src/state/tables.js';
import type { Genesis } from '../../src/state/genesis.js';
import type { TxErrorCode } from '../../src/tx/errors.js';
import type { SignedTx } from '../../src/tx/sign.js';
import { OPERATOR, TestChain, type TestKey } from './chain.js';
import { dumpStore } from './fixtures.js';

// ---- seeded randomness (never Math.random: a failing seed must replay) ----

/** mulberry32: a tiny 32-bit PRNG, good enough to drive test generators reproducibly. */
export class Rng {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed | 0;
  }

  /** The next uint32. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** An integer in 0..n-1. */
  int(n: number): number {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`Rng.int(${n})`);
    return this.next() % n;
  }

  /** An integer in lo..hi. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  /** A bigint in lo..hi (hi − lo < 2^32). */
  bigint(lo: bigint, hi: bigint): bigint {
    return lo + (BigInt(this.next()) % (hi - lo + 1n));
  }

  /** `n` random bytes. */
  bytes(n: number): Uint8Array {
    return Uint8Array.from({ length: n }, () => this.next() & 0xff);
  }

  /** True with probability `percent`/100. */
  chance(percent: number): boolean {
    return this.int(100) < percent;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new RangeError('Rng.pick from an empty list');
    return item;
  }

  /** An item with probability proportional to its weight (weights ≥ 0, at least one > 0). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((n, [, w]) => n + w, 0);
    let x = (this.next() / 2 ** 32) * total;
    for (const [item, w] of entries) {
      if (x < w) return item;
      x -= w;
    }
    return entries[entries.length - 1]![0];
  }

  /** `n` distinct items in random order (all of them if there are fewer). */
  sample<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(this.int(pool.length), 1)[0]!);
    return out;
  }
}

/** `n` weights > 0 that add up to 10 000 (a RecordTraining's weight_bps). */
export function splitBps(r: Rng, n: number): number[] {
  const weights: number[] = [];
  let left = 10_000;
  for (let rest = n - 1; rest > 0; rest--) {
    const w = r.range(1, left - rest);
    weights.push(w);
    left -= w;
  }
  return [...weights, left];
}

/** When a contribution was accepted and when it stopped earning after that (0: never). */
export interface AcceptanceHistory {
  acceptedHeight: bigint;
  removedHeight: bigint;
}

/**
 * How many of a Datanet's contributions were earning members at height `h`:
 * accepted at a height ≤ h and not rejected or retired by then (a pool's
 * `members`, docs/protocol.md §7 RecordTraining).
 */
export function earningAt(contributions: Iterable<AcceptanceHistory>, h: bigint): bigint {
  let n = 0n;
  for (const c of contributions) {
    const accepted = c.acceptedHeight > 0n && c.acceptedHeight <= h;
    if (accepted && (c.removedHeight === 0n || c.removedHeight > h)) n++;
  }
  return n;
}

/** Adds one to a tally. */
export function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

// ---- supply ----

export type SupplyBuckets = Omit<SupplyTotals, 'burned'>;

/** DESIGN §2 supply: every bucket but what was burned. */
export const supplyOf = (t: SupplyBuckets): bigint =>
  t.balances + t.contributionStakes + t.validatorStakes + t.unbonding + t.pools;

/**
 * The supply buckets recounted from every stored value: account balances,
 * contributions' locked `stake`, validator bonds (not the set's power, which
 * follows bonds a few blocks later), unbonding entries and pool balances.
 */
export function scanSupply(store: MemoryStore): SupplyBuckets {
  const sum: SupplyBuckets = { balances: 0n, contributionStakes: 0n, validatorStakes: 0n, unbonding: 0n, pools: 0n };
  for (const [key, value] of store.entries()) {
    const counted = COUNTED[key[0]!];
    if (counted !== undefined) sum[counted[0]] += counted[1](value);
  }
  return sum;
}

/** Which stored values hold supply: by key prefix, the bucket and the amount in the value. */
const COUNTED: Record<number, [keyof SupplyBuckets, (value: Uint8Array) => bigint]> = {
  [Prefix.ACCOUNT]: ['balances', (v) => C.accountCodec.decode(v).balance],
  [Prefix.CONTRIBUTION]: ['contributionStakes', (v) => C.contributionCodec.decode(v).stake],
  [Prefix.BOND]: ['validatorStakes', (v) => C.bondCodec.decode(v).amount],
  [Prefix.UNBONDING]: ['unbonding', (v) => C.amountCodec.decode(v).amount],
  [Prefix.POOL]: ['pools', (v) => C.poolCodec.decode(v).balance],
};

export async function storedTotals(store: MemoryStore): Promise<SupplyTotals> {
  const t = await tables.totals.get(store);
  if (t === undefined) throw new Error('store has no supply totals');
  return t;
}

/** Checks the stored SupplyTotals against a full scan and returns them. */
export async function expectTotalsMatchScan(store: MemoryStore, context = ''): Promise<SupplyTotals> {
  const totals = await storedTotals(store);
  const { burned: _burned, ...buckets } = totals;
  expect(scanSupply(store), `${context}: stored totals differ from a full scan`).toEqual(buckets);
  return totals;
}

/**
 * The supply rule across one block, recounted by full scans: supply after =
 * supply before − what the block burned; the stored totals equal the scan.
 */
export async function expectSupplyRule(store: MemoryStore, before: SupplyTotals, context = ''): Promise<SupplyTotals> {
  const after = await expectTotalsMatchScan(store, context);
  expect(after.burned >= before.burned, `${context}: burned went down`).toBe(true);
  expect(supplyOf(after), `${context}: supply rule`).toBe(supplyOf(before) - (after.burned - before.burned));
  return after;
}

/**
 * The accounting checks of docs/protocol.md §7 across one block, recounted by
 * full scans: the supply rule, burned = Σ rejected stakes + Σ slashes, the block's totals
 * and its payout table. Returns the totals after the block.
 */
export async function expectBlockAccounting(
  store: MemoryStore,
  before: SupplyTotals,
  result: BlockResult,
  txs: readonly SignedTx[],
  context: string,
): Promise<SupplyTotals> {
  const after = await expectSupplyRule(store, before, context);
  const events = blockEvents(result);
  const burned = sumEvents(events, 'contribution_rejected', 'burned') + sumEvents(events, 'slashed', 'burned');
  expect(after.burned - before.burned, `${context}: burned = Σ rejected stakes + Σ slashes`).toBe(burned);
  expect(result.totals, `${context}: block totals`).toEqual(after);
  expectPayoutTable(result, txs, context);
  return after;
}

// ---- payout table ----

/** The order of docs/protocol.md §11, written here again so the check does not reuse the code it checks. */
function rowOrder(a: PayoutRow, b: PayoutRow): number {
  if (a.txIndex !== b.txIndex) return a.txIndex - b.txIndex;
  if (a.role !== b.role) return a.role - b.role;
  return compareBytes(a.recipient, b.recipient) || compareBytes(a.contributionId, b.contributionId) || Number(a.amount - b.amount);
}

/**
 * The payout table of a block whose txs are `txs`, in block order: strictly
 * sorted, no zero rows, one FEE row per tx equal to its fee and paid to the
 * proposer's operator, and the rows of each tx adding up to its fee plus, for
 * a usage that applied, its fee_paid (so Σ rows = Σ fees + Σ fee_paid).
 */
export function expectPayoutTable(result: BlockResult, txs: readonly SignedTx[], context = ''): void {
  const rows = result.payouts;
  for (const [i, row] of rows.entries()) {
    expect(row.amount > 0n, `${context}: row ${i} has amount ${row.amount}`).toBe(true);
    const prev = rows[i - 1];
    if (prev !== undefined) expect(rowOrder(prev, row) < 0, `${context}: rows ${i - 1} and ${i} out of order`).toBe(true);
  }
  let owed = 0n;
  for (const [index, tx] of txs.entries()) {
    const mine = rows.filter((r) => r.txIndex === index);
    const applied = result.txResults[index]?.code === null;
    const feePaid = tx.body.payload === 'recordUsage' && applied ? tx.body.recordUsage.feePaid : 0n;
    const fee = mine.filter((r) => r.role === PayoutRole.FEE);
    expect(fee.map((r) => [toHex(r.recipient), r.amount]), `${context}: FEE row of tx ${index}`).toEqual([
      [toHex(OPERATOR.address), tx.body.fee],
    ]);
    expect(sumRows(mine), `${context}: rows of tx ${index}`).toBe(tx.body.fee + feePaid);
    if (feePaid === 0n) expect(mine.length, `${context}: tx ${index} pays only its fee`).toBe(1);
    owed += tx.body.fee + feePaid;
  }
  expect(sumRows(rows), `${context}: Σ rows = Σ fees + Σ fee_paid`).toBe(owed);
  expect(rows.every((r) => r.txIndex < txs.length), `${context}: a row of no tx`).toBe(true);
}

export const sumRows = (rows: readonly PayoutRow[]): bigint => rows.reduce((n, r) => n + r.amount, 0n);

// ---- events ----

/** Every event of a block: each tx's in block order, then the end-of-block sweep's. */
export const blockEvents = (result: BlockResult): StateEvent[] => [
  ...result.txResults.flatMap((r) => r.events),
  ...result.endEvents,
];

/** Σ of a numeric attribute over the events of one type. */
export function sumEvents(events: readonly StateEvent[], type: string, attribute: string): bigint {
  return events.filter((e) => e.type === type).reduce((n, e) => n + BigInt(e.attributes[attribute] ?? '0'), 0n);
}

// ---- chain steps with several txs per block ----

export type Step = readonly [key: TestKey, payload: TxPayload];

/** Runs the steps as the txs of one block; returns the result and each tx's code in order. */
export async function runBlock(chain: TestChain, steps: readonly Step[]): Promise<{ result: BlockResult; codes: (TxErrorCode | null)[] }> {
  const result = await chain.block(steps.map(([key, payload]) => chain.tx(key, payload)));
  return { result, codes: result.txResults.map((r) => r.code) };
}

/** Runs one tx alone in a block and returns its code (null when it applied) and the block. */
export async function attempt(chain: TestChain, key: TestKey, payload: TxPayload): Promise<{ code: TxErrorCode | null; result: BlockResult }> {
  const { result, codes } = await runBlock(chain, [[key, payload]]);
  return { code: codes[0] ?? null, result };
}

// ---- determinism ----

/** What a committed block was: its tx bytes, and what executing them gave. */
export interface RecordedBlock {
  txs: Uint8Array[];
  stateRoot: string;
  payoutRoot: string;
  codes: (TxErrorCode | null)[];
}

export const recordBlock = (result: BlockResult): RecordedBlock => ({
  txs: result.txs,
  stateRoot: toHex(result.stateRoot),
  payoutRoot: toHex(result.payoutRoot),
  codes: result.txResults.map((r) => r.code),
});

/**
 * Replays the blocks' tx bytes on a fresh chain from `genesis`: every height
 * must give the same state root, payout root and result codes, and the end
 * store must equal `store` byte for byte.
 */
export async function expectReplayIdentical(genesis: Genesis, blocks: readonly RecordedBlock[], store: MemoryStore, context: string): Promise<void> {
  const replica = await TestChain.create(genesis);
  for (const [i, block] of blocks.entries()) {
    const result = await replica.execute(block.txs);
    replica.commit(result);
    expect(recordBlock(result), `${context}: replay of height ${i + 1}`).toEqual(block);
  }
  expect(dumpStore(replica.store), `${context}: replayed store`).toEqual(dumpStore(store));
}

/** What a claim tx paid the signer: Σ `claimed` events of the block's first tx. */
export const claimedIn = (result: BlockResult): bigint => sumEvents(result.txResults[0]?.events ?? [], 'claimed', 'amount');
