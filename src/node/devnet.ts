/**
 * The devnet of `npm start`: an embedded genesis with fixed, well-known keys.
 * DEVNET ONLY: anyone can derive these keys from this file; never use them
 * for a chain that holds value (`attrib init` makes fresh keys for that).
 */
import { addressOf } from '../crypto/address.js';
import { utf8 } from '../crypto/bytes.js';
import { keyPairFromSeed, type KeyPair } from '../crypto/ed25519.js';
import { sha256 } from '../crypto/hash.js';
import type { Genesis } from '../state/genesis.js';
import { writeKeyFile } from './home.js';
import { DEFAULT_PARAMS } from '../state/params.js';

export const DEVNET_CHAIN_ID = 'attrib-devnet';
export const DEVNET_DEV_BALANCE = 1_000_000_000_000n;

const devKey = (name: string): KeyPair => keyPairFromSeed(sha256(utf8(`attrib devnet ${name} (well-known, devnet only)`)));

/** The validator's consensus key. */
export const DEVNET_VALIDATOR = devKey('validator');
/** The validator's operator account: receives FEE and VALIDATOR rows. */
export const DEVNET_OPERATOR = devKey('operator');
/** The funded account for trying things out (`--from dev`). */
export const DEVNET_DEV = devKey('dev');

export function devnetGenesis(): Genesis {
  return {
    chainId: DEVNET_CHAIN_ID,
    params: DEFAULT_PARAMS,
    accounts: [{ address: addressOf(DEVNET_DEV.publicKey), balance: DEVNET_DEV_BALANCE }],
    validators: [{ operator: addressOf(DEVNET_OPERATOR.publicKey), consensusKey: DEVNET_VALIDATOR.publicKey, stake: 1_000_000n }],
  };
}

/** Puts the dev key in `HOME/keys/dev.json` for `attrib … --from dev`, unless a key file of that name exists. */
export function initDevnetKeys(home: string): void {
  writeKeyFile(home, 'dev', DEVNET_DEV);
}
