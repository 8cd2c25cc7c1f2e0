/**
 * A local network of real node processes (`attrib devnet`'s layout: one
 * validator, followers) over libp2p on 127.0.0.1 with real LevelDB: txs
 * submitted to a follower reach the proposer through gossip, every node
 * commits the same blocks, a late node syncs to the tip and then follows,
 * and a node killed with SIGKILL catches up with nothing lost.
 */
import { describe, expect, it } from 'vitest';
import { AttribClient, payloads, send, Wallet } from '../../src/client/index.js';
import type { SubmitResult } from '../../src/client/types.js';
import { DEVNET_DEV } from '../../src/node/devnet.js';
import { createLocalnet, type LocalnetNode } from '../../src/node/localnet.js';
import { startConfiguredNode } from '../support/node-process.js';
import { tempDir } from '../support/tmp.js';
import { allReach, heightOf } from '../support/heights.js';

const dev = Wallet.fromSeed(DEVNET_DEV.seed);

/** The block hash and state root each client reports at `height`: all must be equal. */
async function expectSameBlock(clients: AttribClient[], height: bigint): Promise<void> {
  const blocks = await Promise.all(clients.map((c) => c.getBlock({ height })));
  const seen = blocks.map((b) => [b.hash, b.header.state_root, b.header.payout_root]);
  for (const s of seen) expect(s).toEqual(seen[0]);
}

/** The height a sent tx was committed at. */
function committedHeight(sent: { result: SubmitResult }): bigint {
  if (sent.result.status !== 'committed') throw new Error(`tx not committed: ${JSON.stringify(sent.result)}`);
  return BigInt(sent.result.height);
}

async function localnet(nodes: number): Promise<LocalnetNode[]> {
  return createLocalnet({ dir: tempDir('attrib-net-'), validators: 1, nodes, basePort: 0 });
}

describe('a local network of node processes', () => {
  it('commits a tx submitted to a follower, and all 4 nodes agree on height, block hash and state root', async () => {
    const net = await localnet(4);
    const procs = await Promise.all(net.map((n) => startConfiguredNode(n.home)));
    const clients = procs.map((p) => new AttribClient(p.rpcUrl));
    const statuses = await Promise.all(clients.map((c) => c.status()));
    expect(statuses.map((s) => s.role)).toEqual(['validator', 'follower', 'follower', 'follower']);

    const follower = clients[3]!;
    await allReach(clients, 2n);
    const recipient = Wallet.fromSeed(new Uint8Array(32).fill(9)).address;
    const sent = await send(follower, dev, payloads.transfer(recipient, 12_345n));
    expect(sent.result).toMatchObject({ status: 'committed', ok: true });
    const height = committedHeight(sent);
    await allReach(clients, height);
    await expectSameBlock(clients, height);
    for (const c of clients) expect((await c.getAccount(recipient)).balance).toBe('12345');
    const p2p = (await follower.status()).p2p!;
    expect(p2p.peers).toBeGreaterThanOrEqual(1);
    await Promise.all(clients.map((c) => c.close()));
  }, 60_000);

  it('a node started after 200 blocks syncs to the tip and follows; killed with SIGKILL and restarted, it catches up', async () => {
    const net = await localnet(3);
    const fast = { ATTRIB_BLOCK_TIME_MS: '20' };
    const early = await Promise.all(net.slice(0, 2).map((n) => startConfiguredNode(n.home, fast)));
    const earlyClients = early.map((p) => new AttribClient(p.rpcUrl));
    await allReach(earlyClients, 200n);

    let late = await startConfiguredNode(net[2]!.home, fast);
    let lateClient = new AttribClient(late.rpcUrl);
    const tip = await heightOf(earlyClients[0]!);
    await allReach([lateClient], tip);
    expect(late.output()).toMatch(/synced height=\d+ target=\d+/);
    // Following: it keeps up with new blocks, and a tx sent to it commits everywhere.
    const sent = await send(lateClient, dev, payloads.transfer(Wallet.fromSeed(new Uint8Array(32).fill(3)).address, 7n));
    await allReach([...earlyClients, lateClient], committedHeight(sent));
    await expectSameBlock([...earlyClients, lateClient], committedHeight(sent));

    late.child.kill('SIGKILL');
    await late.exited;
    const before = await heightOf(earlyClients[0]!);
    await allReach(earlyClients, before + 50n);
    late = await startConfiguredNode(net[2]!.home, fast);
    lateClient = new AttribClient(late.rpcUrl);
    expect(await heightOf(lateClient)).toBeGreaterThanOrEqual(committedHeight(sent)); // nothing committed was lost
    const target = await heightOf(earlyClients[0]!);
    await allReach([lateClient], target);
    await expectSameBlock([...earlyClients, lateClient], target);
    await Promise.all([...earlyClients, lateClient].map((c) => c.close()));
  }, 90_000);
});
