/**
 * The one way blocks reach the chain after genesis, one at a time: blocks
 * this node's consensus decided, and imports of committed blocks from
 * gossip or sync (a follower's only source, a validator's way to catch up): a
 * certified block (a block and the commit that decided it) is taken only at
 * the next height, only if its commit carries more than 2/3 of the current
 * validators' power for exactly this block, and only if re-executing it
 * reproduces its header (state and payout roots, last_commit: Chain.validate).
 * A block further ahead is only checked for its commit, so that no peer can
 * start a catch-up with an announcement it could not sign.
 * Imports run one at a time, in the order they are asked for, on the one
 * queue every call into the chain takes (`exclusive`): consensus builds and
 * validates its blocks there too, since Chain's calls must not overlap.
 */
import { blockHash } from '../codec/hashes.js';
import type { CertifiedBlock, Commit, Validator } from '../codec/types.js';
import { bytesEqual, bytesKey, toHex } from '../crypto/bytes.js';
import type { Mempool } from '../mempool/mempool.js';
import type { ChainEvents } from '../node/events.js';
import { afterCommit } from './after-commit.js';
import type { Chain, ExecutedBlock } from './chain.js';
import { commitProblem } from './commit.js';
import { ChainError } from './errors.js';

/**
 * committed: now the head; known: already committed (same hash); ahead: above
 * the next height with a commit the current set signed (sync from its
 * sender); unverifiable: above the next height, signed by keys outside the
 * current set (the set may have changed since: nobody's fault, nothing to do).
 */
export type ImportOutcome = 'committed' | 'known' | 'ahead' | 'unverifiable';

export class BlockImporter {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly chain: Chain,
    private readonly mempool: Mempool,
    private readonly events: ChainEvents,
  ) {}

  /** Throws ChainError (the block or its commit is wrong) or CodecError; the chain is unchanged then. */
  import(certified: CertifiedBlock): Promise<ImportOutcome> {
    return this.exclusive(() => this.importNow(certified));
  }

  /**
   * Commits a block this node's consensus decided and already executed, in
   * turn with imports; nothing happens if block sync committed that height
   * first.
   */
  commitDecided(executed: ExecutedBlock, commit: Commit): Promise<void> {
    return this.exclusive(async () => {
      if (executed.block.header!.height !== this.chain.head.height + 1n) return;
      await afterCommit(this.mempool, this.events, executed, await this.chain.commit(executed, commit));
    });
  }

  /** Runs `task`, which calls the chain, after every earlier one has settled; its failure is the caller's, not the queue's. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async importNow({ block, commit }: CertifiedBlock): Promise<ImportOutcome> {
    const header = block?.header;
    if (block == null || header == null || commit == null) throw new ChainError('BAD_BLOCK', 'a certified block needs a block, its header and its commit');
    if (header.chainId !== this.chain.chainId) throw new ChainError('BAD_BLOCK', `block of chain "${header.chainId}", not "${this.chain.chainId}"`);
    const head = this.chain.head;
    const hash = blockHash(header);
    if (header.height <= head.height) {
      const stored = await this.chain.store.block(header.height);
      if (stored !== undefined && bytesEqual(blockHash(stored.header!), hash)) return 'known';
      throw new ChainError('CONFLICTING_BLOCK', `block ${toHex(hash)} at height ${header.height} differs from the committed one`, { height: header.height });
    }
    const validators = await this.chain.validators();
    if (header.height > head.height + 1n) return aheadOutcome(this.chain.chainId, commit, header.height, hash, validators);
    const problem = commitProblem(this.chain.chainId, commit, header.height, hash, validators);
    if (problem !== undefined) throw new ChainError('BAD_COMMIT', problem, { height: header.height });
    const executed = await this.chain.validate(block, this.mempool.isVerified);
    await afterCommit(this.mempool, this.events, executed, await this.chain.commit(executed, commit));
    return 'committed';
  }
}

/**
 * A block above the next height cannot be executed yet, but its commit can
 * be checked: a sync starts only for one the current set signed. A commit
 * whose signers are all in that set and still fails is a forgery
 * (BAD_COMMIT); one with other signers may be an honest block signed by a
 * set that changed since.
 */
function aheadOutcome(chainId: string, commit: Commit, height: bigint, hash: Uint8Array, validators: readonly Validator[]): ImportOutcome {
  const problem = commitProblem(chainId, commit, height, hash, validators);
  if (problem === undefined) return 'ahead';
  const known = new Set(validators.map((v) => bytesKey(v.consensusKey)));
  if (commit.signatures.some((s) => !known.has(bytesKey(s.validator)))) return 'unverifiable';
  throw new ChainError('BAD_COMMIT', `an announced block ${height} ahead: ${problem}`, { height });
}
