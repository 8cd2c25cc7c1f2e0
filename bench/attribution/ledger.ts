/**
 * A chain for the attribution benchmark whose state lives in a real LevelDB
 * (LevelStore, classic-level, in a temp directory): blocks run through the
 * state machine's executeBlock and their changes are written to the store, as
 * the node does, minus what the state machine never reads (block records,
 * receipts, consensus). Reads go straight to LevelStore.state, not through the
 * node's StateCache, so every block reads LevelDB.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TxBody, TxPayload } from '../../src/codec/types.js';
import { addressOf } from '../../src/crypto/address.js';
import { utf8 } from '../../src/crypto/bytes.js';
import { keyPairFromSeed, type KeyPair } from '../../src/crypto/ed25519.js';
import { sha256 } from '../../src/crypto/hash.js';
import { executeBlock, type BlockResult } from '../../src/state/apply-block.js';
import { genesisState, type Genesis } from '../../src/state/genesis.js';
import type { StateReader, Write } from '../../src/state/store.js';
import { LevelStore } from '../../src/store/level-store.js';
import { signTx, type SignedTx } from '../../src/tx/sign.js';

export const benchKey = (name: string): KeyPair => keyPairFromSeed(sha256(utf8(`attrib bench ${name}`)));

export const VALIDATOR = benchKey('validator');
export const OPERATOR = benchKey('operator');

export class BenchLedger {
  /** Height of the last block applied (or populated). */
  height = 0n;
  private stateRoot: Uint8Array;
  private readonly nonces = new Map<string, bigint>();

  private constructor(
    readonly store: LevelStore,
    readonly genesis: Genesis,
    readonly dir: string,
    genesisRoot: Uint8Array,
  ) {
    this.stateRoot = genesisRoot;
  }

  /** A fresh LevelDB in a temp directory, holding `genesis`. */
  static async create(genesis: Genesis): Promise<BenchLedger> {
    const dir = mkdtempSync(join(tmpdir(), 'attrib-bench-state-'));
    const store = await LevelStore.open(dir);
    const g = await genesisState(genesis);
    await store.initGenesis(g.changes, g.stateRoot);
    return new BenchLedger(store, genesis, dir, g.stateRoot);
  }

  get state(): StateReader {
    return this.store.state;
  }

  /** Signs a body from `key` with its next nonce as counted here. */
  tx(key: KeyPair, payload: TxPayload, fee: bigint): SignedTx {
    const address = addressOf(key.publicKey).toString();
    const nonce = this.nonces.get(address) ?? 0n;
    this.nonces.set(address, nonce + 1n);
    const body = { chainId: this.genesis.chainId, signer: key.publicKey, nonce, fee, ...payload } as TxBody;
    return signTx(body, key.seed);
  }

  /**
   * Executes a block of `txs` on top of the committed state without committing
   * it. `verified` txs skip signature verification, as txs the node already
   * verified at mempool entry do. `state` reads the committed state (default:
   * LevelDB itself; the node reads it through its StateCache).
   */
  execute(txs: readonly Uint8Array[], verified: ReadonlySet<Uint8Array> = new Set(), state: StateReader = this.store.state): Promise<BlockResult> {
    return executeBlock(
      state,
      { height: this.height + 1n, proposer: VALIDATOR.publicKey, txs },
      { chainId: this.genesis.chainId, prevStateRoot: this.stateRoot, signatureVerified: (_hash, bytes) => verified.has(bytes) },
    );
  }

  /** Executes and commits the next block; throws unless every tx applied. */
  async block(txs: readonly SignedTx[] = []): Promise<BlockResult> {
    const result = await this.execute(txs.map((t) => t.bytes));
    const failed = result.txResults.find((r) => r.code !== null);
    if (failed !== undefined) throw new Error(`tx ${failed.index} at height ${this.height + 1n} failed: ${failed.code} ${failed.message}`);
    await this.commit(result);
    return result;
  }

  /** Writes an executed block's changes to LevelDB and moves the head past it. */
  async commit(result: BlockResult): Promise<void> {
    await this.store.writeState(result.changes);
    this.stateRoot = result.stateRoot;
    this.height += 1n;
  }

  /** Writes state entries directly, outside any block (bulk population). */
  write(changes: readonly Write[]): Promise<void> {
    return this.store.writeState(changes);
  }

  /**
   * Moves the head to `height` without blocks: what a populated state looks
   * like after the blocks that would have written it. The state root is not
   * tracked across it, which nothing measured here reads.
   */
  skipTo(height: bigint): void {
    if (height < this.height) throw new Error(`ledger is already at ${this.height}`);
    this.height = height;
  }

  /** Every state entry, in key order. */
  entries(): Promise<[Uint8Array, Uint8Array][]> {
    return this.store.state.scan(new Uint8Array(0));
  }

  async destroy(): Promise<void> {
    await this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
