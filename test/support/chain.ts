/**
 * A chain for unit tests of the pure core: genesis in a MemoryStore, blocks
 * executed with executeBlock and committed by applying their changes, and
 * funded keys whose txs get the next nonce automatically.
 */
import type { Params, TxBody, TxPayload } from '../../src/codec/types.js';
import { addressOf } from '../../src/crypto/address.js';
import { sha256 } from '../../src/crypto/hash.js';
import { utf8 } from '../../src/crypto/bytes.js';
import { keyPairFromSeed } from '../../src/crypto/ed25519.js';
import { executeBlock, type BlockResult } from '../../src/state/apply-block.js';
import { genesisState, type Genesis } from '../../src/state/genesis.js';
import { DEFAULT_PARAMS } from '../../src/state/params.js';
import { MemoryStore } from '../../src/state/store.js';
import { signTx, type SignedTx } from '../../src/tx/sign.js';

export const CHAIN_ID = 'test-chain';

export interface TestKey {
  seed: Uint8Array;
  publicKey: Uint8Array;
  address: Uint8Array;
}

/** Deterministic test keys: seed = sha256("test-key-" ‖ name). */
export function testKey(name: string): TestKey {
  const { seed, publicKey } = keyPairFromSeed(sha256(utf8(`test-key-${name}`)));
  return { seed, publicKey, address: addressOf(publicKey) };
}

export const VALIDATOR = testKey('validator');
export const OPERATOR = testKey('operator');

export function testGenesis(funded: readonly TestKey[], balance = 1_000_000_000n, params: Params = DEFAULT_PARAMS): Genesis {
  return {
    chainId: CHAIN_ID,
    params,
    accounts: funded.map((k) => ({ address: k.address, balance })),
    validators: [{ operator: OPERATOR.address, consensusKey: VALIDATOR.publicKey, stake: 1_000_000n }],
  };
}

export class TestChain {
  readonly store = new MemoryStore();
  height = 0n;
  stateRoot: Uint8Array = new Uint8Array(32);
  private readonly nonces = new Map<string, bigint>();

  static async create(genesis: Genesis): Promise<TestChain> {
    const chain = new TestChain();
    const g = await genesisState(genesis);
    chain.store.apply(g.changes);
    chain.stateRoot = g.stateRoot;
    return chain;
  }

  /** Signs a tx from `key` with its next nonce (counted locally) and the minimum fee unless given. */
  tx(key: TestKey, payload: TxPayload, fee = DEFAULT_PARAMS.minTxFee): SignedTx {
    const k = key.address.toString();
    const nonce = this.nonces.get(k) ?? 0n;
    this.nonces.set(k, nonce + 1n);
    return signTx({ chainId: CHAIN_ID, signer: key.publicKey, nonce, fee, ...payload } as TxBody, key.seed);
  }

  /** Executes the next block and commits it. */
  async block(txs: readonly SignedTx[] = []): Promise<BlockResult> {
    const result = await this.execute(txs.map((t) => t.bytes));
    this.commit(result);
    return result;
  }

  execute(txs: readonly Uint8Array[]): Promise<BlockResult> {
    return executeBlock(
      this.store,
      { height: this.height + 1n, proposer: VALIDATOR.publicKey, txs },
      { chainId: CHAIN_ID, prevStateRoot: this.stateRoot },
    );
  }

  commit(result: BlockResult): void {
    this.store.apply(result.changes);
    this.stateRoot = result.stateRoot;
    this.height += 1n;
  }
}
