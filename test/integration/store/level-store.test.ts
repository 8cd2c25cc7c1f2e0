/** LevelStore on a real LevelDB in a temp dir: the same blocks give the same state as the in-memory store. */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/codec/types.js';
import { toHex } from '../../../src/crypto/bytes.js';
import { merkleRoot } from '../../../src/crypto/merkle.js';
import { executeBlock } from '../../../src/state/apply-block.js';
import { genesisState } from '../../../src/state/genesis.js';
import { keys } from '../../../src/state/keys.js';
import { Bucket } from '../../../src/store/layout.js';
import { LevelStore } from '../../../src/store/level-store.js';
import { toBlockResults } from '../../../src/store/results.js';
import { tempDir } from '../../support/tmp.js';
import { CHAIN_ID, TestChain, testGenesis, testKey, VALIDATOR } from '../../support/chain.js';
import { accept, createDatanet, payloads, registerModel, run } from '../../support/fixtures.js';
import { deriveId, poolId } from '../../../src/tx/hash.js';
import { compareBytes } from '../../../src/crypto/bytes.js';

const alice = testKey('alice');
const bob = testKey('bob');

/** Runs `count` blocks of transfers on a memory chain, returning the tx bytes of each block. */
async function memoryRun(count: number): Promise<{ chain: TestChain; blocks: Uint8Array[][] }> {
  const chain = await TestChain.create(testGenesis([alice, bob]));
  const blocks: Uint8Array[][] = [];
  for (let h = 1; h <= count; h++) {
    const txs = [
      chain.tx(alice, { payload: 'transfer', transfer: { to: bob.address, amount: BigInt(h) } }),
      chain.tx(bob, { payload: 'transfer', transfer: { to: alice.address, amount: 2n * BigInt(h) } }),
    ];
    await chain.block(txs);
    blocks.push(txs.map((t) => t.bytes));
  }
  return { chain, blocks };
}

async function commitRun(store: LevelStore, blocks: Uint8Array[][]): Promise<void> {
  let head = (await store.head())!;
  for (const txs of blocks) {
    const height = head.height + 1n;
    const result = await executeBlock(
      store.state,
      { height, proposer: VALIDATOR.publicKey, txs },
      { chainId: CHAIN_ID, prevStateRoot: head.stateRoot },
    );
    const block: Block = {
      header: {
        chainId: CHAIN_ID,
        height,
        timeMs: height * 1000n,
        prevHash: head.blockHash,
        txRoot: merkleRoot(txs),
        stateRoot: result.stateRoot,
        payoutRoot: result.payoutRoot,
        proposer: VALIDATOR.publicKey,
        validatorsHash: new Uint8Array(32),
        lastCommitHash: new Uint8Array(0),
      },
      txs,
      lastCommit: null,
    };
    const hash = new Uint8Array(32).fill(Number(height));
    const commit = { height, round: 0, blockHash: hash, signatures: [] };
    head = await store.commitBlock({ block, hash, changes: result.changes, results: toBlockResults(result), commit });
  }
}

describe('LevelStore', () => {
  it('reaches the in-memory state byte for byte, and keeps it across a reopen', async () => {
    const { chain, blocks } = await memoryRun(5);
    const dir = tempDir();
    let store = await LevelStore.open(dir);
    const g = await genesisState(testGenesis([alice, bob]));
    await store.initGenesis(g.changes, g.stateRoot);
    await commitRun(store, blocks);
    await store.close();

    store = await LevelStore.open(dir);
    const head = (await store.head())!;
    expect(head.height).toBe(5n);
    expect(toHex(head.stateRoot)).toBe(toHex(chain.stateRoot));
    const memory = [...chain.store.entries()].map(([k, v]) => [toHex(k), toHex(v)]).sort();
    const level = (await store.state.scan(new Uint8Array(0))).map(([k, v]) => [toHex(k), toHex(v)]);
    expect(level).toEqual(memory);
    await store.close();
  });

  it('serves blocks, results, tx locations and account payouts', async () => {
    const { blocks } = await memoryRun(3);
    const store = await LevelStore.open(tempDir());
    const g = await genesisState(testGenesis([alice, bob]));
    await store.initGenesis(g.changes, g.stateRoot);
    await commitRun(store, blocks);

    const block2 = await store.block(2n);
    expect(block2?.txs.map(toHex)).toEqual(blocks[1]!.map(toHex));
    expect(await store.heightOfBlock(new Uint8Array(32).fill(2))).toBe(2n);
    const results = (await store.results(3n))!;
    expect(results.txs.map((t) => t.code)).toEqual(['', '']);
    expect(results.payouts.every((p) => p.amount > 0n)).toBe(true);
    const location = await store.txLocation(results.txs[1]!.hash);
    expect(location).toEqual({ height: 3n, index: 1 });
    // Every FEE row goes to the operator: 2 per block.
    const operator = results.payouts[0]!.recipient;
    expect(await store.indexedPayouts(Bucket.ACCOUNT_PAYOUT, operator, 1n, 100)).toHaveLength(6);
    expect(await store.indexedPayouts(Bucket.ACCOUNT_PAYOUT, operator, 3n, 100)).toEqual([
      { height: 3n, row: 0 },
      { height: 3n, row: 1 },
    ]);
    await store.close();
  });

  it('scans state ranges with the same bounds as the memory store', async () => {
    const store = await LevelStore.open(tempDir());
    const d = new Uint8Array(32).fill(9);
    await store.initGenesis(
      [1n, 4n, 6n].map((h) => [keys.counts(d, h), new Uint8Array([Number(h)])]),
      new Uint8Array(32),
    );
    const [last] = await store.state.scan(keys.countsGroup(d), { lte: keys.counts(d, 5n), reverse: true, limit: 1 });
    expect(toHex(last![0])).toBe(toHex(keys.counts(d, 4n)));
    expect(await store.state.scan(keys.countsGroup(new Uint8Array(32).fill(8)))).toEqual([]);
    await store.close();
  });

  it('getMany answers state keys in order, absent ones as undefined, like get', async () => {
    const store = await LevelStore.open(tempDir());
    const d = new Uint8Array(32).fill(9);
    await store.initGenesis(
      [1n, 4n].map((h) => [keys.counts(d, h), new Uint8Array([Number(h)])]),
      new Uint8Array(32),
    );
    const asked = [keys.counts(d, 4n), keys.counts(d, 2n), keys.counts(d, 1n)];
    const many = await store.state.getMany(asked);
    expect(many.map((value) => value && toHex(value))).toEqual(['0x04', undefined, '0x01']);
    expect(many).toEqual(await Promise.all(asked.map((k) => store.state.get(k))));
    expect(await store.state.getMany([])).toEqual([]);
    await store.close();
  });

  it('keeps lookup indexes of contributions by Datanet and owner and of pools by Datanet, paged in descending id order', async () => {
    const chain = await TestChain.create(testGenesis([alice, bob]));
    const [dnA, dnB] = [await createDatanet(chain, alice, { curators: [alice.address] }), await createDatanet(chain, bob, { curators: [bob.address] })];
    const contribute = async (key: typeof alice, datanet: Uint8Array, name: string) =>
      deriveId('contribution', (await run(chain, key, payloads.contribute(datanet, name))).tx.hash);
    const inA = [await contribute(alice, dnA, 'a1'), await contribute(bob, dnA, 'a2'), await contribute(alice, dnA, 'a3')];
    const inB = [await contribute(bob, dnB, 'b1')];
    await accept(chain, alice, inA[0]!);
    await accept(chain, bob, inB[0]!);
    const model = await registerModel(chain, bob);
    await run(chain, bob, payloads.recordTraining(model, [[dnA, 5000], [dnB, 5000]], chain.height));

    const store = await LevelStore.open(tempDir());
    await store.writeState([...chain.store.entries()]);
    const desc = (ids: Uint8Array[]) => [...ids].sort((a, b) => compareBytes(b, a)).map(toHex);
    const hex = (ids: Uint8Array[]) => ids.map(toHex);
    expect(hex(await store.lookup(Bucket.DATANET_CONTRIBUTION, dnA))).toEqual(desc(inA));
    expect(hex(await store.lookup(Bucket.DATANET_CONTRIBUTION, dnB))).toEqual(desc(inB));
    expect(hex(await store.lookup(Bucket.OWNER_CONTRIBUTION, alice.address))).toEqual(desc([inA[0]!, inA[2]!]));
    expect(hex(await store.lookup(Bucket.OWNER_CONTRIBUTION, bob.address))).toEqual(desc([inA[1]!, inB[0]!]));
    expect(hex(await store.lookup(Bucket.DATANET_POOL, dnA))).toEqual([toHex(poolId(model, 1, dnA))]);
    // Paging: strictly below `after`, at most `limit`.
    const all = await store.lookup(Bucket.DATANET_CONTRIBUTION, dnA);
    expect(hex(await store.lookup(Bucket.DATANET_CONTRIBUTION, dnA, { after: all[0]!, limit: 1 }))).toEqual([toHex(all[1]!)]);
    expect(await store.lookup(Bucket.DATANET_CONTRIBUTION, dnA, { after: all[2]! })).toEqual([]);
    await store.close();
  });
});
