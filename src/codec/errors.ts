import { AttribError } from '../errors.js';

export const CODEC_ERROR_CODES = [
  'MALFORMED', // not a decodable message of the expected type, or a required part is missing
  'NON_CANONICAL', // decodable, but not the one canonical encoding (docs/protocol.md §1)
  'OUT_OF_RANGE', // a value that does not fit its wire type (negative, or too wide)
] as const;
export type CodecErrorCode = (typeof CODEC_ERROR_CODES)[number];

export class CodecError extends AttribError<CodecErrorCode> {}
