/**
 * Block sync (docs/p2p.md "Block sync"): a request/response protocol of
 * length-prefixed protobuf frames. The client sends a SyncRequest{from_height,
 * max_blocks}; the server answers SyncStatus{its height}, then one
 * CertifiedBlock per height from `from_height` — at most
 * min(max_blocks, MAX_SYNC_BLOCKS) and MAX_RESPONSE_BYTES — and closes. The
 * client hands each block to the importer (commit check, re-execution)
 * before it reads the next, so at most one frame of a peer is held unchecked.
 *
 * Bounds: a server answers at most SERVE_BURST requests of one peer at once
 * and SERVE_PER_SECOND a second after that (a token bucket per peer; over it
 * the stream is dropped); a client gives up on a frame after FRAME_TIMEOUT_MS
 * and on a response after RESPONSE_TIMEOUT_MS (SYNC_TIMEOUT, the caller
 * marks the peer slow).
 */
import type { Connection, Libp2p, PeerId, Stream } from '@libp2p/interface';
import { lpStream } from '@libp2p/utils';
import { certifiedBlockCodec, syncRequestCodec, syncStatusCodec } from '../codec/codecs.js';
import type { CertifiedBlock } from '../codec/types.js';
import type { LevelStore } from '../store/level-store.js';
import { P2pError } from './errors.js';

/** Most blocks one response carries. */
export const MAX_SYNC_BLOCKS = 64;
/** A frame: one block (max_block_bytes is far below this) with its commit. */
export const MAX_FRAME_BYTES = 16 << 20;
/** Most bytes of blocks one response carries (a response's first block is sent whatever its size). */
export const MAX_RESPONSE_BYTES = 64 << 20;
/** Requests one peer may make at once, and per second after that. */
export const SERVE_BURST = 8;
export const SERVE_PER_SECOND = 4;
const FRAME_TIMEOUT_MS = 5_000;
const RESPONSE_TIMEOUT_MS = 30_000;
/** Peers whose request buckets are remembered (the least recently seen go). */
const MAX_BUCKETS = 4_096;

/** Per-peer token buckets: SERVE_BURST at once, refilled at SERVE_PER_SECOND. */
export class RequestLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes one request of `peer`; false when it is over its rate. */
  take(peer: string): boolean {
    const t = this.now();
    const b = this.buckets.get(peer) ?? { tokens: SERVE_BURST, at: t };
    this.buckets.delete(peer);
    b.tokens = Math.min(SERVE_BURST, b.tokens + ((t - b.at) * SERVE_PER_SECOND) / 1000);
    b.at = t;
    const ok = b.tokens >= 1;
    if (ok) b.tokens -= 1;
    if (this.buckets.size >= MAX_BUCKETS) this.buckets.delete(this.buckets.keys().next().value!);
    this.buckets.set(peer, b);
    return ok;
  }
}

/** Serves block ranges from the store, within each peer's request rate and the response limits. */
export function serveSync(store: LevelStore, head: () => bigint, limiter = new RequestLimiter()): (stream: Stream, connection: Connection) => Promise<void> {
  return async (stream, connection) => {
    if (!limiter.take(connection.remotePeer.toString())) {
      stream.abort(new P2pError('SYNC_FAILED', 'too many sync requests'));
      return;
    }
    const signal = AbortSignal.timeout(RESPONSE_TIMEOUT_MS);
    try {
      const lp = lpStream(stream, { maxDataLength: MAX_FRAME_BYTES });
      const request = syncRequestCodec.decode((await lp.read({ signal })).subarray());
      const height = head();
      await lp.write(syncStatusCodec.encode({ height }), { signal });
      const from = request.fromHeight < 1n ? 1n : request.fromHeight;
      // At most the asked-for count and the cap, and nothing above the height just reported.
      const asked = BigInt(Math.min(request.maxBlocks, MAX_SYNC_BLOCKS));
      const count = height - from + 1n < asked ? height - from + 1n : asked;
      let bytes = 0;
      for await (const certified of store.certifiedBlocks(from, count)) {
        const frame = certifiedBlockCodec.encode(certified);
        if (bytes > 0 && bytes + frame.length > MAX_RESPONSE_BYTES) break;
        bytes += frame.length;
        await lp.write(frame, { signal });
      }
      await stream.close({ signal });
    } catch (err) {
      stream.abort(err as Error); // a malformed or stalled request: drop the stream, nothing else
    }
  };
}

/**
 * Asks `peer` for blocks from `fromHeight` and hands each, in order, to
 * `take` before reading the next; returns the peer's height and how many
 * blocks it sent. Throws SYNC_FAILED for an answer out of order or over the
 * limits, or what `take` throws; a stalled peer ends it with a timeout
 * (an AbortError or TimeoutError).
 */
export async function requestBlocks(
  host: Libp2p,
  protocol: string,
  peer: PeerId,
  fromHeight: bigint,
  take: (block: CertifiedBlock) => Promise<void>,
  maxBlocks = MAX_SYNC_BLOCKS,
): Promise<{ height: bigint; received: number }> {
  const whole = AbortSignal.timeout(RESPONSE_TIMEOUT_MS);
  const frameSignal = () => AbortSignal.any([whole, AbortSignal.timeout(FRAME_TIMEOUT_MS)]);
  const stream = await host.dialProtocol(peer, protocol, { signal: frameSignal() });
  try {
    const lp = lpStream(stream, { maxDataLength: MAX_FRAME_BYTES });
    await lp.write(syncRequestCodec.encode({ fromHeight, maxBlocks }), { signal: frameSignal() });
    const { height } = syncStatusCodec.decode((await lp.read({ signal: frameSignal() })).subarray());
    let received = 0;
    let bytes = 0;
    for (;;) {
      let frame: Uint8Array;
      try {
        frame = (await lp.read({ signal: frameSignal() })).subarray();
      } catch (err) {
        if ((err as Error).name === 'UnexpectedEOFError') break; // the server closed: end of the response
        throw err;
      }
      bytes += frame.length;
      if (received > 0 && bytes > MAX_RESPONSE_BYTES) throw new P2pError('SYNC_FAILED', `peer sent more than ${MAX_RESPONSE_BYTES} bytes in one response`);
      const block = certifiedBlockCodec.decode(frame);
      const expected = fromHeight + BigInt(received);
      if (block.block?.header?.height !== expected || received === maxBlocks) {
        throw new P2pError('SYNC_FAILED', `peer sent block ${block.block?.header?.height ?? '?'} where ${expected} was due`);
      }
      await take(block);
      received++;
    }
    return { height, received };
  } finally {
    await stream.close().catch(() => undefined);
  }
}
