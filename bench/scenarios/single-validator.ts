/**
 * One validator node process under load (bench/load.ts), blocks every
 * second, twice on a fresh node: pre-signed transfers from many accounts
 * (the cheapest signed tx), then the payload mix of bench/workload.ts
 * (usages, contributions, transfers, after its set-up waves), each submitted
 * over JSON-RPC batches as fast as the node takes them. Reports committed
 * tx/s and submit→commit latency (from the client's send to the newBlock
 * push carrying the tx), beside the one-thread verify ceiling of the same
 * run (DESIGN §6: target ≥ 0.75×).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devnetGenesis, DEVNET_VALIDATOR } from '../../src/node/devnet.js';
import { initHome } from '../../src/node/home.js';
import { spawnNode } from '../../src/node/spawn.js';
import { BATCH, driveLoad, failures, IN_FLIGHT, setUp } from '../load.js';
import { NodeUsage } from '../node-usage.js';
import type { BenchContext, BenchRow, BenchScenario } from '../types.js';
import { mixedWorkload, transferWorkload, type Workload } from '../workload.js';
import { verifyCeiling } from './ceilings.js';

/** Metric names, for the scenarios that compare with the single validator. */
export const SINGLE_COMMITTED = 'committed tx/s';
export const SINGLE_P50 = 'submit→commit p50';
export const SINGLE_P99 = 'submit→commit p99';
const NAME = 'single-validator';

/** The rows of one workload on a fresh node; metric names carry `suffix` (none for transfers). */
async function measure(workload: Workload, suffix: string, { progress, measured, profile: profileDir }: BenchContext): Promise<BenchRow[]> {
  const home = mkdtempSync(join(tmpdir(), 'attrib-bench-'));
  initHome(home, { ...devnetGenesis(), accounts: workload.accounts }, DEVNET_VALIDATOR);
  // `--profile` or ATTRIB_BENCH_PROFILE=DIR: a CPU profile of the node process there (where the time goes).
  const profile = profileDir ?? process.env.ATTRIB_BENCH_PROFILE;
  const node = await spawnNode(
    home,
    ['--rpc-port', '0', '--p2p-port', '0', '--log-level', 'warn'],
    { ...process.env, ATTRIB_BLOCK_TIME_MS: '1000' },
    profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [],
  );
  try {
    await setUp(node.rpcUrl, workload, progress);
    const usage = NodeUsage.start([node.child.pid!]);
    const result = await driveLoad(node.rpcUrl, workload.txs, progress);
    const ceilingRef = verifyCeiling(measured);
    return [
      { scenario: NAME, metric: SINGLE_COMMITTED + suffix, value: result.committedPerSecond, unit: 'tx/s', ...(ceilingRef ? { ceiling: ceilingRef } : {}), target: 0.75, note: `${workload.describe}; 1 s blocks${failures(result.failed)}` },
      { scenario: NAME, metric: 'accepted into the mempool' + suffix, value: result.acceptedPerSecond, unit: 'tx/s', ...(ceilingRef ? { ceiling: ceilingRef } : {}), note: `JSON-RPC batches of ${BATCH}, ${IN_FLIGHT} in flight` },
      { scenario: NAME, metric: SINGLE_P50 + suffix, value: result.p50, unit: 'ms' },
      { scenario: NAME, metric: 'submit→commit p90' + suffix, value: result.p90, unit: 'ms' },
      { scenario: NAME, metric: SINGLE_P99 + suffix, value: result.p99, unit: 'ms', note: 'target < 2000 ms' },
      ...usage.rows(NAME, `the node${suffix}`),
    ];
  } finally {
    node.child.kill('SIGTERM');
    await node.exited;
    rmSync(home, { recursive: true, force: true });
  }
}

export const singleValidator: BenchScenario = {
  name: NAME,
  async run(ctx): Promise<BenchRow[]> {
    const chainId = devnetGenesis().chainId;
    const transfers = await measure(transferWorkload(chainId, ctx.quick ? 2_000 : 30_000, ctx.progress), '', ctx);
    const mix = await measure(mixedWorkload(chainId, ctx.quick ? 2_000 : 30_000, ctx.quick ? 64 : 512, ctx.progress), ', payload mix', ctx);
    return [...transfers, ...mix];
  },
};
