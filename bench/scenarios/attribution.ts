/**
 * Attribution cost (DESIGN §6: one sketch-mode usage < 1 ms at 1 000 000
 * contributions in a Datanet, sublinear in its size; a fallback usage O(1)):
 * at each Datanet size, the cost of one sketch-mode RecordUsage executed by
 * the state machine, of one fallback usage, and of one Contribute's duplicate
 * check (nearOriginal), all reading a real LevelDB, beside one LevelDB point
 * get of the same store as the ceiling — the unit every one of those reads is
 * made of, so "n× a get" separates more work from a slower store.
 *
 * Datanets are populated directly (bench/attribution/populate.ts); first, a
 * small one is built both ways, by real Contribute txs and directly, and the
 * run stops unless their states are byte-identical.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PARAMS } from '../../src/state/params.js';
import { buildDatanet, type BenchDatanet } from '../attribution/datanet.js';
import { checkPopulation } from '../attribution/equivalence.js';
import { timeDuplicateChecks, timeGets, timeUsages, type OpStats } from '../attribution/measure.js';
import type { BenchRow, BenchScenario } from '../types.js';

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const QUICK_SIZES = [1_000, 10_000];
/** Contributions per cluster of near-similar sketches (bench/attribution/synthetic.ts). */
const CLUSTER_SIZE = 512;
const PER_BLOCK = 1_000;
const TARGET_MICROS = 1_000;

const count = (n: number) => n.toLocaleString('en-US');
const micros = (n: number) => `${Math.round(n).toLocaleString('en-US')} µs`;

/** Bytes under a directory. */
function diskBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? diskBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

/** The equivalence check: real txs against direct population, with a bucket cap small enough that buckets of both indexes fill. */
async function check(sizes: readonly number[]): Promise<BenchRow> {
  const v = DEFAULT_PARAMS.attributionVersions[0]!;
  const cap = 4;
  const params = { ...DEFAULT_PARAMS, attributionVersions: [{ ...v, lshBucketCap: cap }] };
  const size = 160;
  const result = await checkPopulation(params, { size, clusterSize: 40, perBlock: 40 });
  return {
    scenario: 'attribution',
    metric: `population check: ${size} contributions by real txs = populated directly`,
    value: result.entries,
    unit: 'state entries',
    note: `byte-identical; full buckets (cap ${cap}): dup ${result.fullBuckets.dup}, match ${result.fullBuckets.match}. Sizes measured below: ${sizes.map(count).join(', ')}`,
  };
}

function byKind(s: OpStats): string {
  return Object.entries(s.byKind)
    .map(([kind, m]) => `${kind} ${micros(m)}`)
    .join(', ');
}

async function measureSize(d: BenchDatanet, size: number, quick: boolean, populateSeconds: number): Promise<BenchRow[]> {
  const queries = quick ? 90 : 600;
  const gets = await timeGets(d, quick ? 500 : 3_000);
  const dup = await timeDuplicateChecks(d, queries);
  const sketch = await timeUsages(d, 'sketch', queries, 'cold');
  const fallback = await timeUsages(d, 'fallback', queries, 'cold');
  const sketchCached = await timeUsages(d, 'sketch', queries, 'cached');
  const fallbackCached = await timeUsages(d, 'fallback', queries, 'cached');
  const of = `${count(size)} contributions`;
  const getMetric = `LevelDB point get, ${of}`;
  const ceiling = { metric: getMetric, value: gets.mean, unit: 'µs' };
  const point = (line: string, s: OpStats, note: string): BenchRow => ({
    scenario: 'attribution',
    metric: `${line}, ${of}`,
    value: s.mean,
    unit: 'µs',
    note: `mean of ${s.samples}, p99 ${micros(s.p99)}; ${note}`,
    plot: { line, x: size },
  });
  const row = (line: string, s: OpStats, note: string): BenchRow => ({ ...point(line, s, note), ceiling });
  return [
    {
      scenario: 'attribution',
      metric: `population, ${of}`,
      value: populateSeconds,
      unit: 's',
      note: `${count(d.populated)} state entries written directly, ${(diskBytes(d.ledger.dir) / 2 ** 30).toFixed(2)} GiB on disk`,
    },
    point('LevelDB point get', gets, 'a random contribution record through LevelStore.state'),
    row(
      'sketch-mode usage',
      sketch,
      `${byKind(sketch)}; ${Math.round(sketch.candidates)} earning candidates on average; paid by similarity in ${sketch.found}/${sketch.samples}; one usage per block (executeBlock); target < ${micros(TARGET_MICROS)}`,
    ),
    row('fallback usage', fallback, 'no output sketch: the pool; one usage per block (executeBlock)'),
    row(
      'sketch-mode usage, node cache',
      sketchCached,
      `as sketch-mode usage, reading through one StateCache kept across the run (fixed state in memory, Datanet entries as earlier usages left them); ${byKind(sketchCached)}; target < ${micros(TARGET_MICROS)}`,
    ),
    row('fallback usage, node cache', fallbackCached, 'as fallback usage, reading through one StateCache kept across the run'),
    row(
      'duplicate check',
      dup,
      `nearOriginal; ${byKind(dup)}; ${Math.round(dup.candidates)} candidates on average; near original found in ${dup.found}/${dup.samples}`,
    ),
  ];
}

export const attribution: BenchScenario = {
  name: 'attribution',
  plot: {
    title: 'Attribution cost by Datanet size (LevelDB state)',
    xLabel: 'contributions in the Datanet (log scale)',
    yLabel: 'µs per operation (mean)',
    guide: { y: TARGET_MICROS, label: 'sketch-mode target, 1 ms (DESIGN §6)' },
  },
  async run({ quick, progress }): Promise<BenchRow[]> {
    const sizes = quick ? QUICK_SIZES : SIZES;
    progress(0, 1, 'population check');
    const rows = [await check(sizes)];
    for (const size of sizes) {
      const label = `populating ${count(size)}`;
      const start = performance.now();
      const d = await buildDatanet(DEFAULT_PARAMS, { size, clusterSize: CLUSTER_SIZE, perBlock: PER_BLOCK }, { direct: (done, total) => progress(done, total, label) });
      try {
        const populateSeconds = (performance.now() - start) / 1000;
        progress(0, 1, `measuring ${count(size)}`);
        rows.push(...(await measureSize(d, size, quick, populateSeconds)));
      } finally {
        await d.ledger.destroy();
      }
    }
    return rows;
  },
};
