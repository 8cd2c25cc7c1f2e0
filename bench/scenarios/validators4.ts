/**
 * Four validators on this host (DESIGN §6, issue 9): four validator
 * processes on 127.0.0.1 deciding every block by Tendermint BFT consensus,
 * 1 s blocks, under load — the payload mix of bench/workload.ts open loop
 * at rising rates (the client sends whatever the answers), then closed loop
 * (as fast as the nodes answer), then plain transfers closed loop — with
 * each sender's txs going to one of the four nodes' RPC. Each level runs on
 * a fresh network, set up by the workload's waves, so that a level the
 * nodes cannot take (a backlog, stalled heights, lost txs) does not spill
 * into the next.
 *
 * Per load level: committed tx/s, submit→commit p50/p99, and the share of
 * the heights decided while it ran (from the first after its first send to
 * the last carrying its txs) that were decided in round 0: the round of the
 * commit the block above carries as `last_commit`. Throughput is judged
 * against 2 cores × the one-thread verify ceiling ÷ 4 nodes (every validator
 * verifies every tx), target ≥ 0.5×; the closed-loop figures are set beside
 * the single-validator scenario's when it ran before.
 */
import { join } from 'node:path';
import { AttribClient } from '../../src/client/index.js';
import { LOCALNET_CHAIN_ID } from '../../src/node/localnet.js';
import { NodeUsage } from '../node-usage.js';
import { driveLoad, failures, setUp, type LoadResult } from '../load.js';
import { MIX_SHARES, mixedWorkload, transferWorkload, type Workload } from '../workload.js';
import { sharedHostBound, untilHeight, withLocalnet } from '../localnet.js';
import type { BenchContext, BenchRow, BenchScenario } from '../types.js';
import { SINGLE_COMMITTED, SINGLE_P50, SINGLE_P99 } from './single-validator.js';

const NODES = 4;
const NAME = 'validators4';
/** Load starts once every node has this height: all four connected and deciding together. */
const WARM_UP_HEIGHT = 3n;
/** An open-loop level that has not committed everything this long after its last answer is more than the nodes take. */
const LEVEL_DRAIN_MS = 60_000;
const NEXT_BLOCK_MS = 30_000;

/**
 * The decision round of each height from `first` to `last`: the round of the
 * commit in the block above it. Waits up to NEXT_BLOCK_MS for the block above
 * `last`; without it, `last` is left out.
 */
async function decisionRounds(rpcUrl: string, heights: LoadResult['heights']): Promise<number[]> {
  const client = new AttribClient(rpcUrl);
  try {
    let tip = BigInt((await client.status()).height);
    for (const until = performance.now() + NEXT_BLOCK_MS; tip <= heights.last && performance.now() < until; tip = BigInt((await client.status()).height)) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const rounds: number[] = [];
    for (let h = heights.first; h <= heights.last && h < tip; h++) rounds.push((await client.getBlock({ height: h + 1n })).last_commit!.round);
    return rounds;
  } finally {
    await client.close();
  }
}

const round0 = (rounds: readonly number[]) => rounds.filter((r) => r === 0).length;

/** One load level: open loop at `rate` tx/s, or closed loop; the first `size` txs of `workload`. */
interface Level {
  rate?: number;
  workload: Workload;
  size: number;
  label: string;
  /** Its profiles' directory under the scenario's. */
  dir: string;
  /** The single-validator metric suffix of the same workload, to compare a closed loop with. */
  single: string;
}

/** The single validator's figure of the same run, as "= N× single-validator (V unit)". */
function besideSingle(measured: BenchContext['measured'], metric: string, value: number): string {
  const single = measured.get(metric);
  return single && single.scenario === 'single-validator' ? `; ${(value / single.value).toFixed(2)}× single-validator (${Math.round(single.value)} ${single.unit})` : '';
}

export const validators4: BenchScenario = {
  name: NAME,
  plot: { title: 'Four validators on one host: committed vs offered load', xLabel: 'offered load (tx/s, log scale)', yLabel: 'committed tx/s' },
  figures: { latency: { title: 'Four validators: submit→commit latency by offered load (payload mix)', xLabel: 'offered load (tx/s, log scale)', yLabel: 'latency (ms)', guide: { y: 2000, label: 'target: p99 < 2 000 ms' } } },
  async run({ quick, progress, measured, profile }): Promise<BenchRow[]> {
    // Quick: one short, light level and a small closed loop, and no plot
    // (one level draws no curve; test/e2e/bench.test.ts expects only the
    // attribution plot from the quick run).
    const rates = quick ? [200] : [250, 500, 1000, 2000];
    const seconds = quick ? 3 : 15;
    const closedLoop = quick ? 600 : 20_000;
    const biggest = Math.max(closedLoop, ...rates.map((r) => r * seconds));
    // Every level starts from genesis, so they all take their txs from the front of one signed workload.
    const mix = mixedWorkload(LOCALNET_CHAIN_ID, biggest, quick ? 64 : 256, progress);
    const transfers = transferWorkload(LOCALNET_CHAIN_ID, closedLoop, progress);
    const levels: Level[] = [
      ...rates.map((rate) => ({ rate, workload: mix, size: rate * seconds, label: `${rate} tx/s offered`, dir: `open-${rate}`, single: '' })),
      // Quick: one open level of the mix and one closed loop of transfers, so both workloads run.
      ...(quick ? [] : [{ workload: mix, size: closedLoop, label: 'closed loop', dir: 'closed', single: ', payload mix' }]),
      { workload: transfers, size: closedLoop, label: 'closed loop, transfers', dir: 'closed-transfers', single: '' },
    ];
    const bound = sharedHostBound(measured, NODES);

    const rows: BenchRow[] = [];
    const allRounds: number[] = [];
    for (const { rate, workload, size, label: level, dir, single: singleSuffix } of levels) {
      const txs = workload.txs.slice(0, size);
      const levelProfile = profile && join(profile, dir);
      const options = { validators: NODES, nodes: NODES, accounts: [...mix.accounts, ...transfers.accounts], progress, ...(levelProfile ? { profile: levelProfile } : {}) };
      const { result, rounds, usage } = await withLocalnet(options, async (nodes) => {
        const urls = nodes.map((n) => n.rpcUrl);
        await untilHeight(nodes, WARM_UP_HEIGHT, progress);
        await setUp(urls[0]!, workload, progress);
        const usage = NodeUsage.start(nodes.map((n) => n.child.pid!));
        const result = await driveLoad(urls, txs, progress, { partial: true, drainMs: LEVEL_DRAIN_MS, ...(rate === undefined ? {} : { rate }) });
        // every height decided while the level ran
        return { result, usage: usage.rows(NAME, level), rounds: result.committed > 0 ? await decisionRounds(urls[0]!, result.heights) : [] };
      });
      allRounds.push(...rounds);

      const what = workload === mix ? `the payload mix (${txs.length} txs; ${MIX_SHARES})` : `${txs.length} transfers`;
      const how = rate === undefined
        ? `${what} as fast as the nodes answer (batches of 500, 4 in flight per node), answered at ${Math.round(result.acceptedPerSecond)} tx/s`
        : `${what} offered over ${seconds} s, answered at ${Math.round(result.acceptedPerSecond)} tx/s`;
      const trouble = [
        result.resent > 0 ? `${result.resent} batches re-sent after a failed connection` : '',
        result.failure !== undefined ? `STOPPED: ${result.failure}` : '',
        result.committed < txs.length ? `ONLY ${result.committed} COMMITTED by the end of the wait` : '',
        failures(result.failed).slice(2),
      ].filter((t) => t !== '');
      const plot = quick ? {} : { plot: rate === undefined ? { line: `${level} (x: answered tx/s)`, x: result.acceptedPerSecond } : { line: 'open loop, payload mix', x: rate } };
      const single = (metric: string, value: number) => (rate === undefined ? besideSingle(measured, metric + singleSuffix, value) : '');
      rows.push({
        scenario: NAME, metric: `committed tx/s, ${level}`, value: result.committedPerSecond, unit: 'tx/s', ...(bound ? { ceiling: bound } : {}), target: 0.5, ...plot,
        note: [`${how}, each sender's to one of the ${NODES} validators' RPC; 1 s blocks${single(SINGLE_COMMITTED, result.committedPerSecond)}`, ...trouble].join('; '),
      });
      if (result.committed > 0) {
        // The latency plot: each percentile a line over the open-loop levels.
        const latencyPoint = (line: string) => (quick || rate === undefined ? {} : { plot: { line, x: rate, figure: 'latency' } });
        rows.push(
          { scenario: NAME, metric: `submit→commit p50, ${level}`, value: result.p50, unit: 'ms', ...latencyPoint('p50'), ...(rate === undefined ? { note: single(SINGLE_P50, result.p50).slice(2) } : {}) },
          { scenario: NAME, metric: `submit→commit p90, ${level}`, value: result.p90, unit: 'ms', ...latencyPoint('p90') },
          { scenario: NAME, metric: `submit→commit p99, ${level}`, value: result.p99, unit: 'ms', ...latencyPoint('p99'), note: `target < 2000 ms${single(SINGLE_P99, result.p99)}` },
        );
      }
      rows.push(...usage);
      if (rounds.length > 0) {
        rows.push({
          scenario: NAME, metric: `heights decided in round 0, ${level}`, value: (100 * round0(rounds)) / rounds.length, unit: '%',
          note: `${round0(rounds)} of heights ${result.heights.first}–${result.heights.last}; rounds seen: ${[...new Set(rounds)].sort((a, b) => a - b).join(', ')}`,
        });
      }
    }
    if (allRounds.length > 0) {
      rows.push({
        scenario: NAME, metric: 'heights decided in round 0', value: (100 * round0(allRounds)) / allRounds.length, unit: '%',
        note: `${round0(allRounds)} of the ${allRounds.length} heights decided under load, all levels; target: almost all`,
      });
    }
    return rows;
  },
};
