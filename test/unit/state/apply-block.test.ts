/** applyBlock: a received block is executed and every root its header claims is checked. */
import { describe, expect, it } from 'vitest';
import type { Block, Header } from '../../../src/codec/types.js';
import { toHex } from '../../../src/crypto/bytes.js';
import { merkleRoot } from '../../../src/crypto/merkle.js';
import { applyBlock } from '../../../src/state/apply-block.js';
import { BlockError } from '../../../src/state/errors.js';
import { CHAIN_ID, TestChain, testGenesis, testKey, VALIDATOR } from '../../support/chain.js';

const alice = testKey('alice');
const bob = testKey('bob');

/** A chain at height 1 and a correct block 2 with one transfer, as a proposer would build it. */
async function setup(): Promise<{ chain: TestChain; block: Block }> {
  const chain = await TestChain.create(testGenesis([alice]));
  await chain.block();
  const tx = chain.tx(alice, { payload: 'transfer', transfer: { to: bob.address, amount: 5n } });
  const result = await chain.execute([tx.bytes]);
  const header: Header = {
    chainId: CHAIN_ID,
    height: 2n,
    timeMs: 2000n,
    prevHash: new Uint8Array(32),
    txRoot: merkleRoot([tx.bytes]),
    stateRoot: result.stateRoot,
    payoutRoot: result.payoutRoot,
    proposer: VALIDATOR.publicKey,
    validatorsHash: new Uint8Array(32),
    lastCommitHash: new Uint8Array(32),
  };
  return { chain, block: { header, txs: [tx.bytes], lastCommit: null } };
}

async function codeOf(chain: TestChain, block: Block): Promise<string | undefined> {
  try {
    await applyBlock(chain.store, block, { chainId: CHAIN_ID, prevStateRoot: chain.stateRoot });
  } catch (err) {
    if (err instanceof BlockError) return err.code;
    throw err;
  }
  return undefined;
}

describe('applyBlock', () => {
  it('accepts a block whose header roots match its execution', async () => {
    const { chain, block } = await setup();
    const result = await applyBlock(chain.store, block, { chainId: CHAIN_ID, prevStateRoot: chain.stateRoot });
    expect(toHex(result.stateRoot)).toBe(toHex(block.header!.stateRoot));
    expect(result.txResults[0]!.code).toBeNull();
  });

  it.each([
    ['MISSING_HEADER', (b: Block): Block => ({ ...b, header: null })],
    ['WRONG_CHAIN', (b: Block): Block => ({ ...b, header: { ...b.header!, chainId: 'other' } })],
    ['BAD_TX_ROOT', (b: Block): Block => ({ ...b, txs: [] })],
    ['BAD_STATE_ROOT', (b: Block): Block => ({ ...b, header: { ...b.header!, stateRoot: new Uint8Array(32) } })],
    ['BAD_PAYOUT_ROOT', (b: Block): Block => ({ ...b, header: { ...b.header!, payoutRoot: merkleRoot([]) } })],
    ['UNKNOWN_PROPOSER', (b: Block): Block => ({ ...b, header: { ...b.header!, proposer: alice.publicKey } })],
  ])('refuses a block with %s and leaves the store untouched', async (code, corrupt) => {
    const { chain, block } = await setup();
    const before = [...chain.store.entries()].map(([k, v]) => toHex(k) + toHex(v));
    expect(await codeOf(chain, corrupt(block))).toBe(code);
    expect([...chain.store.entries()].map(([k, v]) => toHex(k) + toHex(v))).toEqual(before);
  });

  it('chains the state root: the same block after another previous root gets another root', async () => {
    const { chain, block } = await setup();
    const elsewhere = await applyBlock(
      chain.store,
      block,
      { chainId: CHAIN_ID, prevStateRoot: new Uint8Array(32).fill(1) },
    ).catch((err: unknown) => err);
    expect(elsewhere).toBeInstanceOf(BlockError);
    expect((elsewhere as BlockError).code).toBe('BAD_STATE_ROOT');
  });
});
