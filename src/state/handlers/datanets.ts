import type { CreateDatanet, UpdateCurators } from '../../codec/types.js';
import { toHex } from '../../crypto/bytes.js';
import { deriveId } from '../../tx/hash.js';
import type { Scope, TxInfo } from '../scope.js';
import * as tables from '../tables.js';
import { authorized, found, isOwner } from './common.js';

export async function applyCreateDatanet(s: Scope, tx: TxInfo, p: CreateDatanet): Promise<void> {
  const id = deriveId('datanet', tx.hash);
  tables.datanets.put(
    s.overlay,
    {
      owner: tx.sender,
      name: p.name,
      description: p.description,
      licenseUri: p.licenseUri,
      // A Datanet created without curators has its creator as curator (DESIGN §2).
      curators: p.curators.length > 0 ? p.curators : [tx.sender],
      contributionStake: p.contributionStake,
      challengeBlocks: p.challengeBlocks,
      autoAccept: p.autoAccept,
      createdHeight: s.env.height,
      acceptedTotal: 0n,
      removedTotal: 0n,
    },
    id,
  );
  s.emit('datanet_created', { id: toHex(id), owner: toHex(tx.sender) });
}

export async function applyUpdateCurators(s: Scope, tx: TxInfo, p: UpdateCurators): Promise<void> {
  const datanet = found(await tables.datanets.get(s.overlay, p.datanetId), 'Datanet', p.datanetId);
  authorized(isOwner(datanet.owner, tx.sender), 'only the Datanet owner can change its curators');
  tables.datanets.put(s.overlay, { ...datanet, curators: p.curators }, p.datanetId);
  s.emit('curators_updated', { datanet: toHex(p.datanetId), count: String(p.curators.length) });
}
