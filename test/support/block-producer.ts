/**
 * A single-validator block maker for RPC tests: every `blockTimeMs`, or on
 * `produce()`, it takes txs from the mempool, builds and commits the next
 * block with a 1-of-1 commit, tells the mempool what left it and announces
 * the block — the node's consensus does the same in more steps, and tests
 * that want a block *now* use this.
 */
import type { Mempool } from '../../src/mempool/mempool.js';
import type { ChainEvents } from '../../src/node/events.js';
import { afterCommit } from '../../src/chain/after-commit.js';
import type { Chain, ExecutedBlock, ProposerKey } from '../../src/chain/chain.js';

export interface ProducerOptions {
  blockTimeMs: number;
  /** false: skip a tick when no tx is pending (the "blocks only when there are txs" mode). */
  emptyBlocks: boolean;
  /** Most txs offered to one block (the block's byte limit applies too). */
  maxBlockTxs: number;
}

export class BlockProducer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = true;

  constructor(
    private readonly chain: Chain,
    private readonly mempool: Mempool,
    private readonly key: ProposerKey,
    private readonly events: ChainEvents,
    private readonly options: ProducerOptions,
    private readonly now: () => number = Date.now,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(this.options.blockTimeMs);
  }

  /** Stops the loop and waits for a block in progress to finish committing. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Makes one block now (also what each tick does); undefined when skipped for lack of txs. */
  async produce(): Promise<ExecutedBlock | undefined> {
    if (!this.options.emptyBlocks && this.mempool.size === 0) return undefined;
    const params = await this.chain.params();
    const candidates = this.mempool.reap(params.maxBlockBytes, this.options.maxBlockTxs);
    const executed = await this.chain.propose(candidates, BigInt(this.now()), this.key, this.mempool.isVerified);
    await afterCommit(this.mempool, this.events, executed, await this.chain.commitProposed(executed, this.key));
    return executed;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      const started = this.now();
      this.running = this.produce()
        .catch(this.onError)
        .finally(() => this.schedule(Math.max(0, this.options.blockTimeMs - (this.now() - started))));
    }, delayMs);
  }
}
