/**
 * Stateful failures: a tx whose payload fails is recorded with its code, pays
 * its fee (a FEE row, nonce used) and changes nothing else. Block-level
 * failures (bad nonce, unpayable fee, a stateless failure, size, proposer)
 * throw BlockError and leave the store untouched.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { PayoutRole, Verdict, type TxPayload } from '../../../src/codec/types.js';
import { compareBytes, toHex } from '../../../src/crypto/bytes.js';
import { executeBlock } from '../../../src/state/apply-block.js';
import { BlockError } from '../../../src/state/errors.js';
import { keys } from '../../../src/state/keys.js';
import { DEFAULT_PARAMS } from '../../../src/state/params.js';
import * as tables from '../../../src/state/tables.js';
import type { TxErrorCode } from '../../../src/tx/errors.js';
import { poolId } from '../../../src/tx/hash.js';
import { CHAIN_ID, OPERATOR, TestChain, testGenesis, testKey, VALIDATOR, type TestKey } from '../../support/chain.js';
import {
  accept,
  accountOf,
  contribute,
  createDatanet,
  dumpStore,
  FEE,
  filler,
  payloads,
  registerModel,
  reject,
  run,
  signWith,
  STAKE,
} from '../../support/fixtures.js';

const alice = testKey('alice'); // Datanet owner and curator, model owner
const bob = testKey('bob'); // contributor
const carol = testKey('carol'); // another contributor
const poor = testKey('poor'); // funded with POOR_FUNDS only
const POOR_FUNDS = 500n;
const UNKNOWN = filler('unknown');

let chain: TestChain;
beforeEach(async () => {
  chain = await TestChain.create(testGenesis([alice, bob, carol]));
  await run(chain, alice, payloads.transfer(poor.address, POOR_FUNDS));
});

/**
 * Runs `payload` from `key` alone in a block and checks it failed with `code`
 * having done nothing but pay its fee: the only keys the block changes are
 * the signer's and the proposer operator's accounts.
 */
async function expectFailure(key: TestKey, payload: TxPayload, code: TxErrorCode): Promise<void> {
  const before = await accountOf(chain, key.address);
  const result = await chain.block([chain.tx(key, payload)]);
  expect(result.txResults.map((r) => [r.code, r.events])).toEqual([[code, []]]);
  expect(result.payouts.map((r) => [r.txIndex, r.role, toHex(r.recipient), r.amount])).toEqual([
    [0, PayoutRole.FEE, toHex(OPERATOR.address), FEE],
  ]);
  expect(await accountOf(chain, key.address)).toEqual({ balance: before.balance - FEE, nonce: before.nonce + 1n });
  const touched = [keys.account(key.address), keys.account(OPERATOR.address)].sort(compareBytes).map(toHex);
  expect(result.changes.map(([k]) => toHex(k))).toEqual(touched);
  expect(result.endEvents).toEqual([]);
}

/** A curated Datanet (curator alice) with a contribution of bob's, accepted. */
async function datanetWithMember(name = 'bob-1'): Promise<{ datanetId: Uint8Array; contributionId: Uint8Array }> {
  const datanetId = await createDatanet(chain, alice, { curators: [alice.address] });
  const contributionId = await contribute(chain, bob, datanetId, name);
  await accept(chain, alice, contributionId);
  return { datanetId, contributionId };
}

/** datanetWithMember, then alice's model trained on it with the cutoff at the acceptance height (version 1). */
async function trainedModel() {
  const { datanetId, contributionId } = await datanetWithMember();
  const cutoff = chain.height;
  const modelId = await registerModel(chain, alice);
  await run(chain, alice, payloads.recordTraining(modelId, [[datanetId, 10_000]], cutoff));
  return { datanetId, contributionId, modelId, cutoff, pool: poolId(modelId, 1, datanetId) };
}

describe('INSUFFICIENT_FUNDS (the payload cannot be paid; the fee still is)', () => {
  it('a transfer of one more than what is left after the fee', async () => {
    const balance = (await accountOf(chain, bob.address)).balance;
    await expectFailure(bob, payloads.transfer(carol.address, balance - FEE + 1n), 'INSUFFICIENT_FUNDS');
  });

  it('a contribution whose signer cannot lock the stake', async () => {
    const datanetId = await createDatanet(chain, alice, { curators: [alice.address] });
    await expectFailure(poor, payloads.contribute(datanetId, 'poor-1'), 'INSUFFICIENT_FUNDS');
  });

  it('a usage whose fee_paid is above the balance', async () => {
    const { modelId } = await trainedModel();
    await expectFailure(poor, payloads.recordUsage(modelId, 1, POOR_FUNDS), 'INSUFFICIENT_FUNDS');
  });
});

describe('NOT_FOUND', () => {
  it('a contribution to an unknown Datanet', () => expectFailure(bob, payloads.contribute(UNKNOWN, 'x'), 'NOT_FOUND'));
  it('curators of an unknown Datanet', () => expectFailure(alice, payloads.updateCurators(UNKNOWN, [bob.address]), 'NOT_FOUND'));
  it('curating an unknown contribution', () => expectFailure(alice, payloads.curate(UNKNOWN, Verdict.ACCEPT), 'NOT_FOUND'));
  it('retiring an unknown contribution', () => expectFailure(bob, payloads.retire(UNKNOWN), 'NOT_FOUND'));

  it('training an unknown model', async () => {
    const { datanetId } = await datanetWithMember();
    await expectFailure(alice, payloads.recordTraining(UNKNOWN, [[datanetId, 10_000]], chain.height), 'NOT_FOUND');
  });

  it('training on an unknown Datanet', async () => {
    const { datanetId } = await datanetWithMember();
    const modelId = await registerModel(chain, alice);
    const datanets: [Uint8Array, number][] = [[datanetId, 5000], [UNKNOWN, 5000]];
    await expectFailure(alice, payloads.recordTraining(modelId, datanets, chain.height), 'NOT_FOUND');
  });

  it('a usage of an unknown model', () => expectFailure(bob, payloads.recordUsage(UNKNOWN, 1, 100n), 'NOT_FOUND'));

  it('a usage of a version the model does not have', async () => {
    const { modelId } = await trainedModel();
    await expectFailure(bob, payloads.recordUsage(modelId, 2, 100n), 'NOT_FOUND');
  });

  it('a claim from an unknown pool', async () => {
    const { contributionId } = await trainedModel();
    await expectFailure(bob, payloads.claim([[UNKNOWN, contributionId]]), 'NOT_FOUND');
  });

  it('a claim for an unknown contribution', async () => {
    const { pool } = await trainedModel();
    await expectFailure(bob, payloads.claim([[pool, UNKNOWN]]), 'NOT_FOUND');
  });
});

describe('UNAUTHORIZED', () => {
  it('UpdateCurators by someone other than the owner', async () => {
    const datanetId = await createDatanet(chain, alice, { curators: [bob.address] });
    await expectFailure(bob, payloads.updateCurators(datanetId, [bob.address, carol.address]), 'UNAUTHORIZED');
  });

  it('Curate by someone who is not a curator (the owner included, when not listed)', async () => {
    const datanetId = await createDatanet(chain, alice, { curators: [carol.address] });
    const id = await contribute(chain, bob, datanetId, 'bob-1');
    await expectFailure(alice, payloads.curate(id, Verdict.ACCEPT), 'UNAUTHORIZED');
    await expectFailure(bob, payloads.curate(id, Verdict.REJECT), 'UNAUTHORIZED');
  });

  it('Retire by someone other than the contributor', async () => {
    const { contributionId } = await datanetWithMember();
    await expectFailure(alice, payloads.retire(contributionId), 'UNAUTHORIZED');
  });

  it('RecordTraining by someone other than the model owner', async () => {
    const { datanetId } = await datanetWithMember();
    const modelId = await registerModel(chain, alice);
    await expectFailure(bob, payloads.recordTraining(modelId, [[datanetId, 10_000]], chain.height), 'UNAUTHORIZED');
  });

  it("a claim for someone else's contribution", async () => {
    const { modelId, pool, contributionId } = await trainedModel();
    await run(chain, carol, payloads.recordUsage(modelId, 1, 1000n));
    await expectFailure(carol, payloads.claim([[pool, contributionId]]), 'UNAUTHORIZED');
  });
});

describe('BAD_STATUS and EXACT_DUPLICATE', () => {
  it('accepting an ACCEPTED contribution', async () => {
    const { contributionId } = await datanetWithMember();
    await expectFailure(alice, payloads.curate(contributionId, Verdict.ACCEPT), 'BAD_STATUS');
  });

  it('retiring a REJECTED contribution', async () => {
    const { contributionId } = await datanetWithMember();
    await reject(chain, alice, contributionId);
    await expectFailure(bob, payloads.retire(contributionId), 'BAD_STATUS');
  });

  it('rejecting a REJECTED contribution', async () => {
    const { contributionId } = await datanetWithMember();
    await reject(chain, alice, contributionId);
    await expectFailure(alice, payloads.curate(contributionId, Verdict.REJECT), 'BAD_STATUS');
  });

  it('accepting a DUPLICATE', async () => {
    const { datanetId } = await datanetWithMember('same');
    const copy = await contribute(chain, carol, datanetId, 'same');
    await expectFailure(alice, payloads.curate(copy, Verdict.ACCEPT), 'EXACT_DUPLICATE');
  });
});

describe('RecordTraining', () => {
  it('CUTOFF_TOO_HIGH for a cutoff at the current height (one below passes)', async () => {
    const { datanetId } = await datanetWithMember();
    const modelId = await registerModel(chain, alice);
    await expectFailure(alice, payloads.recordTraining(modelId, [[datanetId, 10_000]], chain.height + 1n), 'CUTOFF_TOO_HIGH');
    await run(chain, alice, payloads.recordTraining(modelId, [[datanetId, 10_000]], chain.height));
  });

  it('NO_EARNING_MEMBERS for a Datanet with only a pending contribution', async () => {
    const datanetId = await createDatanet(chain, alice, { curators: [alice.address] });
    await contribute(chain, bob, datanetId, 'bob-1');
    const modelId = await registerModel(chain, alice);
    await expectFailure(alice, payloads.recordTraining(modelId, [[datanetId, 10_000]], chain.height), 'NO_EARNING_MEMBERS');
  });

  it('NO_EARNING_MEMBERS when the only member was accepted after the cutoff', async () => {
    const { datanetId } = await datanetWithMember();
    const acceptedAt = chain.height;
    const modelId = await registerModel(chain, alice);
    await expectFailure(alice, payloads.recordTraining(modelId, [[datanetId, 10_000]], acceptedAt - 1n), 'NO_EARNING_MEMBERS');
  });
});

describe('Claim', () => {
  it('NOT_ELIGIBLE for a member accepted after the cutoff', async () => {
    const { datanetId, modelId, pool } = await trainedModel();
    const late = await contribute(chain, carol, datanetId, 'carol-1');
    await accept(chain, alice, late);
    await run(chain, bob, payloads.recordUsage(modelId, 1, 1000n));
    await expectFailure(carol, payloads.claim([[pool, late]]), 'NOT_ELIGIBLE');
  });

  it('NOT_ELIGIBLE for a member of another Datanet, accepted before the cutoff', async () => {
    const other = await createDatanet(chain, alice, { curators: [alice.address] });
    const elsewhere = await contribute(chain, carol, other, 'carol-1');
    await accept(chain, alice, elsewhere);
    const { modelId, pool } = await trainedModel();
    await run(chain, bob, payloads.recordUsage(modelId, 1, 1000n));
    await expectFailure(carol, payloads.claim([[pool, elsewhere]]), 'NOT_ELIGIBLE');
  });

  it('NOT_ELIGIBLE in a later entry undoes the payment of an earlier good entry', async () => {
    const { datanetId, modelId, pool, contributionId } = await trainedModel();
    const late = await contribute(chain, bob, datanetId, 'bob-2');
    await accept(chain, alice, late);
    await run(chain, carol, payloads.recordUsage(modelId, 1, 1000n));
    await expectFailure(bob, payloads.claim([[pool, contributionId], [pool, late]]), 'NOT_ELIGIBLE');
    const { result } = await run(chain, bob, payloads.claim([[pool, contributionId]]));
    const perMember = (await tables.pools.get(chain.store, pool))!.perMember;
    expect(perMember).toBeGreaterThan(0n);
    expect(result.txResults[0]!.events.map((e) => e.attributes.amount)).toEqual([String(perMember)]);
  });

  it('NOTHING_TO_CLAIM on a second claim with no usage in between', async () => {
    const { modelId, pool, contributionId } = await trainedModel();
    await run(chain, carol, payloads.recordUsage(modelId, 1, 1000n));
    const first = await run(chain, bob, payloads.claim([[pool, contributionId]]));
    const claimed = first.result.txResults[0]!.events.find((e) => e.type === 'claimed');
    expect(claimed?.attributes.amount).toBe(String((await tables.pools.get(chain.store, pool))!.perMember));
    await expectFailure(bob, payloads.claim([[pool, contributionId]]), 'NOTHING_TO_CLAIM');
  });
});

describe('invalid blocks', () => {
  /** Executes `txs` at the next height and returns the BlockError, checking the store is untouched. */
  async function blockError(txs: Uint8Array[], proposer = VALIDATOR.publicKey): Promise<BlockError> {
    const before = dumpStore(chain.store);
    const err = await executeBlock(
      chain.store,
      { height: chain.height + 1n, proposer, txs },
      { chainId: CHAIN_ID, prevStateRoot: chain.stateRoot },
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(dumpStore(chain.store)).toEqual(before);
    if (!(err instanceof BlockError)) throw new Error(`expected a BlockError, got ${String(err)}`);
    return err;
  }

  const transferFrom = (key: TestKey, nonce: bigint) => signWith(key, payloads.transfer(carol.address, 1n), { nonce }).bytes;

  it('INVALID_TX BAD_NONCE for a nonce gap', async () => {
    const err = await blockError([transferFrom(bob, 0n), transferFrom(bob, 2n)]);
    expect([err.code, err.meta]).toEqual(['INVALID_TX', { index: 1, txCode: 'BAD_NONCE' }]);
  });

  it('INVALID_TX BAD_NONCE for a nonce used in an earlier block', async () => {
    await run(chain, bob, payloads.transfer(carol.address, 1n));
    const err = await blockError([transferFrom(bob, 0n)]);
    expect([err.code, err.meta]).toEqual(['INVALID_TX', { index: 0, txCode: 'BAD_NONCE' }]);
  });

  it('INVALID_TX BAD_NONCE for a nonce used earlier in the same block', async () => {
    const again = signWith(bob, payloads.transfer(carol.address, 2n), { nonce: 0n }).bytes;
    const err = await blockError([transferFrom(bob, 0n), again]);
    expect([err.code, err.meta]).toEqual(['INVALID_TX', { index: 1, txCode: 'BAD_NONCE' }]);
  });

  it('INVALID_TX INSUFFICIENT_FUNDS for a signer that cannot pay its tx fee', async () => {
    const err = await blockError([transferFrom(bob, 0n), transferFrom(testKey('nobody'), 0n)]);
    expect([err.code, err.meta]).toEqual(['INVALID_TX', { index: 1, txCode: 'INSUFFICIENT_FUNDS' }]);
  });

  it('INVALID_TX with the stateless code of a tx that fails checkTx', async () => {
    const forged = signWith(bob, payloads.transfer(carol.address, 1n), { signer: alice.publicKey }).bytes;
    const err = await blockError([forged]);
    expect([err.code, err.meta]).toEqual(['INVALID_TX', { index: 0, txCode: 'BAD_SIGNATURE' }]);
  });

  it('BLOCK_TOO_LARGE when the txs together exceed max_block_bytes', async () => {
    const params = { ...DEFAULT_PARAMS, maxTxBytes: 256, maxBlockBytes: 1024 };
    chain = await TestChain.create(testGenesis([bob], 1_000_000n, params));
    const txs = Array.from({ length: 10 }, (_, i) => transferFrom(bob, BigInt(i)));
    const fits = txs.filter((_, i) => txs.slice(0, i + 1).reduce((n, t) => n + t.length, 0) <= 1024);
    expect(fits.length).toBeLessThan(txs.length);
    expect((await chain.execute(fits)).txResults.every((r) => r.code === null)).toBe(true);
    expect((await blockError(txs)).code).toBe('BLOCK_TOO_LARGE');
  });

  it('UNKNOWN_PROPOSER for a block proposed by a key that is not a validator', async () => {
    expect((await blockError([transferFrom(bob, 0n)], alice.publicKey)).code).toBe('UNKNOWN_PROPOSER');
  });
});

it('a failed tx next to an applied one pays its fee while the other applies', async () => {
  const datanetId = await createDatanet(chain, alice, { curators: [alice.address] });
  const ok = chain.tx(bob, payloads.contribute(datanetId, 'bob-1'));
  const failed = chain.tx(carol, payloads.curate(filler('missing'), Verdict.ACCEPT));
  const result = await chain.block([ok, failed]);
  expect(result.txResults.map((r) => r.code)).toEqual([null, 'NOT_FOUND']);
  expect(result.payouts.map((r) => [r.txIndex, r.role, r.amount])).toEqual([
    [0, PayoutRole.FEE, FEE],
    [1, PayoutRole.FEE, FEE],
  ]);
  expect(result.totals.contributionStakes).toBe(STAKE);
});
