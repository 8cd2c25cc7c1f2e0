/**
 * One validator node process under load: pre-signed transfers from many
 * accounts submitted over JSON-RPC batches as fast as the node takes them,
 * blocks every second. Reports committed tx/s and submit→commit latency
 * (from the client's send to the newBlock push carrying the tx), beside the
 * one-thread verify ceiling of the same run (DESIGN §6: target ≥ 0.75×).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AttribClient } from '../../src/client/index.js';
import type { TxBody } from '../../src/codec/types.js';
import { addressOf } from '../../src/crypto/address.js';
import { toHex, utf8 } from '../../src/crypto/bytes.js';
import { keyPairFromSeed } from '../../src/crypto/ed25519.js';
import { sha256 } from '../../src/crypto/hash.js';
import { devnetGenesis, DEVNET_VALIDATOR } from '../../src/node/devnet.js';
import { initHome } from '../../src/node/home.js';
import { spawnNode } from '../../src/node/spawn.js';
import { signTx } from '../../src/tx/sign.js';
import { quantile } from '../stats.js';
import type { BenchRow, BenchScenario } from '../types.js';
import { VERIFY_CEILING } from './ceilings.js';

const BATCH = 500;
const IN_FLIGHT = 4;
const PER_SENDER = 50; // under the mempool's 64-nonce look-ahead

export const singleValidator: BenchScenario = {
  name: 'single-validator',
  async run({ quick, progress, measured }): Promise<BenchRow[]> {
    const total = quick ? 2_000 : 30_000;
    const senders = Array.from({ length: total / PER_SENDER }, (_, i) => keyPairFromSeed(sha256(utf8(`bench sender ${i}`))));
    const base = devnetGenesis();
    const genesis = { ...base, accounts: senders.map((k) => ({ address: addressOf(k.publicKey), balance: 1_000_000_000n })) };
    const home = mkdtempSync(join(tmpdir(), 'attrib-bench-'));
    initHome(home, genesis, DEVNET_VALIDATOR);

    progress(0, total, 'signing transfers');
    const sink = new Uint8Array(20).fill(0xee);
    const txs: { hash: string; bytes: Uint8Array }[] = [];
    for (let nonce = 0n; nonce < BigInt(PER_SENDER); nonce++) {
      for (const key of senders) {
        const body: TxBody = {
          chainId: genesis.chainId, signer: key.publicKey, nonce, fee: genesis.params.minTxFee,
          payload: 'transfer', transfer: { to: sink, amount: 1n },
        };
        const signed = signTx(body, key.seed);
        txs.push({ hash: toHex(signed.hash), bytes: signed.bytes });
      }
      progress(txs.length, total, 'signing transfers');
    }

    // ATTRIB_BENCH_PROFILE=DIR writes a CPU profile of the node process there (where the time goes).
    const profile = process.env.ATTRIB_BENCH_PROFILE;
    const node = await spawnNode(
      home,
      ['--rpc-port', '0', '--p2p-port', '0', '--log-level', 'warn'],
      { ...process.env, ATTRIB_BLOCK_TIME_MS: '1000' },
      profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [],
    );
    try {
      const client = new AttribClient(node.rpcUrl, { timeoutMs: 120_000 });
      const blockSeenAt = new Map<string, number>();
      let committed = 0;
      let allCommitted!: () => void;
      const done = new Promise<void>((resolve) => (allCommitted = resolve));
      const subscription = await client.subscribe('newBlock', {}, (block) => {
        blockSeenAt.set(block.height, performance.now());
        committed += block.tx_count;
        progress(committed, total, 'committed');
        if (committed >= total) allCommitted();
      });

      const sentAt = new Map<string, number>();
      const refused = new Map<string, number>();
      const start = performance.now();
      let next = 0;
      let sent = 0;
      // IN_FLIGHT batches at a time, so the node never waits for the client's next request.
      const sender = async () => {
        while (next < txs.length) {
          const chunk = txs.slice(next, (next += BATCH));
          const now = performance.now();
          for (const t of chunk) sentAt.set(t.hash, now);
          for (const outcome of await client.submitTxBatch(chunk.map((t) => t.bytes), { wait: 'mempool' })) {
            if (!outcome.ok) refused.set(outcome.error.code, (refused.get(outcome.error.code) ?? 0) + 1);
          }
          progress((sent += chunk.length), total, 'submitting');
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, sender));
      const submitSeconds = (performance.now() - start) / 1000;
      if (refused.size > 0) throw new Error(`the node refused txs: ${JSON.stringify(Object.fromEntries(refused))}`);
      await done;
      await subscription.unsubscribe();
      const end = Math.max(...blockSeenAt.values());

      const latencies: number[] = [];
      for (const [height, seenAt] of blockSeenAt) {
        for (const tx of (await client.getBlock({ height })).txs) latencies.push(seenAt - sentAt.get(tx.hash)!);
      }
      latencies.sort((a, b) => a - b);
      await client.close();
      const ceiling = measured.get(VERIFY_CEILING);
      const ceilingRef = ceiling && { metric: ceiling.metric, value: ceiling.value, unit: ceiling.unit };
      const rate = total / ((end - start) / 1000);
      return [
        { scenario: 'single-validator', metric: 'committed tx/s', value: rate, unit: 'tx/s', ...(ceilingRef ? { ceiling: ceilingRef } : {}), target: 0.75, note: `${total} transfers, 1 s blocks` },
        { scenario: 'single-validator', metric: 'accepted into the mempool', value: total / submitSeconds, unit: 'tx/s', ...(ceilingRef ? { ceiling: ceilingRef } : {}), note: `JSON-RPC batches of ${BATCH}, ${IN_FLIGHT} in flight` },
        { scenario: 'single-validator', metric: 'submit→commit p50', value: quantile(latencies, 0.5), unit: 'ms' },
        { scenario: 'single-validator', metric: 'submit→commit p99', value: quantile(latencies, 0.99), unit: 'ms', note: 'target < 2000 ms' },
      ];
    } finally {
      node.child.kill('SIGTERM');
      await node.exited;
      rmSync(home, { recursive: true, force: true });
    }
  },
};
