/**
 * A node's home directory:
 *   genesis.json        the chain's genesis (docs/protocol.md §9)
 *   validator_key.json  the consensus key seed, mode 0600 — keep it secret
 *   config.json         optional settings (src/node/config.ts)
 *   keys/NAME.json      account keys of the `attrib` CLI, mode 0600
 *   data/               LevelDB
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addressOf } from '../crypto/address.js';
import { fromHex, toHex } from '../crypto/bytes.js';
import { keyPairFromSeed, type KeyPair } from '../crypto/ed25519.js';
import { AttribError } from '../errors.js';
import { genesisToJson, parseGenesis, type Genesis } from '../state/genesis.js';

export class HomeError extends AttribError<'NO_GENESIS' | 'BAD_KEY_FILE'> {}

export const homePaths = (home: string) => ({
  genesis: join(home, 'genesis.json'),
  validatorKey: join(home, 'validator_key.json'),
  data: join(home, 'data'),
  keys: join(home, 'keys'),
  /** Consensus: the write-ahead log of the current height and the double-sign guard's last signed step. */
  consensusWal: join(home, 'data', 'consensus.wal'),
  signState: join(home, 'data', 'sign_state.json'),
});

/** An account key of the CLI's key store: `HOME/keys/NAME.json`, lowercase 0x-hex. */
export interface KeyFile {
  name: string;
  address: string;
  public_key: string;
  seed: string;
}

/** Key names: letters, digits, `_` and `-`, 1 to 64 characters (they are file names). */
export const KEY_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Writes `HOME/keys/NAME.json` (mode 0600) unless it exists; returns false
 * when it did, an existing key file is never overwritten.
 */
export function writeKeyFile(home: string, name: string, key: KeyPair): boolean {
  if (!KEY_NAME.test(name)) throw new RangeError(`bad key name ${JSON.stringify(name)}`);
  const dir = homePaths(home).keys;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, `${name}.json`);
  if (existsSync(file)) return false;
  const json: KeyFile = { name, address: toHex(addressOf(key.publicKey)), public_key: toHex(key.publicKey), seed: toHex(key.seed) };
  writeFileSync(file, JSON.stringify(json, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return true;
}

/** Writes genesis and key files that do not exist yet; existing ones are kept, never overwritten. */
export function initHome(home: string, genesis: Genesis, validatorKey: KeyPair): void {
  const paths = homePaths(home);
  mkdirSync(paths.data, { recursive: true });
  if (!existsSync(paths.genesis)) writeFileSync(paths.genesis, JSON.stringify(genesisToJson(genesis), null, 2) + '\n');
  if (!existsSync(paths.validatorKey)) {
    const json = { public_key: toHex(validatorKey.publicKey), seed: toHex(validatorKey.seed) };
    writeFileSync(paths.validatorKey, JSON.stringify(json, null, 2) + '\n', { mode: 0o600 });
    chmodSync(paths.validatorKey, 0o600);
  }
}

/** Reads the genesis (GenesisError on a bad one) and the validator key of a home. */
export function readHome(home: string): { genesis: Genesis; validatorKey: KeyPair } {
  const paths = homePaths(home);
  if (!existsSync(paths.genesis)) {
    throw new HomeError('NO_GENESIS', `${paths.genesis} does not exist: run \`attrib init\`, or start without --home for the devnet`);
  }
  const genesis = parseGenesis(readFileSync(paths.genesis, 'utf8'));
  return { genesis, validatorKey: readSeedFile(paths.validatorKey) };
}

/** The key pair of a key file's "seed" (the validator key, or an account key of HOME/keys/); HomeError BAD_KEY_FILE. */
export function readSeedFile(file: string): KeyPair {
  let seed: Uint8Array | undefined;
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { seed?: unknown };
    seed = typeof json.seed === 'string' ? fromHex(json.seed) : undefined;
  } catch (err) {
    throw new HomeError('BAD_KEY_FILE', `cannot read ${file}: ${(err as Error).message}`);
  }
  if (seed === undefined || seed.length !== 32) throw new HomeError('BAD_KEY_FILE', `${file}: "seed" must be 32 bytes of lowercase 0x-hex`);
  return keyPairFromSeed(seed);
}
