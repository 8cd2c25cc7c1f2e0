/**
 * Gossip throughput (DESIGN §4, §6): a local network of node processes, one
 * validator and three followers (`attrib devnet`'s layout), with the whole
 * load submitted to a follower's RPC: every tx must cross gossip to the
 * validator before a block can carry it, and come back in that block.
 * Reports committed tx/s and submit→commit latency as the follower's client
 * sees them, beside the one-thread verify ceiling of the same run: with
 * four nodes on one machine every tx is verified four times, so 2 cores ×
 * ceiling ÷ 4 nodes bounds what this host can do.
 */
import { LOCALNET_CHAIN_ID } from '../../src/node/localnet.js';
import { driveLoad } from '../load.js';
import { transferWorkload } from '../workload.js';
import { sharedHostBound, withLocalnet } from '../localnet.js';
import { NodeUsage } from '../node-usage.js';
import type { BenchRow, BenchScenario } from '../types.js';

const NODES = 4;

export const network: BenchScenario = {
  name: 'network',
  async run({ quick, progress, measured, profile }): Promise<BenchRow[]> {
    const total = quick ? 1_000 : 20_000;
    const load = transferWorkload(LOCALNET_CHAIN_ID, total, progress);
    const options = { validators: 1, nodes: NODES, accounts: load.accounts, progress, ...(profile ? { profile } : {}) };
    return withLocalnet(options, async (running) => {
      const usage = NodeUsage.start(running.map((n) => n.child.pid!));
      const result = await driveLoad(running[1]!.rpcUrl, load.txs, progress);
      const bound = sharedHostBound(measured, NODES);
      const note = `${total} transfers into a follower's RPC; 1 validator + ${NODES - 1} followers on this host, 1 s blocks`;
      return [
        { scenario: 'network', metric: 'committed tx/s via gossip', value: result.committedPerSecond, unit: 'tx/s', ...(bound ? { ceiling: bound } : {}), target: 0.5, note },
        { scenario: 'network', metric: 'submit→commit p50 via gossip', value: result.p50, unit: 'ms' },
        { scenario: 'network', metric: 'submit→commit p90 via gossip', value: result.p90, unit: 'ms' },
        { scenario: 'network', metric: 'submit→commit p99 via gossip', value: result.p99, unit: 'ms', note: 'target < 2000 ms' },
        ...usage.rows('network', 'all nodes'),
      ];
    });
  },
};
