/**
 * What every `attrib` command resolves from its flags and the environment:
 *   home  --home > ATTRIB_HOME > ~/.attrib/devnet
 *   rpc   --rpc > ATTRIB_RPC > the home's rpc_host/rpc_port (config.json,
 *         ATTRIB_RPC_HOST/PORT) > http://127.0.0.1:26657
 *   from  --from key name (default `dev`), a file of HOME/keys/
 *   fee   --fee N (default: the chain's minimum)
 * and the key store of HOME/keys/NAME.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { AttribClient } from '../client/client.js';
import type { Hex } from '../client/types.js';
import { Wallet } from '../client/wallet.js';
import { fromHex } from '../crypto/bytes.js';
import { loadConfig } from '../node/config.js';
import { homePaths, KEY_NAME, type KeyFile } from '../node/home.js';
import { parseGenesis } from '../state/genesis.js';
import type { Params } from '../codec/types.js';
import { DEFAULT_PARAMS } from '../state/params.js';
import { CliError, isAddress, parseU64 } from './output.js';

export const DEFAULT_RPC = 'http://127.0.0.1:26657';
export const DEFAULT_KEY = 'dev';

/** The flags common to query and tx commands (commander's option values). */
export interface CommonOptions {
  home?: string;
  rpc?: string;
  json?: boolean;
}

export interface TxOptions extends CommonOptions {
  from?: string;
  fee?: string;
  wait?: boolean;
  quiet?: boolean;
}

export function resolveHome(opts: { home?: string }, env: NodeJS.ProcessEnv = process.env): string {
  return opts.home ?? env.ATTRIB_HOME ?? join(homedir(), '.attrib', 'devnet');
}

export function resolveRpc(opts: CommonOptions, env: NodeJS.ProcessEnv = process.env): string {
  if (opts.rpc !== undefined) return opts.rpc;
  if (env.ATTRIB_RPC !== undefined && env.ATTRIB_RPC !== '') return env.ATTRIB_RPC;
  try {
    const config = loadConfig(resolveHome(opts, env), {}, env);
    // Port 0 (an ephemeral port) cannot be known from outside the node.
    if (config.rpcPort === 0) return DEFAULT_RPC;
    const host = config.rpcHost === '0.0.0.0' || config.rpcHost === '::' ? '127.0.0.1' : config.rpcHost;
    return `http://${host.includes(':') ? `[${host}]` : host}:${config.rpcPort}`;
  } catch {
    return DEFAULT_RPC;
  }
}

export function clientOf(opts: CommonOptions): AttribClient {
  return new AttribClient(resolveRpc(opts));
}

/** The chain params of the home's genesis when there is one, else the defaults (sketch k, claim entries per tx). */
export function paramsOf(home: string): Params {
  try {
    return parseGenesis(readFileSync(homePaths(home).genesis, 'utf8')).params;
  } catch {
    return DEFAULT_PARAMS;
  }
}

// ---- the key store ----

export function keyNames(home: string): string[] {
  const dir = homePaths(home).keys;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

function unknownKey(home: string, name: string): CliError {
  const known = keyNames(home);
  return new CliError(
    `unknown key '${name}' in ${homePaths(home).keys}: ${known.length === 0 ? 'there are no keys' : `known keys: ${known.join(', ')}`}`,
    1,
    'create one with `attrib keys new NAME`, or pass --home for another key store',
  );
}

export function readKey(home: string, name: string): KeyFile & { wallet: Wallet } {
  if (!KEY_NAME.test(name)) throw new CliError(`bad key name ${JSON.stringify(name)}: letters, digits, _ and - only`);
  const file = join(homePaths(home).keys, `${name}.json`);
  if (!existsSync(file)) throw unknownKey(home, name);
  let json: Partial<KeyFile>;
  try {
    json = JSON.parse(readFileSync(file, 'utf8')) as Partial<KeyFile>;
  } catch (err) {
    throw new CliError(`cannot read key file ${file}: ${(err as Error).message}`);
  }
  if (typeof json.seed !== 'string' || !/^0x[0-9a-f]{64}$/.test(json.seed)) throw new CliError(`${file}: "seed" must be 32 bytes of lowercase 0x-hex`);
  const wallet = new Wallet(fromHex(json.seed)!);
  return { name, address: wallet.address, public_key: wallet.publicKey, seed: json.seed, wallet };
}

/** An address given as 0x-hex or as the name of a key of the store. */
export function resolveAddress(home: string, text: string, what: string): Hex {
  if (isAddress(text)) return text.toLowerCase() as Hex;
  if (text.startsWith('0x') || !KEY_NAME.test(text)) {
    throw new CliError(`${what}: ${JSON.stringify(text)} is not an address (0x and 40 hex digits) nor a key name`);
  }
  return readKey(home, text).address as Hex;
}

export function feeOf(opts: TxOptions): bigint | undefined {
  return opts.fee === undefined ? undefined : parseU64(opts.fee, '--fee');
}
