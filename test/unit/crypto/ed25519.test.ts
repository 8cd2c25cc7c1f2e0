import { createHash, createPublicKey, verify as opensslVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { P, L, D, bytes, littleEndian } from '../../support/curve.js';
import { concatBytes, toHex, utf8 } from '../../../src/crypto/bytes.js';
import {
  PUBLIC_KEY_BYTES,
  SEED_BYTES,
  SIGNATURE_BYTES,
  isValidPublicKey,
  keyPairFromSeed,
  sign,
  verify,
} from '../../../src/crypto/ed25519.js';
import { CryptoError } from '../../../src/crypto/errors.js';

interface Vector {
  name: string;
  seed: string;
  publicKey: string;
  message: string;
  signature: string;
}

const vectors: Vector[] = JSON.parse(
  readFileSync(new URL('../../../docs/vectors/ed25519.json', import.meta.url), 'utf8'),
);


function encode32(n: bigint): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Number((n >> BigInt(8 * i)) & 0xffn);
  return out;
}

function flipBit(b: Uint8Array, bit: number): Uint8Array {
  const out = new Uint8Array(b);
  out[bit >> 3]! ^= 1 << (bit & 7);
  return out;
}

function powModP(base: bigint, exp: bigint): bigint {
  let result = 1n;
  for (let b = base % P; exp > 0n; exp >>= 1n, b = (b * b) % P) if (exp & 1n) result = (result * b) % P;
  return result;
}

/** Independent oracle for decodability: Euler's criterion on x² = (y² − 1)/(d·y² + 1). */
function hasX(y: bigint): boolean {
  const x2 = (((y * y - 1n) % P) * powModP((D * y * y + 1n) % P, P - 2n)) % P;
  return x2 === 0n || powModP(x2, (P - 1n) / 2n) === 1n;
}

// libsodium ge25519_has_small_order (crypto_core/ed25519/ref10/ed25519_ref10.c), each with both sign bits.
const SMALL_ORDER = [
  '0x0000000000000000000000000000000000000000000000000000000000000000', // y = 0, order 4
  '0x0100000000000000000000000000000000000000000000000000000000000000', // y = 1, the identity
  '0x26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05', // order 8
  '0xc7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a', // order 8
  '0xecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // y = p − 1, order 2
  '0xedffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // y = p, non-canonical 0
  '0xeeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // y = p + 1, non-canonical 1
].flatMap((hex) => [bytes(hex), flipBit(bytes(hex), 255)]);

const IDENTITY = encode32(1n);

/**
 * R = identity, S = 0 satisfies the cofactorless equation [S]B = R + [k]A for a key A of
 * order dividing 8 whenever k = SHA-512(R ‖ A ‖ M) mod L is a multiple of 8: such a
 * "signature" needs no private key. Returns the first such message.
 */
function forgery(publicKey: Uint8Array): { message: Uint8Array; signature: Uint8Array } {
  for (let i = 0; ; i++) {
    const message = utf8(`forgery ${i}`);
    const h = createHash('sha512').update(IDENTITY).update(publicKey).update(message).digest();
    const k = littleEndian(new Uint8Array(h)) % L;
    if (k % 8n === 0n) return { message, signature: concatBytes(IDENTITY, new Uint8Array(32)) };
  }
}

describe('ed25519 RFC 8032 §7.1 vectors', () => {
  it('has the four published vectors, the 1023-byte message among them', () => {
    expect(vectors.map((v) => bytes(v.message).length)).toEqual([0, 1, 2, 1023]);
  });

  for (const v of vectors) {
    it(`${v.name}: seed → public key, sign → signature, verify`, () => {
      const pair = keyPairFromSeed(bytes(v.seed));
      expect(toHex(pair.publicKey)).toBe(v.publicKey);
      expect(toHex(pair.seed)).toBe(v.seed);
      expect(toHex(sign(bytes(v.seed), bytes(v.message)))).toBe(v.signature);
      expect(verify(bytes(v.publicKey), bytes(v.message), bytes(v.signature))).toBe(true);
      expect(isValidPublicKey(bytes(v.publicKey))).toBe(true);
    });
  }
});

describe('ed25519 keys and signing', () => {
  it('exports the fixed sizes', () => {
    expect([SEED_BYTES, PUBLIC_KEY_BYTES, SIGNATURE_BYTES]).toEqual([32, 32, 64]);
  });

  it('refuses a seed of the wrong length with BAD_LENGTH', () => {
    const badLength = expect.objectContaining({ constructor: CryptoError, code: 'BAD_LENGTH' });
    for (const length of [0, 31, 33, 64]) {
      expect(() => keyPairFromSeed(new Uint8Array(length))).toThrow(badLength);
      expect(() => sign(new Uint8Array(length), utf8('m'))).toThrow(badLength);
    }
  });

  it('is deterministic: same seed and message, same signature; different seeds, different keys', () => {
    const seed = new Uint8Array(32).fill(9);
    expect(toHex(sign(seed, utf8('block 1')))).toBe(toHex(sign(new Uint8Array(seed), utf8('block 1'))));
    expect(toHex(keyPairFromSeed(seed).publicKey)).toBe(toHex(keyPairFromSeed(new Uint8Array(seed)).publicKey));
    const keys = Array.from({ length: 50 }, (_, i) => toHex(keyPairFromSeed(new Uint8Array(32).fill(i)).publicKey));
    expect(new Set(keys).size).toBe(50);
  });

  it('returns a copy of the seed, not the caller’s buffer', () => {
    const seed = new Uint8Array(32).fill(3);
    const pair = keyPairFromSeed(seed);
    seed.fill(4);
    expect(toHex(pair.seed)).toBe(toHex(new Uint8Array(32).fill(3)));
  });

  it('signs the same after its key cache has evicted the seed', () => {
    const first = new Uint8Array(32).fill(200);
    const before = sign(first, utf8('m'));
    for (let i = 0; i < 300; i++) sign(encode32(BigInt(i) + 1000n), utf8('m'));
    expect(toHex(sign(first, utf8('m')))).toBe(toHex(before));
  });

  it('round-trips sign/verify for many seeds, every derived key being valid', () => {
    for (let i = 0; i < 200; i++) {
      const pair = keyPairFromSeed(encode32(BigInt(i) * 7919n + 1n));
      expect(isValidPublicKey(pair.publicKey)).toBe(true);
      expect(verify(pair.publicKey, utf8(`tx ${i}`), sign(pair.seed, utf8(`tx ${i}`)))).toBe(true);
    }
  });
});

describe('ed25519 verify rejects', () => {
  const v = vectors[1]!;
  const publicKey = bytes(v.publicKey);
  const message = bytes(v.message);
  const signature = bytes(v.signature);

  it('keys and signatures of the wrong length', () => {
    for (const length of [0, 31, 33]) {
      const key = new Uint8Array(length);
      key.set(publicKey.subarray(0, length));
      expect(verify(key, message, signature)).toBe(false);
      expect(isValidPublicKey(key)).toBe(false);
    }
    for (const length of [0, 63, 65]) {
      const sig = new Uint8Array(length);
      sig.set(signature.subarray(0, length));
      expect(verify(publicKey, message, sig)).toBe(false);
    }
  });

  it('a flipped bit anywhere in the message or the signature', () => {
    for (let bit = 0; bit < 8; bit++) expect(verify(publicKey, flipBit(message, bit), signature)).toBe(false);
    for (let bit = 0; bit < 512; bit += 7) expect(verify(publicKey, message, flipBit(signature, bit))).toBe(false);
  });

  it('a signature under another key', () => {
    expect(verify(bytes(vectors[0]!.publicKey), message, signature)).toBe(false);
  });

  it('a non-canonical S: S + L and S + 2L, same point equation, other bytes', () => {
    const s = littleEndian(signature.subarray(32));
    for (const multiple of [1n, 2n]) {
      const malleated = concatBytes(signature.subarray(0, 32), encode32(s + multiple * L));
      expect(verify(publicKey, message, malleated)).toBe(false);
    }
    expect(verify(publicKey, message, concatBytes(signature.subarray(0, 32), encode32(L)))).toBe(false);
  });

  it('every small-order key, even with a signature forged for it', () => {
    expect(SMALL_ORDER).toHaveLength(14);
    for (const key of SMALL_ORDER) {
      const forged = forgery(key);
      expect(verify(key, forged.message, forged.signature)).toBe(false);
      expect(isValidPublicKey(key)).toBe(false);
    }
  });

  // Why the pre-checks exist. This pins the bundled OpenSSL's behaviour (3.0 in Node 20):
  // if it starts refusing these, verify() is unaffected, but the comment in ed25519.ts is stale.
  it('(control) the forgeries pass raw node:crypto verification', () => {
    for (const key of SMALL_ORDER) {
      const forged = forgery(key);
      const keyObject = createPublicKey({
        key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), key]),
        format: 'der',
        type: 'spki',
      });
      expect(opensslVerify(null, forged.message, keyObject, forged.signature)).toBe(true);
    }
  });

  it('a non-canonical y (p + c) even when c is a point on the curve', () => {
    const onCurve = [2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n, 10n, 11n, 12n, 13n, 14n, 15n, 16n, 17n, 18n].filter(hasX);
    expect(onCurve.length).toBeGreaterThan(0);
    for (const c of onCurve) {
      expect(isValidPublicKey(encode32(c))).toBe(true);
      for (const key of [encode32(P + c), flipBit(encode32(P + c), 255)]) {
        expect(isValidPublicKey(key)).toBe(false);
        expect(verify(key, message, signature)).toBe(false);
      }
    }
  });

  it('a y with no x on the curve, agreeing with Euler’s criterion', () => {
    let offCurve = 0;
    for (let y = 2n; y < 300n; y++) {
      const expected = hasX(y);
      if (!expected) offCurve++;
      expect(isValidPublicKey(encode32(y))).toBe(expected);
      expect(isValidPublicKey(flipBit(encode32(y), 255))).toBe(expected);
    }
    expect(offCurve).toBeGreaterThan(100);
    expect(hasX(2n)).toBe(false);
    expect(verify(encode32(2n), message, signature)).toBe(false);
  });
});
