/**
 * Gossip into a follower node, from a bare libp2p peer that plays the
 * validator or a misbehaving node: a block with a valid commit is imported,
 * one with a forged commit or garbage bytes is rejected and lowers the
 * sender's score, a tx batch fills the mempool; a peer that keeps sending
 * invalid messages is dropped and refused; the node keeps running.
 */
import type { GossipSub } from '@libp2p/gossipsub';
import { multiaddr } from '@multiformats/multiaddr';
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
    expect(gossip()).toMatchObject({ accepted: 1, rejected: 2 }); // a tx batch is never forwarded as is: the node re-batches what it admitted
  });

  it('drops a peer that sends garbage, an oversized batch and a wrongly signed tx, and refuses it after; the validator keeps committing', async () => {
    const node = await startNode(); // the validator
    const peer = await startPeer([addrOf(node)]);
    const pubsub = peer.services.pubsub;
    pubsub.subscribe(topics.txs);
    const nodeId = node.network.host.peerId.toString();
    await until(() => pubsub.getSubscribers(topics.txs).some((p) => p.toString() === nodeId));
    const connected = () => peer.getConnections().some((c) => c.remotePeer.toString() === nodeId);

    const signer = await TestChain.create(genesis);
    const tx = signer.tx(alice, { payload: 'transfer', transfer: { to: VALIDATOR.address, amount: 5n } });
    const forged = txBatchCodec.encode({ txs: [Uint8Array.from(tx.bytes, (b, i) => (i === tx.bytes.length - 1 ? b ^ 1 : b))] }); // last signature byte flipped
    await pubsub.publish(topics.txs, new Uint8Array([0x0a, 0xff, 0xff]));
    await pubsub.publish(topics.txs, new Uint8Array(2 << 20).fill(0x0a));
    await pubsub.publish(topics.txs, forged);
    await until(() => node.network.status().gossip.rejected === 3);
    await until(() => !connected());
    // Dialling back in: the node refuses the connection once it is encrypted, so it closes again at once.
    await peer.dial(multiaddr(addrOf(node))).catch(() => undefined);
    await until(() => !connected());
    expect(node.network.host.getConnections(peer.peerId)).toHaveLength(0);
    expect(node.mempool.has(tx.hash)).toBe(false);

    const height = node.chain.head.height;
    await until(() => node.chain.head.height > height + 2n);
  });
});
