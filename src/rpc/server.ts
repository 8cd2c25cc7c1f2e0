/**
 * The RPC server on node:http: JSON-RPC 2.0 on `POST /` (application/json,
 * single calls and batches), `GET /health`, and JSON-RPC with subscriptions
 * over WebSocket on `/ws`. Bodies above `maxBodyBytes` are answered 413
 * REQUEST_TOO_LARGE; the rest of such a body is read and dropped (up to a
 * bound) so the client sees the answer before the connection closes.
 *
 * Example:
 *   const rpc = await startRpcServer(ctx, { host: '127.0.0.1', port: 0, maxBodyBytes: 1 << 20, maxBatch: 100, log });
 *   await fetch(rpc.url, { method: 'POST', headers: { 'content-type': 'application/json' },
 *     body: '{"jsonrpc":"2.0","id":1,"method":"status"}' });
 *   await rpc.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../node/log.js';
import { dispatchText, errorResponse, serialize, type Dispatcher } from './dispatch.js';
import { METHODS } from './methods.js';
import type { MethodEnv, RpcContext } from './types.js';
import { TxWaiters } from './waiters.js';
import { WsHub, wsMethods, type WsEnv } from './ws.js';

export type { RpcContext } from './types.js';

export interface RpcServerOptions {
  host: string;
  port: number;
  maxBodyBytes: number;
  maxBatch: number;
  log: Logger;
}

export interface RpcServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** How much of an oversized body is read and dropped before the 413, so the client gets to read it. */
const LINGER_BYTES = 4 << 20;
/** How long close() lets requests in progress finish before cutting their connections. */
const CLOSE_GRACE_MS = 1000;

const WS_ONLY = 'is only available over the WebSocket on /ws';

export async function startRpcServer(ctx: RpcContext, opts: RpcServerOptions): Promise<RpcServer> {
  const { log } = opts;
  const waiters = new TxWaiters(ctx.events);
  const env: MethodEnv = { ...ctx, waiters };
  const http: Dispatcher<MethodEnv> = {
    table: METHODS,
    unavailable: { subscribe: `subscribe ${WS_ONLY}`, unsubscribe: `unsubscribe ${WS_ONLY}` },
    maxBatch: opts.maxBatch,
    log,
  };
  const ws: Dispatcher<WsEnv> = { ...http, table: { ...METHODS, ...wsMethods }, unavailable: {} };
  const hub = new WsHub(env, ws, opts.maxBodyBytes, log);

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (req.destroyed && res.destroyed) return log.debug('rpc request aborted by the client', { error: err });
      log.error('rpc request failed', { error: err });
      if (!res.headersSent) reply(res, 500, errorResponse(null, 'INTERNAL', 'internal error'));
      else res.destroy();
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 20_000;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health') {
      if (req.method !== 'GET') return replyStatus(res, 405, { allow: 'GET' });
      return reply(res, 200, { ok: true, height: ctx.chain.head.height.toString() });
    }
    if (path === '/ws') return replyStatus(res, 426, { upgrade: 'websocket' });
    if (path !== '/') return replyStatus(res, 404);
    if (req.method !== 'POST') return replyStatus(res, 405, { allow: 'POST' });
    // JSON only: a browser cannot send it cross-site without a CORS preflight, which this server never grants.
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') return replyStatus(res, 415, { accept: 'application/json' });
    const body = await readBody(req, opts.maxBodyBytes);
    if (body === undefined) return replyTooLarge(res);
    const response = await dispatchText(http, env, body.toString('utf8'));
    if (response === undefined) return replyStatus(res, 204);
    reply(res, 200, response);
  }

  function replyTooLarge(res: ServerResponse): void {
    const message = `the request body is larger than ${opts.maxBodyBytes} bytes`;
    reply(res, 413, errorResponse(null, 'REQUEST_TOO_LARGE', message), { connection: 'close' });
  }

  server.on('checkContinue', (req, res) => {
    // `Expect: 100-continue`: refuse an announced oversized body before the client sends it.
    if (Number(req.headers['content-length'] ?? 0) > opts.maxBodyBytes) return replyTooLarge(res);
    res.writeContinue();
    server.emit('request', req, res);
  });

  server.on('upgrade', (req, socket, head) => {
    if ((req.url ?? '').split('?')[0] !== '/ws' || !server.listening) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    hub.upgrade(req, socket, head);
  });
  server.on('clientError', (err, socket) => {
    log.debug('bad http request', { error: err });
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`;
  log.info('rpc listening', { url });

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        waiters.close(); // waiting tx_submit calls answer "pending" now
        await hub.close();
        server.closeIdleConnections();
        const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
        await stopped;
        clearTimeout(cut);
      })();
      return closing;
    },
  };
}

/**
 * The body, or undefined when it is larger than `max`: then the rest is read
 * and dropped up to LINGER_BYTES (a client still sending would otherwise see
 * a reset instead of the 413), and beyond that the connection is cut.
 */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = Number(req.headers['content-length'] ?? 0) > max;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (!over && size > max) over = true;
      if (!over) chunks.push(chunk);
      else if (size > max + LINGER_BYTES) {
        req.socket.destroy();
        resolve(undefined);
      }
    });
    req.on('end', () => resolve(over ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('the client closed the connection before the body ended'));
    });
  });
}

function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = serialize(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function replyStatus(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-length': 0, ...headers });
  res.end();
}
