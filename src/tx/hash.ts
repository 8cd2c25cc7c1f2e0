/** Tx signing bytes, tx hash and the ids derived from it (docs/protocol.md §3). */
import { concatBytes, u32be, utf8 } from '../crypto/bytes.js';
import { sha256 } from '../crypto/hash.js';

const TX_SIGN_PREFIX = utf8('attrib-tx-v1');

/** What the signer signs: the prefix and the body exactly as encoded. */
export function txSignBytes(bodyBytes: Uint8Array): Uint8Array {
  return concatBytes(TX_SIGN_PREFIX, bodyBytes);
}

/** sha256 of the signed body, so re-wrapping a tx cannot change its identity. */
export function txHash(bodyBytes: Uint8Array): Uint8Array {
  return sha256(bodyBytes);
}

export type IdKind = 'datanet' | 'contribution' | 'model';

/** id of the object a tx creates: sha256(kind ‖ tx hash). */
export function deriveId(kind: IdKind, hash: Uint8Array): Uint8Array {
  return sha256(utf8(kind), hash);
}

/** Fallback pool of (model, version, Datanet): sha256("pool" ‖ model id ‖ u32be(version) ‖ Datanet id). */
export function poolId(modelId: Uint8Array, version: number, datanetId: Uint8Array): Uint8Array {
  return sha256(utf8('pool'), modelId, u32be(version), datanetId);
}
