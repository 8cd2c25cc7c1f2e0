import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADDRESS_BYTES, addressOf } from '../../../src/crypto/address.js';
import { fromHex, toHex } from '../../../src/crypto/bytes.js';

// Written by scripts/vectors/crypto.py (Python hashlib), from RFC 8032 §7.1 public keys.
interface Vector {
  name: string;
  publicKey: string;
  address: string;
}

const vectors: Vector[] = JSON.parse(
  readFileSync(new URL('../../../docs/vectors/address.json', import.meta.url), 'utf8'),
);

describe('addressOf (docs/vectors/address.json)', () => {
  it('has two vectors', () => {
    expect(vectors).toHaveLength(2);
  });

  for (const v of vectors) {
    it(`${v.name}: the first 20 bytes of sha256(public key)`, () => {
      const address = addressOf(fromHex(v.publicKey)!);
      expect(address).toHaveLength(ADDRESS_BYTES);
      expect(toHex(address)).toBe(v.address);
    });
  }
});
