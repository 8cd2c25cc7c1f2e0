/**
 * RecordUsage: the payer's fee_paid is split in this block (DESIGN §3.3):
 * validator and owner shares, then each Datanet's part by the attribution
 * mode. v1 of this module pays every Datanet part to its fallback pool; score
 * and sketch modes (`scores`, `output_sketch`) arrive with the attribution
 * issue and until then fail with NOT_ENABLED, taking nothing but the tx fee.
 */
import { splitUsageFee } from '../../attribution/split.js';
import { poolDeposit } from '../../attribution/pool.js';
import { PayoutRole, type RecordUsage } from '../../codec/types.js';
import { toHex } from '../../crypto/bytes.js';
import { TxError } from '../../tx/errors.js';
import type { Scope, TxInfo } from '../scope.js';
import * as tables from '../tables.js';
import { found } from './common.js';

export async function applyRecordUsage(s: Scope, tx: TxInfo, p: RecordUsage): Promise<void> {
  const model = found(await tables.models.get(s.overlay, p.modelId), 'model', p.modelId);
  const version = await tables.modelVersions.get(s.overlay, p.modelId, p.version);
  if (version === undefined) {
    throw new TxError('NOT_FOUND', `model ${toHex(p.modelId)} has no version ${p.version}`, { version: p.version });
  }
  if (p.scores.length > 0 || p.outputSketch.length > 0) {
    throw new TxError('NOT_ENABLED', 'score and sketch attribution modes are not enabled yet; omit both to pay the pools');
  }
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
    await depositToPool(s, tx.index, d.poolId, split.datanetParts[i]!);
  }
  s.emit('usage_recorded', { model: toHex(p.modelId), version: String(p.version), fee_paid: p.feePaid.toString() });
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
