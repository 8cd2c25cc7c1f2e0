/**
 * `npm run bench [-- --quick] [-- --only NAME,…] [-- --profile]`: runs the
 * scenarios in order (ceilings first, so later figures sit beside limits
 * measured in the same run), prints a table and writes JSON with machine
 * info under bench/results/, with an SVG plot beside it for each scenario
 * that draws one. `--profile`: the node processes write CPU profiles under
 * bench/profiles/ (git-ignored), summarised there in summary.txt per
 * scenario (`bench/profile.ts`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { lineChart } from './plot.js';
import { readProfiles, summariseRun } from './profile.js';
import { progressBar } from './progress.js';
import { attribution } from './scenarios/attribution.js';
import { ceilings } from './scenarios/ceilings.js';
import { network } from './scenarios/network.js';
import { payloads } from './scenarios/payloads.js';
import { singleValidator } from './scenarios/single-validator.js';
import { sketch } from './scenarios/sketch.js';
import { sync } from './scenarios/sync.js';
import { validators4 } from './scenarios/validators4.js';
import type { BenchRow, BenchScenario, PlotSpec } from './types.js';

const SCENARIOS: BenchScenario[] = [ceilings, sketch, attribution, payloads, singleValidator, network, validators4, sync];

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function format(n: number): string {
  return n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2);
}

const HEADER = ['scenario', 'metric', 'value', 'vs ceiling', 'note'];

/** A row's cells, in HEADER order. */
function cellsOf(r: BenchRow): string[] {
  const ratio = r.ceiling ? `${(r.value / r.ceiling.value).toFixed(2)}× ${r.ceiling.metric}${r.target ? ` (target ${r.target}×)` : ''}` : '';
  return [r.scenario, r.metric, `${format(r.value)} ${r.unit}`, ratio, r.note ?? ''];
}

export function table(rows: readonly BenchRow[]): string {
  const lines = rows.map(cellsOf);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [row(HEADER), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n');
}

/** The target line of plotted rows that all share one ceiling and target. */
function targetGuide(points: readonly BenchRow[]): { y: number; label: string } | undefined {
  const [first] = points;
  if (!first?.ceiling || first.target === undefined) return undefined;
  if (points.some((r) => r.ceiling?.value !== first.ceiling!.value || r.target !== first.target)) return undefined;
  return { y: first.target * first.ceiling.value, label: `target: ${first.target} × ${format(first.ceiling.value)} ${first.ceiling.unit}` };
}

/** The run as Markdown: what ran where, the table, and the plots beside it. */
export function markdownReport(result: { date: string; commit: string; machine: Record<string, unknown>; quick: boolean }, rows: readonly BenchRow[], plots: readonly string[]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  const m = result.machine;
  return [
    `# Benchmark ${result.date}${result.quick ? ' (quick)' : ''}`,
    '',
    `Commit ${result.commit}; ${String(m.cores)} cores (${String(m.cpu)}), Node ${String(m.node)}, ${String(m.platform)}. Ratios are to ceilings measured in this run (docs/benchmarks.md says what each figure means).`,
    '',
    line(HEADER),
    line(HEADER.map(() => '---')),
    ...rows.map((r) => line(cellsOf(r))),
    '',
    ...plots.map((p) => `![${basename(p)}](${basename(p)})`),
    '',
  ].join('\n');
}

/** The scenario's plots as SVG, by file suffix (SCENARIO or SCENARIO-FIGURE); those with no points are left out. */
export function plotsOf(scenario: BenchScenario, rows: readonly BenchRow[]): [suffix: string, svg: string][] {
  const specs: [string, PlotSpec, string | undefined][] = [
    ...(scenario.plot ? [[scenario.name, scenario.plot, undefined] as [string, PlotSpec, undefined]] : []),
    ...Object.entries(scenario.figures ?? {}).map(([figure, spec]) => [`${scenario.name}-${figure}`, spec, figure] as [string, PlotSpec, string]),
  ];
  return specs.flatMap(([suffix, spec, figure]) => {
    const points = rows.filter((r) => r.scenario === scenario.name && r.plot !== undefined && r.plot.figure === figure);
    if (points.length === 0) return [];
    const lines = [...new Set(points.map((r) => r.plot!.line))];
    const guide = spec.guide ?? targetGuide(points);
    const svg = lineChart({
      ...spec,
      ...(guide ? { guide } : {}),
      series: lines.map((name) => ({ name, points: points.filter((r) => r.plot!.line === name).map((r) => [r.plot!.x, r.value] as const) })),
    });
    return [[suffix, svg] as [string, string]];
  });
}

/**
 * Runs the scenarios. `profile`: a directory under which each scenario's
 * node processes write CPU profiles (DIR/SCENARIO/), summarised in
 * DIR/SCENARIO/summary.txt.
 */
export async function runBench(opts: { quick: boolean; only?: string[]; outDir?: string; profile?: string }): Promise<{ rows: BenchRow[]; file: string; report: string; plots: string[]; profiles: string[] }> {
  const measured = new Map<string, BenchRow>();
  const rows: BenchRow[] = [];
  const profiles: string[] = [];
  const ran = SCENARIOS.filter((s) => !opts.only || opts.only.includes(s.name) || s.name === 'ceilings');
  for (const scenario of ran) {
    const profile = opts.profile && join(opts.profile, scenario.name);
    const found = await scenario.run({ quick: opts.quick, progress: progressBar(), measured, ...(profile ? { profile } : {}) });
    for (const r of found) measured.set(r.metric, r);
    rows.push(...found);
    if (profile && existsSync(profile)) {
      const summary = join(profile, 'summary.txt');
      writeFileSync(summary, summariseRun(readProfiles(profile), 30) + '\n');
      profiles.push(summary);
    }
  }
  const result = {
    date: new Date().toISOString(),
    commit: commit(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, platform: process.platform },
    quick: opts.quick,
    rows,
  };
  const dir = opts.outDir ?? new URL('./results/', import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  const stem = join(dir, `${result.date.replace(/[:.]/g, '-')}${opts.quick ? '-quick' : ''}`);
  const file = `${stem}.json`;
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  const plots: string[] = [];
  for (const scenario of ran) {
    for (const [suffix, svg] of plotsOf(scenario, rows)) {
      const path = `${stem}-${suffix}.svg`;
      writeFileSync(path, svg);
      plots.push(path);
    }
  }
  const report = `${stem}.md`;
  writeFileSync(report, markdownReport(result, rows, plots));
  return { rows, file, report, plots, profiles };
}

/** `npm run bench` and `attrib bench`: [--quick] [--only NAME,…] [--profile]. */
export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { quick: { type: 'boolean' }, only: { type: 'string' }, profile: { type: 'boolean' } } });
  const profile = values.profile ? new URL(`./profiles/${new Date().toISOString().replace(/[:.]/g, '-')}/`, import.meta.url).pathname : undefined;
  const { rows, file, report, plots, profiles } = await runBench({ quick: values.quick ?? false, only: values.only?.split(','), ...(profile ? { profile } : {}) });
  console.log('\n' + table(rows));
  console.log(`\nresults: ${file}\nreport:  ${report}`);
  for (const plot of plots) console.log(`plot: ${plot}`);
  for (const summary of profiles) console.log(`profile: ${summary}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
