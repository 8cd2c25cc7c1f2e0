/**
 * What the SDK throws: one ClientError class for every failure a caller
 * handles. `code` is either the node's stable `data.code` (docs/rpc.md,
 * "Errors": `INSUFFICIENT_FUNDS`, `NOT_FOUND`, `INVALID_PARAMS`…; `meta` is
 * the error's whole `data`, bigints as decimal strings, and `rpcCode` its
 * JSON-RPC code) or one of the client-side codes below.
 *
 * Example:
 *   try { await client.getDatanet(id) }
 *   catch (err) { if (err instanceof ClientError && err.code === 'NOT_FOUND') … }
 */
import { AttribError } from '../errors.js';
import { TX_REJECTED } from '../rpc/errors.js';

export const CLIENT_ERROR_CODES = [
  'NODE_UNREACHABLE', // connection refused, unknown host, reset, or the WebSocket closed under a call
  'BAD_RESPONSE', // the answer is not JSON-RPC 2.0 (wrong URL, a proxy's error page…)
  'TIMEOUT', // no answer within the client's timeout
  'INVALID_ARGUMENT', // a caller's value the SDK cannot send (bad hex, a negative amount…), caught before any request
] as const;
export type ClientSideCode = (typeof CLIENT_ERROR_CODES)[number];

/** A client-side code or any `data.code` the node answers with. */
export type ClientErrorCode = ClientSideCode | (string & {});

export class ClientError extends AttribError<ClientErrorCode> {
  constructor(
    code: ClientErrorCode,
    message: string,
    meta: Readonly<Record<string, unknown>> = {},
    /** The JSON-RPC error code when the node answered with an error; undefined for client-side codes. */
    readonly rpcCode?: number,
  ) {
    super(code, message, meta);
  }

  /** True when `tx_submit` refused the tx (JSON-RPC -32010): it was not accepted and its nonce is unused. */
  get isTxRejection(): boolean {
    return this.rpcCode === TX_REJECTED;
  }
}

/** A JSON-RPC error object as the node sends it. */
export interface RpcErrorObject {
  code: number;
  message: string;
  data?: Record<string, unknown>;
}

/** The ClientError of a JSON-RPC error answer: the node's `data.code`, message and data. */
export function fromRpcError(error: RpcErrorObject): ClientError {
  const data = error.data ?? {};
  const code = typeof data.code === 'string' ? data.code : 'BAD_RESPONSE';
  return new ClientError(code, error.message, data, error.code);
}

export function invalidArgument(message: string, meta: Record<string, unknown> = {}): ClientError {
  return new ClientError('INVALID_ARGUMENT', message, meta);
}

/**
 * A failed connection as NODE_UNREACHABLE, naming the URL and the system's
 * reason (ECONNREFUSED, ENOTFOUND, ECONNRESET…).
 */
export function unreachable(url: string, cause: unknown): ClientError {
  const reason = reasonOf(cause);
  return new ClientError(
    'NODE_UNREACHABLE',
    `cannot reach the node at ${url} (${reason}): check that the node is running and that the URL is right`,
    { url, reason },
  );
}

export function timedOut(url: string, method: string, ms: number): ClientError {
  return new ClientError('TIMEOUT', `no answer from ${url} to ${method} within ${ms} ms`, { url, method, timeoutMs: ms });
}

/** The most specific reason in an error chain: fetch wraps the socket error as `cause`, happy eyeballs as an AggregateError. */
function reasonOf(err: unknown): string {
  for (let e: unknown = err, depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
    const x = e as { code?: unknown; errors?: unknown[]; cause?: unknown; message?: unknown };
    if (typeof x.code === 'string') return x.code;
    const inner = x.errors?.[0];
    if (inner !== undefined) return reasonOf(inner);
    if (x.cause === undefined && typeof x.message === 'string') return x.message;
    e = x.cause;
  }
  return 'unknown error';
}
