/**
 * The SDK's input forms and their conversions. Callers may give bytes
 * (addresses, ids, hashes, keys) as `0x`-hex in any case or as Uint8Array,
 * and uint64 values as bigint, a safe non-negative integer number or a
 * decimal string; what the node returns stays in its JSON forms (types.ts).
 *
 * Example: `hexOf(new Uint8Array([1, 255]))` → `"0x01ff"`; `u64('10')` → `10n`.
 */
import { fromHex, toHex, U64_MAX } from '../crypto/bytes.js';
import { invalidArgument } from './errors.js';
import type { Hex } from './types.js';

/** Bytes as Uint8Array or `0x`-hex (upper or lower case). */
export type BytesLike = Uint8Array | string;
/** A uint64 as bigint, a safe non-negative integer, or a decimal string. */
export type U64Like = bigint | number | string;

/** Lowercase `0x`-hex, the JSON form of bytes. */
export function hexOf(value: BytesLike, name = 'value'): Hex {
  if (value instanceof Uint8Array) return toHex(value) as Hex;
  return toHex(bytesOf(value, name)) as Hex;
}

export function bytesOf(value: BytesLike, name = 'value'): Uint8Array {
  if (value instanceof Uint8Array) return value;
  const bytes = typeof value === 'string' ? fromHex(value.toLowerCase()) : undefined;
  if (bytes === undefined) throw invalidArgument(`${name} must be 0x-hex or a Uint8Array, got ${shown(value)}`, { name });
  return bytes;
}

export function u64(value: U64Like, name = 'value'): bigint {
  let n: bigint | undefined;
  if (typeof value === 'bigint') n = value;
  else if (typeof value === 'number' && Number.isSafeInteger(value)) n = BigInt(value);
  else if (typeof value === 'string' && /^[0-9]{1,20}$/.test(value)) n = BigInt(value);
  if (n === undefined || n < 0n || n > U64_MAX) throw invalidArgument(`${name} must be a uint64, got ${shown(value)}`, { name });
  return n;
}

/** A uint64 in its JSON form (a decimal string). */
export const u64String = (value: U64Like, name?: string): string => u64(value, name).toString();

function shown(value: unknown): string {
  const text = typeof value === 'string' && value.length > 40 ? value.slice(0, 40) + '…' : value;
  return typeof text === 'bigint' ? text.toString() : (JSON.stringify(text) ?? String(text));
}

/** A uint32 (indexes, bps, versions) as a number. */
export function u32(value: number, name = 'value'): number {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw invalidArgument(`${name} must be a uint32, got ${shown(value)}`, { name });
  return value;
}
