/**
 * Bad input over real HTTP: each refusal answers its stable `data.code`,
 * and afterwards the node still serves with its state unchanged (same head,
 * same accounts, nothing pending).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { txCodec } from '../../../src/codec/codecs.js';
import type { TxPayload } from '../../../src/codec/types.js';
import { concatBytes, toHex } from '../../../src/crypto/bytes.js';
import { JSON_RPC_CODES } from '../../../src/rpc/errors.js';
import { testKey } from '../../support/chain.js';
import { contentHash, FEE, payloads, signWith, sketchOf } from '../../support/fixtures.js';
import {
  alice,
  b64,
  bob,
  call,
  errorCode,
  MAX_BATCH,
  MAX_BODY_BYTES,
  post,
  rpc,
  startHarness,
  submitCommitted,
  type Harness,
} from './harness.js';

const poor = testKey('poor');
const ZERO32 = '0x' + '00'.repeat(32);

async function snapshot(h: Harness) {
  const { height, state_root, mempool } = await call(h.url, 'status');
  const accounts = await Promise.all([alice, bob].map((k) => call(h.url, 'account_get', { address: toHex(k.address) })));
  return { height, state_root, mempool, accounts };
}

let h: Harness;
let transferToBob: ReturnType<typeof payloads.transfer>;
beforeEach(async () => {
  h = await startHarness();
  transferToBob = payloads.transfer(bob.address, 5n);
});

/** Submits raw tx bytes; the error's data.code. */
const submitCode = (bytes: Uint8Array) => errorCode(h.url, 'tx_submit', { tx: b64(bytes) });

describe('RPC refuses bad input and keeps serving', () => {
  it('refuses txs the mempool would not take, each with its data.code, leaving the state as it was', async () => {
    const first = await submitCommitted(h, alice, transferToBob); // alice's nonce 0 is now used
    const before = await snapshot(h);
    const valid = signWith(alice, transferToBob, { nonce: 1n });
    const tampered = valid.bytes.slice();
    tampered[tampered.length - 1]! ^= 1;
    const unsigned = txCodec.encode({ body: txCodec.decode(valid.bytes).body, signature: new Uint8Array(0) });
    const bigUri: TxPayload = {
      payload: 'contribute',
      contribute: { datanetId: new Uint8Array(32), contentHash: contentHash('x'), sizeBytes: 1n, sketch: sketchOf('x'), uri: 'u'.repeat(70_000) },
    };
    const cases: [string, Uint8Array][] = [
      ['NON_CANONICAL', concatBytes(valid.bytes, new Uint8Array([0x18, 0x01]))], // an unknown field 3 after the signature
      ['MALFORMED', new Uint8Array([0x0a, 0x05, 0x01])], // a body field longer than the bytes left
      ['WRONG_CHAIN', signWith(alice, transferToBob, { nonce: 1n, chainId: 'other-chain' }).bytes],
      ['BAD_SIGNATURE', tampered],
      ['BAD_SIGNATURE', unsigned], // the signature is missing
      ['ALREADY_COMMITTED', first.tx.bytes.slice()], // the committed tx again
      ['BAD_NONCE', signWith(alice, payloads.transfer(bob.address, 6n), { nonce: 0n }).bytes],
      ['NONCE_TOO_FAR', signWith(alice, transferToBob, { nonce: 1000n }).bytes],
      ['FEE_TOO_LOW', signWith(alice, transferToBob, { nonce: 1n, fee: FEE - 1n }).bytes],
      ['INSUFFICIENT_FUNDS', signWith(poor, transferToBob).bytes],
      ['TX_TOO_LARGE', signWith(alice, bigUri, { nonce: 1n }).bytes],
      ['BAD_WEIGHTS', signWith(alice, payloads.recordTraining(new Uint8Array(32), [[new Uint8Array(32), 9000]], 1n), { nonce: 1n }).bytes],
    ];
    for (const [code, bytes] of cases) {
      const reply = await rpc(h.url, 'tx_submit', { tx: b64(bytes), wait: 'commit' });
      expect(reply.error, code).toMatchObject({ code: -32010, data: { code } });
    }
    const fee = await rpc(h.url, 'tx_submit', { tx: b64(signWith(alice, transferToBob, { nonce: 1n, fee: 1n }).bytes) });
    expect(fee.error?.data).toEqual({ code: 'FEE_TOO_LOW', min: FEE.toString() }); // meta bigints as decimal strings
    expect(await snapshot(h)).toEqual(before);
  });

  it('answers malformed JSON, bad envelopes, unknown methods and wrong params with the JSON-RPC codes', async () => {
    const before = await snapshot(h);
    const parse = await post(h.url, '{"jsonrpc":"2.0","id":1,"method":');
    expect(parse).toEqual({ status: 200, json: { jsonrpc: '2.0', id: null, error: expect.objectContaining({ code: -32700, data: { code: 'PARSE_ERROR' } }) } });
    expect((await post(h.url, '"status"')).json.error.data.code).toBe('INVALID_REQUEST');
    expect((await post(h.url, '{"jsonrpc":"1.0","id":7,"method":"status"}')).json).toMatchObject({ id: 7, error: { code: -32600 } });
    expect((await post(h.url, '{"jsonrpc":"2.0","id":{},"method":"status"}')).json.error.data.code).toBe('INVALID_REQUEST');
    expect((await post(h.url, '[]')).json.error).toMatchObject({ code: -32600, data: { code: 'INVALID_REQUEST' } });

    const unknown = await rpc(h.url, 'no_such_method');
    expect(unknown.error).toMatchObject({ code: -32601, data: { code: 'METHOD_NOT_FOUND' } });
    expect((await rpc(h.url, 'attribution_explain', { hash: ZERO32 })).error).toMatchObject({ data: { code: 'NOT_FOUND' } });
    expect((await rpc(h.url, 'subscribe', { event: 'newBlock' })).error!.message).toContain('WebSocket');

    const invalid: [string, unknown][] = [
      ['account_get', { address: 5 }],
      ['account_get', { address: toHex(alice.address).toUpperCase().replace('0X', '0x') }], // uppercase hex
      ['account_get', { address: toHex(alice.address).slice(0, -2) }], // 19 bytes
      ['account_get', { address: toHex(alice.address).slice(2) }], // no 0x
      ['account_get', [toHex(alice.address)]], // positional
      ['account_get', {}],
      ['account_get', { address: toHex(alice.address), extra: 1 }],
      ['tx_get', { hash: '0x1234' }],
      ['tx_submit', { tx: 'not base64!' }],
      ['tx_submit', { tx: 'QUJD' + '=' }], // bad padding
      ['tx_submit', { tx: 'QR==' }], // non-zero unused bits
      ['tx_submit', { tx: 42 }],
      ['tx_submit', { tx: 'QUJD', wait: 'forever' }],
      ['tx_submit', { tx: 'QUJD', timeout_ms: 600_000 }],
      ['block_get', { height: true }],
      ['block_get', { height: '-1' }],
      ['block_get', { height: '18446744073709551616' }], // 2^64
      ['block_get', { height: '1', hash: ZERO32 }],
      ['block_get', {}],
      ['datanet_list', { limit: 0 }],
      ['datanet_list', { limit: 1001 }],
      ['payouts_by_account', { address: toHex(alice.address), from: 1.5 }],
      ['stake_get', { operator: ZERO32 }], // 32 bytes, not an address
      ['stake_get', {}],
    ];
    for (const [method, params] of invalid) {
      const reply = await rpc(h.url, method, params);
      expect(reply.error, `${method} ${JSON.stringify(params)}`).toMatchObject({ code: -32602, data: { code: 'INVALID_PARAMS' } });
    }
    const named = await rpc(h.url, 'account_get', { address: 'zz' });
    expect(named.error!.message).toMatch(/^address must be 20 bytes of lowercase 0x-hex/);
    expect(await call(h.url, 'status', [])).toMatchObject({ chain_id: 'test-chain' }); // no params: an empty array is fine
    expect(await snapshot(h)).toEqual(before);
  });

  it('answers NOT_FOUND for ids, hashes and heights that do not exist', async () => {
    const unknown: [string, unknown][] = [
      ['tx_get', { hash: ZERO32 }],
      ['block_get', { height: '5' }],
      ['block_get', { height: 0 }],
      ['block_get', { hash: ZERO32 }],
      ['payouts_get', { height: '5' }],
      ['datanet_get', { id: ZERO32 }],
      ['contribution_get', { id: ZERO32 }],
      ['contribution_list', { datanet: ZERO32 }],
      ['model_get', { id: ZERO32 }],
      ['stake_get', { operator: toHex(alice.address) }], // never bonded
    ];
    for (const [method, params] of unknown) {
      const reply = await rpc(h.url, method, params);
      expect(reply.error, method).toMatchObject({ code: JSON_RPC_CODES.NOT_FOUND, data: { code: 'NOT_FOUND' } });
    }
    expect(await call(h.url, 'claimable_get', { address: toHex(poor.address) })).toEqual({ entries: [], total: '0' });
    expect(await call(h.url, 'account_get', { address: toHex(poor.address) })).toMatchObject({ balance: '0', nonce: '0' });
  });

  it('limits request bodies and batches, and runs a batch of good and bad calls', async () => {
    const before = await snapshot(h);
    const huge = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'status', params: { pad: 'x'.repeat(MAX_BODY_BYTES) } });
    const tooLarge = await post(h.url, huge);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.json.error).toMatchObject({ code: -32005, data: { code: 'REQUEST_TOO_LARGE' } });

    const calls = Array.from({ length: MAX_BATCH + 1 }, (_, i) => ({ jsonrpc: '2.0', id: i, method: 'status' }));
    const batch = await post(h.url, JSON.stringify(calls));
    expect(batch.json).toMatchObject({ id: null, error: { code: -32006, data: { code: 'BATCH_TOO_LARGE' } } });

    const tx = h.signer.tx(alice, transferToBob);
    const mixed = await post(
      h.url,
      JSON.stringify([
        { jsonrpc: '2.0', id: 'a', method: 'status' },
        { jsonrpc: '2.0', id: 'b', method: 'nope' },
        { jsonrpc: '2.0', method: 'status' }, // a notification: no entry in the answer
        { jsonrpc: '2.0', id: 'c', method: 'account_get', params: { address: 'bad' } },
        42,
        { jsonrpc: '2.0', id: 'd', method: 'tx_submit', params: { tx: b64(tx.bytes), wait: 'commit' } },
        { jsonrpc: '2.0', id: 'e', method: 'datanet_get', params: { id: ZERO32 } },
      ]),
    );
    expect(mixed.status).toBe(200);
    expect(mixed.json.map((r: { id: unknown; error?: { data: { code: string } } }) => [r.id, r.error?.data.code ?? 'ok'])).toEqual([
      ['a', 'ok'],
      ['b', 'METHOD_NOT_FOUND'],
      ['c', 'INVALID_PARAMS'],
      [null, 'INVALID_REQUEST'],
      ['d', 'ok'],
      ['e', 'NOT_FOUND'],
    ]);
    expect(mixed.json[4].result).toMatchObject({ hash: toHex(tx.hash), status: 'committed', ok: true });

    const notifications = await post(h.url, JSON.stringify([{ jsonrpc: '2.0', method: 'status' }]));
    expect(notifications).toEqual({ status: 204, json: undefined });
    const after = await snapshot(h);
    expect(BigInt(after.height)).toBe(BigInt(before.height) + 1n); // the one good tx
    expect(await call(h.url, 'account_get', { address: toHex(bob.address) })).toMatchObject({ balance: String(BigInt(before.accounts[1].balance) + 5n) });
  });

  it('answers wrong HTTP methods, paths and content types with their statuses, and /health', async () => {
    expect((await fetch(h.url, { method: 'GET' })).status).toBe(405);
    expect((await fetch(h.url + '/nope', { method: 'POST' })).status).toBe(404);
    expect((await post(h.url, '{"jsonrpc":"2.0","id":1,"method":"status"}', 'text/plain')).status).toBe(415);
    expect((await post(h.url, '{"jsonrpc":"2.0","id":1,"method":"status"}', 'application/json; charset=utf-8')).status).toBe(200);
    expect((await fetch(h.url + '/ws')).status).toBe(426);
    const health = await fetch(h.url + '/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, height: '0' });
  });

  it('answers a handler fault INTERNAL with a generic message and logs the detail', async () => {
    await h.store.close(); // every read now throws a LevelDB error
    const reply = await rpc(h.url, 'account_get', { address: toHex(alice.address) });
    expect(reply.error).toEqual({ code: -32603, message: 'internal error', data: { code: 'INTERNAL' } });
    expect(h.logs.some((l) => l.includes('rpc handler failed') && l.includes('account_get'))).toBe(true);
    expect(await call(h.url, 'status')).toMatchObject({ height: '0' });
  });
});
