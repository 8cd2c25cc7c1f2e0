/**
 * One line of the benchmark table: a figure measured in this run, and where
 * it applies the ceiling it is compared with (also measured in this run).
 */
export interface BenchRow {
  scenario: string;
  metric: string;
  value: number;
  unit: string;
  /** The hardware/library limit this figure is judged against, from the same run. */
  ceiling?: { metric: string; value: number; unit: string };
  /** DESIGN §6 target as a fraction of the ceiling (e.g. 0.75), when one exists. */
  target?: number;
  note?: string;
}

/** A scenario measures and returns rows; `progress` draws its progress bar. */
export interface BenchScenario {
  name: string;
  run(ctx: { progress(done: number, total: number, label: string): void; quick: boolean }): Promise<BenchRow[]>;
}
