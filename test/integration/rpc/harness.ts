/**
 * A real node for RPC tests: LevelDB in a temp dir, the chain, a mempool, a
 * block producer (50 ms blocks, only when txs are pending) and the RPC
 * server on 127.0.0.1 with an ephemeral port. Everything started here is
 * stopped after each test (server, producer, store — in that order).
 */
import { afterEach } from 'vitest';
import { WebSocket } from 'ws';
import { Chain } from '../../../src/chain/chain.js';
import { BlockProducer } from '../../support/block-producer.js';
import type { TxPayload } from '../../../src/codec/types.js';
import { Mempool } from '../../../src/mempool/mempool.js';
import { ChainEvents } from '../../../src/node/events.js';
import { createLogger } from '../../../src/node/log.js';
import { startRpcServer, type RpcServer } from '../../../src/rpc/server.js';
import { LevelStore } from '../../../src/store/level-store.js';
import type { SignedTx } from '../../../src/tx/sign.js';
import { TestChain, testGenesis, testKey, VALIDATOR, type TestKey } from '../../support/chain.js';
import { tempDir } from '../../support/tmp.js';

export const alice = testKey('alice');
export const bob = testKey('bob');
export const genesis = testGenesis([alice, bob]);

export const MAX_BODY_BYTES = 256 << 10;
export const MAX_BATCH = 20;

export interface Harness {
  url: string;
  wsUrl: string;
  chain: Chain;
  mempool: Mempool;
  events: ChainEvents;
  store: LevelStore;
  server: RpcServer;
  /** Signs txs with automatic nonces (a local count per key). */
  signer: TestChain;
  /** Everything the node logged. */
  logs: string[];
  producerErrors: unknown[];
  /** Makes one block now (for tests started with `autoProduce: false`). */
  produce(): Promise<void>;
  stop(): Promise<void>;
}

const running: Harness[] = [];
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.terminate();
  for (const h of running.splice(0)) await h.stop();
});

/** `autoProduce: false` leaves block production to `produce()`, so pending states can be observed. */
export async function startHarness(opts: { autoProduce?: boolean } = {}): Promise<Harness> {
  const logs: string[] = [];
  const log = createLogger('debug', 'test', (line) => logs.push(line));
  const store = await LevelStore.open(tempDir('attrib-rpc-'));
  const chain = await Chain.open(store, genesis);
  const mempool = new Mempool(chain);
  const events = new ChainEvents();
  const producerErrors: unknown[] = [];
  const producer = new BlockProducer(chain, mempool, VALIDATOR, events, { blockTimeMs: 50, emptyBlocks: false, maxBlockTxs: 1000 }, Date.now, (err) =>
    producerErrors.push(err),
  );
  if (opts.autoProduce ?? true) producer.start();
  const server = await startRpcServer(
    { chain, mempool, events, log: log.child('rpc'), role: () => 'validator' },
    { host: '127.0.0.1', port: 0, maxBodyBytes: MAX_BODY_BYTES, maxBatch: MAX_BATCH, log: log.child('rpc') },
  );
  let stopped = false;
  const h: Harness = {
    url: server.url,
    wsUrl: server.url.replace('http://', 'ws://') + '/ws',
    chain,
    mempool,
    events,
    store,
    server,
    signer: await TestChain.create(genesis),
    logs,
    producerErrors,
    async produce() {
      await producer.produce();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.close();
      await producer.stop();
      await store.close();
    },
  };
  running.push(h);
  return h;
}

// ---- JSON-RPC over HTTP ----

export interface RpcErrorObject {
  code: number;
  message: string;
  data: { code: string } & Record<string, unknown>;
}
export interface Reply {
  jsonrpc: '2.0';
  id: unknown;
  result?: any;
  error?: RpcErrorObject;
}

let nextId = 1;

/** POSTs a raw body; returns the HTTP status and the parsed JSON body (undefined when empty). */
export async function post(url: string, body: string, contentType = 'application/json'): Promise<{ status: number; json: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
  const text = await res.text();
  return { status: res.status, json: text === '' ? undefined : JSON.parse(text) };
}

/** One call; resolves with the whole reply (result or error). */
export async function rpc(url: string, method: string, params?: unknown): Promise<Reply> {
  const { json } = await post(url, JSON.stringify({ jsonrpc: '2.0', id: nextId++, method, ...(params === undefined ? {} : { params }) }));
  return json as Reply;
}

/** One call; the result, or throws naming the error's data.code. */
export async function call(url: string, method: string, params?: unknown): Promise<any> {
  const reply = await rpc(url, method, params);
  if (reply.error) throw new Error(`${method}: ${reply.error.data.code} ${reply.error.message}`);
  return reply.result;
}

/** The error's data.code of a call expected to fail. */
export async function errorCode(url: string, method: string, params?: unknown): Promise<string> {
  const reply = await rpc(url, method, params);
  if (!reply.error) throw new Error(`${method} succeeded: ${JSON.stringify(reply.result)}`);
  return reply.error.data.code;
}

export const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/** Signs `payload` from `key` (next nonce) and submits it, waiting for its block. */
export async function submitCommitted(h: Harness, key: TestKey, payload: TxPayload): Promise<{ tx: SignedTx; result: any }> {
  const tx = h.signer.tx(key, payload);
  const result = await call(h.url, 'tx_submit', { tx: b64(tx.bytes), wait: 'commit', timeout_ms: 60_000 });
  if (result.status !== 'committed' || !result.ok) throw new Error(`${payload.payload}: ${JSON.stringify(result)}`);
  return { tx, result };
}

// ---- JSON-RPC over WebSocket ----

export interface WsClient {
  socket: WebSocket;
  /** Sends a raw text message. */
  sendRaw(text: string): void;
  /** The next response (a message with an id or an error) not yet taken. */
  nextReply(): Promise<any>;
  call(method: string, params?: unknown): Promise<Reply>;
  /** The next push of subscription `id`. */
  nextPush(id: string): Promise<any>;
  closed: Promise<number>;
}

export async function connect(wsUrl: string): Promise<WsClient> {
  const socket = new WebSocket(wsUrl);
  const replies: any[] = [];
  const pushes: any[] = [];
  const waiting: (() => void)[] = [];
  socket.on('message', (data) => {
    const msg = JSON.parse(data.toString());
    (msg.method === 'subscription' ? pushes : replies).push(msg);
    for (const wake of waiting.splice(0)) wake();
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  sockets.push(socket);
  const take = async (queue: any[], match: (m: any) => boolean): Promise<any> => {
    for (;;) {
      const i = queue.findIndex(match);
      if (i >= 0) return queue.splice(i, 1)[0];
      await new Promise<void>((wake) => waiting.push(wake));
    }
  };
  return {
    socket,
    sendRaw: (text) => socket.send(text),
    nextReply: () => take(replies, () => true),
    async call(method, params) {
      const id = nextId++;
      socket.send(JSON.stringify({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) }));
      return take(replies, (m) => m.id === id);
    },
    nextPush: (id) => take(pushes, (m) => m.params.subscription === id),
    closed,
  };
}
