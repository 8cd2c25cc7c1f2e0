/**
 * A bare libp2p peer that tries what the audit of issue 18 found free, each
 * against a real node in this process (real TCP, LevelDB), and what each now
 * costs it:
 * - batches of 1 024 txs from unfunded keys (finding 1): no signature is
 *   checked for them, they earn nothing, and after three such batches the
 *   peer is dropped; a batch with one new tx among useless ones goes on only
 *   as that tx, in the node's own batch;
 * - a block "ahead" with a commit the set did not sign (finding 2): rejected,
 *   and no catch-up starts from it — while a genuine one does start one;
 * - a gossiped block whose commit is genuine but whose re-execution fails
 *   (finding 3): rejected, where it used to be ignored.
 */
import { lpStream } from '@libp2p/utils';
import { describe, expect, it } from 'vitest';
import { signCommit } from '../../../src/chain/commit.js';
import { certifiedBlockCodec, syncRequestCodec, syncStatusCodec, txBatchCodec } from '../../../src/codec/codecs.js';
import { blockHash } from '../../../src/codec/hashes.js';
import type { CertifiedBlock } from '../../../src/codec/types.js';
import { toHex } from '../../../src/crypto/bytes.js';
import { MIN_JUDGED } from '../../../src/p2p/peer-scores.js';
import { syncProtocolOf, topicsOf } from '../../../src/p2p/topics.js';
import { CHAIN_ID, TestChain, testKey, VALIDATOR } from '../../support/chain.js';
import { addrOf, alice, genesis, leaderChain, startNode, startPeer, until } from './setup.js';

const topics = topicsOf(CHAIN_ID);

describe('a hostile peer', () => {
  it('pays for batches of useless txs: nothing is forwarded but what the node admitted, and the peer is dropped', async () => {
    const node = await startNode(); // the validator
    const nodeId = node.network.host.peerId.toString();
    const hostile = await startPeer([addrOf(node)]);
    const watcher = await startPeer([addrOf(node)]); // an honest neighbour that sees what the node gossips
    for (const p of [hostile, watcher]) p.services.pubsub.subscribe(topics.txs);
    await until(() => [hostile, watcher].every((p) => p.services.pubsub.getSubscribers(topics.txs).some((s) => s.toString() === nodeId)));
    const seen: Uint8Array[][] = [];
    // Bare peers validate asynchronously too: every message they get is a gossipsub:message event.
    watcher.services.pubsub.addEventListener('gossipsub:message', (e) => {
      if (e.detail.msg.topic === topics.txs) seen.push(txBatchCodec.decode(e.detail.msg.data).txs);
    });

    // One new tx among 1 023 from keys that hold nothing: the watcher gets the new tx alone, in the node's batch.
    const funded = await TestChain.create(genesis);
    const good = funded.tx(alice, { payload: 'transfer', transfer: { to: VALIDATOR.address, amount: 5n } });
    const strangers = await TestChain.create(genesis);
    const useless = (n: number, salt: string) =>
      Array.from({ length: n }, (_, i) => strangers.tx(testKey(`${salt} ${i}`), { payload: 'transfer', transfer: { to: alice.address, amount: 1n } }).bytes);
    await hostile.services.pubsub.publish(topics.txs, txBatchCodec.encode({ txs: [...useless(1_023, 'first'), good.bytes] }));
    await until(() => seen.some((batch) => batch.some((tx) => toHex(tx) === toHex(good.bytes))));
    expect(seen.flat().map(toHex)).toEqual([toHex(good.bytes)]);
    expect(node.network.status().gossip).toMatchObject({ rejected: 0, accepted: 0 });

    // Batches of nothing but txs from unfunded keys: each is ignored, and MIN_JUDGED-odd useless txs are a strike.
    const connected = () => hostile.getConnections().some((c) => c.remotePeer.toString() === nodeId);
    expect(MIN_JUDGED).toBeLessThanOrEqual(1_024);
    for (let i = 0; i < 3 && connected(); i++) {
      await hostile.services.pubsub.publish(topics.txs, txBatchCodec.encode({ txs: useless(1_024, `batch ${i}`) }));
      await until(() => node.network.status().gossip.ignored >= i + 2 || !connected()); // the third strike may drop it before this batch
    }
    await until(() => !connected());
    expect(seen.flat()).toHaveLength(1); // none of them went on
    expect(node.mempool.size).toBeLessThanOrEqual(1);
    const height = node.chain.head.height;
    await until(() => node.chain.head.height > height + 2n); // the validator commits on
  }, 90_000);

  it('rejects an announcement ahead whose commit the set did not sign, starting no catch-up, while a genuine one starts one', async () => {
    const leader = await leaderChain();
    const chain: CertifiedBlock[] = [];
    for (let h = 1n; h <= 7n; h++) {
      const executed = await leader.propose([], h * 1000n, VALIDATOR);
      await leader.commitProposed(executed, VALIDATOR);
      chain.push({ block: executed.block, commit: (await leader.store.commitOf(h))! });
    }
    const follower = await startNode(testKey('follower'));
    const followerId = follower.network.host.peerId.toString();
    const hostile = await startPeer([addrOf(follower)]);
    const requests = { count: 0, upTo: 5n };
    await hostile.handle(syncProtocolOf(CHAIN_ID), async (stream) => {
      requests.count++;
      const lp = lpStream(stream);
      const { fromHeight } = syncRequestCodec.decode((await lp.read()).subarray());
      await lp.write(syncStatusCodec.encode({ height: requests.upTo }));
      for (const b of chain.filter((x) => x.block!.header!.height >= fromHeight && x.block!.header!.height <= requests.upTo)) await lp.write(certifiedBlockCodec.encode(b));
      await stream.close();
    });
    hostile.services.pubsub.subscribe(topics.blocks);
    await until(() => hostile.services.pubsub.getSubscribers(topics.blocks).some((s) => s.toString() === followerId));
    await until(() => follower.chain.head.height === 5n); // it caught up from the peer on connecting
    const before = requests.count;

    // Block 9 of nobody's chain, with the validator's real signature over another block's precommit.
    const fake = { ...chain[4]!.block!, header: { ...chain[4]!.block!.header!, height: 9n } };
    const forged = { ...chain[4]!.commit!, height: 9n, blockHash: blockHash(fake.header) }; // block 5's signatures
    await hostile.services.pubsub.publish(topics.blocks, certifiedBlockCodec.encode({ block: fake, commit: forged }));
    await until(() => follower.network.status().gossip.rejected === 1);
    expect(requests.count).toBe(before);
    expect(follower.network.status().syncing).toBe(false);

    // Block 7 with its genuine commit: the follower catches up from its announcer.
    requests.upTo = 7n;
    await hostile.services.pubsub.publish(topics.blocks, certifiedBlockCodec.encode(chain[6]!));
    await until(() => follower.chain.head.height === 7n);
    expect(requests.count).toBeGreaterThan(before);

    // Block 1 of the chain re-signed after its state root was changed: its commit is the validator's own, its execution fails.
    const tampered = { ...chain[0]!.block!, header: { ...chain[0]!.block!.header!, stateRoot: new Uint8Array(32).fill(7) } };
    const other = await startNode(testKey('other follower'));
    const otherId = other.network.host.peerId.toString();
    const relay = await startPeer([addrOf(other)]);
    relay.services.pubsub.subscribe(topics.blocks);
    await until(() => relay.services.pubsub.getSubscribers(topics.blocks).some((s) => s.toString() === otherId));
    await relay.services.pubsub.publish(topics.blocks, certifiedBlockCodec.encode({ block: tampered, commit: signCommit(CHAIN_ID, 1n, blockHash(tampered.header), VALIDATOR) }));
    await until(() => other.network.status().gossip.rejected === 1);
    expect(other.chain.head.height).toBe(0n);
  });
});
