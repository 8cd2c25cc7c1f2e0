/**
 * Ceilings measured in the same run as everything they are compared with:
 * ed25519 verifications per second on one thread through node:crypto with a
 * cached key (the path every tx takes), and sha256 throughput.
 */
import { createHash } from 'node:crypto';
import { utf8 } from '../../src/crypto/bytes.js';
import { keyPairFromSeed, sign, verify } from '../../src/crypto/ed25519.js';
import { sha256 } from '../../src/crypto/hash.js';
import type { BenchRow, BenchScenario } from '../types.js';

export const VERIFY_CEILING = 'ed25519 verify (1 thread, node:crypto)';

function perSecond(work: () => void, batch: number, minMs: number): number {
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (let i = 0; i < batch; i++) work();
    done += batch;
  }
  return (done * 1000) / (performance.now() - start);
}

export const ceilings: BenchScenario = {
  name: 'ceilings',
  async run({ quick, progress }): Promise<BenchRow[]> {
    const minMs = quick ? 300 : 2000;
    progress(0, 2, 'ed25519 verify');
    const key = keyPairFromSeed(sha256(utf8('bench ceiling key')));
    const messages = Array.from({ length: 256 }, (_, i) => sha256(utf8(`message ${i}`)));
    const signatures = messages.map((m) => sign(key.seed, m));
    let i = 0;
    const verifies = perSecond(() => {
      const j = i++ & 255;
      if (!verify(key.publicKey, messages[j]!, signatures[j]!)) throw new Error('ceiling signature failed');
    }, 256, minMs);

    progress(1, 2, 'sha256');
    const block = new Uint8Array(1 << 20).fill(7);
    const hashes = perSecond(() => createHash('sha256').update(block).digest(), 16, minMs);
    progress(2, 2, 'done');
    return [
      { scenario: 'ceilings', metric: VERIFY_CEILING, value: verifies, unit: 'verify/s' },
      { scenario: 'ceilings', metric: 'sha256 (node:crypto, 1 MiB blocks)', value: hashes, unit: 'MiB/s' },
    ];
  },
};
