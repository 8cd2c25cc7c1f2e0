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
  /** A point of one of the scenario's plots: on the line named `line`, at `x` (the row's value is y); `figure` names an extra plot (default: the main one). */
  plot?: { line: string; x: number; figure?: string };
}

export interface BenchContext {
  /** Draws the progress bar of the current step. */
  progress(done: number, total: number, label: string): void;
  /** Small sizes, for the test that keeps the benchmark working. */
  quick: boolean;
  /** Rows of the scenarios that ran before, by metric name (the ceilings run first). */
  measured: ReadonlyMap<string, BenchRow>;
  /** `--profile`: the directory where this scenario's node processes write CPU profiles; unset, nothing is profiled. */
  profile?: string;
}

/** A scenario measures and returns rows. */
export interface BenchScenario {
  name: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
  /** How to draw the rows that carry a `plot` point (an SVG beside the JSON result). */
  plot?: PlotSpec;
  /** Extra plots, by the `figure` name their rows' points carry (an SVG each, named …-SCENARIO-FIGURE.svg). */
  figures?: Record<string, PlotSpec>;
}

export interface PlotSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  guide?: { y: number; label: string };
}
