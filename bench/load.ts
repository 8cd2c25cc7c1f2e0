/**
 * Drives the throughput scenarios' workloads (bench/workload.ts): the
 * set-up waves, each committed before the next, then the measured txs,
 * submitted to one or more nodes' JSON-RPC in batches —
 * closed loop (several batches in flight per node, each sent when the one
 * before it was answered, so the node never waits for the client) or open
 * loop (at a set rate, whatever the answers). Measures what a client sees:
 * the rate txs were accepted, the rate they were committed (newBlock pushes)
 * and each tx's submit→commit latency.
 */
import { AttribClient } from '../src/client/index.js';
import type { TxCommitted, TxInfo } from '../src/client/types.js';
import { quantile } from './stats.js';
import type { BenchContext } from './types.js';
import type { LoadTx, Workload } from './workload.js';

export const BATCH = 500;
export const IN_FLIGHT = 4;

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
   * (`failure` says why) instead of throwing; a chain that commits no
   * block at all is reported the same way (committed 0).
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
  /** Committed txs whose payload failed (fee charged, nothing else), by error code. */
  failed: Record<string, number>;
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
const DELIVERED = new Set(['ALREADY_KNOWN', 'ALREADY_COMMITTED', 'BAD_NONCE']);

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
    if (seen.size === 0) {
      const stalled = `no block was committed within ${drainMs} ms of the last answer${failure ? `; ${failure}` : ''}`;
      if (!opts.partial) throw new Error(stalled);
      await Promise.all(subscriptions.map((s) => s.unsubscribe()));
      // A stalled chain is a result to report, not a reason to lose the run's other figures.
      return { committedPerSecond: 0, acceptedPerSecond: answered / submitSeconds, p50: NaN, p90: NaN, p99: NaN, committed: 0, heights: { first: 0n, last: 0n }, failure: stalled, resent, failed: {} };
    }
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
    const failed: Record<string, number> = {};
    for (const height of seen.keys()) {
      const block = await clients[0]!.getBlock({ height });
      for (const [i, tx] of block.txs.entries()) {
        const submitted = sentAt.get(tx.hash);
        if (submitted === undefined) continue;
        const code = block.results.txs[i]!.code;
        if (code !== null) failed[code] = (failed[code] ?? 0) + 1;
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
      failed,
    };
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
}

/** How long one set-up wave may take to commit. */
const WAVE_MS = 60_000;

/**
 * Waits until every tx of `txs` is committed above `after` with its payload
 * applied (throws otherwise), and returns the height of the last of them.
 * Polls only each sender's last tx (its nonces commit in order), then reads
 * the blocks once: tx_get of every tx would decode its whole block each time.
 */
async function untilCommitted(client: AttribClient, txs: readonly LoadTx[], after: bigint, what: string): Promise<bigint> {
  const lastOfSender = [...new Map(txs.map((t) => [t.sender, t.hash])).values()];
  let top = after;
  for (const deadline = performance.now() + WAVE_MS; ; await sleep(200)) {
    const infos = await client.batch(lastOfSender.map((hash) => ({ method: 'tx_get', params: { hash } })));
    const heights = infos.map((o) => (o.ok && (o.result as TxInfo).status === 'committed' ? BigInt((o.result as TxCommitted).height) : undefined));
    if (heights.every((h) => h !== undefined)) {
      top = heights.reduce((a, b) => (b! > a! ? b : a), top)!;
      break;
    }
    if (performance.now() > deadline) throw new Error(`${what}: ${heights.filter((h) => h === undefined).length} of ${lastOfSender.length} senders' txs not committed within ${WAVE_MS} ms`);
  }
  const wanted = new Set(txs.map((t) => t.hash));
  for (let height = after + 1n; height <= top; height++) {
    const block = await client.getBlock({ height });
    for (const [i, tx] of block.txs.entries()) {
      if (!wanted.delete(tx.hash)) continue;
      const result = block.results.txs[i]!;
      if (!result.ok) throw new Error(`${what}: tx ${tx.hash} failed with ${result.code}: ${result.message}`);
    }
  }
  if (wanted.size > 0) throw new Error(`${what}: ${wanted.size} txs missing from heights ${after + 1n}–${top}`);
  return top;
}

/**
 * Runs `workload`'s set-up waves: each wave's txs go to the first node,
 * which must commit every one of them with its payload applied before the
 * next wave is made. Throws otherwise: a measured load on a chain that is
 * not set up would measure failures.
 */
export async function setUp(rpcUrl: string, workload: Workload, progress: BenchContext['progress']): Promise<void> {
  const client = new AttribClient(rpcUrl, { timeoutMs: 120_000 });
  try {
    let committedHeight = BigInt((await client.status()).height);
    for (const [i, wave] of workload.setup.entries()) {
      progress(i, workload.setup.length, 'setting up the chain');
      const txs = wave(committedHeight);
      for (let at = 0; at < txs.length; at += BATCH) {
        for (const [j, outcome] of (await client.submitTxBatch(txs.slice(at, at + BATCH).map((t) => t.bytes), { wait: 'mempool' })).entries()) {
          if (!outcome.ok) throw new Error(`set-up wave ${i + 1}: tx ${txs[at + j]!.hash} refused: ${outcome.error.code} ${outcome.error.message}`);
        }
      }
      committedHeight = await untilCommitted(client, txs, committedHeight, `set-up wave ${i + 1}`);
    }
    progress(workload.setup.length, workload.setup.length, 'setting up the chain');
  } finally {
    await client.close();
  }
}

/** For a row's note: the txs whose payload failed, counted by error code ("" when none did). */
export function failures(failed: Record<string, number>): string {
  const codes = Object.entries(failed);
  return codes.length === 0 ? '' : `; PAYLOADS FAILED: ${codes.map(([code, n]) => `${n} ${code}`).join(', ')}`;
}
