import { AttribError } from '../errors.js';

/**
 * Transaction error codes, stable across versions (RPC `data.code`, CLI
 * output, the `code` recorded in a failed tx's result). docs/protocol.md §8
 * says which check raises each one.
 */
export const TX_ERROR_CODES = [
  // stateless: the tx can never be valid; the mempool refuses it and a block containing it is invalid
  'TX_TOO_LARGE',
  'MALFORMED',
  'NON_CANONICAL',
  'WRONG_CHAIN',
  'BAD_PUBLIC_KEY',
  'BAD_SIGNATURE',
  'FEE_TOO_LOW',
  'NO_PAYLOAD',
  'BAD_FIELD',
  'EMPTY_LIST',
  'TOO_MANY_ENTRIES',
  'DUPLICATE_ENTRY',
  'BAD_WEIGHTS',
  'STAKE_TOO_LOW',
  'CHALLENGE_TOO_SHORT',
  'NO_CURATORS',
  'OWNER_SHARE_TOO_HIGH',
  'CONTRIBUTION_TOO_LARGE',
  'BAD_SKETCH',
  'USAGE_FEE_TOO_LOW',
  'BOTH_MODES',
  'ZERO_SCORE',
  'BAD_EVIDENCE',
  'BAD_POSSESSION_PROOF', // a Stake's possession_proof is missing or not its consensus key's signature for this chain and the signer's address
  // stateful: BAD_NONCE and an unpayable tx fee make a block invalid; the rest are recorded as the tx's result
  'BAD_NONCE',
  'INSUFFICIENT_FUNDS',
  'NOT_FOUND',
  'UNAUTHORIZED',
  'BAD_STATUS',
  'EXACT_DUPLICATE',
  'CUTOFF_TOO_HIGH',
  'NO_EARNING_MEMBERS',
  'NOT_ELIGIBLE',
  'NOT_IN_TRAINING_SET', // a score names a contribution that is not an earning member of the version's training set
  'NOTHING_TO_CLAIM',
  'KEY_TAKEN', // the consensus key is bonded by another operator
  'KEY_MISMATCH', // the operator's stake is bonded under another consensus key
  'SLASHED', // the consensus key was slashed and cannot bond again
  'BELOW_MIN_STAKE',
  'INSUFFICIENT_STAKE',
  'LAST_VALIDATOR', // the change would leave no bonded stake, and so no validator
  'EVIDENCE_TOO_OLD',
  'DUPLICATE_EVIDENCE',
] as const;
export type TxErrorCode = (typeof TX_ERROR_CODES)[number];

export class TxError extends AttribError<TxErrorCode> {}
