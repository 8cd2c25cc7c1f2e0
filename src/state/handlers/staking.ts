/**
 * Validator staking (docs/staking.md): Stake, Unstake, Evidence and their
 * end-of-block sweep entries. A bond changes at once (and with it the
 * validator_stakes bucket); the key's voting power follows it through a
 * VALIDATOR_UPDATE schedule entry at h + delay − 1, so the set that signs
 * height h + delay is known a full height ahead. The entry holds the power
 * as of the end of block h; Unstake and Evidence refuse to leave no bonded
 * stake at all, so the set is never empty.
 */
import type { Bond, Evidence, Stake, Unstake } from '../../codec/types.js';
import { bytesEqual, toHex } from '../../crypto/bytes.js';
import { TxError } from '../../tx/errors.js';
import { keys, ScheduleKind } from '../keys.js';
import type { Scope, TxInfo } from '../scope.js';
import * as tables from '../tables.js';
import { EMPTY } from './common.js';

const BPS = 10_000n;

export async function applyStake(s: Scope, tx: TxInfo, p: Stake): Promise<void> {
  const key = p.consensusKey;
  const bond = await tables.bonds.get(s.overlay, key);
  if (bond !== undefined && !bytesEqual(bond.operator, tx.sender)) {
    throw new TxError('KEY_TAKEN', `consensus key ${toHex(key)} is bonded by operator ${toHex(bond.operator)}`);
  }
  if (bond?.slashed) throw new TxError('SLASHED', `consensus key ${toHex(key)} was slashed and cannot bond again: stake under a new key`);
  const current = await tables.operatorKeys.get(s.overlay, tx.sender);
  if (current !== undefined && !bytesEqual(current.consensusKey, key)) {
    const other = await tables.bonds.get(s.overlay, current.consensusKey);
    if (other !== undefined && other.amount > 0n) {
      throw new TxError('KEY_MISMATCH', `this operator's stake is bonded under consensus key ${toHex(current.consensusKey)}: unstake it all before bonding another key`);
    }
  }
  const amount = (bond?.amount ?? 0n) + p.amount;
  if (amount < s.env.params.minValidatorStake) {
    throw new TxError('BELOW_MIN_STAKE', `a bond must be at least ${s.env.params.minValidatorStake}, this one would be ${amount}`, { min: s.env.params.minValidatorStake });
  }
  await s.debit(tx.sender, p.amount, 'validatorStakes');
  tables.operatorKeys.put(s.overlay, { consensusKey: key }, tx.sender);
  bondChanged(s, key, { operator: tx.sender, amount, slashed: false });
  s.emit('stake', { operator: toHex(tx.sender), consensus_key: toHex(key), amount: p.amount.toString(), bonded: amount.toString() });
}

export async function applyUnstake(s: Scope, tx: TxInfo, p: Unstake): Promise<void> {
  const current = await tables.operatorKeys.get(s.overlay, tx.sender);
  const bond = current && (await tables.bonds.get(s.overlay, current.consensusKey));
  if (current === undefined || bond === undefined || bond.amount === 0n) {
    throw new TxError('NOT_FOUND', `${toHex(tx.sender)} has no bonded stake`, { id: toHex(tx.sender) });
  }
  if (p.amount > bond.amount) throw new TxError('INSUFFICIENT_STAKE', `bonded ${bond.amount}, cannot unstake ${p.amount}`, { bonded: bond.amount });
  const rest = bond.amount - p.amount;
  const min = s.env.params.minValidatorStake;
  if (rest !== 0n && rest < min) {
    throw new TxError('BELOW_MIN_STAKE', `${rest} would stay bonded: unstake all of it or leave at least ${min}`, { min });
  }
  refuseLastValidator(s, p.amount);
  s.move('validatorStakes', 'unbonding', p.amount);
  await unbond(s, current.consensusKey, p.amount);
  bondChanged(s, current.consensusKey, { ...bond, amount: rest });
  s.emit('unstake', { operator: toHex(tx.sender), consensus_key: toHex(current.consensusKey), amount: p.amount.toString(), unlock_height: unlockHeight(s).toString() });
}

/**
 * Slashes the validator the (statelessly checked) evidence convicts: burns
 * slash_bps of its bond and of every unbonding entry, unbonds the rest of
 * the bond and takes the key out of the set for good.
 */
export async function applyEvidence(s: Scope, _tx: TxInfo, p: Evidence): Promise<void> {
  const key = p.voteA!.validator;
  const height = p.voteA!.vote!.height;
  const maxAge = s.env.params.evidenceMaxAgeBlocks;
  if (height > s.env.height) throw new TxError('BAD_EVIDENCE', `evidence: votes for height ${height}, after this block's ${s.env.height}`);
  if (s.env.height - height > maxAge) {
    throw new TxError('EVIDENCE_TOO_OLD', `evidence: votes of height ${height} are more than ${maxAge} blocks old`, { max_age: maxAge });
  }
  const bond = await tables.bonds.get(s.overlay, key);
  if (bond === undefined) throw new TxError('NOT_FOUND', `consensus key ${toHex(key)} never bonded stake`, { id: toHex(key) });
  if (bond.slashed) throw new TxError('DUPLICATE_EVIDENCE', `consensus key ${toHex(key)} was already slashed`);
  refuseLastValidator(s, bond.amount);

  const bps = BigInt(s.env.params.slashBps);
  const fromBond = (bond.amount * bps) / BPS;
  s.move('validatorStakes', 'burned', fromBond);
  let burned = fromBond;
  for (const entry of await tables.unbondingsOf(s.overlay, key)) {
    const cut = (entry.amount * bps) / BPS;
    s.move('unbonding', 'burned', cut);
    burned += cut;
    tables.unbondings.put(s.overlay, { amount: entry.amount - cut }, key, entry.unlockHeight);
  }
  const rest = bond.amount - fromBond;
  if (rest > 0n) {
    s.move('validatorStakes', 'unbonding', rest);
    await unbond(s, key, rest);
  }
  bondChanged(s, key, { ...bond, amount: 0n, slashed: true });
  s.emit('slashed', { consensus_key: toHex(key), operator: toHex(bond.operator), height: height.toString(), burned: burned.toString(), unbonding: rest.toString() });
}

/** The bond is `bond` from now on; the key's power follows at the end of block h + delay − 1. */
function bondChanged(s: Scope, key: Uint8Array, bond: Bond): void {
  tables.bonds.put(s.overlay, bond, key);
  const due = s.env.height + s.env.params.validatorUpdateDelay - 1n;
  tables.scheduledPowers.put(s.overlay, { amount: bond.slashed ? 0n : bond.amount }, due, key);
}

function refuseLastValidator(s: Scope, leaving: bigint): void {
  if (s.totals.validatorStakes - leaving === 0n) {
    throw new TxError('LAST_VALIDATOR', 'this would leave no bonded stake, and so no validator to make blocks');
  }
}

const unlockHeight = (s: Scope) => s.env.height + s.env.params.unbondingBlocks;

/** Adds `amount` (already in the unbonding bucket) to what unlocks for `key` at h + unbonding_blocks. */
async function unbond(s: Scope, key: Uint8Array, amount: bigint): Promise<void> {
  const at = unlockHeight(s);
  const entry = await tables.unbondings.get(s.overlay, key, at);
  tables.unbondings.put(s.overlay, { amount: (entry?.amount ?? 0n) + amount }, key, at);
  s.overlay.put(keys.schedule(at, ScheduleKind.UNBOND, key), EMPTY);
}

/** UNBOND entry: what unbonded for `key` until this height goes back to its operator. */
export async function unlockUnbonded(s: Scope, key: Uint8Array): Promise<void> {
  const entry = await tables.unbondings.get(s.overlay, key, s.env.height);
  const bond = await tables.bonds.get(s.overlay, key);
  if (entry === undefined || bond === undefined) throw new Error(`unbond entry for ${toHex(key)} at ${s.env.height} has no unbonding record`);
  tables.unbondings.del(s.overlay, key, s.env.height);
  await s.credit(bond.operator, entry.amount, 'unbonding');
  s.emit('unbonded', { consensus_key: toHex(key), operator: toHex(bond.operator), amount: entry.amount.toString() });
}

/**
 * The VALIDATOR_UPDATE entries due at this height, all at once: each key's
 * power becomes the scheduled amount (0 removes it). When the set changes,
 * the set it replaces is kept with the height the new one starts signing at.
 */
export async function updateValidators(s: Scope, updates: readonly Uint8Array[]): Promise<void> {
  if (updates.length === 0) return;
  const before = await tables.validatorSet(s.overlay);
  let changed = false;
  for (const key of updates) {
    const power = (await tables.scheduledPowers.get(s.overlay, s.env.height, key))!.amount;
    tables.scheduledPowers.del(s.overlay, s.env.height, key);
    const old = before.find((v) => bytesEqual(v.consensusKey, key));
    if ((old?.power ?? 0n) === power) continue;
    changed = true;
    if (power === 0n) {
      tables.validators.del(s.overlay, key);
    } else {
      const bond = (await tables.bonds.get(s.overlay, key))!;
      tables.validators.put(s.overlay, { operator: bond.operator, consensusKey: key, power }, key);
    }
    s.emit('validator_updated', { consensus_key: toHex(key), power: power.toString(), from_height: (s.env.height + 1n).toString() });
  }
  if (changed) tables.validatorSetChange.put(s.overlay, { height: s.env.height + 1n, previous: before });
}
