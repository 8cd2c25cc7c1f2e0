/**
 * ed25519 verification on worker threads, off the event loop: the largest
 * single cost of a tx entering the mempool (docs/benchmarks.md). Jobs queued
 * in the same turn of the event loop go to a worker as one message, so a
 * JSON-RPC batch of txs costs one round trip. The workers run the same
 * verify() as everything else (src/crypto/ed25519.ts).
 */
import { Worker } from 'node:worker_threads';

interface Batch {
  publicKeys: Uint8Array[];
  messages: Uint8Array[];
  signatures: Uint8Array[];
  resolves: ((ok: boolean) => void)[];
}

const emptyBatch = (): Batch => ({ publicKeys: [], messages: [], signatures: [], resolves: [] });

export class VerifyPool {
  private readonly workers: Worker[];
  private readonly inFlight = new Map<number, Batch>();
  private readonly ready: Promise<unknown>;
  private queued = emptyBatch();
  private flushScheduled = false;
  private nextId = 0;
  private nextWorker = 0;
  private closed = false;

  constructor(threads: number) {
    if (threads < 1) throw new RangeError('a VerifyPool needs at least one thread');
    this.workers = Array.from({ length: threads }, () => new Worker(new URL('./verify-worker.js', import.meta.url)));
    this.ready = Promise.all(this.workers.map((w) => new Promise((resolve) => w.once('message', resolve))));
    for (const w of this.workers) {
      w.on('message', (m: { id?: number; ok?: Uint8Array }) => m.id !== undefined && this.settle(m.id, m.ok!));
      w.on('error', (err) => this.failAll(err));
    }
  }

  /** Resolves true when `signature` is valid for `message` under `publicKey`. */
  verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): Promise<boolean> {
    return new Promise((resolve) => {
      const q = this.queued;
      q.publicKeys.push(publicKey);
      q.messages.push(message);
      q.signatures.push(signature);
      q.resolves.push(resolve);
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.failAll(new Error('verify pool closed'));
  }

  private async flush(): Promise<void> {
    await this.ready;
    this.flushScheduled = false;
    if (this.closed) return;
    const batch = this.queued;
    this.queued = emptyBatch();
    const id = this.nextId++;
    this.inFlight.set(id, batch);
    const worker = this.workers[this.nextWorker++ % this.workers.length]!;
    worker.postMessage({ id, publicKeys: batch.publicKeys, messages: batch.messages, signatures: batch.signatures });
  }

  private settle(id: number, ok: Uint8Array): void {
    const batch = this.inFlight.get(id);
    if (batch === undefined) return;
    this.inFlight.delete(id);
    batch.resolves.forEach((resolve, i) => resolve(ok[i] === 1));
  }

  /** A dead worker or a closed pool answers "not verified": a tx is never accepted unchecked. */
  private failAll(_reason: unknown): void {
    for (const batch of [...this.inFlight.values(), this.queued]) batch.resolves.forEach((resolve) => resolve(false));
    this.inFlight.clear();
    this.queued = emptyBatch();
  }
}
