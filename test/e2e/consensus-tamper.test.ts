/**
 * BFT consensus among 4 real validator processes (`attrib devnet`'s layout,
 * libp2p on 127.0.0.1, real LevelDB) with a hostile relay among them: a fifth,
 * non-validator node (test/support/faulty-node.ts, FAULT_TAMPER_RELAY) that
 * takes part in the consensus topic and, for every proposal it sees,
 * publishes a copy whose body (txs or last_commit) it swapped under the
 * genuine header and signature. Only the header is signed, so such a copy
 * passes every signature check; it must fail on its body.
 *
 * What it shows:
 * - the attack happens: the relay, listed as a peer by every validator,
 *   relays tampered copies, and every validator rejects some of them (its
 *   `p2p.gossip.rejected`) and then cuts the relay off (3 invalid messages
 *   within a minute: docs/p2p.md);
 * - it costs consensus nothing: no validator ever validated a tampered
 *   block in place of the genuine proposal (which would make it prevote nil
 *   and log `proposal is invalid`; a check overtaken by block sync is only a
 *   debug line), every height
 *   was decided in round 0 or 1 (its commit's round, in the next block's
 *   last_commit), and all validators commit the same block at every height.
 *
 * No wall-clock time is asserted: the waits are bounded by heights, and the
 * vitest timeout is only a hang guard for a loaded 2-core machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AttribClient } from '../../src/client/index.js';
import { createLocalnet } from '../../src/node/localnet.js';
import type { NodeProcess } from '../../src/node/spawn.js';
import { startConfiguredNode, startFaultyNode } from '../support/node-process.js';
import { tempDir } from '../support/tmp.js';
import { allReach, heightOf } from '../support/heights.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const min = (xs: bigint[]): bigint => xs.reduce((a, b) => (b < a ? b : a));

/** What faulty-node.ts prints for each tampered copy the relay publishes. */
const TAMPERED = 'fault: relaying a tampered proposal';
/** What a validator logs when the proposal it executed failed (then it prevotes nil). */
const INVALID_PROPOSAL = 'proposal is invalid';
/** What a node logs when it hangs up on a peer for its invalid messages (src/p2p/network.ts). */
const DROPPED = 'dropping a peer';

const count = (text: string, line: string): number => text.split('\n').filter((l) => l.includes(line)).length;

/**
 * Polls until `done()` holds, or until every validator is past `limit`: a
 * bound in blocks, not in time (the assertions after it then say what is
 * missing).
 */
async function untilOrPast(clients: AttribClient[], limit: bigint, done: () => boolean): Promise<void> {
  while (!done()) {
    if (min(await Promise.all(clients.map(heightOf))) > limit) return;
    await sleep(100);
  }
}

describe('BFT consensus with a relay that swaps proposal bodies', () => {
  it('rejects every tampered copy, cuts the relay off, and decides every height in round 0 or 1 with no nil prevote from it', async () => {
    const net = await createLocalnet({ dir: tempDir('attrib-bft-tamper-'), validators: 4, nodes: 5, basePort: 0 });
    expect(net.map((n) => n.validator)).toEqual([true, true, true, true, false]);
    const validatorNodes = net.slice(0, 4);
    const relayNode = net[4]!;
    // Every home lists every other node as a peer: the relay dials the 4 validators and each of them dials it.
    const peersOf = (home: string) => (JSON.parse(readFileSync(join(home, 'config.json'), 'utf8')) as { peers: string[] }).peers;
    expect(peersOf(relayNode.home)).toEqual(expect.arrayContaining(validatorNodes.map((n) => n.p2pAddr)));
    for (const v of validatorNodes) expect(peersOf(v.home)).toContain(relayNode.p2pAddr);

    // The relay first, so that it is listening when the validators start and dial it, before any proposal exists.
    const relay = await startFaultyNode(relayNode.home, { tamperRelay: true });
    const relayClient = new AttribClient(relay.rpcUrl);
    const validators: NodeProcess[] = await Promise.all(validatorNodes.map((n) => startConfiguredNode(n.home)));
    const clients = validators.map((p) => new AttribClient(p.rpcUrl));
    try {
      const relayStatus = await relayClient.status();
      expect(relayStatus.role).toBe('follower');
      const relayId = relayStatus.p2p!.peer_id;
      expect(relayNode.p2pAddr.endsWith(`/p2p/${relayId}`)).toBe(true);
      const statuses = await Promise.all(clients.map((c) => c.status()));
      expect(statuses.map((s) => s.role)).toEqual(['validator', 'validator', 'validator', 'validator']);

      // The attack happens: blocks go on while the relay publishes tampered copies.
      const top = 12n;
      await allReach(clients, top);
      const limit = top + 100n;
      await untilOrPast(clients, limit, () => count(relay.output(), TAMPERED) >= 3);
      expect(count(relay.output(), TAMPERED), 'tampered copies the relay published').toBeGreaterThanOrEqual(3);
      // Each validator rejects tampered copies until it hangs up on the relay (3 within a minute), which
      // also proves the relay was connected to each of them: validators never forward a message they rejected.
      const cutOff = (p: NodeProcess) => p.output().split('\n').some((l) => l.includes(DROPPED) && l.includes(`peer=${relayId}`));
      await untilOrPast(clients, limit, () => validators.every(cutOff));
      const rejected = (await Promise.all(clients.map((c) => c.status()))).map((s) => s.p2p!.gossip.rejected);
      for (const [i, r] of rejected.entries()) expect(r, `gossip messages validator ${i} rejected`).toBeGreaterThanOrEqual(1);
      expect(validators.map(cutOff), 'validators that hung up on the relay').toEqual([true, true, true, true]);

      // Every height of the attack decided in round 0 or 1, and the same block everywhere. Block h + 1's
      // last_commit is h's commit, with the round h was decided in.
      await allReach(clients, top + 1n);
      const last = min(await Promise.all(clients.map(heightOf))) - 1n;
      const rounds: number[] = [];
      for (let h = 1n; h <= last; h++) {
        const blocks = await Promise.all(clients.map((c) => c.getBlock({ height: h })));
        const hashes = blocks.map((b) => b.hash);
        expect(new Set(hashes).size, `block hashes at height ${h}: ${hashes.join(' ')}`).toBe(1);
        const commit = (await clients[0]!.getBlock({ height: h + 1n })).last_commit!;
        expect(commit.height).toBe(h.toString());
        expect(commit.block_hash).toBe(hashes[0]);
        rounds.push(commit.round);
      }
      const late = rounds.map((r, i) => ({ height: i + 1, round: r })).filter((x) => x.round > 1);
      expect(late, 'heights decided after round 1').toEqual([]);

      // A tampered copy never took a proposal's place: no validator executed one and prevoted nil.
      for (const [i, p] of validators.entries()) expect(count(p.output(), INVALID_PROPOSAL), `"${INVALID_PROPOSAL}" lines of validator ${i}`).toBe(0);
    } finally {
      await Promise.all([...clients, relayClient].map((c) => c.close()));
    }
  }, 180_000);
});
