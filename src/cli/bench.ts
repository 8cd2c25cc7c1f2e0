/**
 * `attrib bench [--quick] [--only NAME,…] [--profile]`: the benchmark suite
 * of bench/ (the same run as `npm run bench`), from a checkout of this
 * repository: a table on stdout, JSON, a Markdown report and SVG plots under
 * bench/results/ (docs/benchmarks.md).
 */
import type { Command } from 'commander';

export function benchCommand(program: Command): void {
  program
    .command('bench')
    .description('measure throughput, latency and ceilings on this machine (docs/benchmarks.md); writes bench/results/')
    .option('--quick', 'small sizes: a few minutes in all')
    .option('--only <names>', 'scenarios, comma-separated: ceilings, sketch, attribution, single-validator, network, sync, validators4')
    .option('--profile', 'CPU profiles of the node processes, summarised under bench/profiles/')
    .action(async (o: { quick?: boolean; only?: string; profile?: boolean }) => {
      const { main } = await import('../../bench/run.js');
      await main([...(o.quick ? ['--quick'] : []), ...(o.only === undefined ? [] : ['--only', o.only]), ...(o.profile ? ['--profile'] : [])]);
    });
}
