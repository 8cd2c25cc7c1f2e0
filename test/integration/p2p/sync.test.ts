/**
 * The block sync protocol against a validator node in this process: ranges
 * are capped at MAX_SYNC_BLOCKS, a malformed request only costs its own
 * stream, and a client refuses an answer whose blocks are out of order.
 */
import { lpStream } from '@libp2p/utils';
import { multiaddr } from '@multiformats/multiaddr';
import { describe, expect, it } from 'vitest';
import { certifiedBlockCodec, syncStatusCodec } from '../../../src/codec/codecs.js';
import { MAX_SYNC_BLOCKS, requestBlocks } from '../../../src/p2p/sync.js';
import { syncProtocolOf } from '../../../src/p2p/topics.js';
import { CHAIN_ID } from '../../support/chain.js';
import { addrOf, startNode, startPeer, until } from './setup.js';

const protocol = syncProtocolOf(CHAIN_ID);

describe('block sync', () => {
  it('serves at most MAX_SYNC_BLOCKS blocks with their commits, survives a garbage request, and a client refuses blocks out of order', async () => {
    const node = await startNode(undefined, { blockTimeMs: 5 });
    await until(() => node.chain.head.height > BigInt(MAX_SYNC_BLOCKS) + 5n);
    const peer = await startPeer([]);
    const nodeAddr = multiaddr(addrOf(node));
    await peer.dial(nodeAddr);

    const { height, blocks } = await requestBlocks(peer, protocol, node.network.host.peerId, 1n, 10_000);
    expect(height).toBeGreaterThan(BigInt(MAX_SYNC_BLOCKS));
    expect(blocks.map((b) => b.block!.header!.height)).toEqual(Array.from({ length: MAX_SYNC_BLOCKS }, (_, i) => BigInt(i + 1)));
    expect(blocks.every((b) => b.commit!.height === b.block!.header!.height)).toBe(true);
    const tail = await requestBlocks(peer, protocol, node.network.host.peerId, height, 3);
    expect(tail.blocks[0]!.block!.header!.height).toBe(height);

    // Garbage instead of a SyncRequest: the stream is dropped, the node carries on.
    const stream = await peer.dialProtocol(node.network.host.peerId, protocol);
    await lpStream(stream).write(new Uint8Array([0xde, 0xad, 0xbe, 0xef]));
    await expect(lpStream(stream).read()).rejects.toThrow();
    const before = node.chain.head.height;
    await until(() => node.chain.head.height > before);

    // A server that answers block 2 where 1 is due.
    await peer.handle('/evil/sync/1', async (s) => {
      const lp = lpStream(s);
      await lp.read();
      await lp.write(syncStatusCodec.encode({ height: 5n }));
      await lp.write(certifiedBlockCodec.encode(blocks[1]!));
      await s.close();
    });
    const victim = await startPeer([]);
    await victim.dial(peer.getMultiaddrs()[0]!);
    await expect(requestBlocks(victim, '/evil/sync/1', peer.peerId, 1n)).rejects.toMatchObject({ code: 'SYNC_FAILED' });
  });
});
