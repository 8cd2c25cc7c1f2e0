/**
 * RPC errors: the one table from a stable `data.code` string to its JSON-RPC
 * error code (docs/rpc.md, "Errors"), and the conversion of anything a
 * handler throws into a JSON-RPC error object.
 *
 * Every tx a client submits that the node refuses answers -32010 "tx
 * rejected" with `data.code` naming the rule (TxError, MempoolError and the
 * codec's codes). `NOT_FOUND` is both an RPC code (an unknown id, -32004)
 * and a stateful TxError code; the mempool never raises the latter (it is
 * recorded in a committed tx's result), so the RPC meaning wins.
 */
import { CODEC_ERROR_CODES } from '../codec/errors.js';
import { AttribError } from '../errors.js';
import { MEMPOOL_ERROR_CODES } from '../mempool/errors.js';
import type { Logger } from '../node/log.js';
import { TX_ERROR_CODES } from '../tx/errors.js';

export const RPC_ERROR_CODES = [
  'PARSE_ERROR', // the body or message is not JSON
  'INVALID_REQUEST', // not a JSON-RPC 2.0 request object, or an empty batch
  'METHOD_NOT_FOUND',
  'INVALID_PARAMS',
  'INTERNAL', // a fault of the node; the detail is in its log, never in the answer
  'NOT_FOUND', // no block, tx, account object… with that id
  'REQUEST_TOO_LARGE', // body (or WebSocket message) above rpc_max_body_bytes
  'BATCH_TOO_LARGE', // more than rpc_max_batch calls in one batch
  'TOO_MANY_SUBSCRIPTIONS', // a WebSocket already holds the most subscriptions allowed
] as const;
export type RpcErrorCode = (typeof RPC_ERROR_CODES)[number];

export class RpcError extends AttribError<RpcErrorCode> {}

/** JSON-RPC code of a refused tx, whatever the rule. */
export const TX_REJECTED = -32010;

/** `data.code` → JSON-RPC error code: the one table. */
export const JSON_RPC_CODES: Readonly<Record<string, number>> = {
  ...Object.fromEntries([...CODEC_ERROR_CODES, ...TX_ERROR_CODES, ...MEMPOOL_ERROR_CODES].map((c) => [c, TX_REJECTED])),
  PARSE_ERROR: -32700,
  INVALID_REQUEST: -32600,
  METHOD_NOT_FOUND: -32601,
  INVALID_PARAMS: -32602,
  INTERNAL: -32603,
  NOT_FOUND: -32004,
  REQUEST_TOO_LARGE: -32005,
  BATCH_TOO_LARGE: -32006,
  TOO_MANY_SUBSCRIPTIONS: -32007,
};

export interface JsonRpcError {
  code: number;
  message: string;
  data: { code: string } & Record<string, unknown>;
}

/** meta values as JSON: bigints as decimal strings, byte arrays as 0x-hex. */
function jsonMeta(meta: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta)) {
    if (typeof value === 'bigint') out[key] = value.toString();
    else if (value instanceof Uint8Array) out[key] = '0x' + Buffer.from(value).toString('hex');
    else out[key] = value;
  }
  return out;
}

/**
 * The error object for anything a handler threw. AttribErrors with a code in
 * the table keep their message and meta; everything else is a node fault:
 * logged with its detail, answered INTERNAL with a generic message.
 */
export function toJsonRpcError(err: unknown, log: Logger, method?: string): JsonRpcError {
  if (err instanceof AttribError) {
    const code = JSON_RPC_CODES[err.code];
    if (code !== undefined) return { code, message: err.message, data: { ...jsonMeta(err.meta), code: err.code } };
  }
  log.error('rpc handler failed', { method, error: err, stack: err instanceof Error ? err.stack : undefined });
  return { code: -32603, message: 'internal error', data: { code: 'INTERNAL' } };
}

/** Shorthands for the errors the RPC layer raises itself. */
export const invalidParams = (message: string, meta: Record<string, unknown> = {}) => new RpcError('INVALID_PARAMS', message, meta);
export const notFound = (what: string, id: string) => new RpcError('NOT_FOUND', `${what} ${id} not found`, { id });
