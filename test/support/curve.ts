/** Ed25519 constants and byte helpers for the crypto tests (the verifier's own are private to src/crypto/ed25519.ts). */
import { fromHex } from '../../src/crypto/bytes.js';

export const P = 2n ** 255n - 19n;
export const L = 2n ** 252n + 27742317777372353535851937790883648493n;
export const D = 37095705934669439343138083508754565189542113879843219016388785533085940283555n;

/** Hex with or without `0x` (Wycheproof writes it bare; the project's vectors with the prefix). */
export function bytes(hex: string): Uint8Array {
  const out = fromHex(hex.startsWith('0x') ? hex : `0x${hex}`);
  if (out === undefined) throw new Error(`bad hex ${hex}`);
  return out;
}

export function littleEndian(b: Uint8Array): bigint {
  let n = 0n;
  for (let i = b.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(b[i]!);
  return n;
}
