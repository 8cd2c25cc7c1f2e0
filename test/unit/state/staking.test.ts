/**
 * Staking in the state machine (docs/staking.md): bonds change at once, the
 * validator set follows validator_update_delay blocks later, unstaked stake
 * unlocks after unbonding_blocks, evidence burns slash_bps of bonded and
 * unbonding stake and removes the key for good. Every block is checked
 * against a full scan of the supply buckets.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { PayoutRole, type TxPayload, type Validator } from '../../../src/codec/types.js';
import { toHex } from '../../../src/crypto/bytes.js';
import { executeBlock, type BlockResult } from '../../../src/state/apply-block.js';
import { DEFAULT_PARAMS } from '../../../src/state/params.js';
import * as tables from '../../../src/state/tables.js';
import { checkTx } from '../../../src/tx/check.js';
import type { TxErrorCode } from '../../../src/tx/errors.js';
import { possessionProof } from '../../../src/tx/sign.js';
import { CHAIN_ID, OPERATOR, TestChain, testGenesis, testKey, VALIDATOR, type TestKey } from '../../support/chain.js';
import { advanceTo, balanceOf, FEE, filler, payloads, run, signWith, totalsOf } from '../../support/fixtures.js';
import { expectTotalsMatchScan } from '../../support/scenario.js';

const PARAMS = { ...DEFAULT_PARAMS, validatorUpdateDelay: 2n, unbondingBlocks: 20n, evidenceMaxAgeBlocks: 10n, slashBps: 500 };
const MIN = PARAMS.minValidatorStake;
const alice = testKey('alice'); // operator of a second validator
const bob = testKey('bob'); // operator of a third
const aliceKey = testKey('alice-consensus');
const bobKey = testKey('bob-consensus');
const FUNDS = 10_000_000n;

let chain: TestChain;
beforeEach(async () => {
  chain = await TestChain.create(testGenesis([alice, bob], FUNDS, PARAMS));
});

async function setOf(): Promise<Record<string, bigint>> {
  const entries: Validator[] = [];
  for (const key of [VALIDATOR, aliceKey, bobKey]) {
    const v = await tables.validators.get(chain.store, key.publicKey);
    if (v !== undefined) entries.push(v);
  }
  return Object.fromEntries(entries.map((v) => [toHex(v.consensusKey), v.power]));
}

const hex = (k: TestKey) => toHex(k.publicKey);

async function block(key: TestKey, payload: TxPayload): Promise<BlockResult> {
  const result = await chain.block([chain.tx(key, payload)]);
  await expectTotalsMatchScan(chain.store, `height ${chain.height}`);
  return result;
}

async function expectCode(key: TestKey, payload: TxPayload, code: TxErrorCode | null): Promise<void> {
  const result = await block(key, payload);
  expect(result.txResults.map((r) => r.code)).toEqual([code]);
}

describe('Stake', () => {
  it('bonds at once and enters the set validator_update_delay blocks later, with the replaced set kept', async () => {
    const before = await totalsOf(chain);
    const { result } = await run(chain, alice, payloads.stake(MIN, aliceKey, alice));
    const stakedAt = chain.height;
    expect(result.txResults[0]!.events).toEqual([
      { type: 'stake', attributes: { operator: toHex(alice.address), consensus_key: hex(aliceKey), amount: String(MIN), bonded: String(MIN) } },
    ]);
    expect(await balanceOf(chain, alice.address)).toBe(FUNDS - MIN - FEE);
    expect((await totalsOf(chain)).validatorStakes).toBe(before.validatorStakes + MIN);
    expect(await tables.bonds.get(chain.store, aliceKey.publicKey)).toMatchObject({ amount: MIN, slashed: false });

    // Block h + delay − 1 ends with the new set, which signs from h + delay.
    const genesisSet = await setOf();
    await advanceTo(chain, stakedAt + PARAMS.validatorUpdateDelay - 2n);
    expect(await setOf()).toEqual(genesisSet);
    const changing = await chain.block();
    expect(changing.endEvents).toEqual([
      { type: 'validator_updated', attributes: { consensus_key: hex(aliceKey), power: String(MIN), from_height: String(stakedAt + PARAMS.validatorUpdateDelay) } },
    ]);
    expect(await setOf()).toEqual({ ...genesisSet, [hex(aliceKey)]: MIN });
    const change = await tables.validatorSetChange.get(chain.store);
    expect(change!.height).toBe(stakedAt + PARAMS.validatorUpdateDelay);
    expect(change!.previous.map((v) => [toHex(v.consensusKey), v.power])).toEqual(Object.entries(genesisSet));
  });

  it('adds to a bond; the power is the bond as it stood at the end of the block of the last change', async () => {
    const first = chain.tx(alice, payloads.stake(MIN, aliceKey, alice));
    const second = chain.tx(alice, payloads.stake(5n, aliceKey, alice));
    await chain.block([first, second]);
    await advanceTo(chain, chain.height + PARAMS.validatorUpdateDelay);
    expect((await setOf())[hex(aliceKey)]).toBe(MIN + 5n);
  });

  it.each<[string, () => Promise<void>, TestKey, TxPayload, TxErrorCode]>([
    ['BELOW_MIN_STAKE for a first bond under min_validator_stake', async () => {}, alice, payloads.stake(MIN - 1n, aliceKey, alice), 'BELOW_MIN_STAKE'],
    ['KEY_TAKEN for a key another operator bonded', () => run(chain, alice, payloads.stake(MIN, aliceKey, alice)).then(() => {}), bob, payloads.stake(MIN, aliceKey, bob), 'KEY_TAKEN'],
    ['KEY_TAKEN for a genesis validator key', async () => {}, alice, payloads.stake(MIN, VALIDATOR, alice), 'KEY_TAKEN'],
    ['KEY_MISMATCH for a second key while the first is bonded', () => run(chain, alice, payloads.stake(MIN, aliceKey, alice)).then(() => {}), alice, payloads.stake(MIN, bobKey, alice), 'KEY_MISMATCH'],
    ['INSUFFICIENT_FUNDS for more than the balance', async () => {}, alice, payloads.stake(FUNDS, aliceKey, alice), 'INSUFFICIENT_FUNDS'],
  ])('%s', async (_name, setup, key, payload, code) => {
    await setup();
    await expectCode(key, payload, code);
  });
});

describe('Stake front-running (issue 18, finding 4)', () => {
  // bob runs a node with bobKey and has published its public key (and his own Stake is pending);
  // mallory, who never had bobKey's seed, tries to bond it first and take that node's rewards.
  const mallory = testKey('mallory');
  const mine = testKey('mallory-consensus');
  const bobsStake = payloads.stake(MIN, bobKey, bob);
  const bobsProof = bobsStake.payload === 'stake' ? bobsStake.stake.possessionProof : new Uint8Array(0);
  const attempt = (possessionProof: Uint8Array): TxPayload => ({ payload: 'stake', stake: { amount: MIN, consensusKey: bobKey.publicKey, possessionProof } });
  const attempts: [string, TxPayload][] = [
    ['no proof', attempt(new Uint8Array(0))],
    ["bob's own proof, replayed from his pending Stake (it names bob's address)", attempt(bobsProof)],
    ["bob's whole Stake payload, signed by mallory", bobsStake],
    ["a proof by mallory's own consensus key", attempt(possessionProof(mine.seed, CHAIN_ID, mallory.address))],
    ["a proof by mallory's account key", attempt(possessionProof(mallory.seed, CHAIN_ID, mallory.address))],
    ['64 random-looking bytes', attempt(filler('forged proof', 64))],
  ];

  beforeEach(async () => {
    chain = await TestChain.create(testGenesis([alice, bob, mallory], FUNDS, PARAMS));
  });

  it.each(attempts)("refuses the attacker's Stake of the victim's key with %s: BAD_POSSESSION_PROOF, an invalid block, left out of a build", async (_name, payload) => {
    const tx = signWith(mallory, payload);
    expect(() => checkTx(tx.bytes, { chainId: CHAIN_ID, params: PARAMS })).toThrow(expect.objectContaining({ code: 'BAD_POSSESSION_PROOF' }));
    const err = await chain.execute([tx.bytes]).then(() => undefined, (e: unknown) => e);
    expect(err).toMatchObject({ code: 'INVALID_TX', meta: { index: 0, txCode: 'BAD_POSSESSION_PROOF' } });
    const built = await executeBlock(chain.store, { height: chain.height + 1n, proposer: VALIDATOR.publicKey, txs: [tx.bytes] }, { chainId: CHAIN_ID, prevStateRoot: chain.stateRoot, build: true });
    expect([built.txs, built.dropped.map((d) => d.code)]).toEqual([[], ['BAD_POSSESSION_PROOF']]);
  });

  it("after every attempt the victim's own Stake bonds its key, and its node's rewards go to the victim", async () => {
    const builds = await Promise.all(
      attempts.map(([, payload]) =>
        executeBlock(chain.store, { height: chain.height + 1n, proposer: VALIDATOR.publicKey, txs: [signWith(mallory, payload).bytes] }, { chainId: CHAIN_ID, prevStateRoot: chain.stateRoot, build: true }),
      ),
    );
    expect(builds.every((b) => b.txs.length === 0)).toBe(true);
    const malloryBalance = await balanceOf(chain, mallory.address);

    const { result } = await run(chain, bob, bobsStake);
    expect(result.txResults[0]!.events[0]).toMatchObject({ type: 'stake', attributes: { operator: toHex(bob.address), consensus_key: hex(bobKey) } });
    expect(await tables.bonds.get(chain.store, bobKey.publicKey)).toMatchObject({ operator: bob.address, amount: MIN, slashed: false });
    await advanceTo(chain, chain.height + PARAMS.validatorUpdateDelay);
    expect(await tables.validators.get(chain.store, bobKey.publicKey)).toMatchObject({ operator: bob.address, power: MIN });
    expect(await tables.operatorKeys.get(chain.store, mallory.address)).toBeUndefined();
    expect(await balanceOf(chain, mallory.address)).toBe(malloryBalance);
    // A block bob's node proposes pays its FEE row to bob.
    const proposed = await executeBlock(
      chain.store,
      { height: chain.height + 1n, proposer: bobKey.publicKey, txs: [chain.tx(alice, payloads.transfer(mallory.address, 1n)).bytes] },
      { chainId: CHAIN_ID, prevStateRoot: chain.stateRoot },
    );
    expect(proposed.payouts.map((r) => [r.role, toHex(r.recipient)])).toEqual([[PayoutRole.FEE, toHex(bob.address)]]);

    // Bonded now, the key stays bob's: even a proof bob signed for mallory would only get KEY_TAKEN.
    await expectCode(mallory, payloads.stake(MIN, bobKey, mallory), 'KEY_TAKEN');
  });
});

describe('Unstake', () => {
  beforeEach(async () => {
    await run(chain, alice, payloads.stake(3n * MIN, aliceKey, alice));
    await advanceTo(chain, chain.height + PARAMS.validatorUpdateDelay);
  });

  it('moves stake to unbonding at once, lowers the power after the delay and pays it back after unbonding_blocks', async () => {
    const balance = await balanceOf(chain, alice.address);
    const before = await totalsOf(chain);
    const { result } = await run(chain, alice, payloads.unstake(MIN));
    const at = chain.height;
    expect(result.txResults[0]!.events[0]).toEqual({
      type: 'unstake',
      attributes: { operator: toHex(alice.address), consensus_key: hex(aliceKey), amount: String(MIN), unlock_height: String(at + PARAMS.unbondingBlocks) },
    });
    const after = await totalsOf(chain);
    expect([after.validatorStakes, after.unbonding]).toEqual([before.validatorStakes - MIN, before.unbonding + MIN]);
    await advanceTo(chain, at + PARAMS.validatorUpdateDelay - 1n);
    expect((await setOf())[hex(aliceKey)]).toBe(2n * MIN);

    await advanceTo(chain, at + PARAMS.unbondingBlocks - 1n);
    expect(await balanceOf(chain, alice.address)).toBe(balance - FEE);
    const unlocking = await chain.block();
    expect(unlocking.endEvents).toEqual([{ type: 'unbonded', attributes: { consensus_key: hex(aliceKey), operator: toHex(alice.address), amount: String(MIN) } }]);
    expect(await balanceOf(chain, alice.address)).toBe(balance - FEE + MIN);
    expect((await totalsOf(chain)).unbonding).toBe(before.unbonding);
    await expectTotalsMatchScan(chain.store);
  });

  it('leaves the set when everything is unstaked, and may then bond a new key', async () => {
    await run(chain, alice, payloads.unstake(3n * MIN));
    await advanceTo(chain, chain.height + PARAMS.validatorUpdateDelay - 1n);
    expect(await setOf()).not.toHaveProperty(hex(aliceKey));
    await run(chain, alice, payloads.stake(MIN, bobKey, alice));
    expect(await tables.operatorKeys.get(chain.store, alice.address)).toEqual({ consensusKey: expect.anything() });
    expect(toHex((await tables.operatorKeys.get(chain.store, alice.address))!.consensusKey)).toBe(hex(bobKey));
  });

  it.each<[string, TestKey, bigint, TxErrorCode]>([
    ['NOT_FOUND without a bond', bob, 1n, 'NOT_FOUND'],
    ['INSUFFICIENT_STAKE for more than is bonded', alice, 3n * MIN + 1n, 'INSUFFICIENT_STAKE'],
    ['BELOW_MIN_STAKE for leaving a bond under the minimum', alice, 2n * MIN + 1n, 'BELOW_MIN_STAKE'],
  ])('%s', (_name, key, amount, code) => expectCode(key, payloads.unstake(amount), code));

  it('LAST_VALIDATOR for unstaking the last bonded stake', async () => {
    await run(chain, alice, payloads.unstake(3n * MIN));
    const genesisStake = (await totalsOf(chain)).validatorStakes;
    await expectCode(OPERATOR, payloads.unstake(genesisStake), 'LAST_VALIDATOR');
  });
});

describe('Evidence', () => {
  beforeEach(async () => {
    await run(chain, alice, payloads.stake(4n * MIN, aliceKey, alice));
    await advanceTo(chain, chain.height + PARAMS.validatorUpdateDelay);
  });

  it('burns slash_bps of the bond and of unbonding stake, unbonds the rest and removes the key for good', async () => {
    await run(chain, alice, payloads.unstake(MIN)); // 3 MIN bonded, MIN unbonding
    const before = await totalsOf(chain);
    const bps = BigInt(PARAMS.slashBps);
    const { result } = await run(chain, bob, payloads.evidence(aliceKey, chain.height));
    const at = chain.height;
    const burned = (3n * MIN * bps) / 10_000n + (MIN * bps) / 10_000n;
    expect(result.txResults[0]!.events).toEqual([
      {
        type: 'slashed',
        attributes: { consensus_key: hex(aliceKey), operator: toHex(alice.address), height: String(at - 1n), burned: String(burned), unbonding: String(3n * MIN - (3n * MIN * bps) / 10_000n) },
      },
    ]);
    const after = await totalsOf(chain);
    expect(after.burned - before.burned).toBe(burned);
    expect(after.validatorStakes).toBe(before.validatorStakes - 3n * MIN);
    expect(await tables.bonds.get(chain.store, aliceKey.publicKey)).toMatchObject({ amount: 0n, slashed: true });
    await advanceTo(chain, at + PARAMS.validatorUpdateDelay - 1n);
    expect(await setOf()).not.toHaveProperty(hex(aliceKey));

    await expectCode(bob, payloads.evidence(aliceKey, chain.height), 'DUPLICATE_EVIDENCE');
    await expectCode(alice, payloads.stake(MIN, aliceKey, alice), 'SLASHED');
    // Everything left unlocks: the slashed rest and the slashed unbonding entry.
    const balance = await balanceOf(chain, alice.address);
    await advanceTo(chain, at + PARAMS.unbondingBlocks);
    expect((await balanceOf(chain, alice.address)) - balance).toBe(4n * MIN - burned);
    expect((await totalsOf(chain)).unbonding).toBe(0n);
  });

  it('EVIDENCE_TOO_OLD beyond evidence_max_age_blocks, and accepts it at that age', async () => {
    const old = chain.height;
    await advanceTo(chain, old + PARAMS.evidenceMaxAgeBlocks);
    await expectCode(bob, payloads.evidence(aliceKey, old), 'EVIDENCE_TOO_OLD');
    const oldest = chain.height + 1n - PARAMS.evidenceMaxAgeBlocks;
    await expectCode(bob, payloads.evidence(aliceKey, oldest), null);
  });

  it.each<[string, () => TxPayload, TxErrorCode]>([
    ['NOT_FOUND for a key that never bonded', () => payloads.evidence(bobKey, chain.height), 'NOT_FOUND'],
    ['BAD_EVIDENCE for votes of a later height', () => payloads.evidence(aliceKey, chain.height + 2n), 'BAD_EVIDENCE'],
  ])('%s', (_name, payload, code) => expectCode(bob, payload(), code));

  it('LAST_VALIDATOR for the only bonded validator', async () => {
    await run(chain, alice, payloads.unstake(4n * MIN));
    await expectCode(bob, payloads.evidence(VALIDATOR, chain.height), 'LAST_VALIDATOR');
  });
});
