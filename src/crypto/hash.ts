/** SHA-256 through node:crypto (≈ 1.6 GB/s here, against ≈ 0.13 GB/s for a pure-JS hash). */
import { createHash } from 'node:crypto';

export function sha256(...parts: Uint8Array[]): Uint8Array {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
}
