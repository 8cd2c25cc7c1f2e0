import { AttribError } from '../errors.js';

/** Why consensus refuses to sign or to start. */
export const CONSENSUS_ERROR_CODES = [
  'WAL_CORRUPT', // a record before the last fails its checksum: signed messages may be lost, so the node will not guess
  'SIGN_STATE_CORRUPT', // the saved sign state cannot be read
  'DOUBLE_SIGN', // signing this would conflict with, or go back behind, a message already signed
  'BAD_MESSAGE', // a peer's proposal, vote or vote quorum is malformed, badly signed, for another chain, or a proposal whose body does not match its header
  'IO_FAILED', // signing, the WAL or a commit kept failing (docs/consensus.md "Failures"): the node stops
] as const;
export type ConsensusErrorCode = (typeof CONSENSUS_ERROR_CODES)[number];

export class ConsensusError extends AttribError<ConsensusErrorCode> {}
