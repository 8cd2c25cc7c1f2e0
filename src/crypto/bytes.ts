/**
 * Byte helpers shared by every layer: hex, concatenation, comparison and the
 * fixed-width big-endian integers used in ids and storage keys.
 */

const HEX_RE = /^0x[0-9a-f]*$/;

/** Lowercase `0x`-prefixed hex, the JSON form of hashes, ids, keys and addresses. */
export function toHex(bytes: Uint8Array): string {
  return '0x' + Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** Parses lowercase `0x`-hex; returns undefined for anything else (odd length, uppercase, no prefix). */
export function fromHex(text: string): Uint8Array | undefined {
  if (typeof text !== 'string' || !HEX_RE.test(text) || text.length % 2 !== 0) return undefined;
  return new Uint8Array(Buffer.from(text.slice(2), 'hex'));
}

export function utf8(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Lexicographic byte order (a shorter prefix sorts first): the one sort order of the protocol. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

export function u32be(value: number): Uint8Array {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new RangeError(`u32 out of range: ${value}`);
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

export const U64_MAX = (1n << 64n) - 1n;

export function u64be(value: bigint): Uint8Array {
  if (value < 0n || value > U64_MAX) throw new RangeError(`u64 out of range: ${value}`);
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, value);
  return out;
}

export function readU32be(bytes: Uint8Array, offset = 0): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset);
}

export function readU64be(bytes: Uint8Array, offset = 0): bigint {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigUint64(offset);
}

/** A string key for Maps that preserves byte order under `<` (one UTF-16 unit per byte). */
export function bytesKey(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

export function fromBytesKey(key: string): Uint8Array {
  return new Uint8Array(Buffer.from(key, 'latin1'));
}
