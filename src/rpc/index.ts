/** What other modules may import from the RPC layer. */
export { startRpcServer, type RpcServer, type RpcServerOptions } from './server.js';
export type { RpcContext } from './types.js';
export { JSON_RPC_CODES, RpcError, RPC_ERROR_CODES, TX_REJECTED, type RpcErrorCode } from './errors.js';
export { METHODS } from './methods.js';
