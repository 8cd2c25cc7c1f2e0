/**
 * Collects the txs this node's clients submit and gossips them in batches:
 * one message per flush instead of one per tx (DESIGN §6: gossipsub carries
 * about a thousand messages a second on these machines, far fewer than the
 * txs a node takes in). A batch goes out when it reaches MAX_BATCH_TXS or
 * MAX_BATCH_BYTES, or `delayMs` after its first tx.
 */
import { MAX_BATCH_BYTES, MAX_BATCH_TXS } from './gossip.js';

/** Room in a batch for the TxBatch framing of each tx (tag and length). */
const FRAMING = 8;

export class TxBatcher {
  private txs: Uint8Array[] = [];
  private bytes = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly publish: (txs: Uint8Array[]) => Promise<void>,
    private readonly delayMs = 20,
  ) {}

  push(tx: Uint8Array): void {
    if (this.txs.length === MAX_BATCH_TXS || this.bytes + tx.length + FRAMING > MAX_BATCH_BYTES) this.flush();
    this.txs.push(tx);
    this.bytes += tx.length + FRAMING;
    this.timer ??= setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.txs.length === 0) return;
    const batch = this.txs;
    this.txs = [];
    this.bytes = 0;
    void this.publish(batch);
  }
}
