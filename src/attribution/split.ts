/**
 * The protocol's one way to cut an integer amount by integer weights
 * (DESIGN §3.3–§3.4): largest remainder, bigint only, so every validator
 * computes the same shares to the unit.
 */
import { bytesKey, compareBytes } from '../crypto/bytes.js';
import { sha256 } from '../crypto/hash.js';

export interface SplitEntry {
  /** Recipient id; distinct across entries, it also breaks remainder ties. */
  key: Uint8Array;
  weight: bigint;
}

const BPS = 10_000n;

/**
 * Shares of `amount` in input order: `⌊amount·w/W⌋` each, then one leftover
 * unit to each of the largest remainders `amount·w mod W`, ties going to the
 * smaller `sha256(tieSeed ‖ key)`. With the seed a usage tx hash, grinding
 * ids buys nothing; with distinct keys the order of `entries` does not matter.
 */
export function splitLargestRemainder(amount: bigint, entries: readonly SplitEntry[], tieSeed: Uint8Array): bigint[] {
  if (amount < 0n) throw new RangeError(`split amount ${amount} is negative`);
  const total = totalWeight(entries);
  const shares = entries.map((e) => (amount * e.weight) / total);
  const leftover = amount - shares.reduce((sum, s) => sum + s, 0n);
  // Σ remainders = W·leftover and each remainder is < W, so more than
  // `leftover` entries have a non-zero remainder: ranking only those still
  // hands out every unit, and a zero weight (remainder 0) always gets 0.
  const ranked = entries
    .map((e, index) => ({ index, remainder: (amount * e.weight) % total, key: e.key }))
    .filter((r) => r.remainder > 0n)
    .map((r) => ({ ...r, tie: sha256(tieSeed, r.key) }))
    .sort(byRemainderThenTie);
  for (const r of ranked.slice(0, Number(leftover))) shares[r.index]! += 1n;
  return shares;
}

interface Ranked {
  index: number;
  remainder: bigint;
  tie: Uint8Array;
}

/** Largest remainder first; equal remainders by tie hash ascending (distinct keys, so never equal). */
function byRemainderThenTie(a: Ranked, b: Ranked): number {
  if (a.remainder !== b.remainder) return a.remainder > b.remainder ? -1 : 1;
  return compareBytes(a.tie, b.tie);
}

/** W = Σ weight, after checking what makes the split well defined and order independent. */
function totalWeight(entries: readonly SplitEntry[]): bigint {
  const keys = new Set<string>();
  let total = 0n;
  for (const e of entries) {
    if (e.weight < 0n) throw new RangeError(`split weight ${e.weight} is negative`);
    const key = bytesKey(e.key);
    if (keys.has(key)) throw new RangeError('split keys must be distinct');
    keys.add(key);
    total += e.weight;
  }
  if (total === 0n) throw new RangeError('split weights sum to 0');
  return total;
}

export interface UsageFeeInput {
  feePaid: bigint;
  validatorBps: number;
  ownerShareBps: number;
  datanets: readonly { datanetId: Uint8Array; weightBps: number }[];
  usageTxHash: Uint8Array;
}

export interface UsageFeeSplit {
  validator: bigint;
  owner: bigint;
  /** `feePaid − validator − owner`: the rounding of both floors lands here. */
  data: bigint;
  /** `data` across the model version's Datanets, in input order. */
  datanetParts: bigint[];
}

/** The first cut of a usage fee (DESIGN §3.3); each Datanet's part is split further by its mode. */
export function splitUsageFee(input: UsageFeeInput): UsageFeeSplit {
  if (input.feePaid < 0n) throw new RangeError(`fee_paid ${input.feePaid} is negative`);
  const validatorBps = bps(input.validatorBps, 'validator_bps');
  const ownerShareBps = bps(input.ownerShareBps, 'owner_share_bps');
  if (validatorBps + ownerShareBps > BPS) {
    throw new RangeError(`validator_bps + owner_share_bps = ${validatorBps + ownerShareBps} exceeds ${BPS}`);
  }
  const validator = (input.feePaid * validatorBps) / BPS;
  const owner = (input.feePaid * ownerShareBps) / BPS;
  const data = input.feePaid - validator - owner;
  const entries = input.datanets.map((d) => ({ key: d.datanetId, weight: BigInt(d.weightBps) }));
  return { validator, owner, data, datanetParts: splitLargestRemainder(data, entries, input.usageTxHash) };
}

function bps(value: number, name: string): bigint {
  if (!Number.isInteger(value) || value < 0 || value > 10_000) throw new RangeError(`${name} = ${value} is not in 0..10000`);
  return BigInt(value);
}
