/**
 * The consensus machine on a simulated network (test/support/consensus-sim.ts):
 * for each seeded schedule, no two honest validators decide different blocks
 * at a height, none decides an invalid block or signs two different votes
 * for one (height, round, type), only Byzantine validators are reported as
 * equivocating, and once the network settles every height is decided.
 * A failure names its seed; CONSENSUS_SIM_SEED=n replays that one schedule.
 */
import { describe, expect, it } from 'vitest';
import { Simulation, type SimOptions } from '../../support/consensus-sim.js';

/** Schedules per validator count: 1 000 in all (CONSENSUS_SIM_RUNS=n runs n of each). */
const RUNS: Record<number, number> = process.env.CONSENSUS_SIM_RUNS === undefined ? { 4: 600, 7: 400 } : { 4: Number(process.env.CONSENSUS_SIM_RUNS), 7: Number(process.env.CONSENSUS_SIM_RUNS) };
const ONLY = process.env.CONSENSUS_SIM_SEED === undefined ? undefined : Number(process.env.CONSENSUS_SIM_SEED);

/** The schedule of a seed: how hostile the network is before GST and how many Byzantine validators. */
export function options(seed: number, validators: number): SimOptions {
  const pick = (n: number, salt: number) => ((seed * 2654435761 + salt * 40503) >>> 0) % n;
  const f = Math.floor((validators - 1) / 3);
  return {
    seed,
    validators,
    byzantine: pick(f + 1, 1),
    heights: 3,
    gstMs: [0, 1_000, 5_000][pick(3, 2)]!,
    dropRate: [0, 0.1, 0.3, 0.6][pick(4, 3)]!,
    duplicateRate: [0, 0.1, 0.3][pick(3, 4)]!,
    maxDelayMs: [20, 300, 2_000][pick(3, 5)]!,
    boundMs: 50,
    settleMs: 60_000,
  };
}

function runMany(validators: number): { schedules: number; rounds: number[]; reportedByzantine: number } {
  const seeds = ONLY !== undefined ? [ONLY] : Array.from({ length: RUNS[validators]! }, (_, i) => validators * 100_000 + i);
  const rounds: number[] = [];
  let reportedByzantine = 0;
  for (const seed of seeds) {
    const o = options(seed, validators);
    const sim = new Simulation(o);
    const outcome = sim.run(); // throws, naming the seed, on any safety or liveness failure
    expect(outcome.decided.every((h) => h !== undefined), `seed ${seed}`).toBe(true);
    for (const v of outcome.reported) expect(sim.isByzantine(v), `seed ${seed}: honest validator ${v} reported`).toBe(true);
    reportedByzantine += outcome.reported.size;
    rounds.push(outcome.rounds);
  }
  return { schedules: seeds.length, rounds, reportedByzantine };
}

describe('consensus on a simulated network', () => {
  for (const validators of [4, 7]) {
    it(`${validators} validators: safe on every schedule, live once the network settles`, () => {
      const { schedules, rounds, reportedByzantine } = runMany(validators);
      expect(schedules).toBe(ONLY !== undefined ? 1 : RUNS[validators]);
      if (ONLY === undefined) {
        // The schedules are hostile enough to matter: some heights needed later rounds, and equivocation was seen and reported.
        expect(Math.max(...rounds)).toBeGreaterThan(0);
        expect(reportedByzantine).toBeGreaterThan(0);
      }
    });
  }
});
