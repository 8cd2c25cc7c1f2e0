/**
 * A signing key for clients: an ed25519 key from a 32-byte seed the caller
 * keeps (a key file, a test's fixed seed) or a fresh random one. Client
 * code, so randomness is allowed here; the node's core never generates keys.
 *
 * Example:
 *   const wallet = Wallet.generate();
 *   const tx = wallet.sign(payloads.transfer(to, 5n), { chainId: 'devnet', nonce: 0n, fee: 10n });
 *   await client.submitTx(tx);
 */
import { randomBytes } from 'node:crypto';
import type { TxBody, TxPayload } from '../codec/types.js';
import { addressOf } from '../crypto/address.js';
import { toHex } from '../crypto/bytes.js';
import { keyPairFromSeed, SEED_BYTES } from '../crypto/ed25519.js';
import { signTx, type SignedTx } from '../tx/sign.js';
import { u64, type U64Like } from './convert.js';
import { invalidArgument } from './errors.js';
import type { Hex } from './types.js';

export interface SignOptions {
  chainId: string;
  nonce: U64Like;
  fee: U64Like;
}

export class Wallet {
  /** The account address (first 20 bytes of sha256(public key)), as 0x-hex like every address the node returns. */
  readonly address: Hex;
  /** The ed25519 public key, 0x-hex. */
  readonly publicKey: Hex;
  readonly #seed: Uint8Array;
  readonly #publicKey: Uint8Array;

  /** A wallet for a 32-byte seed (copied). */
  constructor(seed: Uint8Array) {
    if (!(seed instanceof Uint8Array) || seed.length !== SEED_BYTES) {
      throw invalidArgument(`a wallet seed must be ${SEED_BYTES} bytes`, { length: seed instanceof Uint8Array ? seed.length : undefined });
    }
    const pair = keyPairFromSeed(seed);
    this.#seed = pair.seed;
    this.#publicKey = pair.publicKey;
    this.publicKey = toHex(pair.publicKey) as Hex;
    this.address = toHex(addressOf(pair.publicKey)) as Hex;
  }

  static fromSeed(seed: Uint8Array): Wallet {
    return new Wallet(seed);
  }

  /** A new random key (node:crypto randomBytes). Keep `exportSeed()` to use it again. */
  static generate(): Wallet {
    return new Wallet(new Uint8Array(randomBytes(SEED_BYTES)));
  }

  /** A copy of the 32-byte seed: whoever holds it can spend from this account. */
  exportSeed(): Uint8Array {
    return new Uint8Array(this.#seed);
  }

  /** Signs a complete payload (tx.ts builds them) for `chainId` with the given nonce and fee. */
  sign(payload: TxPayload, opts: SignOptions): SignedTx {
    const body: TxBody = {
      chainId: opts.chainId,
      signer: this.#publicKey,
      nonce: u64(opts.nonce, 'nonce'),
      fee: u64(opts.fee, 'fee'),
      ...payload,
    };
    return signTx(body, this.#seed);
  }
}
