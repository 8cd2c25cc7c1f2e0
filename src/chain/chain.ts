/**
 * The chain over a LevelStore: genesis loading, building the next block
 * (proposer), validating a received one by re-execution (follower), and
 * committing either. Calls must not overlap: the node drives one at a time.
 */
import { blockHash, commitHash, validatorsHash } from '../codec/hashes.js';
import type { Account, Block, BlockResults, ChainHead, Commit, Header, Params, Validator } from '../codec/types.js';
import { bytesEqual, toHex } from '../crypto/bytes.js';
import { merkleRoot } from '../crypto/merkle.js';
import { applyBlock, executeBlock, type BlockResult, type ExecuteContext } from '../state/apply-block.js';
import { genesisState, type Genesis } from '../state/genesis.js';
import { Prefix } from '../state/keys.js';
import type { Write } from '../state/store.js';
import * as tables from '../state/tables.js';
import { STORE_FORMAT } from '../store/layout.js';
import type { LevelStore } from '../store/level-store.js';
import { toBlockResults } from '../store/results.js';
import { commitProblem, signCommit } from './commit.js';
import { ChainError } from './errors.js';
import { StateCache } from './state-cache.js';

export interface ExecutedBlock {
  block: Block;
  hash: Uint8Array;
  result: BlockResult;
}

/** The validators that sign the next height, and since when (docs/staking.md). */
export interface ValidatorSet {
  validators: Validator[];
  /** The first height this set signs (1, or the height after its last change). */
  since: bigint;
  /** The set that signed height `since` − 1: it signed the commit carried by block `since`. */
  previous: Validator[];
}

export interface ProposerKey {
  seed: Uint8Array;
  publicKey: Uint8Array;
}

const EMPTY = new Uint8Array(0);
const ZERO_ACCOUNT: Account = { balance: 0n, nonce: 0n };

export class Chain {
  /** Params change only through a block's writes; read once, dropped when a commit changes them. */
  private cachedParams: Params | undefined;
  /** Likewise the validator set, read on every block and every consensus message check. */
  private cachedSet: ValidatorSet | undefined;
  /** Committed state as the chain reads it: the store behind a cache kept in step with commits. */
  readonly state: StateCache;
  private generation = 0;

  private constructor(
    readonly store: LevelStore,
    readonly genesis: Genesis,
    private current: ChainHead,
  ) {
    this.state = new StateCache(store.state);
  }

  /** Opens the chain in `store`, writing genesis on first use and refusing a store made from another genesis. */
  static async open(store: LevelStore, genesis: Genesis): Promise<Chain> {
    const g = await genesisState(genesis);
    const [root, format] = [await store.genesisRoot(), await store.format()];
    if (root === undefined) {
      await store.initGenesis(g.changes, g.stateRoot);
    } else if (!bytesEqual(root, g.stateRoot)) {
      throw new ChainError('GENESIS_MISMATCH', `the data directory holds the chain of genesis root ${toHex(root)}, not ${toHex(g.stateRoot)}`);
    } else if (format !== STORE_FORMAT) {
      throw new ChainError('STORE_OUTDATED', `the data directory was written in store format ${format}, this node uses format ${STORE_FORMAT}: delete it and start again`);
    }
    const head = (await store.head())!;
    const block = head.height === 0n ? undefined : await store.block(head.height);
    if (head.height > 0n && (block === undefined || !bytesEqual(block.header!.stateRoot, head.stateRoot))) {
      throw new ChainError('STORE_CORRUPT', `the head names block ${head.height}, which is missing or has another state root`);
    }
    return new Chain(store, genesis, head);
  }

  get head(): ChainHead {
    return this.current;
  }

  get chainId(): string {
    return this.genesis.chainId;
  }

  async params(): Promise<Params> {
    if (this.cachedParams !== undefined) return this.cachedParams;
    const generation = this.generation;
    const params = (await tables.params.get(this.state))!;
    if (generation === this.generation) this.cachedParams = params;
    return params;
  }

  /** The committed account (zero balance and nonce if it never received anything). */
  async account(address: Uint8Array): Promise<Account> {
    return (await tables.accounts.get(this.state, address)) ?? ZERO_ACCOUNT;
  }

  /** The set that signs the next height (head + 1). */
  async validatorSet(): Promise<ValidatorSet> {
    if (this.cachedSet !== undefined) return this.cachedSet;
    const generation = this.generation;
    const [validators, change] = await Promise.all([tables.validatorSet(this.state), tables.validatorSetChange.get(this.state)]);
    const set = { validators, since: change!.height, previous: change!.previous };
    if (generation === this.generation) this.cachedSet = set;
    return set;
  }

  async validators(): Promise<Validator[]> {
    return (await this.validatorSet()).validators;
  }

  /**
   * Builds and executes the next block from candidate `txs` (those that would
   * make it invalid are left out: `result.dropped`), proposed by `key`, with
   * the head's commit as last_commit.
   */
  async propose(txs: readonly Uint8Array[], timeMs: bigint, key: ProposerKey, verified?: ExecuteContext['signatureVerified']): Promise<ExecutedBlock> {
    const head = this.current;
    const height = head.height + 1n;
    const lastCommit = height === 1n ? null : await this.store.commitOf(head.height);
    if (lastCommit === undefined) throw new ChainError('STORE_CORRUPT', `no commit is stored for the head block ${head.height}`);
    const result = await executeBlock(
      this.state,
      { height, proposer: key.publicKey, txs },
      { chainId: this.chainId, prevStateRoot: head.stateRoot, signatureVerified: verified, build: true },
    );
    const header: Header = {
      chainId: this.chainId,
      height,
      timeMs: timeMs > head.timeMs ? timeMs : head.timeMs + 1n,
      prevHash: head.blockHash,
      txRoot: merkleRoot(result.txs),
      stateRoot: result.stateRoot,
      payoutRoot: result.payoutRoot,
      proposer: key.publicKey,
      validatorsHash: validatorsHash(await this.validators()),
      lastCommitHash: lastCommit === null ? EMPTY : commitHash(lastCommit),
    };
    return { block: { header, txs: result.txs, lastCommit }, hash: blockHash(header), result };
  }

  /** Checks a received block's header against the head and re-executes it (a follower's validation). */
  async validate(block: Block, verified?: ExecuteContext['signatureVerified']): Promise<ExecutedBlock> {
    const head = this.current;
    const header = block.header;
    if (header !== null) {
      const fail = (code: ConstructorParameters<typeof ChainError>[0], message: string) => new ChainError(code, message, { height: header.height });
      if (header.height !== head.height + 1n) throw fail('BAD_HEIGHT', `block height ${header.height}, expected ${head.height + 1n}`);
      if (!bytesEqual(header.prevHash, head.blockHash)) throw fail('BAD_PREV_HASH', 'prev_hash is not the head block');
      if (header.timeMs <= head.timeMs) throw fail('BAD_TIME', `time_ms ${header.timeMs} is not after ${head.timeMs}`);
      const set = await this.validatorSet();
      if (!bytesEqual(header.validatorsHash, validatorsHash(set.validators))) throw fail('BAD_VALIDATORS_HASH', 'validators_hash does not match the set');
      const problem = this.lastCommitProblem(block, set);
      if (problem !== undefined) throw fail('BAD_LAST_COMMIT', problem);
    }
    const result = await applyBlock(this.state, block, {
      chainId: this.chainId,
      prevStateRoot: head.stateRoot,
      signatureVerified: verified,
    });
    return { block, hash: blockHash(header!), result };
  }

  /**
   * A live proposal (consensus): as validate, and its time_ms at most
   * max_clock_drift_ms ahead of `nowMs`, this node's clock. Blocks from sync
   * skip this check: they may be old, and their commit vouches for them.
   */
  async validateProposal(block: Block, nowMs: bigint, verified?: ExecuteContext['signatureVerified']): Promise<ExecutedBlock> {
    const drift = BigInt((await this.params()).maxClockDriftMs);
    const time = block.header?.timeMs;
    if (time !== undefined && time > nowMs + drift) {
      throw new ChainError('BAD_TIME', `time_ms ${time} is more than ${drift} ms ahead of this node's clock (${nowMs})`, { height: block.header!.height });
    }
    return this.validate(block, verified);
  }

  /**
   * Commits the block atomically with `commit`, the precommits that decided
   * it, and moves the head; returns the results record it stored. The caller
   * has checked the commit (commitProblem) or made it.
   */
  async commit(executed: ExecutedBlock, commit: Commit): Promise<BlockResults> {
    const results = toBlockResults(executed.result);
    this.current = await this.store.commitBlock({
      block: executed.block,
      hash: executed.hash,
      changes: executed.result.changes,
      results,
      commit,
    });
    this.applyToCaches(executed.result.changes);
    return results;
  }

  /** The single validator commits its own block: its precommit alone is the commit. */
  commitProposed(executed: ExecutedBlock, key: ProposerKey): Promise<BlockResults> {
    return this.commit(executed, signCommit(this.chainId, executed.block.header!.height, executed.hash, key));
  }

  private applyToCaches(changes: readonly Write[]): void {
    this.generation++;
    this.state.apply(changes);
    if (changes.some(([key]) => key[0] === Prefix.PARAMS)) this.cachedParams = undefined;
    if (changes.some(([key]) => key[0] === Prefix.VALIDATOR || key[0] === Prefix.VALIDATOR_SET_CHANGE)) this.cachedSet = undefined;
  }

  /** The commit of the head was signed by the head's set: the previous one when the set changed at the end of the head block. */
  private lastCommitProblem(block: Block, set: ValidatorSet): string | undefined {
    const head = this.current;
    const commit = block.lastCommit;
    if (head.height === 0n) return commit === null && block.header!.lastCommitHash.length === 0 ? undefined : 'block 1 carries no last_commit';
    if (commit === null) return 'last_commit is missing';
    if (!bytesEqual(block.header!.lastCommitHash, commitHash(commit))) return 'last_commit_hash does not match last_commit';
    const signers = set.since === head.height + 1n ? set.previous : set.validators;
    return commitProblem(this.chainId, commit, head.height, head.blockHash, signers);
  }
}
