/**
 * Failures as ClientErrors: the node's refusals and errors with their
 * `data.code`, and the client-side codes for a node that is not there, an
 * answer that is not JSON-RPC, no answer in time and arguments that cannot
 * be sent.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AttribClient, ClientError, payloads, send, Wallet } from '../../../src/client/index.js';
import { aliceWallet, bobWallet, clientError, clientOf, startHarness } from './setup.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An HTTP server that reads requests and never answers them. */
async function silentServer(): Promise<string> {
  const server = createHttpServer(() => {});
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('AttribClient errors', () => {
  it('surfaces the node’s refusals with their code, data and JSON-RPC code', async () => {
    const h = await startHarness();
    const client = clientOf(h);
    const zeroId = '0x' + '00'.repeat(32);

    const notFound = await clientError(client.getDatanet(zeroId));
    expect(notFound).toMatchObject({ code: 'NOT_FOUND', rpcCode: -32004, isTxRejection: false, meta: { code: 'NOT_FOUND', id: zeroId } });
    expect(notFound.message).toBe(`Datanet ${zeroId} not found`);
    expect((await clientError(client.getModel(zeroId))).code).toBe('NOT_FOUND');
    expect((await clientError(client.getTx(zeroId))).code).toBe('NOT_FOUND');
    expect((await clientError(client.getBlock({ height: 99 }))).code).toBe('NOT_FOUND');
    expect((await clientError(client.payouts(0))).code).toBe('NOT_FOUND');

    // A well-formed hex of the wrong length is the node's to refuse, naming the param.
    const invalid = await clientError(client.getAccount('0x1234'));
    expect(invalid).toMatchObject({ code: 'INVALID_PARAMS', rpcCode: -32602, meta: { param: 'address' } });
    expect((await clientError(client.call('no_such_method'))).code).toBe('METHOD_NOT_FOUND');

    // A new wallet cannot pay the fee: the mempool refuses the tx.
    const broke = Wallet.generate();
    const poor = await clientError(send(client, broke, payloads.transfer(aliceWallet.address, 1n)));
    expect(poor).toMatchObject({ code: 'INSUFFICIENT_FUNDS', rpcCode: -32010, isTxRejection: true, meta: { balance: '0' } });
    const cheap = await clientError(send(client, bobWallet, payloads.transfer(aliceWallet.address, 1n), { fee: 1n }));
    expect(cheap).toMatchObject({ code: 'FEE_TOO_LOW', meta: { min: '10' } });
    expect(cheap.message).toBe('fee 1 is below the minimum 10');
    const noCurators = await clientError(send(client, bobWallet, payloads.createDatanet({ name: 'x' })));
    expect(noCurators).toMatchObject({ code: 'NO_CURATORS', meta: { field: 'curators' } });

    // A tx the node accepts whose payload fails is no error: its result says so.
    const failed = await send(client, bobWallet, payloads.retire(zeroId));
    expect(failed.result).toMatchObject({ status: 'committed', ok: false, code: 'NOT_FOUND' });
    expect(failed.id).toBeUndefined();
  });

  it('says which URL it cannot reach and to check that the node is running', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const client = clientOf(url);
    const err = await clientError(client.status());
    expect(err).toMatchObject({ code: 'NODE_UNREACHABLE', rpcCode: undefined, meta: { url, reason: 'ECONNREFUSED' } });
    expect(err.message).toContain(url);
    expect(err.message).toContain('ECONNREFUSED');
    expect(err.message).toContain('check that the node is running');
    expect((await clientError(client.submitTxBatch([new Uint8Array([1])]))).code).toBe('NODE_UNREACHABLE');
    expect((await clientError(send(client, aliceWallet, payloads.transfer(bobWallet.address, 1n)))).code).toBe('NODE_UNREACHABLE');
    const ws = await clientError(client.subscribe('newBlock', {}, () => {}));
    expect(ws.code).toBe('NODE_UNREACHABLE');
    expect(ws.message).toContain('/ws');
  });

  it('refuses an answer that is not JSON-RPC, and gives up on a silent server', async () => {
    const h = await startHarness();
    const wrongPath = await clientError(clientOf(`${h.url}/health`).status()); // POST /health: 405, empty body
    expect(wrongPath).toMatchObject({ code: 'BAD_RESPONSE', meta: { status: 405 } });
    expect(wrongPath.message).toContain('RPC address');

    const silent = clientOf(await silentServer(), { timeoutMs: 50 });
    expect(await clientError(silent.status())).toMatchObject({ code: 'TIMEOUT', meta: { method: 'status', timeoutMs: 50 } });
  });

  it('refuses arguments it cannot send, before any request', async () => {
    expect(() => new AttribClient('localhost:26657')).toThrow(ClientError);
    expect(() => new AttribClient('ftp://127.0.0.1')).toThrow(/http:\/\/ or https:\/\//);
    expect(() => new Wallet(new Uint8Array(31))).toThrow(/32 bytes/);
    const client = clientOf(`http://127.0.0.1:${await closedPort()}`);
    expect(await clientError(client.getTx('0xzz'))).toMatchObject({ code: 'INVALID_ARGUMENT', meta: { name: 'hash' } });
    expect(await clientError(client.payouts(-1))).toMatchObject({ code: 'INVALID_ARGUMENT', meta: { name: 'height' } });
    expect(() => payloads.transfer(bobWallet.address, 2n ** 64n)).toThrow(/amount must be a uint64/);
    expect(() => payloads.registerModel({ name: 'm', ownerShareBps: 1.5 })).toThrow(/ownerShareBps must be a uint32/);
  });
});
