/**
 * Honest peers survive real load (issue 18): transfers sent at a fixed rate,
 * well below what 4 validators commit, to all 4 validator processes at once
 * (each sender's txs to one node, so every tx reaches the others by gossip,
 * often after the block that holds it). No validator rejects a message or
 * drops a peer, and every tx is committed. The priced-blocks issue runs the
 * same under the payload mix.
 */
import { describe, expect, it } from 'vitest';
import { AttribClient } from '../../src/client/index.js';
import { createLocalnet, LOCALNET_CHAIN_ID } from '../../src/node/localnet.js';
import { driveLoad } from '../../bench/load.js';
import { transferWorkload } from '../../bench/workload.js';
import { startConfiguredNode } from '../support/node-process.js';
import { tempDir } from '../support/tmp.js';

const RATE = 100;
const TXS = 1_500;
const quiet = () => undefined;

describe('4 validators under steady transfers', () => {
  it(`commit ${TXS} transfers sent at ${RATE} tx/s across all four, and no honest peer is struck or dropped`, async () => {
    const workload = transferWorkload(LOCALNET_CHAIN_ID, TXS, quiet);
    const net = await createLocalnet({ dir: tempDir('attrib-load-'), validators: 4, nodes: 4, basePort: 0, accounts: workload.accounts });
    const nodes = await Promise.all(net.map((n) => startConfiguredNode(n.home)));
    const clients = nodes.map((p) => new AttribClient(p.rpcUrl));
    try {
      const result = await driveLoad(nodes.map((n) => n.rpcUrl), workload.txs, quiet, { rate: RATE });
      expect(result.committed).toBe(TXS);
      expect(result.failed).toEqual({});
      for (const [i, c] of clients.entries()) {
        const status = await c.status();
        expect(status.p2p!.gossip.rejected, `messages validator ${i} rejected`).toBe(0);
        expect(status.p2p!.peers, `peers of validator ${i}`).toBe(3);
      }
      for (const [i, p] of nodes.entries()) expect(p.output(), `validator ${i}`).not.toContain('dropping a peer');
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
  }, 180_000);
});
