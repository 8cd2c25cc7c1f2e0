/**
 * AttribClient: one typed method per RPC method of docs/rpc.md, batches of
 * pre-signed txs in one HTTP request, and subscriptions over the WebSocket.
 * Results are the node's JSON forms (types.ts); inputs take bytes as
 * Uint8Array or 0x-hex and uint64 values as bigint, number or decimal
 * string (convert.ts). Every failure is a ClientError (errors.ts).
 *
 * Example:
 *   const client = new AttribClient('http://127.0.0.1:26657');
 *   const { height } = await client.status();
 *   const sub = await client.subscribe('newBlock', {}, (b) => console.log(b.height));
 *   …
 *   await client.close();
 */
import type { SignedTx } from '../tx/sign.js';
import { base64Of } from '../rpc/json.js';
import { hexOf, u64String, type BytesLike, type U64Like } from './convert.js';
import { invalidArgument } from './errors.js';
import { HttpRpc, type Outcome, type RpcCall } from './http.js';
import type {
  Account,
  AccountPayouts,
  Block,
  BlockPayouts,
  Claimable,
  ContributionPage,
  ContributionWithSketch,
  Datanet,
  DatanetPage,
  Explanation,
  FeeEstimate,
  Health,
  Model,
  RpcMethod,
  RpcResults,
  Status,
  SubmitResult,
  SubscriptionEvent,
  SubscriptionEvents,
  TxInfo,
  Stake,
  Validators,
  Wait,
} from './types.js';
import { WsSubscriptions, wsUrlOf, type SubscriptionEnd, type SubscriptionHandle } from './ws.js';

export interface ClientOptions {
  /** How long a call may take before it fails with TIMEOUT (default 30 s); `submitTx` with wait "commit" allows its own wait on top. */
  timeoutMs?: number;
  /** The WebSocket URL; default the node's URL with ws(s):// and path /ws. */
  wsUrl?: string;
}

export interface SubmitOptions {
  /** "mempool" (default): answer once the mempool accepted the tx; "commit": once a block includes it; "none": at once. */
  wait?: Wait;
  /** With wait "commit": how long the node waits for the block (default 10 000 ms, at most 60 000) before answering "pending". */
  timeoutMs?: number;
}

export interface PageOptions {
  /** 1..1000, default 100. */
  limit?: number;
  /** The `next` of the previous page. */
  after?: BytesLike;
}

export interface PayoutPageOptions {
  /** The height to start from (default 0); with `skip`, the `next` of the previous page. */
  from?: U64Like;
  skip?: number;
  /** 1..1000, default 100. */
  limit?: number;
}

export interface SubscribeOptions {
  /** Called once if the socket closes while subscribed (the node stopped, the network failed). */
  onEnd?: (end: SubscriptionEnd) => void;
}

export type { SubscriptionEnd, SubscriptionHandle };

const DEFAULT_TIMEOUT_MS = 30_000;
/** The node's default wait for "commit". */
const DEFAULT_COMMIT_WAIT_MS = 10_000;
/** Time allowed beyond the node's own wait for the answer to come back. */
const COMMIT_ANSWER_MARGIN_MS = 5_000;

export class AttribClient {
  readonly url: string;
  private readonly http: HttpRpc;
  private readonly ws: WsSubscriptions;

  constructor(url: string, opts: ClientOptions = {}) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw invalidArgument(`not a URL: ${JSON.stringify(url)} (expected e.g. http://127.0.0.1:26657)`, { url });
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw invalidArgument(`the node URL must be http:// or https://, got ${JSON.stringify(url)}`, { url });
    }
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!Number.isSafeInteger(timeoutMs) || timeoutMs <= 0) throw invalidArgument(`timeoutMs must be a positive integer, got ${timeoutMs}`);
    this.url = url;
    this.http = new HttpRpc(url, timeoutMs);
    this.ws = new WsSubscriptions(opts.wsUrl ?? wsUrlOf(url), timeoutMs);
  }

  /** Any method by name with by-name params; typed for the methods of the table. */
  call<M extends RpcMethod>(method: M, params?: Record<string, unknown>): Promise<RpcResults[M]>;
  call<T = unknown>(method: string, params?: Record<string, unknown>): Promise<T>;
  async call(method: string, params?: Record<string, unknown>): Promise<unknown> {
    return this.http.call(method, params);
  }

  /** Several calls in one HTTP request; one outcome per call, in order. */
  async batch(calls: readonly RpcCall[]): Promise<Outcome<unknown>[]> {
    return this.http.batch(calls);
  }

  /** `GET /health`. */
  async health(): Promise<Health> {
    return this.http.get('/health');
  }

  async status(): Promise<Status> {
    return this.call('status');
  }

  async submitTx(tx: Uint8Array | SignedTx, opts: SubmitOptions = {}): Promise<SubmitResult> {
    const timeoutMs = opts.wait === 'commit' ? Math.max(this.http.timeoutMs, (opts.timeoutMs ?? DEFAULT_COMMIT_WAIT_MS) + COMMIT_ANSWER_MARGIN_MS) : undefined;
    return this.http.call('tx_submit', submitParams(tx, opts), timeoutMs);
  }

  /**
   * Pre-signed txs in one HTTP request (at most the node's rpc_max_batch,
   * else the whole batch fails with BATCH_TOO_LARGE): one outcome per tx, in
   * order — its SubmitResult or the ClientError of its refusal.
   */
  async submitTxBatch(txs: readonly (Uint8Array | SignedTx)[], opts: { wait?: 'none' | 'mempool' } = {}): Promise<Outcome<SubmitResult>[]> {
    return this.http.batch(txs.map((tx) => ({ method: 'tx_submit', params: submitParams(tx, opts) })));
  }

  async getTx(hash: BytesLike): Promise<TxInfo> {
    return this.call('tx_get', { hash: hexOf(hash, 'hash') });
  }

  async feeEstimate(): Promise<FeeEstimate> {
    return this.call('fee_estimate');
  }

  async getBlock(at: { height: U64Like } | { hash: BytesLike }): Promise<Block> {
    return this.call('block_get', 'hash' in at ? { hash: hexOf(at.hash, 'hash') } : { height: u64String(at.height, 'height') });
  }

  async getAccount(address: BytesLike): Promise<Account> {
    return this.call('account_get', { address: hexOf(address, 'address') });
  }

  async validators(): Promise<Validators> {
    return this.call('validators');
  }

  async getStake(operator: BytesLike): Promise<Stake> {
    return this.call('stake_get', { operator: hexOf(operator, 'operator') });
  }

  async getDatanet(id: BytesLike): Promise<Datanet> {
    return this.call('datanet_get', { id: hexOf(id, 'id') });
  }

  async listDatanets(page: PageOptions = {}): Promise<DatanetPage> {
    return this.call('datanet_list', pageParams(page));
  }

  async listContributions(datanet: BytesLike, page: PageOptions = {}): Promise<ContributionPage> {
    return this.call('contribution_list', { datanet: hexOf(datanet, 'datanet'), ...pageParams(page) });
  }

  async getContribution(id: BytesLike): Promise<ContributionWithSketch> {
    return this.call('contribution_get', { id: hexOf(id, 'id') });
  }

  async claimable(address: BytesLike): Promise<Claimable> {
    return this.call('claimable_get', { address: hexOf(address, 'address') });
  }

  async getModel(id: BytesLike): Promise<Model> {
    return this.call('model_get', { id: hexOf(id, 'id') });
  }

  async payouts(height: U64Like): Promise<BlockPayouts> {
    return this.call('payouts_get', { height: u64String(height, 'height') });
  }

  /** The DATA rows paid for a contribution, oldest first (paged like payoutsByAccount). */
  async payoutsByContribution(id: BytesLike, page: PayoutPageOptions = {}): Promise<AccountPayouts> {
    return this.call('payouts_by_contribution', { id: hexOf(id, 'id'), ...payoutPage(page) });
  }

  /** How a committed usage was split, with a Merkle proof of each of its payout rows. */
  async explain(hash: BytesLike): Promise<Explanation> {
    return this.call('attribution_explain', { hash: hexOf(hash, 'hash') });
  }

  async payoutsByAccount(address: BytesLike, page: PayoutPageOptions = {}): Promise<AccountPayouts> {
    return this.call('payouts_by_account', { address: hexOf(address, 'address'), ...payoutPage(page) });
  }

  /**
   * Pushes of `event` from the first block committed after this resolves:
   * newBlock (filter `{}`), tx (`{hash?, address?}`, address = the signer's)
   * or payout (`{address?}`). The WebSocket opens with the first
   * subscription and closes after the last one is unsubscribed.
   */
  async subscribe<E extends SubscriptionEvent>(
    event: E,
    filter: SubscriptionEvents[E]['filter'],
    onMessage: (message: SubscriptionEvents[E]['message']) => void,
    opts: SubscribeOptions = {},
  ): Promise<SubscriptionHandle> {
    const wire: Record<string, string> = {};
    for (const [key, value] of Object.entries(filter as Record<string, BytesLike | undefined>)) {
      if (value !== undefined) wire[key] = hexOf(value, `filter.${key}`);
    }
    return this.ws.subscribe(event, wire, { onMessage: onMessage as (message: unknown) => void, onEnd: opts.onEnd });
  }

  /** Ends every subscription and closes the WebSocket; HTTP calls need no closing. */
  async close(): Promise<void> {
    return this.ws.close();
  }
}

function submitParams(tx: Uint8Array | SignedTx, opts: SubmitOptions): Record<string, unknown> {
  const bytes = tx instanceof Uint8Array ? tx : tx.bytes;
  if (!(bytes instanceof Uint8Array)) throw invalidArgument('tx must be the encoded tx bytes or a SignedTx');
  return {
    tx: base64Of(bytes),
    ...(opts.wait === undefined ? {} : { wait: opts.wait }),
    ...(opts.timeoutMs === undefined ? {} : { timeout_ms: opts.timeoutMs }),
  };
}

function pageParams(page: PageOptions): Record<string, unknown> {
  return {
    ...(page.limit === undefined ? {} : { limit: page.limit }),
    ...(page.after === undefined ? {} : { after: hexOf(page.after, 'after') }),
  };
}

/** The paging params of payouts_by_account and payouts_by_contribution. */
function payoutPage(page: PayoutPageOptions): Record<string, unknown> {
  return {
    ...(page.from === undefined ? {} : { from: u64String(page.from, 'from') }),
    ...(page.skip === undefined ? {} : { skip: page.skip }),
    ...(page.limit === undefined ? {} : { limit: page.limit }),
  };
}
