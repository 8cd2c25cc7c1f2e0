/**
 * Two chains on real LevelDB: one proposes blocks, the other validates each
 * by re-execution and commits it; both agree on every root. Header and
 * commit tampering is refused with its code and leaves the follower as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Chain, type ExecutedBlock } from '../../../src/chain/chain.js';
import { ChainError } from '../../../src/chain/errors.js';
import { signCommit } from '../../../src/chain/commit.js';
import { commitHash } from '../../../src/codec/hashes.js';
import type { Block, Commit } from '../../../src/codec/types.js';
import { DEFAULT_PARAMS } from '../../../src/state/params.js';
import { toHex } from '../../../src/crypto/bytes.js';
import { ClassicLevel } from 'classic-level';
import { dbKeys } from '../../../src/store/layout.js';
import { LevelStore } from '../../../src/store/level-store.js';
import { CHAIN_ID, TestChain, testGenesis, testKey, VALIDATOR } from '../../support/chain.js';
import { payloads } from '../../support/fixtures.js';
import { tempDir } from '../../support/tmp.js';

const alice = testKey('alice');
const bob = testKey('bob');
const genesis = testGenesis([alice, bob]);

const open: LevelStore[] = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close().catch(() => undefined);
});

async function openChain(dir = tempDir()): Promise<Chain> {
  const store = await LevelStore.open(dir);
  open.push(store);
  return Chain.open(store, genesis);
}

/** Signs transfers with a TestChain used only as a nonce-counting signer. */
async function signer(): Promise<TestChain> {
  return TestChain.create(genesis);
}

async function propose(chain: Chain, txs: Uint8Array[]): Promise<ExecutedBlock> {
  return chain.propose(txs, (chain.head.height + 1n) * 1000n, VALIDATOR);
}

async function errorCode(fn: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof ChainError || (err as { code?: string }).code) return (err as { code: string }).code;
    throw err;
  }
  return undefined;
}

describe('Chain', () => {
  it('a follower re-executing the proposer’s blocks agrees on every root', async () => {
    const leader = await openChain();
    const follower = await openChain();
    const s = await signer();
    for (let h = 1; h <= 6; h++) {
      const txs = [s.tx(alice, { payload: 'transfer', transfer: { to: bob.address, amount: BigInt(h) } }).bytes];
      const proposed = await propose(leader, txs);
      const validated = await follower.validate(proposed.block);
      expect(toHex(validated.hash)).toBe(toHex(proposed.hash));
      await leader.commitProposed(proposed, VALIDATOR);
      await follower.commit(validated, (await leader.store.commitOf(BigInt(h)))!);
      expect(toHex(follower.head.stateRoot)).toBe(toHex(leader.head.stateRoot));
    }
    expect(follower.head.height).toBe(6n);
    const block6 = (await follower.store.block(6n))!;
    expect(block6.lastCommit?.height).toBe(5n);
  });

  it('refuses a live proposal timed beyond max_clock_drift_ms ahead of its clock, which sync still takes', async () => {
    const leader = await openChain();
    const follower = await openChain();
    const now = 1_000_000n;
    const drift = BigInt((await follower.params()).maxClockDriftMs);
    const ahead = await leader.propose([], now + drift + 1n, VALIDATOR);
    expect(await errorCode(() => follower.validateProposal(ahead.block, now))).toBe('BAD_TIME');
    expect(toHex((await follower.validateProposal((await leader.propose([], now + drift, VALIDATOR)).block, now)).hash)).toMatch(/^0x/);
    expect(toHex((await follower.validate(ahead.block)).hash)).toBe(toHex(ahead.hash));
  });

  it('resumes at its last committed height after a reopen, and refuses another genesis', async () => {
    const dir = tempDir();
    const chain = await openChain(dir);
    await chain.commitProposed(await propose(chain, []), VALIDATOR);
    await chain.commitProposed(await propose(chain, []), VALIDATOR);
    const head = chain.head;
    await chain.store.close();

    const reopened = await openChain(dir);
    expect(reopened.head.height).toBe(2n);
    expect(toHex(reopened.head.stateRoot)).toBe(toHex(head.stateRoot));
    await reopened.store.close();

    const other = { ...genesis, accounts: [{ address: alice.address, balance: 1n }] };
    const store = await LevelStore.open(dir);
    expect(await errorCode(() => Chain.open(store, other))).toBe('GENESIS_MISMATCH');
    await store.close();
  });

  it('refuses a store whose head names a block it does not hold', async () => {
    const dir = tempDir();
    const chain = await openChain(dir);
    await chain.commitProposed(await propose(chain, []), VALIDATOR);
    await chain.store.close();
    const raw = new ClassicLevel<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view' });
    await raw.del(dbKeys.block(1n));
    await raw.close();
    const store = await LevelStore.open(dir);
    open.push(store);
    expect(await errorCode(() => Chain.open(store, genesis))).toBe('STORE_CORRUPT');
  });

  it('refuses a data directory written in an older store format (without the FORMAT key, format 1)', async () => {
    const dir = tempDir();
    const chain = await openChain(dir);
    await chain.store.close();
    const raw = new ClassicLevel<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view' });
    await raw.del(dbKeys.format());
    await raw.close();
    const store = await LevelStore.open(dir);
    open.push(store);
    expect(await store.format()).toBe(1);
    expect(await errorCode(() => Chain.open(store, genesis))).toBe('STORE_OUTDATED');
  });

  it.each([
    ['BAD_HEIGHT', (b: Block): Block => ({ ...b, header: { ...b.header!, height: 3n } })],
    ['BAD_PREV_HASH', (b: Block): Block => ({ ...b, header: { ...b.header!, prevHash: new Uint8Array(32) } })],
    ['BAD_TIME', (b: Block): Block => ({ ...b, header: { ...b.header!, timeMs: 1000n } })],
    ['BAD_VALIDATORS_HASH', (b: Block): Block => ({ ...b, header: { ...b.header!, validatorsHash: new Uint8Array(32) } })],
    ['BAD_LAST_COMMIT', (b: Block): Block => ({ ...b, lastCommit: null })],
    [
      'BAD_LAST_COMMIT',
      (b: Block): Block => {
        const sig = b.lastCommit!.signatures[0]!;
        const forged = { ...sig, signature: sig.signature.map((x, i) => (i === 0 ? x ^ 1 : x)) };
        return { ...b, lastCommit: { ...b.lastCommit!, signatures: [forged] } };
      },
    ],
    ['BAD_STATE_ROOT', (b: Block): Block => ({ ...b, header: { ...b.header!, stateRoot: new Uint8Array(32) } })],
  ])('a follower refuses block 2 with %s and stays at height 1', async (code, corrupt) => {
    const leader = await openChain();
    const follower = await openChain();
    const first = await propose(leader, []);
    await leader.commitProposed(first, VALIDATOR);
    await follower.commit(await follower.validate(first.block), (await leader.store.commitOf(1n))!);
    const second = await propose(leader, []);
    expect(await errorCode(() => follower.validate(corrupt(second.block)))).toBe(code);
    expect(follower.head.height).toBe(1n);
    expect(toHex((await follower.validate(second.block)).hash)).toBe(toHex(second.hash));
  });
});

describe('Chain.propose', () => {
  it('leaves out txs that would make the block invalid and reports them', async () => {
    const chain = await openChain();
    const s = await signer();
    const good = s.tx(alice, { payload: 'transfer', transfer: { to: bob.address, amount: 1n } });
    const replay = good; // same nonce again
    const gap = s.tx(bob, { payload: 'transfer', transfer: { to: alice.address, amount: 1n } });
    s.tx(bob, { payload: 'transfer', transfer: { to: alice.address, amount: 1n } }); // never submitted
    const unfunded = s.tx(testKey('nobody'), { payload: 'transfer', transfer: { to: alice.address, amount: 1n } });
    const skipped = s.tx(bob, { payload: 'transfer', transfer: { to: alice.address, amount: 1n } }); // nonce 2: gap
    const proposed = await propose(chain, [good.bytes, replay.bytes, unfunded.bytes, skipped.bytes, gap.bytes]);
    expect(proposed.block.txs.map(toHex)).toEqual([good.bytes, gap.bytes].map(toHex));
    expect(proposed.result.dropped.map((d) => d.code)).toEqual(['BAD_NONCE', 'INSUFFICIENT_FUNDS', 'BAD_NONCE']);
    const follower = await openChain();
    expect(toHex((await follower.validate(proposed.block)).hash)).toBe(toHex(proposed.hash));
  });
});

describe('Chain across a validator-set change', () => {
  it("checks each last_commit against the set that signed it: the previous one right after a change", async () => {
    const leader = await openChain();
    const follower = await openChain();
    const s = await signer();
    const newcomer = testKey('alice-consensus');
    // Block 1: alice bonds 5× the genesis validator's stake; the set {V, A} signs from height 1 + delay.
    const from = 1n + DEFAULT_PARAMS.validatorUpdateDelay;
    const stake = s.tx(alice, payloads.stake(5_000_000n, newcomer, alice));
    const step = async (txs: Uint8Array[], commitOf: (e: ExecutedBlock) => Commit) => {
      const proposed = await propose(leader, txs);
      const validated = await follower.validate(proposed.block);
      const commit = commitOf(proposed);
      await leader.commit(proposed, commit);
      await follower.commit(validated, commit);
      return proposed;
    };
    const byV = (e: ExecutedBlock) => signCommit(CHAIN_ID, e.block.header!.height, e.hash, VALIDATOR);
    const byBoth = (e: ExecutedBlock) => {
      const h = e.block.header!.height;
      return { ...byV(e), signatures: [...byV(e).signatures, ...signCommit(CHAIN_ID, h, e.hash, newcomer).signatures] };
    };
    await step([stake.bytes], byV);
    while (leader.head.height < from - 1n) await step([], byV);
    expect((await follower.validatorSet()).since).toBe(from);
    expect((await follower.validatorSet()).previous.map((v) => toHex(v.consensusKey))).toEqual([toHex(VALIDATOR.publicKey)]);
    // Block `from` carries the commit of from − 1, signed by V alone: enough for the previous set, which signed it.
    const first = await step([], byBoth);
    expect(first.block.lastCommit!.signatures).toHaveLength(1);

    // Block from + 1 carries the commit of `from`: now V alone (1/6 of the power) is not enough.
    const next = await propose(leader, []);
    expect(next.block.lastCommit!.signatures).toHaveLength(2);
    expect(toHex((await follower.validate(next.block)).hash)).toBe(toHex(next.hash));
    const vOnly = byV(first);
    const forged: Block = { ...next.block, lastCommit: vOnly, header: { ...next.block.header!, lastCommitHash: commitHash(vOnly) } };
    expect(await errorCode(() => follower.validate(forged))).toBe('BAD_LAST_COMMIT');
  });
});

describe('Chain.account', () => {
  it('answers from its cache in step with each commit', async () => {
    const chain = await openChain();
    const s = await signer();
    const before = await chain.account(bob.address); // now cached
    const carol = testKey('carol');
    expect(await chain.account(carol.address)).toEqual({ balance: 0n, nonce: 0n }); // cached as empty
    await chain.commitProposed(
      await propose(chain, [
        s.tx(alice, { payload: 'transfer', transfer: { to: bob.address, amount: 7n } }).bytes,
        s.tx(alice, { payload: 'transfer', transfer: { to: carol.address, amount: 3n } }).bytes,
      ]),
      VALIDATOR,
    );
    expect(await chain.account(bob.address)).toEqual({ balance: before.balance + 7n, nonce: 0n });
    expect(await chain.account(carol.address)).toEqual({ balance: 3n, nonce: 0n });
    expect((await chain.account(alice.address)).nonce).toBe(2n);
  });
});
