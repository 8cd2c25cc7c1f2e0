/**
 * JSON-RPC 2.0 over HTTP with global fetch: one call or a batch in one POST
 * (`content-type: application/json`), answers checked to be JSON-RPC, and
 * every failure as a ClientError (errors.ts): the node's error with its
 * `data.code`, NODE_UNREACHABLE, TIMEOUT or BAD_RESPONSE.
 */
import { ClientError, fromRpcError, timedOut, unreachable, type RpcErrorObject } from './errors.js';

export interface RpcCall {
  method: string;
  params?: Record<string, unknown>;
}

/** One call's outcome in a batch. */
export type Outcome<T> = { ok: true; result: T } | { ok: false; error: ClientError };

export type Reply = { id: unknown; result?: unknown; error?: RpcErrorObject };

export class HttpRpc {
  private nextId = 1;

  constructor(
    readonly url: string,
    readonly timeoutMs: number,
  ) {}

  /** One call: its result, or throws its ClientError. */
  async call<T>(method: string, params?: Record<string, unknown>, timeoutMs = this.timeoutMs): Promise<T> {
    const id = this.nextId++;
    const answer = await this.post(request(id, method, params), method, timeoutMs);
    if (!isReply(answer) || (answer.id !== id && answer.id !== null)) throw this.badResponse(method, 'not a JSON-RPC 2.0 answer to the call');
    if (answer.error !== undefined) throw fromRpcError(answer.error);
    return answer.result as T;
  }

  /**
   * Every call in one POST; outcomes in the order of `calls`. An error for
   * the batch as a whole (BATCH_TOO_LARGE, REQUEST_TOO_LARGE…) is thrown.
   */
  async batch<T = unknown>(calls: readonly RpcCall[], timeoutMs = this.timeoutMs): Promise<Outcome<T>[]> {
    if (calls.length === 0) return [];
    const first = this.nextId;
    this.nextId += calls.length;
    const body = `[${calls.map((c, i) => request(first + i, c.method, c.params)).join(',')}]`;
    const answer = await this.post(body, `a batch of ${calls.length} calls`, timeoutMs);
    if (isReply(answer) && answer.error !== undefined) throw fromRpcError(answer.error);
    if (!Array.isArray(answer)) throw this.badResponse('batch', 'not a JSON-RPC 2.0 batch answer');
    const byId = new Map<unknown, Reply>();
    for (const item of answer) if (isReply(item)) byId.set(item.id, item);
    return calls.map((c, i): Outcome<T> => {
      const reply = byId.get(first + i);
      if (reply === undefined) return { ok: false, error: this.badResponse(c.method, 'the batch answer has no entry for this call') };
      if (reply.error !== undefined) return { ok: false, error: fromRpcError(reply.error) };
      return { ok: true, result: reply.result as T };
    });
  }

  /** GET a path of the node (e.g. `/health`) and parse its JSON. */
  async get<T>(path: string): Promise<T> {
    const answer = await this.send(new URL(path, this.url), { method: 'GET' }, `GET ${path}`, this.timeoutMs);
    if (answer === undefined) throw this.badResponse(`GET ${path}`, 'not JSON');
    return answer as T;
  }

  private post(body: string, what: string, timeoutMs: number): Promise<unknown> {
    return this.send(this.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }, what, timeoutMs);
  }

  /** The parsed JSON body (any HTTP status: the node answers 413 with a JSON-RPC error); undefined when it is not JSON. */
  private async send(url: string | URL, init: RequestInit, what: string, timeoutMs: number): Promise<unknown> {
    let status = 0;
    let text: string;
    try {
      const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      status = res.status;
      text = await res.text();
    } catch (err) {
      if (err instanceof Error && err.name === 'TimeoutError') throw timedOut(this.url, what, timeoutMs);
      throw unreachable(this.url, err);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw this.badResponse(what, `not JSON (HTTP ${status}${status === 404 || status === 405 ? ': is this the node’s RPC address?' : ''})`, status);
    }
  }

  private badResponse(what: string, why: string, status?: number): ClientError {
    return new ClientError('BAD_RESPONSE', `the answer of ${this.url} to ${what} is ${why}`, { url: this.url, ...(status === undefined ? {} : { status }) });
  }
}

export function request(id: number, method: string, params?: Record<string, unknown>): string {
  return JSON.stringify({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) });
}

export function isReply(value: unknown): value is Reply {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  if (r.jsonrpc !== '2.0' || !('id' in r)) return false;
  if ('error' in r) {
    const e = r.error as Record<string, unknown> | null;
    return e !== null && typeof e === 'object' && typeof e.code === 'number' && typeof e.message === 'string';
  }
  return 'result' in r;
}
