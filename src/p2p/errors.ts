import { AttribError } from '../errors.js';

/** Why the p2p layer refuses something: a node key, a peer's message or a sync answer. */
export const P2P_ERROR_CODES = [
  'BAD_NODE_KEY', // node_key.json cannot be read
  'BAD_MESSAGE', // a peer's bytes do not decode (canonically) or break a limit
  'WRONG_CHAIN', // a peer's block or tx is for another chain id
  'SYNC_FAILED', // a peer's sync answer is malformed, out of order or does not verify
] as const;
export type P2pErrorCode = (typeof P2P_ERROR_CODES)[number];

export class P2pError extends AttribError<P2pErrorCode> {}
