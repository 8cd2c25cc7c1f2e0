/**
 * The contribution lifecycle (src/state/handlers/contributions.ts): curator
 * accept, auto-accept at the end of the due block, reject burning the stake,
 * retire unlocking it a challenge window later, exact duplicates and the
 * re-promotion of the earliest copy when its original is rejected.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ContributionStatus as S, Verdict } from '../../../src/codec/types.js';
import { toHex } from '../../../src/crypto/bytes.js';
import type { BlockResult } from '../../../src/state/apply-block.js';
import * as tables from '../../../src/state/tables.js';
import { deriveId } from '../../../src/tx/hash.js';
import { TestChain, testGenesis, testKey } from '../../support/chain.js';
import {
  accept,
  advanceTo,
  balanceOf,
  CHALLENGE,
  contentHash,
  contribute,
  contributionOf,
  createDatanet,
  EMPTY,
  FEE,
  hexed,
  payloads,
  reject,
  run,
  STAKE,
  totalsOf,
  type DatanetOpts,
} from '../../support/fixtures.js';

const alice = testKey('alice'); // Datanet owner and curator
const bob = testKey('bob');
const carol = testKey('carol');
const dave = testKey('dave');
const erin = testKey('erin');
const frank = testKey('frank');

let chain: TestChain;
beforeEach(async () => {
  chain = await TestChain.create(testGenesis([alice, bob, carol, dave, erin, frank]));
});

const curated: DatanetOpts = { curators: [alice.address], challengeBlocks: CHALLENGE };
const autoAccepting: DatanetOpts = { ...curated, autoAccept: true };

/** The stored contribution, byte fields as hex. */
const stored = async (id: Uint8Array) => hexed(await contributionOf(chain, id));
const statusOf = async (id: Uint8Array) => (await contributionOf(chain, id)).status;
const originalOf = async (datanetId: Uint8Array, name: string) =>
  toHex((await tables.contents.get(chain.store, datanetId, contentHash(name)))?.original ?? EMPTY);
/** A Datanet made with `opts` holding bob's contribution "doc", and the height it would fall due. */
async function bobsDoc(opts: DatanetOpts) {
  const datanetId = await createDatanet(chain, alice, opts);
  const id = await contribute(chain, bob, datanetId, 'doc');
  return { datanetId, id, due: chain.height + CHALLENGE };
}

const eventTypes = (result: BlockResult) => result.endEvents.map((e) => `${e.type} ${e.attributes.id}`);

describe('curator accept', () => {
  it('PENDING at inclusion, ACCEPTED at the height a curator accepts it, counted in the Datanet', async () => {
    const { datanetId, id } = await bobsDoc(curated);
    expect(await stored(id)).toMatchObject({ status: S.PENDING, height: chain.height, txIndex: 0, stake: STAKE, dueHeight: 0n });
    await advanceTo(chain, chain.height + 3n);
    await accept(chain, alice, id);
    expect(await stored(id)).toMatchObject({ status: S.ACCEPTED, acceptedHeight: chain.height, stake: STAKE });
    expect((await tables.datanets.get(chain.store, datanetId))?.acceptedTotal).toBe(1n);
  });

  it('an accept before the due height cancels the auto-accept', async () => {
    const { datanetId, id, due } = await bobsDoc(autoAccepting);
    await accept(chain, alice, id);
    const acceptedAt = chain.height;
    await advanceTo(chain, due - 1n);
    expect(eventTypes(await chain.block())).toEqual([]);
    expect(await stored(id)).toMatchObject({ status: S.ACCEPTED, acceptedHeight: acceptedAt });
    expect((await tables.datanets.get(chain.store, datanetId))?.acceptedTotal).toBe(1n);
  });
});

describe('auto-accept', () => {
  it('happens at the end of block inclusion_height + challenge_blocks, not one block earlier', async () => {
    const { id, due } = await bobsDoc(autoAccepting);
    expect((await contributionOf(chain, id)).dueHeight).toBe(due);

    await advanceTo(chain, due - 2n);
    expect(eventTypes(await chain.block())).toEqual([]); // block due − 1
    expect(await statusOf(id)).toBe(S.PENDING);

    expect(eventTypes(await chain.block())).toEqual([`contribution_accepted ${toHex(id)}`]); // block due
    expect(await stored(id)).toMatchObject({ status: S.ACCEPTED, acceptedHeight: due, dueHeight: 0n });
  });

  it('never happens without auto_accept', async () => {
    const { id, due } = await bobsDoc(curated);
    await advanceTo(chain, due - 1n);
    for (let i = 0; i < 3; i++) expect(eventTypes(await chain.block())).toEqual([]);
    expect(await stored(id)).toMatchObject({ status: S.PENDING, dueHeight: 0n, acceptedHeight: 0n });
  });

  it('does not revive a contribution rejected before its due height', async () => {
    const { id, due } = await bobsDoc(autoAccepting);
    await reject(chain, alice, id);
    await advanceTo(chain, due - 1n);
    expect(eventTypes(await chain.block())).toEqual([]);
    expect(await statusOf(id)).toBe(S.REJECTED);
  });
});

describe('reject', () => {
  it('burns the stake: burned up and locked stakes down by it, nothing back to the contributor', async () => {
    const { datanetId, id } = await bobsDoc(curated);
    await accept(chain, alice, id);
    const totals = await totalsOf(chain);
    const bobBalance = await balanceOf(chain, bob.address);

    const { result } = await reject(chain, alice, id);
    expect(result.totals.burned - totals.burned).toBe(STAKE);
    expect(totals.contributionStakes - result.totals.contributionStakes).toBe(STAKE);
    expect(await balanceOf(chain, bob.address)).toBe(bobBalance);
    expect(await stored(id)).toMatchObject({ status: S.REJECTED, stake: 0n, endedHeight: chain.height });
    expect((await tables.datanets.get(chain.store, datanetId))?.removedTotal).toBe(1n);
  });
});

describe('retire', () => {
  /** A contribution of bob's, accepted, then retired by him: its id, the retire height and bob's balance after it. */
  async function retired() {
    const { id } = await bobsDoc(curated);
    await accept(chain, alice, id);
    await run(chain, bob, payloads.retire(id));
    return { id, retiredAt: chain.height, balance: await balanceOf(chain, bob.address) };
  }

  it('unlocks the stake to the owner exactly challenge_blocks later', async () => {
    const { id, retiredAt, balance } = await retired();
    expect(await stored(id)).toMatchObject({ status: S.RETIRED, endedHeight: retiredAt, dueHeight: retiredAt + CHALLENGE, stake: STAKE });

    await advanceTo(chain, retiredAt + CHALLENGE - 1n);
    expect(await balanceOf(chain, bob.address)).toBe(balance);
    const stakesBefore = (await totalsOf(chain)).contributionStakes;

    const unlock = await chain.block();
    expect(unlock.endEvents).toEqual([
      { type: 'stake_unlocked', attributes: { id: toHex(id), owner: toHex(bob.address), amount: STAKE.toString() } },
    ]);
    expect(await balanceOf(chain, bob.address)).toBe(balance + STAKE);
    expect(stakesBefore - unlock.totals.contributionStakes).toBe(STAKE);
    expect(await stored(id)).toMatchObject({ status: S.RETIRED, stake: 0n, dueHeight: 0n });
  });

  it('a retired contribution rejected before its unlock burns the stake, and nothing unlocks later', async () => {
    const { id, retiredAt, balance } = await retired();
    await advanceTo(chain, retiredAt + 4n);
    const burned = (await totalsOf(chain)).burned;
    const { result } = await reject(chain, alice, id);
    expect(result.totals.burned - burned).toBe(STAKE);

    await advanceTo(chain, retiredAt + CHALLENGE - 1n);
    expect((await chain.block()).endEvents).toEqual([]);
    expect(await balanceOf(chain, bob.address)).toBe(balance);
    expect(await stored(id)).toMatchObject({ status: S.REJECTED, stake: 0n });
  });

  it('a retired contribution cannot be rejected once its stake has unlocked', async () => {
    const { id, retiredAt } = await retired();
    await advanceTo(chain, retiredAt + CHALLENGE);
    const result = await chain.block([chain.tx(alice, payloads.curate(id, Verdict.REJECT))]);
    expect(result.txResults[0]?.code).toBe('BAD_STATUS');
  });
});

describe('exact duplicates', () => {
  it('an exact copy is a DUPLICATE of the original and keeps its stake locked', async () => {
    const { datanetId, id: original } = await bobsDoc(curated);
    const stakes = (await totalsOf(chain)).contributionStakes;
    const carolBalance = await balanceOf(chain, carol.address);

    const { tx, result } = await run(chain, carol, payloads.contribute(datanetId, 'doc'));
    const copy = deriveId('contribution', tx.hash);
    expect(result.txResults[0]?.events).toEqual([
      {
        type: 'contribution_added',
        attributes: { id: toHex(copy), datanet: toHex(datanetId), status: 'DUPLICATE', duplicate_of: toHex(original) },
      },
    ]);
    expect(await stored(copy)).toMatchObject({ status: S.DUPLICATE, duplicateOf: toHex(original), stake: STAKE });
    expect(await balanceOf(chain, carol.address)).toBe(carolBalance - FEE - STAKE);
    expect(result.totals.contributionStakes - stakes).toBe(STAKE);
  });

  it('the same content in another Datanet is an original there', async () => {
    const first = await createDatanet(chain, alice, curated);
    const second = await createDatanet(chain, alice, curated);
    await contribute(chain, bob, first, 'doc');
    const id = await contribute(chain, carol, second, 'doc');
    expect(await stored(id)).toMatchObject({ status: S.PENDING, duplicateOf: '0x' });
  });
});

describe('re-promotion when an original is rejected or retired', () => {
  /**
   * bob's original, then carol's and dave's copies at tx indexes 1 and 2 of
   * one block and erin's copy at index 0 of the next: carol's copy is the
   * earliest by (height, tx index), erin's would be by tx index alone.
   */
  async function originalWithCopies() {
    const { datanetId, id: original } = await bobsDoc(autoAccepting);
    const same = [carol, dave].map((k) => chain.tx(k, payloads.contribute(datanetId, 'doc')));
    await chain.block([chain.tx(alice, payloads.transfer(bob.address, 1n)), ...same]);
    const [carolCopy, daveCopy] = same.map((t) => deriveId('contribution', t.hash)) as [Uint8Array, Uint8Array];
    const erinCopy = await contribute(chain, erin, datanetId, 'doc');
    for (const id of [carolCopy, daveCopy, erinCopy]) expect(await stored(id)).toMatchObject({ status: S.DUPLICATE, duplicateOf: toHex(original) });
    return { datanetId, original, carolCopy, daveCopy, erinCopy };
  }

  it('the earliest copy becomes the PENDING original, due challenge_blocks after the rejection; the others point to it', async () => {
    const { datanetId, original, carolCopy, daveCopy, erinCopy } = await originalWithCopies();
    const { result } = await reject(chain, alice, original);
    const rejectedAt = chain.height;

    expect(result.txResults[0]?.events.map((e) => e.type)).toEqual(['contribution_promoted', 'contribution_rejected']);
    expect(await stored(carolCopy)).toMatchObject({
      status: S.PENDING,
      duplicateOf: '0x',
      dueHeight: rejectedAt + CHALLENGE,
      stake: STAKE,
    });
    for (const id of [daveCopy, erinCopy]) expect(await stored(id)).toMatchObject({ status: S.DUPLICATE, duplicateOf: toHex(carolCopy) });
    expect(await originalOf(datanetId, 'doc')).toBe(toHex(carolCopy));

    const later = await contribute(chain, frank, datanetId, 'doc');
    expect(await stored(later)).toMatchObject({ status: S.DUPLICATE, duplicateOf: toHex(carolCopy) });

    await advanceTo(chain, rejectedAt + CHALLENGE - 1n);
    expect(await statusOf(carolCopy)).toBe(S.PENDING);
    expect(eventTypes(await chain.block())).toEqual([`contribution_accepted ${toHex(carolCopy)}`]);
  });

  it('rejecting the heir promotes the next copy in (height, tx index) order', async () => {
    const { original, carolCopy, daveCopy, erinCopy } = await originalWithCopies();
    await reject(chain, alice, original);
    await reject(chain, alice, carolCopy);
    expect(await stored(daveCopy)).toMatchObject({ status: S.PENDING, duplicateOf: '0x', dueHeight: chain.height + CHALLENGE });
    expect(await stored(erinCopy)).toMatchObject({ status: S.DUPLICATE, duplicateOf: toHex(daveCopy) });
  });

  it('retiring an original promotes its earliest copy too, and a later reject of the retired one promotes no one else', async () => {
    const { datanetId, original, carolCopy, daveCopy } = await originalWithCopies();
    await run(chain, bob, payloads.retire(original));
    expect(await stored(carolCopy)).toMatchObject({ status: S.PENDING, duplicateOf: '0x', dueHeight: chain.height + CHALLENGE });
    expect(await stored(daveCopy)).toMatchObject({ status: S.DUPLICATE, duplicateOf: toHex(carolCopy) });
    expect(await originalOf(datanetId, 'doc')).toBe(toHex(carolCopy));

    await reject(chain, alice, original); // still within its unlock window
    expect(await statusOf(original)).toBe(S.REJECTED);
    expect(await statusOf(carolCopy)).toBe(S.PENDING);
    expect(await stored(daveCopy)).toMatchObject({ status: S.DUPLICATE, duplicateOf: toHex(carolCopy) });
  });

  it('an original rejected with no copies frees its content for a new original', async () => {
    const { datanetId, id: original } = await bobsDoc(curated);
    await reject(chain, alice, original);
    expect(await originalOf(datanetId, 'doc')).toBe('0x');

    const again = await contribute(chain, carol, datanetId, 'doc');
    expect(await stored(again)).toMatchObject({ status: S.PENDING, duplicateOf: '0x' });
    expect(await originalOf(datanetId, 'doc')).toBe(toHex(again));
  });
});
