import type { RecordTraining, RegisterModel, TrainedDatanet } from '../../codec/types.js';
import { toHex } from '../../crypto/bytes.js';
import { TxError } from '../../tx/errors.js';
import { deriveId, poolId } from '../../tx/hash.js';
import { earningMembersAt } from '../member-counts.js';
import type { Scope, TxInfo } from '../scope.js';
import * as tables from '../tables.js';
import { authorized, found, isOwner } from './common.js';

export async function applyRegisterModel(s: Scope, tx: TxInfo, p: RegisterModel): Promise<void> {
  const id = deriveId('model', tx.hash);
  tables.models.put(
    s.overlay,
    {
      owner: tx.sender,
      name: p.name,
      ownerShareBps: p.ownerShareBps,
      metadataUri: p.metadataUri,
      versionCount: 0,
      createdHeight: s.env.height,
    },
    id,
  );
  s.emit('model_registered', { id: toHex(id), owner: toHex(tx.sender) });
}

/**
 * A new model version with one fallback pool per Datanet. The cutoff must be
 * below the current height: counts at the current height are not final until
 * the block ends, and a member accepted later in this block must not be able
 * to claim from a pool that did not count it.
 */
export async function applyRecordTraining(s: Scope, tx: TxInfo, p: RecordTraining): Promise<void> {
  const model = found(await tables.models.get(s.overlay, p.modelId), 'model', p.modelId);
  authorized(isOwner(model.owner, tx.sender), 'only the model owner can record its training');
  if (p.cutoffHeight >= s.env.height) {
    throw new TxError('CUTOFF_TOO_HIGH', `cutoff_height must be below the current height ${s.env.height}`);
  }
  const version = model.versionCount + 1;
  const trained: TrainedDatanet[] = [];
  for (const d of p.datanets) {
    found(await tables.datanets.get(s.overlay, d.datanetId), 'Datanet', d.datanetId);
    const members = await earningMembersAt(s.overlay, d.datanetId, p.cutoffHeight);
    if (members === 0n) {
      throw new TxError('NO_EARNING_MEMBERS', `Datanet ${toHex(d.datanetId)} had no earning members at the cutoff`, {
        datanet: toHex(d.datanetId),
      });
    }
    const id = poolId(p.modelId, version, d.datanetId);
    tables.pools.put(
      s.overlay,
      {
        modelId: p.modelId,
        version,
        datanetId: d.datanetId,
        cutoffHeight: p.cutoffHeight,
        members,
        perMember: 0n,
        carry: 0n,
        balance: 0n,
      },
      id,
    );
    trained.push({ datanetId: d.datanetId, weightBps: d.weightBps, poolId: id });
  }
  tables.modelVersions.put(
    s.overlay,
    { datanets: trained, artifactHash: p.artifactHash, cutoffHeight: p.cutoffHeight, recordedHeight: s.env.height },
    p.modelId,
    version,
  );
  tables.models.put(s.overlay, { ...model, versionCount: version }, p.modelId);
  s.emit('model_trained', { model: toHex(p.modelId), version: String(version) });
}
