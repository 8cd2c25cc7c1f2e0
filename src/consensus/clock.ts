/**
 * Time as the consensus engine sees it: the clock and its timers are given
 * to it, so the node runs on real time and the simulation on virtual time.
 */
export interface Clock {
  /** Milliseconds (the node: since the epoch). */
  now(): number;
  /** Runs `run` once after `ms`; the function returned cancels it. */
  after(ms: number, run: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  after(ms, run) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

/** Resolves after `ms` on `clock`. */
export function sleep(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => clock.after(ms, resolve));
}
