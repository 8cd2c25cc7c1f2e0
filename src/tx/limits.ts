/**
 * Protocol constants that are not genesis params: bounds on free-text fields
 * and on challenge windows, so every stored value and height stays small and
 * `height + challenge_blocks` can never overflow a uint64 (docs/protocol.md §8).
 */
export const MAX_CHAIN_ID_BYTES = 64;
export const MAX_NAME_BYTES = 64;
export const MAX_DESCRIPTION_BYTES = 1024;
export const MAX_URI_BYTES = 512;
export const MAX_REASON_BYTES = 256;
export const MAX_CHALLENGE_BLOCKS = 10_000_000n;
export const BPS_DENOMINATOR = 10_000;
export const ID_BYTES = 32;
export const HASH_BYTES = 32;
