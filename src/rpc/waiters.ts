/**
 * Clients waiting for their tx to be committed (`tx_submit` with wait
 * "commit"). One listener on the node's block announcements serves every
 * waiter, looked up by tx hash, so the cost per block is one map lookup per
 * tx in it. A waiter must be registered before its tx enters the mempool:
 * the block that includes it may be announced before `add` returns.
 */
import type { StoredTxResult } from '../codec/types.js';
import { bytesKey } from '../crypto/bytes.js';
import type { ChainEvents, CommittedBlockEvent, DroppedTxEvent } from '../node/events.js';

export type TxOutcome =
  | { kind: 'committed'; height: bigint; result: StoredTxResult }
  /** The producer left it out of a block: it could never be valid now (e.g. its fee is no longer payable). */
  | { kind: 'dropped'; code: string; message: string };

export interface TxWaiter {
  /** What became of the tx, or undefined on timeout, cancel or close. */
  done: Promise<TxOutcome | undefined>;
  cancel(): void;
}

interface Entry {
  resolve(value: TxOutcome | undefined): void;
  timer: NodeJS.Timeout;
}

export class TxWaiters {
  private readonly waiting = new Map<string, Set<Entry>>();

  private readonly onBlock = (e: CommittedBlockEvent): void => {
    if (this.waiting.size === 0) return;
    for (const result of e.results.txs) {
      const entries = this.waiting.get(bytesKey(result.hash));
      if (entries === undefined) continue;
      for (const entry of entries) this.finish(result.hash, entry, { kind: 'committed', height: e.height, result });
    }
  };

  private readonly onDropped = (e: DroppedTxEvent): void => {
    for (const entry of this.waiting.get(bytesKey(e.hash)) ?? []) {
      this.finish(e.hash, entry, { kind: 'dropped', code: e.code, message: e.message });
    }
  };

  constructor(private readonly events: ChainEvents) {
    events.on('block', this.onBlock);
    events.on('dropped', this.onDropped);
  }

  get size(): number {
    let n = 0;
    for (const set of this.waiting.values()) n += set.size;
    return n;
  }

  wait(hash: Uint8Array, timeoutMs: number): TxWaiter {
    const key = bytesKey(hash);
    let entry!: Entry;
    const done = new Promise<TxOutcome | undefined>((resolve) => {
      entry = { resolve, timer: setTimeout(() => this.finish(hash, entry, undefined), timeoutMs) };
    });
    let set = this.waiting.get(key);
    if (set === undefined) this.waiting.set(key, (set = new Set()));
    set.add(entry);
    return { done, cancel: () => this.finish(hash, entry, undefined) };
  }

  /** Resolves every waiter with undefined and stops listening. */
  close(): void {
    this.events.off('block', this.onBlock);
    this.events.off('dropped', this.onDropped);
    for (const set of this.waiting.values()) {
      for (const entry of set) {
        clearTimeout(entry.timer);
        entry.resolve(undefined);
      }
    }
    this.waiting.clear();
  }

  private finish(hash: Uint8Array, entry: Entry, value: TxOutcome | undefined): void {
    const key = bytesKey(hash);
    const set = this.waiting.get(key);
    if (set === undefined || !set.delete(entry)) return;
    if (set.size === 0) this.waiting.delete(key);
    clearTimeout(entry.timer);
    entry.resolve(value);
  }
}
