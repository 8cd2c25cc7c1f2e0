/**
 * JSON-RPC 2.0 envelopes, shared by HTTP and WebSocket: parse a payload,
 * check each request object, run single calls and batches against a method
 * table, and build the responses. A notification (no `id`) runs but gets no
 * response entry; a payload of notifications only gets no response at all.
 */
import type { Logger } from '../node/log.js';
import { JSON_RPC_CODES, RpcError, toJsonRpcError, type JsonRpcError, type RpcErrorCode } from './errors.js';
import type { Json } from './json.js';
import { namedParams } from './params.js';
import type { MethodEnv, MethodTable } from './types.js';

type Id = string | number | null;

export type Response = { jsonrpc: '2.0'; id: Id; result: Json } | { jsonrpc: '2.0'; id: Id; error: JsonRpcError };

export interface Dispatcher<E extends MethodEnv> {
  table: MethodTable<E>;
  /** Methods that exist in name only: METHOD_NOT_FOUND with the given message. */
  unavailable: Readonly<Record<string, string>>;
  maxBatch: number;
  log: Logger;
}

export function errorResponse(id: Id, code: RpcErrorCode, message: string): Response {
  return { jsonrpc: '2.0', id, error: { code: JSON_RPC_CODES[code]!, message, data: { code } } };
}

/** JSON text of a response; bigints, should one slip through a view, become decimal strings. */
export function serialize(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

/**
 * Handles one payload (the HTTP body or one WebSocket message): the
 * response — one object or a batch array — or undefined when there is none.
 */
export async function dispatchText<E extends MethodEnv>(
  d: Dispatcher<E>,
  env: E,
  text: string,
): Promise<Response | Response[] | undefined> {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return errorResponse(null, 'PARSE_ERROR', 'the payload is not valid JSON');
  }
  if (!Array.isArray(payload)) return dispatchOne(d, env, payload);
  if (payload.length === 0) return errorResponse(null, 'INVALID_REQUEST', 'an empty batch');
  if (payload.length > d.maxBatch) {
    return errorResponse(null, 'BATCH_TOO_LARGE', `a batch of ${payload.length} calls; the limit is ${d.maxBatch}`);
  }
  const responses = await Promise.all(payload.map((request) => dispatchOne(d, env, request)));
  const sent = responses.filter((r): r is Response => r !== undefined);
  return sent.length === 0 ? undefined : sent;
}

function validId(id: unknown): id is Id {
  return id === null || typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));
}

async function dispatchOne<E extends MethodEnv>(d: Dispatcher<E>, env: E, request: unknown): Promise<Response | undefined> {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return errorResponse(null, 'INVALID_REQUEST', 'a request must be a JSON object');
  }
  const r = request as Record<string, unknown>;
  const notification = !('id' in r);
  if (!notification && !validId(r.id)) return errorResponse(null, 'INVALID_REQUEST', 'id must be a string, a number or null');
  const id: Id = notification ? null : (r.id as Id);
  if (r.jsonrpc !== '2.0') return errorResponse(id, 'INVALID_REQUEST', 'jsonrpc must be "2.0"');
  if (typeof r.method !== 'string') return errorResponse(id, 'INVALID_REQUEST', 'method must be a string');
  if (r.params !== undefined && (r.params === null || typeof r.params !== 'object')) {
    return errorResponse(id, 'INVALID_REQUEST', 'params must be an object or an array');
  }
  const response = await call(d, env, id, r.method, r.params);
  return notification ? undefined : response;
}

async function call<E extends MethodEnv>(d: Dispatcher<E>, env: E, id: Id, name: string, params: unknown): Promise<Response> {
  try {
    const unavailable = Object.hasOwn(d.unavailable, name) ? d.unavailable[name] : undefined;
    if (unavailable !== undefined) throw new RpcError('METHOD_NOT_FOUND', unavailable, { method: name });
    const method = Object.hasOwn(d.table, name) ? d.table[name] : undefined;
    if (method === undefined) throw new RpcError('METHOD_NOT_FOUND', `unknown method ${JSON.stringify(name.slice(0, 64))}`);
    return { jsonrpc: '2.0', id, result: await method.handler(env, namedParams(params, method.params)) };
  } catch (err) {
    return { jsonrpc: '2.0', id, error: toJsonRpcError(err, d.log, name) };
  }
}
