/**
 * One validator node process under load (bench/load.ts): pre-signed
 * transfers from many accounts submitted over JSON-RPC batches as fast as
 * the node takes them, blocks every second. Reports committed tx/s and
 * submit→commit latency (from the client's send to the newBlock push
 * carrying the tx), beside the one-thread verify ceiling of the same run
 * (DESIGN §6: target ≥ 0.75×).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devnetGenesis, DEVNET_VALIDATOR } from '../../src/node/devnet.js';
import { initHome } from '../../src/node/home.js';
import { spawnNode } from '../../src/node/spawn.js';
import { BATCH, driveLoad, IN_FLIGHT, signedTransfers } from '../load.js';
import { NodeUsage } from '../node-usage.js';
import type { BenchRow, BenchScenario } from '../types.js';
import { VERIFY_CEILING } from './ceilings.js';

/** Metric names, for the scenarios that compare with the single validator. */
export const SINGLE_COMMITTED = 'committed tx/s';
export const SINGLE_P50 = 'submit→commit p50';
export const SINGLE_P99 = 'submit→commit p99';

export const singleValidator: BenchScenario = {
  name: 'single-validator',
  async run({ quick, progress, measured, profile: profileDir }): Promise<BenchRow[]> {
    const total = quick ? 2_000 : 30_000;
    const base = devnetGenesis();
    const load = signedTransfers(base.chainId, total, progress);
    const home = mkdtempSync(join(tmpdir(), 'attrib-bench-'));
    initHome(home, { ...base, accounts: load.accounts }, DEVNET_VALIDATOR);

    // `--profile` or ATTRIB_BENCH_PROFILE=DIR: a CPU profile of the node process there (where the time goes).
    const profile = profileDir ?? process.env.ATTRIB_BENCH_PROFILE;
    const node = await spawnNode(
      home,
      ['--rpc-port', '0', '--p2p-port', '0', '--log-level', 'warn'],
      { ...process.env, ATTRIB_BLOCK_TIME_MS: '1000' },
      profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [],
    );
    try {
      const usage = NodeUsage.start([node.child.pid!]);
      const result = await driveLoad(node.rpcUrl, load.txs, progress);
      const ceiling = measured.get(VERIFY_CEILING);
      const ceilingRef = ceiling && { metric: ceiling.metric, value: ceiling.value, unit: ceiling.unit };
      return [
        { scenario: 'single-validator', metric: SINGLE_COMMITTED, value: result.committedPerSecond, unit: 'tx/s', ...(ceilingRef ? { ceiling: ceilingRef } : {}), target: 0.75, note: `${total} transfers, 1 s blocks` },
        { scenario: 'single-validator', metric: 'accepted into the mempool', value: result.acceptedPerSecond, unit: 'tx/s', ...(ceilingRef ? { ceiling: ceilingRef } : {}), note: `JSON-RPC batches of ${BATCH}, ${IN_FLIGHT} in flight` },
        { scenario: 'single-validator', metric: SINGLE_P50, value: result.p50, unit: 'ms' },
        { scenario: 'single-validator', metric: 'submit→commit p90', value: result.p90, unit: 'ms' },
        { scenario: 'single-validator', metric: SINGLE_P99, value: result.p99, unit: 'ms', note: 'target < 2000 ms' },
        ...usage.rows('single-validator', 'the node'),
      ];
    } finally {
      node.child.kill('SIGTERM');
      await node.exited;
      rmSync(home, { recursive: true, force: true });
    }
  },
};
