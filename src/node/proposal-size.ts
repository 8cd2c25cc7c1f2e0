/**
 * How many txs this node's next proposal may carry. A proposal must reach
 * the other validators before their propose timeout; if building it (which
 * executes every tx) takes longer, they prevote nil, the round is lost and
 * the next proposer faces an even fuller mempool. So the cap is what this
 * node executed, at the rate it last measured, in a third of the round-0
 * propose timeout (the rest is for gossip and the others' own execution),
 * between MIN_TXS and maxTxs; until a build was measured, FIRST_TXS (a
 * node that has only built empty blocks knows nothing of its rate, and a
 * first proposal of 20 000 txs is one nobody can take in time). Only the
 * proposer's choice: no consensus rule.
 */
const MIN_TXS = 100;
const FIRST_TXS = 1000;
/** Builds of fewer txs say little about the rate. */
const MIN_SAMPLE_TXS = 50;

export class ProposalSize {
  /** Txs per ms of the last build big enough to measure. */
  private rate: number | undefined;

  constructor(private readonly maxTxs: number) {}

  /** The cap for a proposal under a propose timeout of `timeoutProposeMs`. */
  cap(timeoutProposeMs: number): number {
    if (this.rate === undefined) return Math.min(FIRST_TXS, this.maxTxs);
    return Math.max(MIN_TXS, Math.min(this.maxTxs, Math.floor((this.rate * timeoutProposeMs) / 3)));
  }

  /** A build of `txs` took `ms` (reap and execution). */
  measured(txs: number, ms: number): void {
    if (txs >= MIN_SAMPLE_TXS && ms > 0) this.rate = txs / ms;
  }
}
