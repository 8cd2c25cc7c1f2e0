import { AttribError } from '../errors.js';

export const CRYPTO_ERROR_CODES = [
  'BAD_LENGTH', // a seed that is not 32 bytes (verify() answers false rather than throwing)
] as const;
export type CryptoErrorCode = (typeof CRYPTO_ERROR_CODES)[number];

export class CryptoError extends AttribError<CryptoErrorCode> {}
