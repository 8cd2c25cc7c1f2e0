/**
 * The load of the throughput scenarios: pre-signed transfers from many
 * funded accounts, submitted to one node's JSON-RPC in batches with several
 * batches in flight, so the node never waits for the client. Measures what
 * a client sees: the rate txs were accepted, the rate they were committed
 * (newBlock pushes from the same node) and each tx's submit→commit latency.
 */
import { AttribClient } from '../src/client/index.js';
import type { TxBody } from '../src/codec/types.js';
import { addressOf } from '../src/crypto/address.js';
import { toHex, utf8 } from '../src/crypto/bytes.js';
import { keyPairFromSeed, type KeyPair } from '../src/crypto/ed25519.js';
import { sha256 } from '../src/crypto/hash.js';
import type { GenesisAccount } from '../src/state/genesis.js';
import { DEFAULT_PARAMS } from '../src/state/params.js';
import { signTx } from '../src/tx/sign.js';
import { quantile } from './stats.js';
import type { BenchContext } from './types.js';

export const BATCH = 500;
export const IN_FLIGHT = 4;
/** Txs per sender: under the mempool's 64-nonce look-ahead. */
const PER_SENDER = 50;

export interface Load {
  senders: KeyPair[];
  /** Genesis accounts funding the senders. */
  accounts: GenesisAccount[];
  txs: { hash: string; bytes: Uint8Array }[];
}

/** `total` transfers (a multiple of PER_SENDER) for chain `chainId`, signed now. */
export function signedTransfers(chainId: string, total: number, progress: BenchContext['progress']): Load {
  const senders = Array.from({ length: Math.ceil(total / PER_SENDER) }, (_, i) => keyPairFromSeed(sha256(utf8(`bench sender ${i}`))));
  const sink = new Uint8Array(20).fill(0xee);
  const txs: Load['txs'] = [];
  for (let nonce = 0n; nonce < BigInt(PER_SENDER) && txs.length < total; nonce++) {
    for (const key of senders) {
      const body: TxBody = { chainId, signer: key.publicKey, nonce, fee: DEFAULT_PARAMS.minTxFee, payload: 'transfer', transfer: { to: sink, amount: 1n } };
      const signed = signTx(body, key.seed);
      txs.push({ hash: toHex(signed.hash), bytes: signed.bytes });
    }
    progress(txs.length, total, 'signing transfers');
  }
  return { senders, accounts: senders.map((k) => ({ address: addressOf(k.publicKey), balance: 1_000_000_000n })), txs };
}

export interface LoadResult {
  committedPerSecond: number;
  acceptedPerSecond: number;
  /** Submit→commit, ascending, in ms. */
  p50: number;
  p99: number;
}

/** Submits every tx to the node at `rpcUrl` and waits until its blocks carry them all. */
export async function driveLoad(rpcUrl: string, txs: Load['txs'], progress: BenchContext['progress']): Promise<LoadResult> {
  const total = txs.length;
  const client = new AttribClient(rpcUrl, { timeoutMs: 120_000 });
  try {
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
      for (const tx of (await client.getBlock({ height })).txs) {
        const at = sentAt.get(tx.hash);
        if (at !== undefined) latencies.push(seenAt - at);
      }
    }
    latencies.sort((a, b) => a - b);
    return {
      committedPerSecond: total / ((end - start) / 1000),
      acceptedPerSecond: total / submitSeconds,
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
    };
  } finally {
    await client.close();
  }
}
