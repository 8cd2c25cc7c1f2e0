import { AttribError } from '../errors.js';

/** Why a block is invalid (a proposer never makes one; a validator refuses it). */
export const BLOCK_ERROR_CODES = [
  'MISSING_HEADER',
  'WRONG_CHAIN',
  'UNKNOWN_PROPOSER',
  'BLOCK_TOO_LARGE',
  'BAD_TX_ROOT',
  'INVALID_TX', // meta: { index, txCode } — a stateless failure, a wrong nonce or an unpayable tx fee
  'BAD_STATE_ROOT',
  'BAD_PAYOUT_ROOT',
  'SUPPLY_VIOLATION', // a state-machine bug: the supply rule of docs/protocol.md §7 failed
] as const;
export type BlockErrorCode = (typeof BLOCK_ERROR_CODES)[number];

export class BlockError extends AttribError<BlockErrorCode> {}

export const GENESIS_ERROR_CODES = ['BAD_JSON', 'BAD_FIELD', 'MISSING_FIELD', 'DUPLICATE_ENTRY', 'INCONSISTENT'] as const;
export type GenesisErrorCode = (typeof GENESIS_ERROR_CODES)[number];

export class GenesisError extends AttribError<GenesisErrorCode> {}
