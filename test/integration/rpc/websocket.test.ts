/**
 * JSON-RPC over a real WebSocket: every method, subscriptions to new
 * blocks, txs and payouts with their pushes, unsubscribe, limits, a
 * malformed message, and close() ending the sockets.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { toHex } from '../../../src/crypto/bytes.js';
import { MAX_SUBSCRIPTIONS_PER_SOCKET } from '../../../src/rpc/ws.js';
import { OPERATOR } from '../../support/chain.js';
import { payloads } from '../../support/fixtures.js';
import { alice, b64, bob, connect, startHarness, submitCommitted, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});

describe('RPC over WebSocket', () => {
  it('serves the methods and pushes new blocks and the subscribed tx', async () => {
    const ws = await connect(h.wsUrl);
    expect((await ws.call('status')).result).toMatchObject({ chain_id: 'test-chain', height: '0' });

    const blocks = (await ws.call('subscribe', { event: 'newBlock' })).result as string;
    const tx = h.signer.tx(alice, payloads.transfer(bob.address, 7n));
    const txSub = (await ws.call('subscribe', { event: 'tx', filter: { hash: toHex(tx.hash) } })).result as string;
    const mine = (await ws.call('subscribe', { event: 'tx', filter: { address: toHex(bob.address) } })).result as string;
    const paid = (await ws.call('subscribe', { event: 'payout', filter: { address: toHex(OPERATOR.address) } })).result as string;
    expect(new Set([blocks, txSub, mine, paid]).size).toBe(4);

    const submitted = await ws.call('tx_submit', { tx: b64(tx.bytes) });
    expect(submitted.result).toEqual({ hash: toHex(tx.hash), status: 'pending' });

    const block = await ws.nextPush(blocks);
    expect(block).toMatchObject({ jsonrpc: '2.0', method: 'subscription', params: { subscription: blocks, result: { height: '1', tx_count: 1 } } });
    expect(block.params.result.header).toMatchObject({ chain_id: 'test-chain', height: '1' });
    const pushed = await ws.nextPush(txSub);
    expect(pushed.params.result).toMatchObject({ hash: toHex(tx.hash), status: 'committed', height: '1', index: 0, ok: true });
    expect(pushed.params.result.events).toEqual([
      { type: 'transfer', attributes: { from: toHex(alice.address), to: toHex(bob.address), amount: '7' } },
    ]);
    const payout = await ws.nextPush(paid);
    expect(payout.params.result).toEqual({
      height: '1',
      rows: [{ row: 0, tx_index: 0, role: 'FEE', recipient: toHex(OPERATOR.address), contribution: null, amount: '10' }],
    });

    // Bob's own tx reaches his address subscription; Alice's transfer did not (he only received it).
    const bobs = await submitCommitted(h, bob, payloads.transfer(alice.address, 1n));
    expect((await ws.nextPush(mine)).params.result).toMatchObject({ hash: toHex(bobs.tx.hash), height: '2' });
    expect((await ws.nextPush(blocks)).params.result.height).toBe('2');
  });

  it('stops pushing after unsubscribe and refuses unknown subscriptions', async () => {
    const ws = await connect(h.wsUrl);
    const blocks = (await ws.call('subscribe', { event: 'newBlock' })).result as string;
    const other = (await ws.call('subscribe', { event: 'newBlock' })).result as string;
    expect((await ws.call('unsubscribe', { id: blocks })).result).toBe(true);
    expect((await ws.call('unsubscribe', { id: blocks })).error).toMatchObject({ data: { code: 'NOT_FOUND' } });
    await submitCommitted(h, alice, payloads.transfer(bob.address, 1n));
    expect((await ws.nextPush(other)).params.result.height).toBe('1');
    await submitCommitted(h, alice, payloads.transfer(bob.address, 1n));
    expect((await ws.nextPush(other)).params.result.height).toBe('2');
    const stray = await ws.call('status'); // every message so far has arrived: none was for the dropped id
    expect(stray.result.height).toBe('2');
    expect(await Promise.race([ws.nextPush(blocks), Promise.resolve('none')])).toBe('none');
  });

  it('answers a malformed message and bad subscriptions, and the socket stays usable', async () => {
    const ws = await connect(h.wsUrl);
    ws.sendRaw('{not json');
    expect(await ws.nextReply()).toMatchObject({ id: null, error: { code: -32700, data: { code: 'PARSE_ERROR' } } });
    ws.sendRaw('[]');
    expect((await ws.nextReply()).error.data.code).toBe('INVALID_REQUEST');
    expect((await ws.call('subscribe', { event: 'blocks' })).error?.data.code).toBe('INVALID_PARAMS');
    expect((await ws.call('subscribe', { event: 'newBlock', filter: { hash: '0x00' } })).error?.data.code).toBe('INVALID_PARAMS');
    expect((await ws.call('subscribe', { event: 'tx', filter: { hash: 'nope' } })).error?.data.code).toBe('INVALID_PARAMS');
    expect((await ws.call('attribution_explain', { hash: '0x' })).error?.data.code).toBe('INVALID_PARAMS');

    // A batch over the socket, with a subscribe in it.
    ws.sendRaw(JSON.stringify([{ jsonrpc: '2.0', id: 'x', method: 'status' }, { jsonrpc: '2.0', id: 'y', method: 'subscribe', params: { event: 'newBlock' } }]));
    const batch = await ws.nextReply();
    expect(batch.map((r: { id: string }) => r.id)).toEqual(['x', 'y']);

    for (let i = 1; i < MAX_SUBSCRIPTIONS_PER_SOCKET; i++) expect((await ws.call('subscribe', { event: 'newBlock' })).result).toBeTypeOf('string');
    expect((await ws.call('subscribe', { event: 'newBlock' })).error).toMatchObject({ code: -32007, data: { code: 'TOO_MANY_SUBSCRIPTIONS' } });
    expect((await ws.call('status')).result.chain_id).toBe('test-chain');
  });

  it('closes the sockets when the server closes', async () => {
    const ws = await connect(h.wsUrl);
    await ws.call('subscribe', { event: 'newBlock' });
    await h.server.close();
    expect(await ws.closed).toBe(1001);
    await expect(fetch(h.url + '/health')).rejects.toThrow();
  });
});
