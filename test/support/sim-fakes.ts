/**
 * What the consensus simulation gives the production engine instead of the
 * node's real parts: virtual time (a seeded agenda of callbacks), storage in
 * memory that loses its unsynced tail in a crash as a disk would, and fake
 * signatures — a hash of key and message, cheap to make and check, which
 * nobody can make for a key but with that key.
 */
import type { Clock } from '../../src/consensus/clock.js';
import type { WalStore } from '../../src/consensus/record-log.js';
import type { SignState, SignStateStore } from '../../src/consensus/sign-guard.js';
import { bytesEqual } from '../../src/crypto/bytes.js';
import { sha256 } from '../../src/crypto/hash.js';

interface Scheduled {
  at: number;
  seq: number;
  run: () => void;
  cancelled: boolean;
}

const before = (a: Scheduled, b: Scheduled) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

/** A binary min-heap of callbacks by (time, insertion order): ties run in the order scheduled. It is also the engines' Clock. */
export class Agenda implements Clock {
  private heap: Scheduled[] = [];
  private seq = 0;
  private time = 0;

  now(): number {
    return this.time;
  }

  after(ms: number, run: () => void): () => void {
    const item = { at: this.time + Math.max(0, ms), seq: this.seq++, run, cancelled: false };
    const h = this.heap;
    h.push(item);
    for (let i = h.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (before(h[parent]!, h[i]!)) break;
      [h[parent], h[i]] = [h[i]!, h[parent]!];
      i = parent;
    }
    return () => (item.cancelled = true);
  }

  /** Runs the next callback not cancelled, moving time to it; false when there is none before `deadline`. */
  step(deadline: number): boolean {
    for (;;) {
      const top = this.pop();
      if (top === undefined || top.at > deadline) return false;
      if (top.cancelled) continue;
      this.time = top.at;
      top.run();
      return true;
    }
  }

  private pop(): Scheduled | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    return top;
  }
}

/** A WAL in memory; `crash()` drops what was appended after the last sync, as a power cut would. */
export class MemoryWal implements WalStore {
  private kept: Uint8Array[] = [];
  private synced = 0;
  bytes = 0;
  /** The most bytes it ever held. */
  peakBytes = 0;

  append(payload: Uint8Array, sync: boolean): void {
    this.kept.push(payload.slice());
    this.bytes += payload.length + 8;
    this.peakBytes = Math.max(this.peakBytes, this.bytes);
    if (sync) this.synced = this.kept.length;
  }

  records(): Iterable<Uint8Array> {
    return [...this.kept];
  }

  reset(): void {
    this.kept = [];
    this.synced = 0;
    this.bytes = 0;
  }

  close(): void {}

  crash(): void {
    for (const lost of this.kept.splice(this.synced)) this.bytes -= lost.length + 8;
  }
}

/** The double-sign guard's state in memory (a save is durable at once). */
export class MemorySignState implements SignStateStore {
  private state: SignState | undefined;

  load(): SignState | undefined {
    return this.state;
  }

  save(state: SignState): void {
    this.state = state;
  }
}

/** A 64-byte fake signature of `message` by `key`. */
export function fakeSign(key: Uint8Array, message: Uint8Array): Uint8Array {
  const half = sha256(key, message);
  const out = new Uint8Array(64);
  out.set(half);
  out.set(half, 32);
  return out;
}

export function fakeVerify(key: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  return signature.length === 64 && bytesEqual(signature, fakeSign(key, message));
}
