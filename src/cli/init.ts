/**
 * `attrib init [--home DIR] [--chain-id ID]`: a new chain's home with a fresh
 * genesis (DEFAULT_PARAMS), a fresh validator key, an operator key and a
 * funded `default` key in keys/. With `--genesis FILE`: a home that joins
 * that existing chain instead, with a fresh validator key and an (unfunded)
 * operator key, ready to follow it and then stake (docs/staking.md).
 * Refuses a home that has a genesis already.
 * Fresh randomness comes from node:crypto (Wallet.generate): CLI code.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Wallet } from '../client/wallet.js';
import { addressOf } from '../crypto/address.js';
import { toHex } from '../crypto/bytes.js';
import { keyPairFromSeed, type KeyPair } from '../crypto/ed25519.js';
import { homePaths, initHome, writeKeyFile } from '../node/home.js';
import { parseGenesis } from '../state/genesis.js';
import { DEFAULT_PARAMS } from '../state/params.js';
import { resolveHome } from './context.js';
import { amount, CliError, fields, toJson } from './output.js';

export const INIT_BALANCE = 1_000_000_000_000n;
export const INIT_STAKE = 1_000_000n;

const freshKey = (): KeyPair => keyPairFromSeed(Wallet.generate().exportSeed());

export function initCommand(program: Command): void {
  program
    .command('init')
    .description('create a new chain: genesis, validator key, operator and funded default keys')
    .option('--home <dir>', 'the new home (default $ATTRIB_HOME or ~/.attrib/devnet)')
    .option('--chain-id <id>', 'the chain id', 'attrib-local')
    .option('--genesis <file>', "join the existing chain of this genesis.json instead of creating one")
    .option('--json', 'print JSON')
    .action((o: { home?: string; chainId: string; genesis?: string; json?: boolean }) => {
      const home = resolveHome(o);
      const paths = homePaths(home);
      if (existsSync(paths.genesis)) throw new CliError(`${paths.genesis} exists already: init refuses to replace a chain`, 1, 'pick another --home');
      const validator = freshKey();
      const operator = freshKey();
      if (o.genesis !== undefined) return joinChain(home, o.genesis, validator, operator, o.json === true);
      const funded = freshKey();
      const address = (k: KeyPair) => toHex(addressOf(k.publicKey));
      initHome(
        home,
        {
          chainId: o.chainId,
          params: DEFAULT_PARAMS,
          accounts: [{ address: addressOf(funded.publicKey), balance: INIT_BALANCE }],
          validators: [{ operator: addressOf(operator.publicKey), consensusKey: validator.publicKey, stake: INIT_STAKE }],
        },
        validator,
      );
      writeKeyFile(home, 'operator', operator);
      writeKeyFile(home, 'default', funded);
      const result = {
        home,
        chain_id: o.chainId,
        validator_public_key: toHex(validator.publicKey),
        operator: address(operator),
        default: address(funded),
        default_balance: INIT_BALANCE.toString(),
      };
      if (o.json) console.log(toJson(result));
      else
        console.log(
          `initialised a new chain\n${fields([
            ['home', home],
            ['chain id', o.chainId],
            ['validator key', `${result.validator_public_key} (seed in ${paths.validatorKey})`],
            ['operator', `${result.operator} (key 'operator')`],
            ['default', `${result.default} (key 'default', funded with ${amount(INIT_BALANCE)})`],
          ])}\n\nstart it with: attrib start --home ${home}\nthen send with:  attrib tx … --home ${home} --from default`,
        );
    });
}

/** A home for a node of an existing chain: its genesis, a fresh consensus key and an operator key to fund and stake from. */
function joinChain(home: string, genesisFile: string, validator: KeyPair, operator: KeyPair, json: boolean): void {
  let genesis;
  try {
    genesis = parseGenesis(readFileSync(genesisFile, 'utf8'));
  } catch (err) {
    throw new CliError(`cannot use ${genesisFile} as genesis: ${(err as Error).message}`, 1, 'pass the genesis.json of the chain to join (in its nodes\' homes)');
  }
  initHome(home, genesis, validator);
  writeKeyFile(home, 'operator', operator);
  const result = { home, chain_id: genesis.chainId, validator_public_key: toHex(validator.publicKey), operator: toHex(addressOf(operator.publicKey)) };
  if (json) console.log(toJson(result));
  else
    console.log(
      `initialised a home for chain ${genesis.chainId}\n${fields([
        ['home', home],
        ['validator key', `${result.validator_public_key} (seed in ${homePaths(home).validatorKey})`],
        ['operator', `${result.operator} (key 'operator', unfunded)`],
      ])}\n\nfollow the chain with: attrib start --home ${home} --peers /ip4/…/tcp/…/p2p/…\nthen fund the operator and bond: attrib tx stake --amount N --from operator --home ${home}`,
    );
}
