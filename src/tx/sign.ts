/** Building and signing transactions: what clients, tests and benchmarks call. */
import { txBodyCodec, txCodec } from '../codec/codecs.js';
import { possessionSignBytes } from '../codec/hashes.js';
import type { TxBody } from '../codec/types.js';
import { sign } from '../crypto/ed25519.js';
import { txHash, txSignBytes } from './hash.js';

export interface SignedTx {
  /** The encoded Tx, as submitted and as included in blocks. */
  bytes: Uint8Array;
  hash: Uint8Array;
  body: TxBody;
}

/** Encodes the body, signs "attrib-tx-v1" ‖ body with the 32-byte ed25519 seed and wraps both in a Tx. */
export function signTx(body: TxBody, seed: Uint8Array): SignedTx {
  const bodyBytes = txBodyCodec.encode(body);
  const signature = sign(seed, txSignBytes(bodyBytes));
  return { bytes: txCodec.encode({ body: bodyBytes, signature }), hash: txHash(bodyBytes), body };
}

/**
 * A Stake's possession_proof: the consensus key (its 32-byte seed) signs
 * "attrib-pop-v1" ‖ PossessionProof{chainId, operator}, letting the operator
 * of that 20-byte address bond it on that chain (docs/protocol.md §3).
 */
export function possessionProof(consensusSeed: Uint8Array, chainId: string, operator: Uint8Array): Uint8Array {
  return sign(consensusSeed, possessionSignBytes({ chainId, operator }));
}
