/**
 * CPU and memory of node processes over a measured stretch, read from
 * Linux /proc (no rows elsewhere): cores busy = CPU seconds of all their
 * threads (user + system) ÷ wall seconds, summed over the nodes, and the
 * largest peak resident set (VmHWM) among them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { BenchRow } from './types.js';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** CPU seconds so far of process `pid`, undefined without /proc. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After "pid (comm) ", fields start at field 3 (state): utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicks();
  } catch {
    return undefined;
  }
}

/** Peak resident set of `pid` in MiB, undefined without /proc. */
function peakRssMiB(pid: number): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

export class NodeUsage {
  private constructor(
    private readonly pids: readonly number[],
    private readonly cpuAtStart: readonly (number | undefined)[],
    private readonly startedAt: number,
  ) {}

  /** Starts measuring the processes `pids`. */
  static start(pids: readonly number[]): NodeUsage {
    return new NodeUsage(pids, pids.map(cpuSeconds), performance.now());
  }

  /** Rows for what the processes used since start(), named `… , suffix`; none where /proc cannot tell. */
  rows(scenario: string, suffix: string): BenchRow[] {
    const seconds = (performance.now() - this.startedAt) / 1000;
    const used = this.pids.map((pid, i) => {
      const [before, after] = [this.cpuAtStart[i], cpuSeconds(pid)];
      return before === undefined || after === undefined ? undefined : after - before;
    });
    const peaks = this.pids.map(peakRssMiB);
    if (used.some((u) => u === undefined) || peaks.some((p) => p === undefined) || seconds <= 0) return [];
    const n = this.pids.length;
    return [
      { scenario, metric: `node CPU, ${suffix}`, value: used.reduce((a, b) => a! + b!, 0)! / seconds, unit: 'cores', note: `${n} node process${n > 1 ? 'es' : ''} on ${cpus().length} cores, over ${seconds.toFixed(1)} s of load` },
      { scenario, metric: `node peak memory, ${suffix}`, value: Math.max(...(peaks as number[])), unit: 'MiB', note: n > 1 ? 'the largest peak resident set of the nodes' : 'peak resident set' },
    ];
  }
}
