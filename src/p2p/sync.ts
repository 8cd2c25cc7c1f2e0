/**
 * Block sync (docs/p2p.md): a request/response protocol of length-prefixed
 * protobuf frames. The client sends a SyncRequest{from_height, max_blocks};
 * the server answers SyncStatus{its height}, then one CertifiedBlock per
 * height from `from_height`, at most min(max_blocks, MAX_SYNC_BLOCKS), and
 * closes. A node that is behind asks again from its new head until it
 * reaches the height its peers report; each block goes through the
 * importer (commit check, re-execution) like a gossiped one.
 */
import type { Libp2p, PeerId, Stream } from '@libp2p/interface';
import { lpStream } from '@libp2p/utils';
import { certifiedBlockCodec, syncRequestCodec, syncStatusCodec } from '../codec/codecs.js';
import type { CertifiedBlock } from '../codec/types.js';
import type { LevelStore } from '../store/level-store.js';
import { P2pError } from './errors.js';

/** Most blocks one response carries. */
export const MAX_SYNC_BLOCKS = 64;
/** A frame: one block (max_block_bytes is far below this) with its commit. */
export const MAX_FRAME_BYTES = 16 << 20;
/** A peer that does not answer within this is given up on for this round. */
const SYNC_TIMEOUT_MS = 15_000;

/** Serves block ranges from the store. */
export function serveSync(store: LevelStore, head: () => bigint): (stream: Stream) => Promise<void> {
  return async (stream) => {
    const signal = AbortSignal.timeout(SYNC_TIMEOUT_MS);
    try {
      const lp = lpStream(stream, { maxDataLength: MAX_FRAME_BYTES });
      const request = syncRequestCodec.decode((await lp.read({ signal })).subarray());
      const height = head();
      await lp.write(syncStatusCodec.encode({ height }), { signal });
      const from = request.fromHeight < 1n ? 1n : request.fromHeight;
      // At most the asked-for count and the cap, and nothing above the height just reported.
      const asked = BigInt(Math.min(request.maxBlocks, MAX_SYNC_BLOCKS));
      const count = height - from + 1n < asked ? height - from + 1n : asked;
      for await (const certified of store.certifiedBlocks(from, count)) {
        await lp.write(certifiedBlockCodec.encode(certified), { signal });
      }
      await stream.close({ signal });
    } catch (err) {
      stream.abort(err as Error); // a malformed or stalled request: drop the stream, nothing else
    }
  };
}

/** Asks `peer` for blocks from `fromHeight`; returns its height and the blocks, checked for order. */
export async function requestBlocks(
  host: Libp2p,
  protocol: string,
  peer: PeerId,
  fromHeight: bigint,
  maxBlocks = MAX_SYNC_BLOCKS,
): Promise<{ height: bigint; blocks: CertifiedBlock[] }> {
  const signal = AbortSignal.timeout(SYNC_TIMEOUT_MS);
  const stream = await host.dialProtocol(peer, protocol, { signal });
  try {
    const lp = lpStream(stream, { maxDataLength: MAX_FRAME_BYTES });
    await lp.write(syncRequestCodec.encode({ fromHeight, maxBlocks }), { signal });
    const { height } = syncStatusCodec.decode((await lp.read({ signal })).subarray());
    const blocks: CertifiedBlock[] = [];
    for (;;) {
      let frame: Uint8Array;
      try {
        frame = (await lp.read({ signal })).subarray();
      } catch (err) {
        if ((err as Error).name === 'UnexpectedEOFError') break; // the server closed: end of the response
        throw err;
      }
      const block = certifiedBlockCodec.decode(frame);
      const expected = fromHeight + BigInt(blocks.length);
      if (block.block?.header?.height !== expected || blocks.length === maxBlocks) {
        throw new P2pError('SYNC_FAILED', `peer sent block ${block.block?.header?.height ?? '?'} where ${expected} was due`);
      }
      blocks.push(block);
    }
    return { height, blocks };
  } finally {
    await stream.close().catch(() => undefined);
  }
}
