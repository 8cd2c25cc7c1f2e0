import { AttribError } from '../errors.js';

/** Why the chain refuses a block or a home directory (header rules of docs/protocol.md §4). */
export const CHAIN_ERROR_CODES = [
  'GENESIS_MISMATCH', // the home was initialised from another genesis
  'STORE_CORRUPT', // the stored head and blocks disagree (never written that way by this node)
  'STORE_OUTDATED', // the data directory was written by a node version with another store layout
  'BAD_BLOCK', // a received block lacks its header or commit, or is for another chain
  'BAD_COMMIT', // a received block's commit does not carry +2/3 of the validators for it
  'CONFLICTING_BLOCK', // a received block differs from the one committed at its height
  'BAD_HEIGHT',
  'BAD_PREV_HASH',
  'BAD_TIME',
  'BAD_VALIDATORS_HASH',
  'BAD_LAST_COMMIT',
] as const;
export type ChainErrorCode = (typeof CHAIN_ERROR_CODES)[number];

export class ChainError extends AttribError<ChainErrorCode> {}
