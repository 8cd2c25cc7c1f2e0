/**
 * A node's home directory:
 *   genesis.json        the chain's genesis (docs/protocol.md §9)
 *   validator_key.json  the consensus key seed, mode 0600 — keep it secret
 *   config.json         optional settings (src/node/config.ts)
 *   data/               LevelDB
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHex, toHex } from '../crypto/bytes.js';
import { keyPairFromSeed, type KeyPair } from '../crypto/ed25519.js';
import { AttribError } from '../errors.js';
import { genesisToJson, parseGenesis, type Genesis } from '../state/genesis.js';

export class HomeError extends AttribError<'NO_GENESIS' | 'BAD_KEY_FILE'> {}

export const homePaths = (home: string) => ({
  genesis: join(home, 'genesis.json'),
  validatorKey: join(home, 'validator_key.json'),
  data: join(home, 'data'),
});

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
  let seed: Uint8Array | undefined;
  try {
    const json = JSON.parse(readFileSync(paths.validatorKey, 'utf8')) as { seed?: unknown };
    seed = typeof json.seed === 'string' ? fromHex(json.seed) : undefined;
  } catch (err) {
    throw new HomeError('BAD_KEY_FILE', `cannot read ${paths.validatorKey}: ${(err as Error).message}`);
  }
  if (seed === undefined || seed.length !== 32) {
    throw new HomeError('BAD_KEY_FILE', `${paths.validatorKey}: "seed" must be 32 bytes of lowercase 0x-hex`);
  }
  return { genesis, validatorKey: keyPairFromSeed(seed) };
}
