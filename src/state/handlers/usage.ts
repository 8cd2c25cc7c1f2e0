/**
 * RecordUsage: the payer's fee_paid is split in this block (DESIGN §3.3):
 * validator and owner shares, then each Datanet's part by its attribution
 * mode — score mode for the Datanets the tx's `scores` name (DATA rows to the
 * contributions, weights = the raw scores), the fallback pool for the others.
 * Sketch mode (`output_sketch`) needs the match index and fails with
 * NOT_ENABLED until it lands, taking nothing but the tx fee.
 */
import { poolDeposit } from '../../attribution/pool.js';
import { splitLargestRemainder, splitUsageFee } from '../../attribution/split.js';
import {
  ContributionStatus,
  PayoutRole,
  type ContributionScore,
  type ModelVersion,
  type RecordUsage,
} from '../../codec/types.js';
import { bytesKey, toHex } from '../../crypto/bytes.js';
import { TxError } from '../../tx/errors.js';
import type { Scope, TxInfo } from '../scope.js';
import * as tables from '../tables.js';
import { found } from './common.js';

interface ScoredMember {
  id: Uint8Array;
  owner: Uint8Array;
  score: bigint;
}

export async function applyRecordUsage(s: Scope, tx: TxInfo, p: RecordUsage): Promise<void> {
  const model = found(await tables.models.get(s.overlay, p.modelId), 'model', p.modelId);
  const version = await tables.modelVersions.get(s.overlay, p.modelId, p.version);
  if (version === undefined) {
    throw new TxError('NOT_FOUND', `model ${toHex(p.modelId)} has no version ${p.version}`, { version: p.version });
  }
  if (p.outputSketch.length > 0) {
    throw new TxError('NOT_ENABLED', 'sketch-mode attribution (output_sketch) is not enabled yet; send scores, or neither to pay the pools');
  }
  const scored = await scoredMembers(s, version, p.scores);
  await s.debit(tx.sender, p.feePaid, 'transit');
  const split = splitUsageFee({
    feePaid: p.feePaid,
    validatorBps: s.env.params.validatorBps,
    ownerShareBps: model.ownerShareBps,
    datanets: version.datanets,
    usageTxHash: tx.hash,
  });
  await s.payRow(tx.index, PayoutRole.VALIDATOR, s.env.proposerOperator, split.validator);
  await s.payRow(tx.index, PayoutRole.OWNER, model.owner, split.owner);
  for (const [i, d] of version.datanets.entries()) {
    const part = split.datanetParts[i]!;
    const members = scored.get(bytesKey(d.datanetId));
    if (members === undefined) await depositToPool(s, tx.index, d.poolId, part);
    else await payScoredMembers(s, tx, part, members);
  }
  s.emit('usage_recorded', { model: toHex(p.modelId), version: String(p.version), fee_paid: p.feePaid.toString() });
}

/**
 * Score mode's rule: every scored contribution must be an earning member of
 * the version's training set — in one of its Datanets, ACCEPTED now, and
 * accepted at or before its cutoff. Grouped by Datanet key.
 */
async function scoredMembers(s: Scope, version: ModelVersion, scores: readonly ContributionScore[]): Promise<Map<string, ScoredMember[]>> {
  const trained = new Set(version.datanets.map((d) => bytesKey(d.datanetId)));
  const byDatanet = new Map<string, ScoredMember[]>();
  for (const { contributionId, score } of scores) {
    const c = found(await tables.contributions.get(s.overlay, contributionId), 'contribution', contributionId);
    const datanet = bytesKey(c.datanetId);
    const member = trained.has(datanet) && c.status === ContributionStatus.ACCEPTED && c.acceptedHeight <= version.cutoffHeight;
    if (!member) {
      throw new TxError('NOT_IN_TRAINING_SET', `contribution ${toHex(contributionId)} is not an earning member of this version's training set`, {
        contribution: toHex(contributionId),
      });
    }
    const group = byDatanet.get(datanet) ?? [];
    group.push({ id: contributionId, owner: c.owner, score });
    byDatanet.set(datanet, group);
  }
  return byDatanet;
}

/** A Datanet's part split by the raw scores (ties by sha256(usage tx hash ‖ contribution id)): one DATA row each. */
async function payScoredMembers(s: Scope, tx: TxInfo, part: bigint, members: readonly ScoredMember[]): Promise<void> {
  const shares = splitLargestRemainder(part, members.map((m) => ({ key: m.id, weight: m.score })), tx.hash);
  for (const [i, m] of members.entries()) await s.payRow(tx.index, PayoutRole.DATA, m.owner, shares[i]!, m.id);
}

async function depositToPool(s: Scope, txIndex: number, poolId: Uint8Array, amount: bigint): Promise<void> {
  if (amount === 0n) return;
  const pool = await tables.pools.get(s.overlay, poolId);
  if (pool === undefined) throw new Error(`model version refers to missing pool ${toHex(poolId)}`);
  const shares = poolDeposit(pool, amount);
  tables.pools.put(s.overlay, { ...pool, ...shares, balance: pool.balance + amount }, poolId);
  s.move('transit', 'pools', amount);
  s.poolRow(txIndex, poolId, amount);
}
