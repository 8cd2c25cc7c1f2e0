/**
 * JSON-RPC over WebSocket (`/ws`): every method of the table, plus
 * `subscribe {event, filter?}` and `unsubscribe {id}`. Pushes are
 * notifications `{"jsonrpc":"2.0","method":"subscription","params":
 * {"subscription":id,"result":…}}`, sent from the first block committed
 * after the subscribe response. One listener on the node's block
 * announcements feeds every socket; a socket that does not read its pushes
 * (more than MAX_BUFFERED_BYTES queued) is dropped rather than buffered.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { txBodyCodec, txCodec } from '../codec/codecs.js';
import type { StoredTxResult } from '../codec/types.js';
import { addressOf } from '../crypto/address.js';
import { bytesEqual, toHex } from '../crypto/bytes.js';
import type { CommittedBlockEvent } from '../node/events.js';
import type { Logger } from '../node/log.js';
import { dispatchText, serialize, type Dispatcher } from './dispatch.js';
import { RpcError, notFound } from './errors.js';
import { payoutJson, toJson, txResultJson, type Json } from './json.js';
import { address20, hex32, namedParams, object, oneOf, optional } from './params.js';
import type { MethodEnv, MethodTable } from './types.js';

export const MAX_SUBSCRIPTIONS_PER_SOCKET = 100;
const MAX_BUFFERED_BYTES = 16 << 20;
/** How long close() waits for a client to answer the close frame before cutting the socket. */
const CLOSE_HANDSHAKE_MS = 1000;

type EventName = 'newBlock' | 'tx' | 'payout';

interface Subscription {
  event: EventName;
  hash?: Uint8Array;
  address?: Uint8Array;
  /** False until the subscribe response has been sent. */
  live: boolean;
}

export interface Session {
  readonly subscriptions: Map<string, Subscription>;
  nextId(): string;
}

export interface WsEnv extends MethodEnv {
  session: Session;
  /** Subscriptions made by this message: they go live once its response is sent. */
  made: Subscription[];
}

const FILTERS: Record<EventName, string[]> = { newBlock: [], tx: ['hash', 'address'], payout: ['address'] };

export const wsMethods = {
  subscribe: {
    params: ['event', 'filter'],
    async handler(env: WsEnv, p) {
      const event = oneOf('newBlock', 'tx', 'payout')(p, 'event');
      const filter = namedParams(optional(p, 'filter', object) ?? {}, FILTERS[event]);
      const subs = env.session.subscriptions;
      if (subs.size >= MAX_SUBSCRIPTIONS_PER_SOCKET) {
        throw new RpcError('TOO_MANY_SUBSCRIPTIONS', `a socket holds at most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions`);
      }
      const id = env.session.nextId();
      const hash = optional(filter, 'hash', hex32);
      const address = optional(filter, 'address', address20);
      const sub: Subscription = { event, live: false, ...(hash && { hash }), ...(address && { address }) };
      subs.set(id, sub);
      env.made.push(sub);
      return id;
    },
  },
  unsubscribe: {
    params: ['id'],
    async handler(env: WsEnv, p) {
      const id = p.id;
      if (typeof id !== 'string' || !env.session.subscriptions.delete(id)) throw notFound('subscription', JSON.stringify(id));
      return true;
    },
  },
} satisfies MethodTable<WsEnv>;

/** What one block means for each kind of subscription, computed once per block and only if asked for. */
class BlockPushes {
  private senders: Uint8Array[] | undefined;
  private header: Json | undefined;

  constructor(private readonly e: CommittedBlockEvent) {}

  newBlock(): Json {
    this.header ??= {
      height: this.e.height.toString(),
      hash: toHex(this.e.hash),
      header: toJson(this.e.block.header),
      tx_count: this.e.block.txs.length,
    };
    return this.header;
  }

  txs(sub: Subscription): Json[] {
    const height = this.e.height.toString();
    const wanted = (r: StoredTxResult) =>
      (sub.hash === undefined || bytesEqual(r.hash, sub.hash)) && (sub.address === undefined || bytesEqual(this.sender(r.index), sub.address));
    return this.e.results.txs
      .filter(wanted)
      .map((r) => ({ hash: toHex(r.hash), status: 'committed', height, ...txResultJson(r) }));
  }

  payouts(sub: Subscription): Json | undefined {
    const rows = this.e.results.payouts.flatMap((row, i) =>
      sub.address === undefined || bytesEqual(row.recipient, sub.address) ? [payoutJson(row, i)] : [],
    );
    return rows.length === 0 ? undefined : { height: this.e.height.toString(), rows };
  }

  private sender(index: number): Uint8Array {
    this.senders ??= this.e.block.txs.map((bytes) => addressOf(txBodyCodec.decode(txCodec.decode(bytes).body).signer));
    return this.senders[index] ?? new Uint8Array(0);
  }
}

export class WsHub {
  private readonly wss: WebSocketServer;
  private readonly sockets = new Map<WebSocket, Session>();
  private lastId = 0;

  constructor(
    private readonly env: MethodEnv,
    private readonly dispatcher: Dispatcher<WsEnv>,
    maxPayload: number,
    private readonly log: Logger,
  ) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload });
    env.events.on('block', this.onBlock);
  }

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.open(ws));
  }

  /** Closes every socket (1001 "going away") and stops listening for blocks. */
  async close(): Promise<void> {
    this.env.events.off('block', this.onBlock);
    const closed = [...this.sockets.keys()].map(
      (ws) =>
        new Promise<void>((resolve) => {
          const cut = setTimeout(() => ws.terminate(), CLOSE_HANDSHAKE_MS);
          ws.once('close', () => {
            clearTimeout(cut);
            resolve();
          });
          ws.close(1001, 'node stopping');
        }),
    );
    await Promise.all(closed);
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private open(ws: WebSocket): void {
    const session: Session = { subscriptions: new Map(), nextId: () => String(++this.lastId) };
    this.sockets.set(ws, session);
    ws.on('message', (data: RawData) => {
      this.receive(ws, session, rawText(data)).catch((err: unknown) => this.log.error('websocket message failed', { error: err }));
    });
    ws.on('error', (err) => this.log.debug('websocket error', { error: err }));
    ws.on('close', () => {
      session.subscriptions.clear();
      this.sockets.delete(ws);
    });
  }

  private async receive(ws: WebSocket, session: Session, text: string): Promise<void> {
    const made: Subscription[] = [];
    const response = await dispatchText(this.dispatcher, { ...this.env, session, made }, text);
    if (response !== undefined) this.send(ws, response);
    for (const sub of made) sub.live = true;
  }

  private send(ws: WebSocket, message: unknown): void {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.log.warn('dropping a websocket that does not read its messages', { buffered: ws.bufferedAmount });
      ws.terminate();
      return;
    }
    ws.send(serialize(message));
  }

  /** Runs inside the producer's announcement: a failure here is logged, never thrown into block production. */
  private readonly onBlock = (e: CommittedBlockEvent): void => {
    try {
      this.push(e);
    } catch (err) {
      this.log.error('websocket pushes failed', { height: e.height, error: err });
    }
  };

  private push(e: CommittedBlockEvent): void {
    if (this.sockets.size === 0) return;
    const pushes = new BlockPushes(e);
    for (const [ws, session] of this.sockets) {
      for (const [id, sub] of session.subscriptions) {
        if (!sub.live) continue;
        const results = sub.event === 'newBlock' ? [pushes.newBlock()] : sub.event === 'tx' ? pushes.txs(sub) : [pushes.payouts(sub)];
        for (const result of results) {
          if (result !== undefined) this.send(ws, { jsonrpc: '2.0', method: 'subscription', params: { subscription: id, result } });
        }
      }
    }
  }
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return (data instanceof ArrayBuffer ? Buffer.from(data) : data).toString('utf8');
}
