/**
 * Subscriptions over the WebSocket: newBlock, tx and payout pushes from the
 * blocks committed after subscribing, filters, no more pushes after
 * unsubscribe, and the end of a subscription when the node stops. Blocks
 * are made on demand, so which block each push belongs to is exact.
 */
import { describe, expect, it } from 'vitest';
import { payloads, type AttribClient, type NewBlockMessage, type PayoutMessage, type SubscriptionEnd, type TxCommitted } from '../../../src/client/index.js';
import { toHex } from '../../../src/crypto/bytes.js';
import { OPERATOR } from '../../support/chain.js';
import { aliceWallet, bobWallet, clientOf, startHarness, until, type Harness } from './setup.js';

const transfer = (nonce: bigint) => aliceWallet.sign(payloads.transfer(bobWallet.address, 5n), { chainId: 'test-chain', nonce, fee: 10n });

/** Submits a transfer from alice with `nonce` (the mempool accepts it) and commits it in the next block. */
async function transferInBlock(h: Harness, client: AttribClient, nonce: bigint): Promise<string> {
  const tx = transfer(nonce);
  await client.submitTx(tx);
  await h.produce();
  return toHex(tx.hash);
}

describe('AttribClient subscriptions', () => {
  it('pushes new blocks, txs and payouts until unsubscribed', async () => {
    const h = await startHarness({ autoProduce: false });
    const client = clientOf(h);
    const blocks: NewBlockMessage[] = [];
    const txs: TxCommitted[] = [];
    const payouts: PayoutMessage[] = [];
    const bobTxs: TxCommitted[] = [];
    const newBlock = await client.subscribe('newBlock', {}, (m) => blocks.push(m));
    const aliceTx = await client.subscribe('tx', { address: aliceWallet.address }, (m) => txs.push(m));
    const operatorPayouts = await client.subscribe('payout', { address: OPERATOR.address }, (m) => payouts.push(m));
    await client.subscribe('tx', { address: bobWallet.address }, (m) => bobTxs.push(m));
    expect(new Set([newBlock.id, aliceTx.id, operatorPayouts.id]).size).toBe(3);

    const first = await transferInBlock(h, client, 0n);
    await until(() => blocks.length === 1 && txs.length === 1 && payouts.length === 1);
    const block = await client.getBlock({ height: 1 });
    expect(blocks).toEqual([{ height: '1', hash: block.hash, header: block.header, tx_count: 1 }]);
    expect(txs).toEqual([
      {
        hash: first,
        status: 'committed',
        height: '1',
        index: 0,
        ok: true,
        code: null,
        message: '',
        events: [{ type: 'transfer', attributes: { from: aliceWallet.address, to: bobWallet.address, amount: '5' } }],
      },
    ]);
    expect(payouts).toEqual([
      { height: '1', rows: [{ row: 0, tx_index: 0, role: 'FEE', recipient: toHex(OPERATOR.address), contribution: null, amount: '10' }] },
    ]);

    // Without newBlock and payout: the next block reaches the tx subscription only.
    await newBlock.unsubscribe();
    await operatorPayouts.unsubscribe();
    await operatorPayouts.unsubscribe(); // twice is harmless
    const second = await transferInBlock(h, client, 1n);
    await until(() => txs.length === 2);
    expect(txs[1]).toMatchObject({ hash: second, height: '2' });
    expect(blocks).toHaveLength(1);
    expect(payouts).toHaveLength(1);
    expect(bobTxs).toEqual([]); // alice signed both

    await aliceTx.unsubscribe();
    await transferInBlock(h, client, 2n);
    // A fresh subscription sees the fourth block; the ended ones saw nothing of the third.
    const later: NewBlockMessage[] = [];
    const again = await client.subscribe('newBlock', {}, (m) => later.push(m));
    await transferInBlock(h, client, 3n);
    await until(() => later.length === 1);
    expect(later[0]?.height).toBe('4');
    expect(txs).toHaveLength(2);
    await again.unsubscribe();
  });

  it('filters txs by hash', async () => {
    const h = await startHarness({ autoProduce: false });
    const client = clientOf(h);
    const wanted = transfer(1n);
    const seen: TxCommitted[] = [];
    const sub = await client.subscribe('tx', { hash: wanted.hash }, (m) => seen.push(m));
    await transferInBlock(h, client, 0n); // not the one asked for
    await client.submitTx(wanted);
    await h.produce();
    await until(() => seen.length === 1);
    expect(seen.map((m) => m.hash)).toEqual([toHex(wanted.hash)]);
    await sub.unsubscribe();
  });

  it('ends subscriptions when the node stops, telling onEnd', async () => {
    const h = await startHarness({ autoProduce: false });
    const client = clientOf(h);
    const ends: SubscriptionEnd[] = [];
    await client.subscribe('newBlock', {}, () => {}, { onEnd: (e) => ends.push(e) });
    await h.stop();
    await until(() => ends.length === 1);
    expect(ends[0]?.code).toBe(1001);
  });
});
