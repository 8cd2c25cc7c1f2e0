/**
 * Submission modes, pending states and paging, with blocks made on demand
 * (`produce()`) so what is pending and what is committed is deterministic.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { toHex } from '../../../src/crypto/bytes.js';
import { OPERATOR } from '../../support/chain.js';
import { FEE, payloads } from '../../support/fixtures.js';
import { alice, b64, bob, call, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ autoProduce: false });
});

/** Polls `cond` (bounded by attempts, not by a clock assertion). */
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(cond()).toBe(true);
}

const transfer = (amount: bigint, fee = FEE) => h.signer.tx(alice, payloads.transfer(bob.address, amount), fee);

describe('RPC submission modes and queries', () => {
  it('reports a tx pending until its block, for each wait mode', async () => {
    const none = transfer(1n);
    expect(await call(h.url, 'tx_submit', { tx: b64(none.bytes), wait: 'none' })).toEqual({ hash: toHex(none.hash), status: 'pending' });
    await until(() => h.mempool.has(none.hash)); // "none" answers before the mempool has checked the tx
    const mempool = transfer(2n);
    expect(await call(h.url, 'tx_submit', { tx: b64(mempool.bytes) })).toEqual({ hash: toHex(mempool.hash), status: 'pending' });
    // wait "commit" without a block before the timeout: still pending.
    const timedOut = transfer(3n);
    expect(await call(h.url, 'tx_submit', { tx: b64(timedOut.bytes), wait: 'commit', timeout_ms: 20 })).toEqual({
      hash: toHex(timedOut.hash),
      status: 'pending',
    });
    for (const tx of [none, mempool, timedOut]) {
      expect(await call(h.url, 'tx_get', { hash: toHex(tx.hash) })).toEqual({ hash: toHex(tx.hash), status: 'pending' });
    }
    expect((await call(h.url, 'status')).mempool).toEqual({ size: 3, bytes: none.bytes.length + mempool.bytes.length + timedOut.bytes.length });

    // A commit waiter resolves from the block that includes its tx.
    const waited = transfer(4n);
    const reply = call(h.url, 'tx_submit', { tx: b64(waited.bytes), wait: 'commit' });
    await until(() => h.mempool.has(waited.hash));
    await h.produce();
    expect(await reply).toMatchObject({ hash: toHex(waited.hash), status: 'committed', height: '1', index: 3, ok: true });
    expect(await call(h.url, 'tx_get', { hash: toHex(none.hash) })).toMatchObject({ status: 'committed', height: '1', index: 0 });
    expect(await call(h.url, 'account_get', { address: toHex(alice.address) })).toMatchObject({ nonce: '4' });
  });

  it('answers a waiting tx_submit "pending" when the server closes', async () => {
    const tx = transfer(1n);
    const reply = call(h.url, 'tx_submit', { tx: b64(tx.bytes), wait: 'commit', timeout_ms: 60_000 });
    await until(() => h.mempool.has(tx.hash));
    await h.server.close();
    expect(await reply).toEqual({ hash: toHex(tx.hash), status: 'pending' });
  });

  it('estimates fees from the params and the cheapest pending tx', async () => {
    expect(await call(h.url, 'fee_estimate')).toEqual({ min_tx_fee: '10', min_usage_fee: '100', cheapest_pending_fee: null, pending_txs: 0 });
    await call(h.url, 'tx_submit', { tx: b64(transfer(1n, 40n).bytes) });
    const bobTx = h.signer.tx(bob, payloads.transfer(alice.address, 1n), 25n);
    await call(h.url, 'tx_submit', { tx: b64(bobTx.bytes) });
    expect(await call(h.url, 'fee_estimate')).toMatchObject({ cheapest_pending_fee: '25', pending_txs: 2 });
  });

  it('pages payouts by account, also within one block, and Datanets by id', async () => {
    for (let i = 0; i < 3; i++) await call(h.url, 'tx_submit', { tx: b64(h.signer.tx(alice, payloads.createDatanet({ autoAccept: true })).bytes) });
    await h.produce(); // height 1: three FEE rows to the operator
    await call(h.url, 'tx_submit', { tx: b64(transfer(1n).bytes) });
    await h.produce(); // height 2: one more
    const address = toHex(OPERATOR.address);
    const all = await call(h.url, 'payouts_by_account', { address });
    expect(all.rows.map((r: { height: string; row: number }) => `${r.height}:${r.row}`)).toEqual(['1:0', '1:1', '1:2', '2:0']);
    expect(all.next).toBeNull();

    const seen: string[] = [];
    let cursor: Record<string, unknown> = {};
    for (let pages = 0; pages < 10; pages++) {
      const page = await call(h.url, 'payouts_by_account', { address, limit: 1, ...cursor });
      seen.push(...page.rows.map((r: { height: string; row: number }) => `${r.height}:${r.row}`));
      if (page.next === null) break;
      cursor = page.next;
    }
    expect(seen).toEqual(['1:0', '1:1', '1:2', '2:0']);
    expect((await call(h.url, 'payouts_by_account', { address, from: '2' })).rows).toHaveLength(1);

    const datanets = (await call(h.url, 'datanet_list', {})).datanets.map((d: { id: string }) => d.id);
    expect(datanets).toHaveLength(3);
    expect([...datanets].sort().reverse()).toEqual(datanets); // descending id order
    const first = await call(h.url, 'datanet_list', { limit: 2 });
    const rest = await call(h.url, 'datanet_list', { limit: 2, after: first.next });
    expect([...first.datanets, ...rest.datanets].map((d: { id: string }) => d.id)).toEqual(datanets);
    expect(rest.next).toBeNull();

    const set = await call(h.url, 'validators');
    expect(set).toEqual({
      validators: [{ operator: toHex(OPERATOR.address), consensus_key: expect.stringMatching(/^0x[0-9a-f]{64}$/), power: expect.any(String) }],
      since_height: '1',
    });
    expect(await call(h.url, 'stake_get', { operator: toHex(OPERATOR.address) })).toEqual({
      operator: toHex(OPERATOR.address),
      consensus_key: set.validators[0].consensus_key,
      bonded: set.validators[0].power,
      power: set.validators[0].power,
      slashed: false,
      unbonding: [],
    });
  });
});
