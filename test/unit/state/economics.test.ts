/**
 * Who gets paid what (DESIGN §3.3–§3.4, docs/protocol.md §7 and §10):
 * training counts members at the cutoff, exact copies earn nothing, members
 * that stopped earning leave their share in the pool, the fee split to the
 * unit, and the same blocks always give the same roots.
 */
import { describe, expect, it } from 'vitest';
import { ContributionStatus, PayoutRole, Verdict, type PayoutRow } from '../../../src/codec/types.js';
import { compareBytes, concatBytes, toHex } from '../../../src/crypto/bytes.js';
import { sha256 } from '../../../src/crypto/hash.js';
import { BlockError } from '../../../src/state/errors.js';
import * as tables from '../../../src/state/tables.js';
import { deriveId, poolId } from '../../../src/tx/hash.js';
import { OPERATOR, TestChain, testGenesis, testKey, type TestKey } from '../../support/chain.js';
import {
  accept,
  contribute,
  contributionOf,
  createDatanet,
  dumpStore,
  payloads,
  registerModel,
  FEE,
  reject,
  run,
  signWith,
  STAKE,
} from '../../support/fixtures.js';
import {
  attempt,
  claimedIn,
  expectTotalsMatchScan,
  runBlock,
  supplyOf,
  type Step,
} from '../../support/scenario.js';

const alice = testKey('alice'); // Datanet owner and curator, model owner
const bob = testKey('bob');
const carol = testKey('carol');
const dave = testKey('dave');
const erin = testKey('erin');
const user = testKey('user'); // pays for usages
const COPIERS = Array.from({ length: 50 }, (_, i) => testKey(`copier-${i}`));
const GENESIS = testGenesis([alice, bob, carol, dave, erin, user, ...COPIERS]);
const BPS = 10_000n;
const VALIDATOR_BPS = 500n;

const newChain = () => TestChain.create(GENESIS);
const curated = (chain: TestChain) => createDatanet(chain, alice, { curators: [alice.address] });
const storedPool = async (chain: TestChain, id: Uint8Array) => {
  const pool = await tables.pools.get(chain.store, id);
  if (pool === undefined) throw new Error(`no pool ${toHex(id)}`);
  return pool;
};
/** What a usage of fee_paid F leaves for the Datanets: F − ⌊F·500/10000⌋ − ⌊F·owner/10000⌋. */
const dataPart = (feePaid: bigint, ownerBps: bigint) => feePaid - (feePaid * VALIDATOR_BPS) / BPS - (feePaid * ownerBps) / BPS;

async function modelWithShare(chain: TestChain, ownerShareBps: number): Promise<Uint8Array> {
  const { tx } = await run(chain, alice, payloads.registerModel(ownerShareBps));
  return deriveId('model', tx.hash);
}

/** Trains the next version of `modelId` on a single Datanet; returns its pool. */
async function trainOn(chain: TestChain, modelId: Uint8Array, datanetId: Uint8Array, cutoff: bigint): Promise<Uint8Array> {
  const model = await tables.models.get(chain.store, modelId);
  await run(chain, alice, payloads.recordTraining(modelId, [[datanetId, 10_000]], cutoff));
  return poolId(modelId, (model?.versionCount ?? 0) + 1, datanetId);
}

/** Contributions, all in one block, all applying; returns their ids in order. */
async function contributeAll(chain: TestChain, datanetId: Uint8Array, entries: readonly (readonly [TestKey, string])[]): Promise<Uint8Array[]> {
  const txs = entries.map(([key, name]) => chain.tx(key, payloads.contribute(datanetId, name)));
  const result = await chain.block(txs);
  expect(result.txResults.map((r) => r.code)).toEqual(txs.map(() => null));
  return txs.map((t) => deriveId('contribution', t.hash));
}

async function acceptAll(chain: TestChain, ids: readonly Uint8Array[]) {
  return runBlock(chain, ids.map((id): Step => [alice, payloads.curate(id, Verdict.ACCEPT)]));
}

describe('RecordTraining counts earning members at the cutoff', () => {
  it('fails with NO_EARNING_MEMBERS on a Datanet whose contributions are all PENDING', async () => {
    const chain = await newChain();
    const datanetId = await curated(chain);
    await contributeAll(chain, datanetId, [[bob, 'a'], [carol, 'b']]);
    const modelId = await registerModel(chain, alice);
    const { code } = await attempt(chain, alice, payloads.recordTraining(modelId, [[datanetId, 10_000]], chain.height));
    expect(code).toBe('NO_EARNING_MEMBERS');
    expect((await tables.models.get(chain.store, modelId))?.versionCount).toBe(0);
  });

  it('fails on a Datanet whose only member was rejected by the cutoff, succeeds with a cutoff before the rejection', async () => {
    const chain = await newChain();
    const datanetId = await curated(chain);
    const [id] = await contributeAll(chain, datanetId, [[bob, 'a']]);
    await accept(chain, alice, id!);
    const acceptedAt = chain.height;
    await reject(chain, alice, id!);
    const modelId = await registerModel(chain, alice);

    const afterReject = payloads.recordTraining(modelId, [[datanetId, 10_000]], acceptedAt + 1n);
    expect((await attempt(chain, alice, afterReject)).code).toBe('NO_EARNING_MEMBERS');
    const pool = await trainOn(chain, modelId, datanetId, acceptedAt);
    expect((await storedPool(chain, pool)).members).toBe(1n);
    // …and the rejected member, counted at that cutoff, still cannot claim.
    await run(chain, user, payloads.recordUsage(modelId, 1, 10_000n));
    expect((await attempt(chain, bob, payloads.claim([[pool, id!]]))).code).toBe('NOT_ELIGIBLE');
  });

  it('fails when any one of several Datanets has no earning member, creating no version', async () => {
    const chain = await newChain();
    const good = await curated(chain);
    const empty = await curated(chain);
    const [id] = await contributeAll(chain, good, [[bob, 'a']]);
    await contributeAll(chain, empty, [[carol, 'pending']]);
    await accept(chain, alice, id!);
    const modelId = await registerModel(chain, alice);
    const both = payloads.recordTraining(modelId, [[good, 4000], [empty, 6000]], chain.height);
    expect((await attempt(chain, alice, both)).code).toBe('NO_EARNING_MEMBERS');
    expect((await tables.models.get(chain.store, modelId))?.versionCount).toBe(0);
    expect(await tables.pools.get(chain.store, poolId(modelId, 1, good))).toBeUndefined();
  });

  it('pool members is the count at the cutoff: later accepts and later retirements do not change it', async () => {
    const chain = await newChain();
    const datanetId = await curated(chain);
    const [c1, c2, c3, c4, c5] = await contributeAll(chain, datanetId, [[bob, '1'], [carol, '2'], [dave, '3'], [erin, '4'], [bob, '5']]);
    await acceptAll(chain, [c1!, c4!]);
    await acceptAll(chain, [c2!]);
    const h2 = chain.height; // c1, c2, c4 earn
    await acceptAll(chain, [c3!, c5!]);
    const h3 = chain.height; // all five earn
    await run(chain, erin, payloads.retire(c4!));
    const h4 = chain.height; // c4 retired: four earn, as now

    const modelId = await registerModel(chain, alice);
    const members = [];
    for (const cutoff of [h2 - 1n, h2, h3, h4]) members.push((await storedPool(chain, await trainOn(chain, modelId, datanetId, cutoff))).members);
    expect(members).toEqual([2n, 3n, 5n, 4n]);
  });
});

describe('exact copies earn nothing', () => {
  /**
   * One original A (bob's), `copies` exact copies of it from `copier(i)`, and
   * one distinct contribution B (carol's); everything curated, then one
   * version trained and used three times. Returns what each party got.
   */
  async function copiesScenario(copies: number, copier: (i: number) => TestKey) {
    const chain = await newChain();
    const datanetId = await curated(chain);
    const [a] = await contributeAll(chain, datanetId, [[bob, 'file']]);
    const copyIds = await contributeAll(chain, datanetId, Array.from({ length: copies }, (_, i) => [copier(i), 'file'] as const));
    const [b] = await contributeAll(chain, datanetId, [[carol, 'other']]);
    expect((await acceptAll(chain, [a!, b!])).codes).toEqual([null, null]);
    const copyAccepts = await acceptAll(chain, copyIds);

    const modelId = await registerModel(chain, alice);
    const pool = await trainOn(chain, modelId, datanetId, chain.height - 1n);
    const fees = [1_000_001n, 77_777n, 12_345n];
    const used = await runBlock(chain, fees.map((f): Step => [user, payloads.recordUsage(modelId, 1, f)]));
    expect(used.codes).toEqual([null, null, null]);

    const aClaim = claimedIn((await attempt(chain, bob, payloads.claim([[pool, a!]]))).result);
    const bClaim = claimedIn((await attempt(chain, carol, payloads.claim([[pool, b!]]))).result);
    const copyClaims = await runBlock(chain, copyIds.map((id, i): Step => [copier(i), payloads.claim([[pool, id]])]));
    await expectTotalsMatchScan(chain.store, `${copies} copies`);
    return {
      chain,
      copyIds,
      members: (await storedPool(chain, pool)).members,
      aClaim,
      bClaim,
      data: fees.reduce((n, f) => n + dataPart(f, 1000n), 0n),
      copyAcceptCodes: copyAccepts.codes,
      copyClaimCodes: copyClaims.codes,
    };
  }

  it.each([
    ['50 different keys', (i: number) => COPIERS[i]!],
    ["the original's owner", () => bob],
  ])('50 copies from %s: pool members 2, A earns what B earns and what A earns with no copies', async (_, copier) => {
    const withCopies = await copiesScenario(50, copier);
    const alone = await copiesScenario(0, copier);

    for (const id of withCopies.copyIds) expect((await contributionOf(withCopies.chain, id)).status).toBe(ContributionStatus.DUPLICATE);
    expect(withCopies.copyAcceptCodes).toEqual(Array(50).fill('EXACT_DUPLICATE'));
    expect(withCopies.copyClaimCodes).toEqual(Array(50).fill('NOT_ELIGIBLE'));
    expect(withCopies.members).toBe(2n);
    // Two members: each gets ⌊Σ data parts / 2⌋ (members·per_member + carry = Σ deposits).
    expect(withCopies.aClaim).toBe(withCopies.data / 2n);
    expect(withCopies.bClaim).toBe(withCopies.aClaim);
    expect(alone.members).toBe(2n);
    expect(alone.aClaim).toBe(withCopies.aClaim);
  });
});

describe('members that stopped earning', () => {
  it('a rejected and a retired member cannot claim; their shares stay in the pool, counted in supply', async () => {
    const chain = await newChain();
    const genesisSupply = supplyOf(await expectTotalsMatchScan(chain.store));
    const datanetId = await curated(chain);
    const [m1, m2, m3, m4] = await contributeAll(chain, datanetId, [[bob, '1'], [carol, '2'], [dave, '3'], [erin, '4']]);
    await acceptAll(chain, [m1!, m2!, m3!, m4!]);
    const modelId = await registerModel(chain, alice);
    const pool = await trainOn(chain, modelId, datanetId, chain.height - 1n);
    await run(chain, user, payloads.recordUsage(modelId, 1, 400_003n));
    await reject(chain, alice, m3!);
    await run(chain, erin, payloads.retire(m4!));
    await run(chain, user, payloads.recordUsage(modelId, 1, 99_999n)); // still shared by 4

    const deposits = dataPart(400_003n, 1000n) + dataPart(99_999n, 1000n);
    const perMember = deposits / 4n;
    const before = await storedPool(chain, pool);
    expect([before.members, before.perMember, before.carry, before.balance]).toEqual([4n, perMember, deposits % 4n, deposits]);

    expect((await attempt(chain, dave, payloads.claim([[pool, m3!]]))).code).toBe('NOT_ELIGIBLE');
    expect((await attempt(chain, erin, payloads.claim([[pool, m4!]]))).code).toBe('NOT_ELIGIBLE');
    const claims = await runBlock(chain, [[bob, payloads.claim([[pool, m1!]])], [carol, payloads.claim([[pool, m2!]])]]);
    expect(claims.codes).toEqual([null, null]);
    expect(claims.result.txResults.map((r) => r.events[0]?.attributes.amount)).toEqual([String(perMember), String(perMember)]);

    const after = await storedPool(chain, pool);
    expect(after.balance).toBe(2n * perMember + after.carry); // the two forfeited shares + carry, exactly
    expect(after.balance).toBe(deposits - 2n * perMember);
    const totals = await expectTotalsMatchScan(chain.store);
    expect(totals.pools).toBe(after.balance);
    expect(supplyOf(totals)).toBe(genesisSupply - totals.burned);
    expect(totals.burned).toBe(STAKE); // m3's stake
  });
});

describe('the fee split to the unit', () => {
  /** A model with `ownerShareBps`, trained on one member Datanet per weight; returns the ids. */
  async function trainedOnTwo(chain: TestChain, ownerShareBps: number, weights: [number, number]) {
    const datanets = [await curated(chain), await curated(chain)];
    const members = [await contribute(chain, bob, datanets[0]!, 'x'), await contribute(chain, carol, datanets[1]!, 'y')];
    await acceptAll(chain, members);
    const modelId = await modelWithShare(chain, ownerShareBps);
    await run(chain, alice, payloads.recordTraining(modelId, [[datanets[0]!, weights[0]], [datanets[1]!, weights[1]]], chain.height - 1n));
    return { modelId, datanets, pools: datanets.map((d) => poolId(modelId, 1, d)) };
  }

  const rowsOf = (rows: readonly PayoutRow[]) => rows.map((r) => [r.txIndex, r.role, toHex(r.recipient), toHex(r.contributionId), r.amount]);
  const row = (role: PayoutRole, recipient: Uint8Array, amount: bigint) => [0, role, toHex(recipient), '0x', amount];
  const poolRows = (entries: [Uint8Array, bigint][]) =>
    [...entries].sort(([a], [b]) => compareBytes(a, b)).map(([id, amount]) => row(PayoutRole.POOL, id, amount));

  it('fee_paid 1 000 003, owner share 1500, Datanets 7000/3000: the rows by hand', async () => {
    const chain = await newChain();
    const { modelId, pools } = await trainedOnTwo(chain, 1500, [7000, 3000]);
    const { result } = await run(chain, user, payloads.recordUsage(modelId, 1, 1_000_003n)); // tx fee FEE = 10
    const F = 1_000_003n;
    const validator = 50_000n; // ⌊1 000 003·500/10 000⌋ = ⌊50 000.15⌋
    const owner = 150_000n; // ⌊1 000 003·1500/10 000⌋ = ⌊150 000.45⌋
    const data = F - validator - owner; // 800 003
    // 800 003·7000 = 5 600 021 000 → base 560 002, remainder 1000; ·3000 = 2 400 009 000 → base 240 000, remainder 9000.
    // Σ base = 800 002: the one leftover unit goes to the larger remainder, the 3000 Datanet.
    expect([validator, owner, data]).toEqual([(F * 500n) / BPS, (F * 1500n) / BPS, 800_003n]);
    expect(rowsOf(result.payouts)).toEqual([
      row(PayoutRole.FEE, OPERATOR.address, FEE),
      row(PayoutRole.VALIDATOR, OPERATOR.address, 50_000n),
      row(PayoutRole.OWNER, alice.address, 150_000n),
      ...poolRows([[pools[0]!, 560_002n], [pools[1]!, 240_001n]]),
    ]);
  });

  it('the FEE row is the tx fee, whatever it is', async () => {
    const chain = await newChain();
    const { modelId } = await trainedOnTwo(chain, 1500, [7000, 3000]);
    const result = await chain.block([chain.tx(user, payloads.recordUsage(modelId, 1, 1_000_003n), 37n)]);
    expect(rowsOf(result.payouts.filter((r) => r.role === PayoutRole.FEE))).toEqual([row(PayoutRole.FEE, OPERATOR.address, 37n)]);
  });

  it('equal remainders: the leftover unit goes to the smaller sha256(usage tx hash ‖ Datanet id); a zero owner share has no row', async () => {
    const chain = await newChain();
    const { modelId, datanets, pools } = await trainedOnTwo(chain, 0, [5000, 5000]);
    const tx = chain.tx(user, payloads.recordUsage(modelId, 1, 1001n));
    const result = await chain.block([tx]);
    // validator ⌊1001·500/10 000⌋ = 50, owner 0, data 951 = 475 + 475 + 1 leftover.
    const ties = datanets.map((d) => sha256(concatBytes(tx.hash, d)));
    const winner = compareBytes(ties[0]!, ties[1]!) < 0 ? 0 : 1;
    expect(rowsOf(result.payouts)).toEqual([
      row(PayoutRole.FEE, OPERATOR.address, FEE),
      row(PayoutRole.VALIDATOR, OPERATOR.address, 50n),
      ...poolRows([[pools[0]!, winner === 0 ? 476n : 475n], [pools[1]!, winner === 1 ? 476n : 475n]]),
    ]);
  });
});

describe('determinism', () => {
  interface History {
    blocks: Uint8Array[][];
    modelId: Uint8Array;
  }

  /** A short history with every kind of money movement; block 4 (0-based) holds two usages and a reject. */
  async function history(chain: TestChain): Promise<History> {
    const blocks: Uint8Array[][] = [];
    const record = async (steps: Step[]) => {
      const txs = steps.map(([key, payload]) => chain.tx(key, payload));
      blocks.push((await chain.block(txs)).txs);
      return txs.map((t) => t.hash);
    };
    const [datanetTx, modelTx] = await record([[alice, payloads.createDatanet({ curators: [alice.address] })], [alice, payloads.registerModel(2000)]]);
    const datanetId = deriveId('datanet', datanetTx!);
    const modelId = deriveId('model', modelTx!);
    const contributed = await record([[bob, payloads.contribute(datanetId, 'a')], [carol, payloads.contribute(datanetId, 'b')], [dave, payloads.contribute(datanetId, 'a')]]);
    const [a, b, copy] = contributed.map((h) => deriveId('contribution', h));
    await record([[alice, payloads.curate(a!, Verdict.ACCEPT)], [alice, payloads.curate(b!, Verdict.ACCEPT)], [alice, payloads.curate(copy!, Verdict.ACCEPT)]]);
    await record([[alice, payloads.recordTraining(modelId, [[datanetId, 10_000]], chain.height)], [erin, payloads.transfer(user.address, 5n)]]);
    await record([[user, payloads.recordUsage(modelId, 1, 123_457n)], [user, payloads.recordUsage(modelId, 1, 9_999n)], [alice, payloads.curate(b!, Verdict.REJECT)]]);
    const pool = poolId(modelId, 1, datanetId);
    await record([[bob, payloads.claim([[pool, a!]])], [carol, payloads.claim([[pool, b!]])]]);
    return { blocks, modelId };
  }
  const USAGE_BLOCK = 4;

  /** A fresh chain with the first `n` blocks of `blocks` replayed and committed. */
  async function replayed(blocks: Uint8Array[][], n = blocks.length): Promise<{ chain: TestChain; roots: string[][] }> {
    const chain = await newChain();
    const roots: string[][] = [];
    for (const txs of blocks.slice(0, n)) {
      const result = await chain.execute(txs);
      chain.commit(result);
      roots.push([toHex(result.stateRoot), toHex(result.payoutRoot)]);
    }
    return { chain, roots };
  }

  it('the same blocks in two chains give the same roots at every height and the same store', async () => {
    const first = await newChain();
    const { blocks } = await history(first);
    const second = await replayed(blocks);
    const third = await replayed(blocks);
    expect(third.roots).toEqual(second.roots);
    expect(second.roots.at(-1)?.[0]).toBe(toHex(first.stateRoot));
    expect(new Set(second.roots.map(([stateRoot]) => stateRoot)).size).toBe(blocks.length);
    expect(dumpStore(second.chain.store)).toEqual(dumpStore(first.store));
  });

  it('changing any one byte of a tx in a replayed block gives a BlockError or another state root', async () => {
    const { blocks } = await history(await newChain());
    const { chain } = await replayed(blocks, USAGE_BLOCK);
    const block = blocks[USAGE_BLOCK]!;
    const expected = toHex((await chain.execute(block)).stateRoot);
    const tx = block[0]!;
    const outcomes = new Map<string, number>();
    for (let i = 0; i < tx.length; i++) {
      const changed = Uint8Array.from(tx);
      changed[i]! ^= 0x01;
      const outcome = await chain.execute([changed, ...block.slice(1)]).then(
        (r) => (toHex(r.stateRoot) === expected ? 'same root' : 'other root'),
        (err: unknown) => (err instanceof BlockError ? `BlockError ${err.code}` : `crash ${String(err)}`),
      );
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    const seen = JSON.stringify(Object.fromEntries(outcomes));
    expect([...outcomes.keys()].every((k) => k === 'other root' || k.startsWith('BlockError')), seen).toBe(true);
    expect([...outcomes.values()].reduce((n, c) => n + c, 0)).toBe(tx.length);
  });

  it('the same usage re-signed with fee_paid one unit higher gives another state root and payout root', async () => {
    const { blocks, modelId } = await history(await newChain());
    const { chain } = await replayed(blocks, USAGE_BLOCK);
    const block = blocks[USAGE_BLOCK]!;
    const expected = await chain.execute(block);
    const resigned = signWith(user, payloads.recordUsage(modelId, 1, 123_458n), { nonce: 0n });
    const result = await chain.execute([resigned.bytes, ...block.slice(1)]);
    expect(result.txResults.map((r) => r.code)).toEqual([null, null, null]);
    expect(toHex(result.stateRoot)).not.toBe(toHex(expected.stateRoot));
    expect(toHex(result.payoutRoot)).not.toBe(toHex(expected.payoutRoot));
  });
});
