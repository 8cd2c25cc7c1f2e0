/**
 * Param readers: each takes the params object and a param name, returns the
 * typed value or throws RpcError INVALID_PARAMS naming the param and what
 * it must be. Formats follow docs/protocol.md §2: lowercase 0x-hex for
 * hashes, ids and addresses, base64 for whole txs, decimal strings for
 * uint64 values.
 *
 * Example: `hex32(params, 'hash')` → a 32-byte Uint8Array, or INVALID_PARAMS
 * "hash must be 32 bytes of lowercase 0x-hex".
 */
import { ADDRESS_BYTES } from '../crypto/address.js';
import { fromHex, U64_MAX } from '../crypto/bytes.js';
import { invalidParams } from './errors.js';

export type Params = Readonly<Record<string, unknown>>;

function bad(name: string, what: string, got: unknown): never {
  const text = typeof got === 'string' && got.length > 40 ? got.slice(0, 40) + '…' : got;
  const shown = JSON.stringify(text) ?? String(text);
  throw invalidParams(`${name} must be ${what}, got ${shown}`, { param: name });
}

function required(p: Params, name: string): unknown {
  const value = p[name];
  if (value === undefined) throw invalidParams(`missing param ${name}`, { param: name });
  return value;
}

/** Reads an optional param: `read` runs only when the param is present (and not null). */
export function optional<T>(p: Params, name: string, read: (p: Params, name: string) => T): T | undefined {
  return p[name] === undefined || p[name] === null ? undefined : read(p, name);
}

/** Lowercase 0x-hex of exactly `length` bytes. */
export function hexOf(length: number): (p: Params, name: string) => Uint8Array {
  return (p, name) => {
    const value = required(p, name);
    const bytes = typeof value === 'string' ? fromHex(value) : undefined;
    if (bytes === undefined || bytes.length !== length) bad(name, `${length} bytes of lowercase 0x-hex`, value);
    return bytes;
  };
}

/** A 32-byte hash or id. */
export const hex32 = hexOf(32);
/** A 20-byte account address. */
export const address20 = hexOf(ADDRESS_BYTES);

const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Standard, padded base64 (the form of a whole tx); refuses anything Buffer would silently skip. */
export function base64(p: Params, name: string): Uint8Array {
  const value = required(p, name);
  if (typeof value !== 'string' || value.length === 0 || !BASE64_RE.test(value)) bad(name, 'standard padded base64', value);
  const bytes = Buffer.from(value, 'base64');
  // Non-zero unused bits in the last character decode the same as zeros: one encoding per byte string.
  if (bytes.toString('base64') !== value) bad(name, 'canonical base64', value);
  return new Uint8Array(bytes);
}

/** A uint64 as a decimal string (a JSON number that is a safe integer is accepted too). */
export function uint64(p: Params, name: string): bigint {
  const value = required(p, name);
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  if (typeof value === 'string' && /^(0|[1-9][0-9]{0,19})$/.test(value)) {
    const n = BigInt(value);
    if (n <= U64_MAX) return n;
  }
  return bad(name, 'a uint64 as a decimal string', value);
}

/** An integer in min..max (a JSON number). */
export function intIn(min: number, max: number): (p: Params, name: string) => number {
  return (p, name) => {
    const value = required(p, name);
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
      bad(name, `an integer in ${min}..${max}`, value);
    }
    return value;
  };
}

/** One of a fixed set of strings. */
export function oneOf<const T extends string>(...allowed: T[]): (p: Params, name: string) => T {
  return (p, name) => {
    const value = required(p, name);
    if (typeof value !== 'string' || !(allowed as string[]).includes(value)) {
      bad(name, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value);
    }
    return value as T;
  };
}

/** A JSON object param (e.g. a subscription filter). */
export function object(p: Params, name: string): Params {
  const value = required(p, name);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) bad(name, 'an object', value);
  return value as Params;
}

/** Exactly one of `names` must be present; returns which. */
export function exactlyOne<const T extends string>(p: Params, ...names: T[]): T {
  const present = names.filter((n) => p[n] !== undefined && p[n] !== null);
  if (present.length !== 1) throw invalidParams(`give exactly one of ${names.join(', ')}`, { param: names.join('|') });
  return present[0]!;
}

/**
 * The params of a call as an object of known names. By-name params only;
 * a method without params also accepts an empty array or none at all.
 */
export function namedParams(raw: unknown, names: readonly string[]): Params {
  if (raw === undefined) return {};
  if (Array.isArray(raw)) {
    if (raw.length === 0 && names.length === 0) return {};
    throw invalidParams(`params must be an object of named params (${names.join(', ') || 'none'}), not an array`);
  }
  if (raw === null || typeof raw !== 'object') throw invalidParams('params must be an object');
  for (const key of Object.keys(raw)) {
    if (!names.includes(key)) throw invalidParams(`unknown param ${key}; this method takes ${names.join(', ') || 'none'}`, { param: key });
  }
  return raw as Params;
}
