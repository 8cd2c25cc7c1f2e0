/**
 * RecordUsage: the payer's fee_paid is split in this block (DESIGN §3.3):
 * validator and owner shares, then each Datanet's part by its attribution
 * mode — score mode for the Datanets the tx's `scores` name (weights = the
 * raw scores), sketch mode with an `output_sketch` (the best `top_k` earning
 * members at or above `match_threshold`, weights = similarity), each paid as
 * DATA rows; a Datanet without scored or matched members pays its pool.
 */
import { poolDeposit } from '../../attribution/pool.js';
import { splitLargestRemainder, splitUsageFee } from '../../attribution/split.js';
import { bestBySimilarity } from '../../attribution/top-k.js';
import {
  ContributionStatus,
  PayoutRole,
  type ContributionScore,
  type ModelVersion,
  type RecordUsage,
} from '../../codec/types.js';
import { bytesKey, toHex } from '../../crypto/bytes.js';
import { attributionVersionAt } from '../params.js';
import { TxError } from '../../tx/errors.js';
import type { Scope, TxInfo } from '../scope.js';
import * as tables from '../tables.js';
import { found } from './common.js';
import { candidates } from './lsh-index.js';

interface ScoredMember {
  id: Uint8Array;
  owner: Uint8Array;
  score: bigint;
}

/** Per Datanet key: who is paid and, in sketch mode, every earning candidate the match index offered. */
interface Attribution {
  members: Map<string, ScoredMember[]>;
  candidates: Map<string, { id: Uint8Array; similarity: number }[]>;
}

export async function applyRecordUsage(s: Scope, tx: TxInfo, p: RecordUsage): Promise<void> {
  const model = found(await tables.models.get(s.overlay, p.modelId), 'model', p.modelId);
  const version = await tables.modelVersions.get(s.overlay, p.modelId, p.version);
  if (version === undefined) {
    throw new TxError('NOT_FOUND', `model ${toHex(p.modelId)} has no version ${p.version}`, { version: p.version });
  }
  const mode = p.outputSketch.length > 0 ? 'sketch' : 'score';
  const attribution: Attribution =
    mode === 'sketch'
      ? await matchedMembers(s, tx, version, p.outputSketch)
      : { members: await scoredMembers(s, version, p.scores), candidates: new Map() };
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
    const members = attribution.members.get(bytesKey(d.datanetId));
    if (members === undefined) await depositToPool(s, tx.index, d.poolId, part);
    else await payScoredMembers(s, tx, part, members);
    // What attribution_explain shows: the mode, who was weighed and how (lists as "0xid:n,…").
    const candidates = attribution.candidates.get(bytesKey(d.datanetId)) ?? [];
    s.emit('attribution', {
      datanet: toHex(d.datanetId),
      weight_bps: String(d.weightBps),
      mode: members === undefined ? 'pool' : mode,
      part: part.toString(),
      members: (members ?? []).map((m) => `${toHex(m.id)}:${m.score}`).join(','),
      candidates: candidates.map((c) => `${toHex(c.id)}:${c.similarity}`).join(','),
    });
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

/**
 * Sketch mode: per trained Datanet, the match-index candidates that are
 * earning members (ACCEPTED, accepted at or before the cutoff) with
 * similarity ≥ match_threshold; the best top_k by similarity (ties by
 * sha256(usage tx hash ‖ contribution id) ascending), weighted by similarity.
 */
async function matchedMembers(s: Scope, tx: TxInfo, version: ModelVersion, output: Uint8Array): Promise<Attribution> {
  const v = attributionVersionAt(s.env.params, s.env.height);
  const byDatanet = new Map<string, ScoredMember[]>();
  const considered = new Map<string, { id: Uint8Array; similarity: number }[]>();
  for (const d of version.datanets) {
    const hits = await candidates(s.overlay, s.env.params, s.env.height, d.datanetId, output, 'match');
    const earning = hits.filter((x) => x.c.status === ContributionStatus.ACCEPTED && x.c.acceptedHeight <= version.cutoffHeight);
    considered.set(bytesKey(d.datanetId), earning.map((x) => ({ id: x.id, similarity: x.similarity })));
    const matches = bestBySimilarity(
      earning.filter((x) => x.similarity >= v.matchThreshold),
      v.topK,
      tx.hash,
    );
    if (matches.length > 0) {
      byDatanet.set(bytesKey(d.datanetId), matches.map((m) => ({ id: m.id, owner: m.c.owner, score: BigInt(m.similarity) })));
    }
  }
  return { members: byDatanet, candidates: considered };
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
