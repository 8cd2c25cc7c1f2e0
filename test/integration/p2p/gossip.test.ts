/**
 * Gossip into a follower node, from a bare libp2p peer that plays the
 * validator or a misbehaving node: a block with a valid commit is imported,
 * one with a forged commit or garbage bytes is rejected and lowers the
 * sender's score, a tx batch fills the mempool; the node keeps running.
 */
import type { GossipSub } from '@libp2p/gossipsub';
import { describe, expect, it } from 'vitest';
import { signCommit } from '../../../src/chain/commit.js';
import { certifiedBlockCodec, txBatchCodec } from '../../../src/codec/codecs.js';
import { toHex } from '../../../src/crypto/bytes.js';
import { topicsOf } from '../../../src/p2p/topics.js';
import { CHAIN_ID, TestChain, testKey, VALIDATOR } from '../../support/chain.js';
import { addrOf, alice, genesis, leaderChain, startNode, startPeer, until } from './setup.js';

const topics = topicsOf(CHAIN_ID);

describe('gossip into a follower', () => {
  it('imports a block with a valid commit, rejects forged commits and garbage (the sender loses score), and takes gossiped txs', async () => {
    const node = await startNode(testKey('follower'));
    expect(node.isValidator).toBe(false);
    const peer = await startPeer([addrOf(node)]);
    const pubsub = peer.services.pubsub;
    pubsub.subscribe(topics.txs);
    pubsub.subscribe(topics.blocks);
    const nodeId = node.network.host.peerId.toString();
    await until(() => pubsub.getSubscribers(topics.blocks).some((p) => p.toString() === nodeId));
    const gossip = () => node.network.status().gossip;
    const score = () => (node.network.host.services.pubsub as GossipSub & { getScore(id: string): number }).getScore(peer.peerId.toString());

    // The validator's block 1, made outside the node; first with a commit signed by a key outside the set.
    const leader = await leaderChain();
    const block1 = await leader.propose([], 1000n, VALIDATOR);
    const forged = signCommit(CHAIN_ID, 1n, block1.hash, testKey('mallory'));
    await pubsub.publish(topics.blocks, certifiedBlockCodec.encode({ block: block1.block, commit: forged }));
    await until(() => gossip().rejected === 1);
    expect(node.chain.head.height).toBe(0n);
    await until(() => score() < 0); // scores are recomputed on gossipsub's heartbeat

    await pubsub.publish(topics.txs, new Uint8Array([0xff, 0x00, 0x13, 0x37]));
    await until(() => gossip().rejected === 2);

    await leader.commitProposed(block1, VALIDATOR);
    await pubsub.publish(topics.blocks, certifiedBlockCodec.encode({ block: block1.block, commit: (await leader.store.commitOf(1n))! }));
    await until(() => node.chain.head.height === 1n);
    expect(toHex(node.chain.head.blockHash)).toBe(toHex(block1.hash));

    const signer = await TestChain.create(genesis);
    const tx = signer.tx(alice, { payload: 'transfer', transfer: { to: VALIDATOR.address, amount: 5n } });
    await pubsub.publish(topics.txs, txBatchCodec.encode({ txs: [tx.bytes] }));
    await until(() => node.mempool.has(tx.hash));
    expect(gossip()).toMatchObject({ accepted: 2, rejected: 2 });
  });
});
