/**
 * Batches: many pre-signed txs in one HTTP request with one outcome each
 * (its result or its refusal), a batch of mixed calls, and a batch above the
 * node's limit. Blocks are made on demand so pending states are exact.
 */
import { describe, expect, it } from 'vitest';
import { payloads, Wallet, type SignedTx } from '../../../src/client/index.js';
import { toHex } from '../../../src/crypto/bytes.js';
import { MAX_BATCH } from '../rpc/harness.js';
import { aliceWallet, bobWallet, clientError, clientOf, startHarness, until } from './setup.js';

const CHAIN = 'test-chain';
const transfer = (from: Wallet, nonce: bigint, opts: { fee?: bigint; chainId?: string } = {}): SignedTx =>
  from.sign(payloads.transfer(bobWallet.address, 1n + nonce), { chainId: opts.chainId ?? CHAIN, nonce, fee: opts.fee ?? 10n });

describe('AttribClient batches', () => {
  it('submits good and bad txs in one request, one outcome per tx', async () => {
    const h = await startHarness({ autoProduce: false });
    const client = clientOf(h);
    const good0 = transfer(aliceWallet, 0n);
    const good1 = transfer(aliceWallet, 1n);
    const outcomes = await client.submitTxBatch([
      good0,
      transfer(bobWallet, 0n, { fee: 1n }),
      good1.bytes,
      transfer(bobWallet, 0n, { chainId: 'other-chain' }),
      transfer(Wallet.generate(), 0n),
      new Uint8Array([1, 2, 3]),
      transfer(aliceWallet, 70n),
    ]);
    expect(outcomes.map((o) => (o.ok ? o.result.status : o.error.code))).toEqual([
      'pending',
      'FEE_TOO_LOW',
      'pending',
      'WRONG_CHAIN',
      'INSUFFICIENT_FUNDS',
      'MALFORMED',
      'NONCE_TOO_FAR',
    ]);
    expect(outcomes[0]).toEqual({ ok: true, result: { hash: toHex(good0.hash), status: 'pending' } });
    const refused = outcomes[1]!;
    if (refused.ok) throw new Error('expected a refusal');
    expect(refused.error).toMatchObject({ rpcCode: -32010, isTxRejection: true, meta: { min: '10' } });
    expect(outcomes.filter((o) => !o.ok).every((o) => !o.ok && o.error.isTxRejection)).toBe(true);

    await h.produce();
    for (const tx of [good0, good1]) expect(await client.getTx(tx.hash)).toMatchObject({ status: 'committed', height: '1', ok: true });
    expect((await client.getAccount(aliceWallet.address)).nonce).toBe('2');
  });

  it('with wait "none" answers every tx pending at once, refusals only logged', async () => {
    const h = await startHarness({ autoProduce: false });
    const client = clientOf(h);
    const good = transfer(aliceWallet, 0n);
    const bad = transfer(bobWallet, 0n, { fee: 1n });
    const outcomes = await client.submitTxBatch([good, bad], { wait: 'none' });
    expect(outcomes).toEqual([
      { ok: true, result: { hash: toHex(good.hash), status: 'pending' } },
      { ok: true, result: { hash: toHex(bad.hash), status: 'pending' } },
    ]);
    await until(() => h.mempool.has(good.hash)); // "none" answers before the mempool has checked the tx
    await h.produce();
    expect(await client.getTx(good.hash)).toMatchObject({ status: 'committed' });
    expect((await clientError(client.getTx(bad.hash))).code).toBe('NOT_FOUND');
  });

  it('runs mixed calls in one request, and fails a batch above the node’s limit as a whole', async () => {
    const h = await startHarness({ autoProduce: false });
    const client = clientOf(h);
    const outcomes = await client.batch([
      { method: 'status' },
      { method: 'datanet_get', params: { id: '0x' + '00'.repeat(32) } },
      { method: 'account_get', params: { address: aliceWallet.address } },
      { method: 'no_such_method' },
    ]);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error.code))).toEqual(['ok', 'NOT_FOUND', 'ok', 'METHOD_NOT_FOUND']);
    expect(outcomes[2]).toEqual({ ok: true, result: { address: aliceWallet.address, balance: '1000000000', nonce: '0', pending_nonce: '0' } });
    expect(await client.batch([])).toEqual([]);

    const tooMany = Array.from({ length: MAX_BATCH + 1 }, (_, i) => transfer(aliceWallet, BigInt(i)));
    expect(await clientError(client.submitTxBatch(tooMany))).toMatchObject({ code: 'BATCH_TOO_LARGE', rpcCode: -32006 });
    expect((await client.status()).mempool.size).toBe(0);
  });
});
