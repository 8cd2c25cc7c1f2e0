/**
 * The load of the throughput scenarios: pre-signed transfers from many
 * funded accounts, submitted to one or more nodes' JSON-RPC in batches —
 * closed loop (several batches in flight per node, each sent when the one
 * before it was answered, so the node never waits for the client) or open
 * loop (at a set rate, whatever the answers). Measures what a client sees:
 * the rate txs were accepted, the rate they were committed (newBlock pushes)
 * and each tx's submit→commit latency.
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
  txs: LoadTx[];
}

export interface LoadTx {
  hash: string;
  bytes: Uint8Array;
  /** Its signer's index in `Load.senders`. */
  sender: number;
}

/** `total` transfers (a multiple of PER_SENDER) for chain `chainId`, signed now. */
export function signedTransfers(chainId: string, total: number, progress: BenchContext['progress']): Load {
  const senders = Array.from({ length: Math.ceil(total / PER_SENDER) }, (_, i) => keyPairFromSeed(sha256(utf8(`bench sender ${i}`))));
  const sink = new Uint8Array(20).fill(0xee);
  const txs: Load['txs'] = [];
  for (let nonce = 0n; nonce < BigInt(PER_SENDER) && txs.length < total; nonce++) {
    for (const [sender, key] of senders.entries()) {
      if (txs.length === total) break;
      const body: TxBody = { chainId, signer: key.publicKey, nonce, fee: DEFAULT_PARAMS.minTxFee, payload: 'transfer', transfer: { to: sink, amount: 1n } };
      const signed = signTx(body, key.seed);
      txs.push({ hash: toHex(signed.hash), bytes: signed.bytes, sender });
    }
    progress(txs.length, total, 'signing transfers');
  }
  return { senders, accounts: senders.map((k) => ({ address: addressOf(k.publicKey), balance: 1_000_000_000n })), txs };
}

export interface LoadOptions {
  /**
   * Open loop: submit at this many tx/s whatever the answers (the txs due
   * are sent every TICK_MS). Unset: closed loop, IN_FLIGHT batches in
   * flight per node, each sent when the one before it was answered.
   */
  rate?: number;
  /** How long to wait for the last commits after the last answer before giving up (ms). */
  drainMs?: number;
  /**
   * On a refused or unanswered submission, stop sending, wait up to
   * PARTIAL_DRAIN_MS for commits and report what was committed by then
   * (`failure` says why) instead of throwing.
   */
  partial?: boolean;
}

export interface LoadResult {
  /** Txs committed ÷ (last commit − first send). */
  committedPerSecond: number;
  /** Txs answered ÷ (last answer − first send). */
  acceptedPerSecond: number;
  /** Submit→commit, in ms: from sending a tx's batch to its node's newBlock push of the block carrying it. */
  p50: number;
  p90: number;
  p99: number;
  /** Txs committed (all of them, unless the drain timed out). */
  committed: number;
  /**
   * The heights decided under this load: from the first the first node
   * announced after the first send up to the last carrying the load's txs
   * (the last it announced, if none did).
   */
  heights: { first: bigint; last: bigint };
  /** With `partial`: why sending stopped early. */
  failure?: string;
  /** Batches sent again after their connection failed. */
  resent: number;
}

/** Between two open-loop sends. */
export const TICK_MS = 50;
const DRAIN_MS = 180_000;
const PARTIAL_DRAIN_MS = 15_000;
/**
 * A batch whose connection failed is sent again, up to this many attempts
 * in all: a node whose event loop stalls for seconds can close a kept-alive
 * connection just as the client reuses it (ECONNRESET).
 */
const SUBMIT_ATTEMPTS = 3;
const DELIVERED = new Set(['ALREADY_KNOWN', 'BAD_NONCE']);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Submits every tx — each sender's txs to one node, `rpcUrls[sender mod n]`,
 * so that its nonces arrive in order — and waits until the blocks carry
 * them all (as the first node reports them) or `drainMs` passes.
 */
export async function driveLoad(rpcUrls: string | readonly string[], txs: readonly LoadTx[], progress: BenchContext['progress'], opts: LoadOptions = {}): Promise<LoadResult> {
  const urls = typeof rpcUrls === 'string' ? [rpcUrls] : rpcUrls;
  const total = txs.length;
  const nodeOf = (t: LoadTx) => t.sender % urls.length;
  const clients = urls.map((url) => new AttribClient(url, { timeoutMs: 120_000 }));
  try {
    // Every node's newBlock pushes, timed on arrival: a tx is committed for
    // its client when the node it was sent to announces the block.
    const blockSeenAt = urls.map(() => new Map<string, number>());
    let committed = 0;
    let allCommitted!: () => void;
    const done = new Promise<void>((resolve) => (allCommitted = resolve));
    const subscriptions = await Promise.all(
      clients.map((client, i) =>
        client.subscribe('newBlock', {}, (block) => {
          blockSeenAt[i]!.set(block.height, performance.now());
          if (i > 0) return;
          committed += block.tx_count;
          progress(committed, total, 'committed');
          if (committed >= total) allCommitted();
        }),
      ),
    );

    const sentAt = new Map<string, { at: number; node: number }>();
    const refused = new Map<string, number>();
    let failure: string | undefined;
    let answered = 0;
    let resent = 0;
    const submit = async (node: number, batch: readonly LoadTx[]) => {
      if (failure !== undefined) return;
      const now = performance.now();
      for (const t of batch) sentAt.set(t.hash, { at: now, node });
      for (let attempt = 1; ; attempt++) {
        try {
          for (const outcome of await clients[node]!.submitTxBatch(batch.map((t) => t.bytes), { wait: 'mempool' })) {
            // A re-sent batch's txs that the lost attempt delivered come back as pending or already used.
            if (!outcome.ok && !(attempt > 1 && DELIVERED.has(outcome.error.code))) refused.set(outcome.error.code, (refused.get(outcome.error.code) ?? 0) + 1);
          }
          break;
        } catch (err) {
          if (attempt < SUBMIT_ATTEMPTS) {
            resent++;
            await sleep(250 * attempt);
            continue;
          }
          failure ??= `after ${((performance.now() - start) / 1000).toFixed(1)} s, node${node} did not answer a batch in ${SUBMIT_ATTEMPTS} attempts: ${err instanceof Error ? err.message : String(err)}`;
          return;
        }
      }
      if (refused.size > 0) failure ??= `the nodes refused txs: ${JSON.stringify(Object.fromEntries(refused))}`;
      progress((answered += batch.length), total, 'submitting');
    };
    const byNode = (some: readonly LoadTx[]) => urls.map((_, node) => some.filter((t) => nodeOf(t) === node));

    const start = performance.now();
    if (opts.rate === undefined) {
      await Promise.all(
        byNode(txs).flatMap((queue, node) => {
          let next = 0;
          const sender = async () => {
            while (next < queue.length && failure === undefined) await submit(node, queue.slice(next, (next += BATCH)));
          };
          return Array.from({ length: IN_FLIGHT }, sender);
        }),
      );
    } else {
      const answers: Promise<void>[] = [];
      for (let next = 0; next < total && failure === undefined; await sleep(TICK_MS)) {
        const due = Math.min(total, Math.floor((opts.rate * (performance.now() - start)) / 1000));
        if (due <= next) continue;
        for (const [node, queue] of byNode(txs.slice(next, due)).entries()) {
          for (let i = 0; i < queue.length; i += BATCH) answers.push(submit(node, queue.slice(i, i + BATCH)));
        }
        next = due;
      }
      await Promise.all(answers);
    }
    const submitSeconds = (performance.now() - start) / 1000;
    if (failure !== undefined && !opts.partial) throw new Error(failure);
    const drainMs = failure === undefined ? (opts.drainMs ?? DRAIN_MS) : PARTIAL_DRAIN_MS;
    let drainTimer: NodeJS.Timeout | undefined;
    await Promise.race([done, new Promise<void>((resolve) => (drainTimer = setTimeout(resolve, drainMs)))]);
    clearTimeout(drainTimer);
    const seen = blockSeenAt[0]!;
    if (seen.size === 0) throw new Error(`no block was committed within ${drainMs} ms${failure ? `; ${failure}` : ''}`);
    const end = Math.max(...seen.values());
    const tip = [...seen.keys()].reduce((a, b) => (BigInt(b) > BigInt(a) ? b : a));
    // The other nodes' pushes of the last block may trail the first node's.
    for (let waited = 0; waited < 5_000 && blockSeenAt.some((m) => !m.has(tip)); waited += 20) await sleep(20);
    await Promise.all(subscriptions.map((s) => s.unsubscribe()));

    const latencies: number[] = [];
    let first: bigint | undefined;
    let last = 0n;
    for (const [height, at] of seen) {
      if (at >= start && (first === undefined || BigInt(height) < first)) first = BigInt(height);
    }
    for (const height of seen.keys()) {
      for (const tx of (await clients[0]!.getBlock({ height })).txs) {
        const submitted = sentAt.get(tx.hash);
        if (submitted === undefined) continue;
        latencies.push((blockSeenAt[submitted.node]!.get(height) ?? seen.get(height)!) - submitted.at);
        if (BigInt(height) > last) last = BigInt(height);
      }
    }
    latencies.sort((a, b) => a - b);
    if (last === 0n) last = BigInt(tip);
    return {
      committedPerSecond: committed / ((end - start) / 1000),
      acceptedPerSecond: answered / submitSeconds,
      p50: quantile(latencies, 0.5),
      p90: quantile(latencies, 0.9),
      p99: quantile(latencies, 0.99),
      committed,
      heights: { first: first ?? last, last },
      ...(failure !== undefined ? { failure } : {}),
      resent,
    };
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
}
