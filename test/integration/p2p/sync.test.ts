/**
 * The block sync protocol against nodes in this process: ranges are capped
 * at MAX_SYNC_BLOCKS, a malformed request only costs its own stream, a
 * client refuses an answer whose blocks are out of order, and a follower
 * refuses synced blocks that do not verify.
 */
import { lpStream } from '@libp2p/utils';
import { multiaddr } from '@multiformats/multiaddr';
import { describe, expect, it } from 'vitest';
import { signCommit } from '../../../src/chain/commit.js';
import { certifiedBlockCodec, syncRequestCodec, syncStatusCodec } from '../../../src/codec/codecs.js';
import { blockHash } from '../../../src/codec/hashes.js';
import type { CertifiedBlock, Header } from '../../../src/codec/types.js';
import { toHex } from '../../../src/crypto/bytes.js';
import { MAX_SYNC_BLOCKS, requestBlocks } from '../../../src/p2p/sync.js';
import { syncProtocolOf } from '../../../src/p2p/topics.js';
import { CHAIN_ID, testKey, VALIDATOR } from '../../support/chain.js';
import { addrOf, leaderChain, startNode, startPeer, until } from './setup.js';

const protocol = syncProtocolOf(CHAIN_ID);

describe('block sync', () => {
  it('serves at most MAX_SYNC_BLOCKS blocks with their commits, survives a garbage request, and a client refuses blocks out of order', async () => {
    const node = await startNode(undefined, { blockTimeMs: 5 });
    await until(() => node.chain.head.height > BigInt(MAX_SYNC_BLOCKS) + 5n);
    const peer = await startPeer([]);
    const nodeAddr = multiaddr(addrOf(node));
    await peer.dial(nodeAddr);

    const fetch = async (from: bigint, max?: number) => {
      const got: CertifiedBlock[] = [];
      const { height } = await requestBlocks(peer, protocol, node.network.host.peerId, from, async (b) => void got.push(b), max);
      return { height, blocks: got };
    };
    const { height, blocks } = await fetch(1n, 10_000);
    expect(height).toBeGreaterThan(BigInt(MAX_SYNC_BLOCKS));
    expect(blocks.map((b) => b.block!.header!.height)).toEqual(Array.from({ length: MAX_SYNC_BLOCKS }, (_, i) => BigInt(i + 1)));
    expect(blocks.every((b) => b.commit!.height === b.block!.header!.height)).toBe(true);
    const tail = await fetch(height, 3);
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
    await expect(requestBlocks(victim, '/evil/sync/1', peer.peerId, 1n, async () => undefined)).rejects.toMatchObject({ code: 'SYNC_FAILED' });
  });

  it('a follower refuses synced blocks whose commit, state root or payout root does not verify, strikes their server, and takes the honest chain', async () => {
    const leader = await leaderChain();
    const honest: CertifiedBlock[] = [];
    for (let h = 1n; h <= 3n; h++) {
      const executed = await leader.propose([], h * 1000n, VALIDATOR);
      await leader.commitProposed(executed, VALIDATOR);
      honest.push({ block: executed.block, commit: (await leader.store.commitOf(h))! });
    }
    /** Block 2 changed by `change`, with a commit the validator signs for the changed block (so only re-execution can catch it). */
    const resigned = (change: (h: Header) => Header): CertifiedBlock => {
      const header = change(honest[1]!.block!.header!);
      return { block: { ...honest[1]!.block!, header }, commit: signCommit(CHAIN_ID, 2n, blockHash(header), VALIDATOR) };
    };
    const variants: [what: string, blocks: CertifiedBlock[]][] = [
      ['a commit signed by a key outside the set', [honest[0]!, { ...honest[1]!, commit: signCommit(CHAIN_ID, 2n, blockHash(honest[1]!.block!.header!), testKey('mallory')) }]],
      ['a commit for another block', [honest[0]!, { ...honest[1]!, commit: honest[2]!.commit }]],
      ['a wrong state root', [honest[0]!, resigned((h) => ({ ...h, stateRoot: new Uint8Array(32).fill(1) }))]],
      ['a wrong payout root', [honest[0]!, resigned((h) => ({ ...h, payoutRoot: new Uint8Array(32).fill(2) }))]],
    ];

    const follower = await startNode(testKey('follower'));
    /** A peer serving `served.blocks` as the chain up to height 3; one per variant, each a fresh peer id. */
    const server = async (blocks: CertifiedBlock[]) => {
      const peer = await startPeer([]);
      const served = { count: 0, blocks };
      await peer.handle(protocol, async (stream) => {
        const lp = lpStream(stream);
        const { fromHeight } = syncRequestCodec.decode((await lp.read()).subarray());
        await lp.write(syncStatusCodec.encode({ height: 3n }));
        for (const b of served.blocks.filter((x) => x.block!.header!.height >= fromHeight)) await lp.write(certifiedBlockCodec.encode(b));
        await stream.close();
        served.count++;
      });
      await peer.dial(multiaddr(addrOf(follower)));
      return { peer, served };
    };
    const syncOnce = async (s: Awaited<ReturnType<typeof server>>) => {
      const before = s.served.count;
      await until(() => !follower.network.status().syncing);
      follower.network.catchUp(s.peer.peerId);
      await until(() => s.served.count > before && !follower.network.status().syncing);
    };
    const servers: Awaited<ReturnType<typeof server>>[] = [];
    for (const [what, blocks] of variants) {
      servers.push(await server(blocks));
      await syncOnce(servers.at(-1)!);
      expect(follower.chain.head.height, what).toBe(1n); // block 1 (honest) got in, block 2 did not
    }
    // A server of bad blocks is struck each time, and dropped (and refused: gossip.test.ts) at the third strike.
    const liar = await server(variants[2]![1]);
    const connected = () => follower.network.host.getPeers().some((p) => p.equals(liar.peer.peerId));
    while (connected()) {
      await until(() => !follower.network.status().syncing);
      follower.network.catchUp(liar.peer.peerId);
      await until(() => !follower.network.status().syncing);
    }
    expect(liar.served.count).toBeLessThanOrEqual(3); // the connection's own catch-up and those asked here, at most 3 strikes
    // The first of them turns honest (one more fresh peer would hit libp2p's limit of new connections per second from one host).
    servers[0]!.served.blocks = honest;
    await syncOnce(servers[0]!);
    await until(() => follower.chain.head.height === 3n);
    expect(toHex(follower.chain.head.stateRoot)).toBe(toHex(leader.head.stateRoot));
  });
});
