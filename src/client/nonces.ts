/**
 * Local nonce counting for one account, so several txs can be sent back to
 * back without waiting for each commit: the first `take` reads the account's
 * next nonce after what the node already has pending (`pending_nonce`), later
 * ones count up from there. Another process sending from the same account
 * at the same moment can still take a nonce first; BAD_NONCE or NONCE_TAKEN
 * then tells, and reset() re-reads.
 *
 * - `release(n)`: the node refused the tx with nonce n (it never entered the
 *   mempool), so n is unused: if it was the last taken the count steps back,
 *   otherwise later nonces already sent would leave a gap, and the count is
 *   forgotten.
 * - `reset()`: forget the count (after BAD_NONCE: another sender used the
 *   nonces); the next `take` reads the account again.
 */
export class NonceCounter {
  private next: bigint | undefined;
  private reading: Promise<bigint> | undefined;
  /** Bumped by reset(): a read started before it must not restore the old count. */
  private epoch = 0;

  constructor(private readonly read: () => Promise<bigint>) {}

  async take(): Promise<bigint> {
    while (this.next === undefined) {
      const epoch = this.epoch;
      this.reading ??= this.read().finally(() => (this.reading = undefined));
      const committed = await this.reading;
      if (this.epoch === epoch && this.next === undefined) this.next = committed;
    }
    const nonce = this.next;
    this.next = nonce + 1n;
    return nonce;
  }

  release(nonce: bigint): void {
    if (this.next === nonce + 1n) this.next = nonce;
    else this.reset();
  }

  reset(): void {
    this.next = undefined;
    this.epoch++;
  }
}
