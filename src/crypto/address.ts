/** Account address = the first 20 bytes of sha256(ed25519 public key) (docs/protocol.md §3). */
import { sha256 } from './hash.js';

export const ADDRESS_BYTES = 20;

export function addressOf(publicKey: Uint8Array): Uint8Array {
  return sha256(publicKey).subarray(0, ADDRESS_BYTES);
}
