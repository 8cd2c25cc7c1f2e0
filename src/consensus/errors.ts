import { AttribError } from '../errors.js';

/** Why consensus refuses to sign or to start. */
export const CONSENSUS_ERROR_CODES = [
  'WAL_CORRUPT', // a record before the last fails its checksum: signed messages may be lost, so the node will not guess
  'SIGN_STATE_CORRUPT', // the saved sign state cannot be read
  'DOUBLE_SIGN', // signing this would conflict with, or go back behind, a message already signed
  'BAD_MESSAGE', // a peer's proposal or vote is malformed, unsigned by its claimed validator, or for another chain
] as const;
export type ConsensusErrorCode = (typeof CONSENSUS_ERROR_CODES)[number];

export class ConsensusError extends AttribError<ConsensusErrorCode> {}
