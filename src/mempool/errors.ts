import { AttribError } from '../errors.js';

/** Why the mempool refuses a tx that passed the stateless checks (src/tx/errors.ts has those codes). */
export const MEMPOOL_ERROR_CODES = [
  'ALREADY_KNOWN', // this exact tx is already pending
  'ALREADY_COMMITTED', // this exact tx was committed in one of the last few blocks (a late copy)
  'BAD_NONCE', // below the account's next nonce: already used
  'NONCE_TOO_FAR', // more than maxNoncesAhead above the account's next nonce
  'NONCE_TAKEN', // another pending tx of the sender has this nonce, and this one does not pay 10 % more
  'TOO_MANY_REPLACEMENTS', // the sender replaced pending txs too often since its last txs were committed
  'INSUFFICIENT_FUNDS', // the balance cannot pay this fee after the sender's pending fees
  'MEMPOOL_FULL', // full of txs paying at least this fee
] as const;
export type MempoolErrorCode = (typeof MEMPOOL_ERROR_CODES)[number];

export class MempoolError extends AttribError<MempoolErrorCode> {}
