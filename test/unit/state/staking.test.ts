/**
 * Staking in the state machine (docs/staking.md): bonds change at once, the
 * validator set follows validator_update_delay blocks later, unstaked stake
 * unlocks after unbonding_blocks, evidence burns slash_bps of bonded and
 * unbonding stake and removes the key for good. Every block is checked
 * against a full scan of the supply buckets.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { TxPayload, Validator } from '../../../src/codec/types.js';
import { toHex } from '../../../src/crypto/bytes.js';
import type { BlockResult } from '../../../src/state/apply-block.js';
import { DEFAULT_PARAMS } from '../../../src/state/params.js';
import * as tables from '../../../src/state/tables.js';
import type { TxErrorCode } from '../../../src/tx/errors.js';
import { OPERATOR, TestChain, testGenesis, testKey, VALIDATOR, type TestKey } from '../../support/chain.js';
import { advanceTo, balanceOf, FEE, payloads, run, totalsOf } from '../../support/fixtures.js';
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
    const { result } = await run(chain, alice, payloads.stake(MIN, aliceKey.publicKey));
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
    const first = chain.tx(alice, payloads.stake(MIN, aliceKey.publicKey));
    const second = chain.tx(alice, payloads.stake(5n, aliceKey.publicKey));
    await chain.block([first, second]);
    await advanceTo(chain, chain.height + PARAMS.validatorUpdateDelay);
    expect((await setOf())[hex(aliceKey)]).toBe(MIN + 5n);
  });

  it.each<[string, () => Promise<void>, TestKey, TxPayload, TxErrorCode]>([
    ['BELOW_MIN_STAKE for a first bond under min_validator_stake', async () => {}, alice, payloads.stake(MIN - 1n, aliceKey.publicKey), 'BELOW_MIN_STAKE'],
    ['KEY_TAKEN for a key another operator bonded', () => run(chain, alice, payloads.stake(MIN, aliceKey.publicKey)).then(() => {}), bob, payloads.stake(MIN, aliceKey.publicKey), 'KEY_TAKEN'],
    ['KEY_TAKEN for a genesis validator key', async () => {}, alice, payloads.stake(MIN, VALIDATOR.publicKey), 'KEY_TAKEN'],
    ['KEY_MISMATCH for a second key while the first is bonded', () => run(chain, alice, payloads.stake(MIN, aliceKey.publicKey)).then(() => {}), alice, payloads.stake(MIN, bobKey.publicKey), 'KEY_MISMATCH'],
    ['INSUFFICIENT_FUNDS for more than the balance', async () => {}, alice, payloads.stake(FUNDS, aliceKey.publicKey), 'INSUFFICIENT_FUNDS'],
  ])('%s', async (_name, setup, key, payload, code) => {
    await setup();
    await expectCode(key, payload, code);
  });
});

describe('Unstake', () => {
  beforeEach(async () => {
    await run(chain, alice, payloads.stake(3n * MIN, aliceKey.publicKey));
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
    await run(chain, alice, payloads.stake(MIN, bobKey.publicKey));
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
    await run(chain, alice, payloads.stake(4n * MIN, aliceKey.publicKey));
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
    await expectCode(alice, payloads.stake(MIN, aliceKey.publicKey), 'SLASHED');
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
