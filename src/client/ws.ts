/**
 * Subscriptions over the node's WebSocket (`/ws`, docs/rpc.md): one socket
 * per client, opened by the first subscribe and closed when the last
 * subscription ends, so a program that unsubscribes everything exits by
 * itself. Pushes are routed by subscription id; a subscription's handler is
 * registered while its subscribe answer is being read, so the pushes that
 * follow that answer are never missed.
 */
import { WebSocket, type RawData } from 'ws';
import { ClientError, fromRpcError, timedOut, unreachable } from './errors.js';
import { isReply, request } from './http.js';

/** Why a subscription ended without being unsubscribed: the socket closed (the node stopped, the network failed). */
export interface SubscriptionEnd {
  code: number;
  reason: string;
}

export interface SubscriptionHandle {
  /** The node's subscription id. */
  readonly id: string;
  /** Stops the pushes at once (no handler call after this), then tells the node; closes the socket if it was the last. */
  unsubscribe(): Promise<void>;
}

interface Handler {
  onMessage(message: unknown): void;
  onEnd?: ((end: SubscriptionEnd) => void) | undefined;
}

interface Pending {
  resolve(result: unknown): void;
  reject(err: ClientError): void;
  timer: NodeJS.Timeout;
  /** Runs synchronously when the answer is read, before any later message. */
  onAnswer?: ((result: unknown) => void) | undefined;
}

/** How long close() waits for the node to answer the close frame before cutting the socket. */
const CLOSE_WAIT_MS = 1000;

export class WsSubscriptions {
  private socket: Promise<WebSocket> | undefined;
  private readonly pending = new Map<number, Pending>();
  private readonly handlers = new Map<string, Handler>();
  private subscribing = 0;
  private nextId = 1;

  constructor(
    readonly url: string,
    private readonly timeoutMs: number,
  ) {}

  async subscribe(event: string, filter: Record<string, unknown>, handler: Handler): Promise<SubscriptionHandle> {
    this.subscribing++;
    try {
      const socket = await this.open();
      const register = (result: unknown) => {
        if (typeof result === 'string') this.handlers.set(result, handler);
      };
      const id = await this.request(socket, 'subscribe', { event, ...(Object.keys(filter).length > 0 ? { filter } : {}) }, register);
      if (typeof id !== 'string') throw new ClientError('BAD_RESPONSE', `the answer of ${this.url} to subscribe is not a subscription id`, { url: this.url });
      return { id, unsubscribe: () => this.unsubscribe(id, socket) };
    } finally {
      this.subscribing--;
      this.closeIfIdle();
    }
  }

  /** Ends every subscription (without calling their onEnd) and closes the socket. */
  async close(): Promise<void> {
    this.handlers.clear();
    const opening = this.socket;
    this.socket = undefined;
    const socket = await opening?.catch(() => undefined);
    if (socket !== undefined) await closeSocket(socket);
  }

  private async unsubscribe(id: string, socket: WebSocket): Promise<void> {
    if (!this.handlers.delete(id)) return;
    try {
      if (socket.readyState === WebSocket.OPEN) await this.request(socket, 'unsubscribe', { id });
    } catch (err) {
      // Already gone on the node's side (NOT_FOUND) or the socket closed meanwhile: either way it has ended.
      if (!(err instanceof ClientError) || (err.code !== 'NOT_FOUND' && err.code !== 'NODE_UNREACHABLE')) throw err;
    } finally {
      this.closeIfIdle();
    }
  }

  private closeIfIdle(): void {
    if (this.handlers.size > 0 || this.subscribing > 0 || this.pending.size > 0 || this.socket === undefined) return;
    void this.close();
  }

  private open(): Promise<WebSocket> {
    this.socket ??= this.connect();
    return this.socket;
  }

  private connect(): Promise<WebSocket> {
    const opening = new Promise<WebSocket>((resolve, reject) => {
      const socket = new WebSocket(this.url, { handshakeTimeout: this.timeoutMs });
      const failed = (err: Error) => reject(unreachable(this.url, err));
      socket.once('error', failed);
      socket.once('open', () => {
        socket.off('error', failed);
        socket.on('error', () => {}); // a 'close' follows, which ends everything
        resolve(socket);
      });
      socket.on('message', (data) => this.receive(data));
      socket.on('close', (code, reason) => this.closed(opening, code, reason.toString('utf8')));
    });
    return opening;
  }

  private request(socket: WebSocket, method: string, params: Record<string, unknown>, onAnswer?: (result: unknown) => void): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(timedOut(this.url, method, this.timeoutMs));
        this.closeIfIdle();
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer, onAnswer });
      socket.send(request(id, method, params), (err) => {
        if (err === undefined || err === null) return;
        clearTimeout(timer);
        this.pending.delete(id);
        reject(unreachable(this.url, err));
      });
    });
  }

  private receive(data: RawData): void {
    let message: unknown;
    try {
      message = JSON.parse(rawText(data));
    } catch {
      return; // not JSON: nothing this client asked for
    }
    const m = message as { method?: unknown; params?: { subscription?: unknown; result?: unknown } };
    if (m.method === 'subscription') {
      const handler = typeof m.params?.subscription === 'string' ? this.handlers.get(m.params.subscription) : undefined;
      if (handler !== undefined) deliver(() => handler.onMessage(m.params?.result));
      return;
    }
    if (!isReply(message) || typeof message.id !== 'number') return;
    const pending = this.pending.get(message.id);
    if (pending === undefined) return;
    this.pending.delete(message.id);
    clearTimeout(pending.timer);
    if (message.error !== undefined) return pending.reject(fromRpcError(message.error));
    pending.onAnswer?.(message.result);
    pending.resolve(message.result);
  }

  /** The socket closed: calls in flight fail, subscriptions end (telling their onEnd), the next subscribe reconnects. */
  private closed(opening: Promise<WebSocket>, code: number, reason: string): void {
    if (this.socket === opening) this.socket = undefined;
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(new ClientError('NODE_UNREACHABLE', `the WebSocket to ${this.url} closed (${code}) before the answer`, { url: this.url, code }));
      this.pending.delete(id);
    }
    const ended = [...this.handlers.values()];
    this.handlers.clear();
    for (const h of ended) if (h.onEnd !== undefined) deliver(() => h.onEnd?.({ code, reason }));
  }
}

/** A throwing callback must not break the socket's message loop: its error is rethrown on its own. */
function deliver(callback: () => void): void {
  try {
    callback();
  } catch (err) {
    queueMicrotask(() => {
      throw err;
    });
  }
}

function closeSocket(socket: WebSocket): Promise<void> {
  if (socket.readyState === WebSocket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const cut = setTimeout(() => socket.terminate(), CLOSE_WAIT_MS).unref();
    socket.once('close', () => {
      clearTimeout(cut);
      resolve();
    });
    socket.close(1000);
  });
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return (data instanceof ArrayBuffer ? Buffer.from(data) : data).toString('utf8');
}

/** The node's WebSocket URL for its HTTP URL: same host and port, ws(s), path `/ws`. */
export function wsUrlOf(httpUrl: string): string {
  const url = new URL('/ws', httpUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}
