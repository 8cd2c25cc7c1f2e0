import { AttribError } from '../errors.js';

/** Why the p2p layer refuses something of its own (peer bytes fail with the codec's, tx and chain codes). */
export const P2P_ERROR_CODES = [
  'BAD_NODE_KEY', // node_key.json cannot be read
  'SYNC_FAILED', // a peer's sync answer is malformed, out of order or does not verify
] as const;
export type P2pErrorCode = (typeof P2P_ERROR_CODES)[number];

export class P2pError extends AttribError<P2pErrorCode> {}
