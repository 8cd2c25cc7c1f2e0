/**
 * The mempool against a real chain on LevelDB: entry checks (the cheap ones
 * before the signature), replacement by a 10 % higher fee, ordering, limits
 * and updates after a commit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Chain } from '../../../src/chain/chain.js';
import { toHex } from '../../../src/crypto/bytes.js';
import { MempoolError } from '../../../src/mempool/errors.js';
import { DEFAULT_MEMPOOL_OPTIONS, MAX_REPLACEMENTS, Mempool, type MempoolOptions } from '../../../src/mempool/mempool.js';
import { verify } from '../../../src/crypto/ed25519.js';
import { LevelStore } from '../../../src/store/level-store.js';
import { TxError } from '../../../src/tx/errors.js';
import { TestChain, testGenesis, testKey, VALIDATOR, type TestKey } from '../../support/chain.js';
import { tempDir } from '../../support/tmp.js';

const alice = testKey('alice');
const bob = testKey('bob');
const poor = testKey('poor');
const genesis = testGenesis([alice, bob]);
const stores: LevelStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

async function setup(options: Partial<MempoolOptions> = {}) {
  const store = await LevelStore.open(tempDir());
  stores.push(store);
  const chain = await Chain.open(store, genesis);
  const checks = { signatures: 0 };
  const pool = new Mempool(chain, { ...DEFAULT_MEMPOOL_OPTIONS, ...options }, (key, message, signature) => {
    checks.signatures++;
    return verify(key, message, signature);
  });
  const signer = await TestChain.create(genesis);
  const transfer = (from: TestKey, fee = 10n) =>
    signer.tx(from, { payload: 'transfer', transfer: { to: poor.address, amount: 1n } }, fee);
  return { chain, pool, transfer, checks };
}

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (err) {
    if (err instanceof MempoolError || err instanceof TxError) return err.code;
    throw err;
  }
  return undefined;
}

describe('Mempool', () => {
  it('refuses duplicates, used nonces, far-future nonces, unpayable fees and stateless failures', async () => {
    const { pool, transfer } = await setup({ maxNoncesAhead: 2n });
    const first = transfer(alice);
    await pool.add(first.bytes);
    expect(await codeOf(pool.add(first.bytes))).toBe('ALREADY_KNOWN');
    const second = transfer(alice);
    transfer(alice);
    expect(await codeOf(pool.add(transfer(alice).bytes))).toBe('NONCE_TOO_FAR'); // nonce 3 > 0 + 2
    expect(await codeOf(pool.add(transfer(poor).bytes))).toBe('INSUFFICIENT_FUNDS');
    expect(await codeOf(pool.add(transfer(bob, 1n).bytes))).toBe('FEE_TOO_LOW');
    const bad = second.bytes.slice();
    bad[bad.length - 1]! ^= 1;
    expect(await codeOf(pool.add(bad))).toBe('BAD_SIGNATURE');
    expect(pool.size).toBe(1);
  });

  it('checks a signature only once the tx passed the cheap checks: a flood from unfunded keys costs none', async () => {
    const { pool, transfer, checks } = await setup();
    const strangers = Array.from({ length: 100 }, (_, i) => testKey(`stranger ${i}`));
    for (const k of strangers) expect(await codeOf(pool.add(transfer(k).bytes))).toBe('INSUFFICIENT_FUNDS');
    const used = transfer(alice);
    await pool.add(used.bytes);
    const signatures = checks.signatures;
    expect(signatures).toBe(1);
    expect(await codeOf(pool.add(used.bytes))).toBe('ALREADY_KNOWN');
    expect(checks.signatures).toBe(signatures);
  });

  it('replaces a pending nonce only for a higher fee', async () => {
    const { pool } = await setup();
    const a = await TestChain.create(genesis);
    const b = await TestChain.create(genesis);
    const cheap = a.tx(alice, { payload: 'transfer', transfer: { to: poor.address, amount: 1n } }, 20n);
    const same = b.tx(alice, { payload: 'transfer', transfer: { to: bob.address, amount: 1n } }, 20n);
    await pool.add(cheap.bytes);
    expect(await codeOf(pool.add(same.bytes))).toBe('NONCE_TAKEN');
    const c = await TestChain.create(genesis);
    const dearer = c.tx(alice, { payload: 'transfer', transfer: { to: bob.address, amount: 2n } }, 30n);
    await pool.add(dearer.bytes);
    expect(pool.reap(1 << 20, 10).map(toHex)).toEqual([toHex(dearer.bytes)]);
  });

  it('reaps by fee across senders and by nonce within one, waiting behind gaps', async () => {
    const { pool, transfer } = await setup();
    const a0 = transfer(alice, 10n);
    const a1 = transfer(alice, 50n);
    const b0 = transfer(bob, 20n);
    transfer(bob); // nonce 1 never arrives
    const b2 = transfer(bob, 99n);
    for (const tx of [a1, b2, a0, b0]) await pool.add(tx.bytes);
    // bob's head (20) beats alice's head (10); then alice 10 unlocks alice 50; bob 2 waits for nonce 1.
    expect(pool.reap(1 << 20, 10).map(toHex)).toEqual([b0, a0, a1].map((t) => toHex(t.bytes)));
    expect(pool.reap(1 << 20, 1)).toHaveLength(1);
  });

  it('evicts the cheapest sender tail when full, and refuses a tx that pays no more', async () => {
    const { pool, transfer } = await setup({ maxTxs: 2 });
    const cheap = transfer(alice, 10n);
    const mid = transfer(bob, 20n);
    await pool.add(cheap.bytes);
    await pool.add(mid.bytes);
    expect(await codeOf(pool.add(transfer(alice, 10n).bytes))).toBe('MEMPOOL_FULL');
    const rich = transfer(bob, 30n);
    await pool.add(rich.bytes);
    expect(pool.has(cheap.hash)).toBe(false);
    expect(pool.size).toBe(2);
  });

  it('after a commit drops the included txs and what they made stale, for their senders only', async () => {
    const { chain, pool, transfer } = await setup();
    const a0 = transfer(alice);
    const a1 = transfer(alice);
    const b0 = transfer(bob);
    for (const tx of [a0, a1, b0]) await pool.add(tx.bytes);
    const block = await chain.propose([a0.bytes], 1000n, VALIDATOR, pool.isVerified);
    await chain.commitProposed(block, VALIDATOR);
    await pool.update(block.block.txs.map((t) => block.result.txResults[block.block.txs.indexOf(t)]!.hash));
    expect(pool.has(a0.hash)).toBe(false);
    expect(pool.has(a1.hash)).toBe(true);
    expect(pool.has(b0.hash)).toBe(true);
    expect(pool.reap(1 << 20, 10).map(toHex).sort()).toEqual([a1, b0].map((t) => toHex(t.bytes)).sort());
    expect(await codeOf(pool.add(a0.bytes))).toBe('ALREADY_COMMITTED'); // a late copy of a committed tx
  });

  it('replaces a pending tx only for at least 10 % more, and at most MAX_REPLACEMENTS times per sender until a block', async () => {
    const { chain, pool } = await setup();
    const signers = () => TestChain.create(genesis);
    const at = async (fee: bigint, amount = 1n) => (await signers()).tx(alice, { payload: 'transfer', transfer: { to: bob.address, amount } }, fee);
    await pool.add((await at(100n)).bytes);
    expect(await codeOf(pool.add((await at(101n, 2n)).bytes))).toBe('NONCE_TAKEN'); // +1 %: on bfe9140 a +1 replacement was taken
    expect(await codeOf(pool.add((await at(109n, 2n)).bytes))).toBe('NONCE_TAKEN');
    let fee = 110n;
    for (let i = 0; i < MAX_REPLACEMENTS; i++) {
      await pool.add((await at(fee, BigInt(i + 10))).bytes);
      fee = fee + (fee + 9n) / 10n;
    }
    expect(await codeOf(pool.add((await at(fee, 99n)).bytes))).toBe('TOO_MANY_REPLACEMENTS');
    expect(pool.size).toBe(1);
    // Once a block takes the sender's txs, its count starts again: nonce 1 can be replaced.
    const block = await chain.propose(pool.reap(1 << 20, 10), 1000n, VALIDATOR, pool.isVerified);
    await chain.commitProposed(block, VALIDATOR);
    await pool.update(block.result.txResults.map((r) => r.hash));
    const nonce1 = async (fee: bigint) => {
      const s = await signers();
      s.tx(alice, { payload: 'transfer', transfer: { to: bob.address, amount: 1n } }); // nonce 0, used
      return s.tx(alice, { payload: 'transfer', transfer: { to: bob.address, amount: fee } }, fee);
    };
    await pool.add((await nonce1(100n)).bytes);
    await pool.add((await nonce1(110n)).bytes);
    expect(pool.size).toBe(1);
  });
});

describe('the signature cache', () => {
  it('vouches only for the exact pending bytes, not for a forged copy with the same tx hash', async () => {
    const { chain, pool, transfer } = await setup();
    const tx = transfer(alice);
    await pool.add(tx.bytes);
    const forged = tx.bytes.slice();
    forged[forged.length - 1]! ^= 1; // inside the signature: the body, and so the tx hash, are unchanged
    expect(pool.isVerified(tx.hash, tx.bytes)).toBe(true);
    expect(pool.isVerified(tx.hash, forged)).toBe(false);
    const built = await chain.propose([forged], 1000n, VALIDATOR, pool.isVerified);
    expect(built.block.txs).toHaveLength(0);
    expect(built.result.dropped.map((d) => d.code)).toEqual(['BAD_SIGNATURE']);
  });
});
