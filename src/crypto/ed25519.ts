/**
 * Ed25519 (RFC 8032) through node:crypto, the one verifier for consensus
 * (mempool, blocks, votes, sync): ≈ 13 000 verifications/s against ≈ 900 for
 * a pure-JS curve.
 *
 * A key is derived from a caller-supplied 32-byte seed, never from randomness
 * here. verify() is OpenSSL's RFC 8032 check (cofactorless equation) behind
 * explicit pre-checks, so what is accepted does not depend on the OpenSSL
 * version (the OpenSSL 3.0 of Node 20 on its own accepts forgeries under all
 * fourteen small-order encodings). Rejected without reaching OpenSSL:
 * - a key or signature of the wrong length;
 * - S (the signature's last 32 bytes, little endian) ≥ L: S + L would
 *   otherwise be a second encoding of the same signature (malleability);
 * - a key whose y (bit 255, the sign of x, cleared) is ≥ p: a second
 *   encoding of a point that has a canonical one;
 * - a key of small order (libsodium's blocklist, every encoding): a valid
 *   signature under it needs no private key;
 * - a key whose y has no x on the curve: nothing can verify under it, and
 *   isValidPublicKey() should say so up front.
 */
import { createPrivateKey, createPublicKey, sign as signWith, verify as verifyWith } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { bytesKey } from './bytes.js';
import { CryptoError } from './errors.js';

export const SEED_BYTES = 32;
export const PUBLIC_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;

/** DER framing of a raw Ed25519 key: PKCS#8 for the seed, SPKI for the public key (RFC 8410). */
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

const P = 2n ** 255n - 19n;
const L = 2n ** 252n + 27742317777372353535851937790883648493n;
const D = 37095705934669439343138083508754565189542113879843219016388785533085940283555n; // −121665/121666 mod p
const Y_MASK = 2n ** 255n - 1n;

/**
 * libsodium's ge25519_has_small_order blocklist: y of the eight torsion points
 * (0 and 1, p−1, the two order-8 values) plus the non-canonical p and p+1,
 * compared with the sign bit cleared so each stands for both encodings.
 */
const SMALL_ORDER_Y = new Set(
  [
    '0000000000000000000000000000000000000000000000000000000000000000',
    '0100000000000000000000000000000000000000000000000000000000000000',
    '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
    'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
    'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
    'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
    'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  ].map((hex) => littleEndian(Buffer.from(hex, 'hex'))),
);

/** Signing repeats with few keys; verification sees every account's key, hence the larger cache. */
const PRIVATE_CACHE_LIMIT = 256;
const PUBLIC_CACHE_LIMIT = 10_000;
const privateKeys = new Map<string, KeyObject>();
const publicKeys = new Map<string, KeyObject>();

export interface KeyPair {
  seed: Uint8Array;
  publicKey: Uint8Array;
}

export function keyPairFromSeed(seed: Uint8Array): KeyPair {
  const der = createPublicKey(privateKeyOf(seed)).export({ format: 'der', type: 'spki' });
  return { seed: new Uint8Array(seed), publicKey: new Uint8Array(der.subarray(der.length - PUBLIC_KEY_BYTES)) };
}

export function sign(seed: Uint8Array, message: Uint8Array): Uint8Array {
  return new Uint8Array(signWith(null, message, privateKeyOf(seed)));
}

/** Never throws: anything that is not a valid signature of `message` under `publicKey` is false. */
export function verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== SIGNATURE_BYTES || littleEndian(signature.subarray(32)) >= L) return false;
  const key = publicKeyOf(publicKey);
  if (key === undefined) return false;
  try {
    return verifyWith(null, message, key, signature);
  } catch {
    return false;
  }
}

/** The key checks of verify(), for callers that must refuse a key before any signature is seen. */
export function isValidPublicKey(publicKey: Uint8Array): boolean {
  return publicKeyOf(publicKey) !== undefined;
}

function privateKeyOf(seed: Uint8Array): KeyObject {
  if (seed.length !== SEED_BYTES) {
    const message = `seed must be ${SEED_BYTES} bytes, got ${seed.length}`;
    throw new CryptoError('BAD_LENGTH', message, { length: seed.length });
  }
  const id = bytesKey(seed);
  const cached = lookup(privateKeys, id);
  if (cached !== undefined) return cached;
  const key = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  return remember(privateKeys, PRIVATE_CACHE_LIMIT, id, key);
}

/** The KeyObject of an acceptable key, undefined for any other; only acceptable keys are cached. */
function publicKeyOf(publicKey: Uint8Array): KeyObject | undefined {
  if (publicKey.length !== PUBLIC_KEY_BYTES) return undefined;
  const id = bytesKey(publicKey);
  const cached = lookup(publicKeys, id);
  if (cached !== undefined) return cached;
  if (!isAcceptablePoint(publicKey)) return undefined;
  try {
    const key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
    return remember(publicKeys, PUBLIC_CACHE_LIMIT, id, key);
  } catch {
    return undefined;
  }
}

/**
 * Canonical, not of small order, and decodable (RFC 8032 §5.1.3): x² = (y² − 1)/(d·y² + 1)
 * has a root iff (y² − 1)(d·y² + 1) is not a non-residue. The one decoding failure this
 * skips, x = 0 with the sign bit set, needs y = ±1, which the blocklist already holds.
 */
function isAcceptablePoint(publicKey: Uint8Array): boolean {
  const y = littleEndian(publicKey) & Y_MASK;
  return y < P && !SMALL_ORDER_Y.has(y) && legendre(((y * y - 1n) * (D * y * y + 1n)) % P) !== -1;
}

/** (a/p) by the binary Jacobi algorithm (≈ 6 µs, against ≈ 140 µs for Euler's a^((p−1)/2)). */
function legendre(a: bigint): number {
  let n = P;
  let t = 1;
  while (a !== 0n) {
    while ((a & 1n) === 0n) {
      a >>= 1n;
      if ((n & 7n) === 3n || (n & 7n) === 5n) t = -t;
    }
    [a, n] = [n, a];
    if ((a & 3n) === 3n && (n & 3n) === 3n) t = -t;
    a %= n;
  }
  return n === 1n ? t : 0;
}

function littleEndian(bytes: Uint8Array): bigint {
  return BigInt('0x' + Buffer.from(bytes).reverse().toString('hex'));
}

/** The caches are LRU over Map insertion order: a hit moves to the back, the front goes when full. */
function lookup(cache: Map<string, KeyObject>, id: string): KeyObject | undefined {
  const key = cache.get(id);
  if (key !== undefined) {
    cache.delete(id);
    cache.set(id, key);
  }
  return key;
}

function remember(cache: Map<string, KeyObject>, limit: number, id: string, key: KeyObject): KeyObject {
  if (cache.size >= limit) cache.delete(cache.keys().next().value!);
  cache.set(id, key);
  return key;
}
