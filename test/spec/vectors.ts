/** Reads a vector file of docs/vectors/ (the test vectors docs/protocol.md points at). */
import { readFileSync } from 'node:fs';
import { fromHex } from '../../src/crypto/bytes.js';

export function loadVectors<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../docs/vectors/${name}.json`, import.meta.url), 'utf8')) as T;
}

/** Lowercase 0x-hex → bytes, failing loudly on a malformed vector. */
export function hex(text: string): Uint8Array {
  const bytes = fromHex(text);
  if (bytes === undefined) throw new Error(`bad hex in vector: ${text}`);
  return bytes;
}
