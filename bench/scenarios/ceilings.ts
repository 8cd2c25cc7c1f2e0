/**
 * Ceilings measured in the same run as everything they are compared with:
 * ed25519 verifications per second on one thread through node:crypto with a
 * cached key (the path every tx takes) and through @noble/curves (the pure
 * JS library, kept off the hot path: DESIGN §6), sha256 throughput, protobuf
 * encode+decode of a signed transfer, and LevelDB (classic-level) batch puts.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { ClassicLevel } from 'classic-level';
import { txCodec } from '../../src/codec/codecs.js';
import { utf8 } from '../../src/crypto/bytes.js';
import { keyPairFromSeed, sign, verify } from '../../src/crypto/ed25519.js';
import { sha256 } from '../../src/crypto/hash.js';
import { signTx } from '../../src/tx/sign.js';
import type { BenchContext, BenchRow, BenchScenario } from '../types.js';

export const VERIFY_CEILING = 'ed25519 verify (1 thread, node:crypto)';

/** The one-thread verify ceiling of this run, as a row's `ceiling`; undefined if the ceilings did not run. */
export function verifyCeiling(measured: BenchContext['measured']): BenchRow['ceiling'] {
  const row = measured.get(VERIFY_CEILING);
  return row && { metric: row.metric, value: row.value, unit: row.unit };
}

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

    progress(1, 5, 'ed25519 verify (noble)');
    const nobleVerifies = perSecond(() => {
      const j = i++ & 255;
      if (!ed25519.verify(signatures[j]!, messages[j]!, key.publicKey)) throw new Error('ceiling signature failed (noble)');
    }, 16, minMs);

    progress(2, 5, 'sha256');
    const block = new Uint8Array(1 << 20).fill(7);
    const hashes = perSecond(() => createHash('sha256').update(block).digest(), 16, minMs);

    progress(3, 5, 'protobuf');
    const tx = signTx({ chainId: 'bench', signer: key.publicKey, nonce: 7n, fee: 10n, payload: 'transfer', transfer: { to: new Uint8Array(20).fill(1), amount: 1000n } }, key.seed).bytes;
    const codecs = perSecond(() => txCodec.decode(txCodec.encode(txCodec.decode(tx))), 256, minMs);

    progress(4, 5, 'LevelDB batch put');
    const puts = await levelPutsPerSecond(minMs);
    progress(5, 5, 'done');
    return [
      { scenario: 'ceilings', metric: VERIFY_CEILING, value: verifies, unit: 'verify/s' },
      { scenario: 'ceilings', metric: 'ed25519 verify (1 thread, @noble/curves)', value: nobleVerifies, unit: 'verify/s' },
      { scenario: 'ceilings', metric: 'sha256 (node:crypto, 1 MiB blocks)', value: hashes, unit: 'MiB/s' },
      { scenario: 'ceilings', metric: 'protobuf decode+encode+decode of a signed transfer (canonical check)', value: codecs, unit: 'tx/s' },
      { scenario: 'ceilings', metric: 'LevelDB batch put (classic-level, 1 000 keys a batch)', value: puts, unit: 'keys/s' },
    ];
  },
};

/** Keys written per second in atomic batches of 1 000 (32-byte keys, 100-byte values), as a block commit writes them. */
async function levelPutsPerSecond(minMs: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'attrib-bench-level-'));
  const db = new ClassicLevel<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view' });
  try {
    await db.open();
    const value = new Uint8Array(100).fill(3);
    let done = 0;
    const start = performance.now();
    while (performance.now() - start < minMs) {
      const batch = db.batch();
      for (let k = 0; k < 1000; k++) batch.put(sha256(utf8(`key ${done + k}`)), value);
      await batch.write();
      done += 1000;
    }
    return (done * 1000) / (performance.now() - start);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
