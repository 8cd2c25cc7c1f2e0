/**
 * BFT consensus among real validator processes (`attrib devnet`'s layout,
 * 4 validators, libp2p on 127.0.0.1, real LevelDB): they take turns
 * proposing, every block carries a commit of at least 3 of the 4 precommits,
 * a tx sent to any of them is committed, and all agree on every block hash,
 * state root and payout root.
 */
import { describe, expect, it } from 'vitest';
import { AttribClient, payloads, send, Wallet } from '../../src/client/index.js';
import { DEVNET_DEV } from '../../src/node/devnet.js';
import { createLocalnet } from '../../src/node/localnet.js';
import { consensusKeyOf, startConfiguredNode } from '../support/node-process.js';
import { tempDir } from '../support/tmp.js';
import { allReach } from '../support/heights.js';

const dev = Wallet.fromSeed(DEVNET_DEV.seed);

describe('BFT consensus among 4 validator processes', () => {
  it('commits blocks proposed in turn, with +2/3 commits, and every node agrees on each one', async () => {
    const net = await createLocalnet({ dir: tempDir('attrib-bft-'), validators: 4, nodes: 4, basePort: 0 });
    const procs = await Promise.all(net.map((n) => startConfiguredNode(n.home)));
    const clients = procs.map((p) => new AttribClient(p.rpcUrl));
    const statuses = await Promise.all(clients.map((c) => c.status()));
    expect(statuses.map((s) => s.role)).toEqual(['validator', 'validator', 'validator', 'validator']);
    for (const s of statuses) expect(s.consensus).toMatchObject({ height: expect.any(String), round: expect.any(Number), step: expect.any(String) });

    const recipient = Wallet.fromSeed(new Uint8Array(32).fill(7)).address;
    const sent = await send(clients[2]!, dev, payloads.transfer(recipient, 4_321n));
    expect(sent.result).toMatchObject({ status: 'committed', ok: true });
    const top = 8n;
    await allReach(clients, top);

    const proposers = new Set<string>();
    for (let h = 1n; h <= top; h++) {
      const blocks = await Promise.all(clients.map((c) => c.getBlock({ height: h })));
      const seen = blocks.map((b) => [b.hash, b.header.state_root, b.header.payout_root]);
      for (const s of seen) expect(s, `height ${h}`).toEqual(seen[0]);
      proposers.add(blocks[0]!.header.proposer);
      if (h > 1n) expect(blocks[0]!.last_commit!.signatures.length, `last_commit of ${h}`).toBeGreaterThanOrEqual(3);
    }
    expect(proposers.size).toBeGreaterThan(1);
    const balances = await Promise.all(clients.map((c) => c.getAccount(recipient)));
    for (const b of balances) expect(b.balance).toBe('4321');
    await Promise.all(clients.map((c) => c.close()));
  }, 120_000);

  it('keeps committing with 1 of 4 validators killed, and the killed one catches up and votes again after a restart', async () => {
    const net = await createLocalnet({ dir: tempDir('attrib-bft-'), validators: 4, nodes: 4, basePort: 0 });
    const procs = await Promise.all(net.map((n) => startConfiguredNode(n.home)));
    const clients = procs.map((p) => new AttribClient(p.rpcUrl));
    await allReach(clients, 3n);
    procs[3]!.child.kill('SIGKILL');
    await procs[3]!.exited;
    const live = clients.slice(0, 3);
    const at = BigInt((await live[0]!.status()).height);
    await allReach(live, at + 4n); // 3 of 4 equal stakes are more than 2/3

    const restarted = await startConfiguredNode(net[3]!.home);
    const back = new AttribClient(restarted.rpcUrl);
    const target = at + 8n;
    await allReach([...live, back], target);
    const blocks = await Promise.all([...live, back].map((c) => c.getBlock({ height: target })));
    expect(new Set(blocks.map((b) => b.hash)).size).toBe(1);
    // Back in consensus: its precommit is among the signatures of a later block's last_commit.
    const key = consensusKeyOf(net[3]!.home);
    let signedBy = false;
    // Within 20 heights: on a loaded machine a validator just caught up can stay a height behind for a few blocks of 100 ms.
    for (let h = target + 1n; !signedBy && h <= target + 20n; h++) {
      await allReach([back], h);
      signedBy = (await back.getBlock({ height: h })).last_commit!.signatures.some((sig) => sig.validator === key);
    }
    expect(signedBy).toBe(true);
    await Promise.all([...live, back].map((c) => c.close()));
  }, 120_000);
});
