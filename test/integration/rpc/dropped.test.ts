/**
 * A tx the mempool accepted but the producer had to leave out (its fee was
 * no longer payable when its turn came): a `wait: "commit"` caller hears
 * "dropped" with the reason at once, and the tx leaves the mempool.
 */
import { describe, expect, it } from 'vitest';
import { AttribClient } from '../../../src/client/index.js';
import { testKey } from '../../support/chain.js';
import { alice, startHarness } from './harness.js';

describe('tx_submit wait "commit" for a tx the producer drops', () => {
  it('answers status "dropped" with the code instead of waiting for the timeout', async () => {
    const h = await startHarness({ autoProduce: false });
    const client = new AttribClient(h.url);
    const carol = testKey('carol');
    await client.submitTx(h.signer.tx(alice, { payload: 'transfer', transfer: { to: carol.address, amount: 1_000n } }).bytes);
    await h.produce();

    // Both fees fit carol's 1 000 while pending, but the first tx spends everything.
    const spendAll = h.signer.tx(carol, { payload: 'transfer', transfer: { to: alice.address, amount: 990n } });
    const starved = h.signer.tx(carol, { payload: 'transfer', transfer: { to: alice.address, amount: 1n } });
    await client.submitTx(spendAll.bytes);
    const waiting = client.submitTx(starved.bytes, { wait: 'commit', timeoutMs: 60_000 });
    for (let i = 0; i < 500 && h.mempool.size < 2; i++) await new Promise((r) => setTimeout(r, 10)); // until it is pending
    expect(h.mempool.size).toBe(2);
    await h.produce();

    expect(await waiting).toMatchObject({ status: 'dropped', code: 'INSUFFICIENT_FUNDS' });
    expect(h.mempool.size).toBe(0);
    expect(await client.getAccount(carol.address)).toMatchObject({ balance: '0', nonce: '1' });
    await client.close();
  });
});

describe('account_get pending_nonce', () => {
  it('counts the txs pending without a gap after the committed nonce', async () => {
    const h = await startHarness({ autoProduce: false });
    const client = new AttribClient(h.url);
    const t0 = h.signer.tx(alice, { payload: 'transfer', transfer: { to: testKey('x').address, amount: 1n } });
    const t1 = h.signer.tx(alice, { payload: 'transfer', transfer: { to: testKey('x').address, amount: 1n } });
    h.signer.tx(alice, { payload: 'transfer', transfer: { to: testKey('x').address, amount: 1n } }); // nonce 2, never sent
    const t3 = h.signer.tx(alice, { payload: 'transfer', transfer: { to: testKey('x').address, amount: 1n } });
    for (const t of [t0, t1, t3]) await client.submitTx(t.bytes);
    expect(await client.getAccount(alice.address)).toMatchObject({ nonce: '0', pending_nonce: '2' });
    await h.produce();
    expect(await client.getAccount(alice.address)).toMatchObject({ nonce: '2', pending_nonce: '2' });
    await client.close();
  });
});
