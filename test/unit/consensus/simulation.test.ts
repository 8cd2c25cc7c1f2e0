/**
 * The production consensus engine on a simulated network
 * (test/support/consensus-sim.ts): for each seeded schedule — a hostile
 * network before GST, up to f Byzantine validators that equivocate, flood or
 * sign far rounds, a relay that swaps proposal bodies, validators killed and
 * restarted from their WAL, slow validators — no two honest validators
 * commit different blocks at a height, none commits an invalid block or
 * signs two different messages for one step, no honest message is rejected
 * and no tampered one accepted, only Byzantine validators are reported,
 * every honest engine stays within its bounds, and once the network settles
 * every height is committed. A failure names its seed;
 * CONSENSUS_SIM_SEED=n replays that one schedule, CONSENSUS_SIM_RUNS=n runs
 * n schedules per validator count.
 */
import { describe, expect, it } from 'vitest';
import { Simulation, type Behaviour, type SimOptions } from '../../support/consensus-sim.js';

/** Schedules per validator count: 1 000 in all. */
const RUNS: Record<number, number> = process.env.CONSENSUS_SIM_RUNS === undefined ? { 4: 600, 7: 400 } : { 4: Number(process.env.CONSENSUS_SIM_RUNS), 7: Number(process.env.CONSENSUS_SIM_RUNS) };
const ONLY = process.env.CONSENSUS_SIM_SEED === undefined ? undefined : Number(process.env.CONSENSUS_SIM_SEED);
const BEHAVIOURS: Behaviour[] = ['equivocate', 'split', 'split', 'flood', 'far-rounds'];

/** The schedule of a seed: how hostile the network is before GST, and who misbehaves how. */
export function options(seed: number, validators: number): SimOptions {
  const pick = (n: number, salt: number) => ((seed * 2654435761 + salt * 40503) >>> 0) % n;
  const f = Math.floor((validators - 1) / 3);
  const byzantine = Array.from({ length: pick(f + 1, 1) }, (_, i) => BEHAVIOURS[pick(BEHAVIOURS.length, 10 + i)]!);
  const honest = validators - byzantine.length;
  return {
    seed,
    validators,
    byzantine,
    heights: 5,
    gstMs: [0, 1_000, 5_000][pick(3, 2)]!,
    dropRate: [0, 0.1, 0.3, 0.6][pick(4, 3)]!,
    duplicateRate: [0, 0.1, 0.3][pick(3, 4)]!,
    maxDelayMs: [20, 300, 2_000][pick(3, 5)]!,
    boundMs: 50,
    settleMs: 60_000,
    tamperRelay: pick(3, 6) === 0,
    crashing: Math.min(honest, pick(2, 7)),
    slow: Math.min(honest - 1, pick(3, 8) === 0 ? 1 : 0),
    flood: { votes: 20, proposals: 1, proposalBytes: 64 * 1024 },
  };
}

async function runMany(validators: number) {
  const seeds = ONLY !== undefined ? [ONLY] : Array.from({ length: RUNS[validators]! }, (_, i) => validators * 100_000 + i);
  const totals = { rounds: 0, reported: 0, rejected: 0, tampered: 0, crashes: 0 };
  for (const seed of seeds) {
    const sim = new Simulation(options(seed, validators));
    const outcome = await sim.run(); // throws, naming the seed, on any safety, liveness or bound failure
    expect(outcome.decided.every((h) => h !== undefined), `seed ${seed}`).toBe(true);
    for (const v of outcome.reported) expect(sim.isByzantine(v), `seed ${seed}: honest validator ${v} reported`).toBe(true);
    totals.rounds = Math.max(totals.rounds, outcome.rounds);
    totals.reported += outcome.reported.size;
    totals.rejected += outcome.rejected;
    totals.tampered += outcome.tampered;
    totals.crashes += outcome.crashes;
  }
  return { schedules: seeds.length, ...totals };
}

describe('the consensus engine on a simulated network', () => {
  for (const validators of [4, 7]) {
    it(`${validators} validators: safe on every schedule, live once the network settles`, async () => {
      const run = await runMany(validators);
      expect(run.schedules).toBe(ONLY !== undefined ? 1 : RUNS[validators]);
      if (ONLY === undefined) {
        // The schedules are hostile enough to matter: later rounds were needed, equivocation was reported,
        // tampered and flooded messages were rejected, validators were killed and restarted.
        expect(run.rounds).toBeGreaterThan(0);
        expect(run.reported).toBeGreaterThan(0);
        expect(run.tampered).toBeGreaterThan(0);
        expect(run.rejected).toBeGreaterThan(0);
        expect(run.crashes).toBeGreaterThan(0);
      }
    }, 600_000);
  }
});
