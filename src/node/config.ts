/**
 * Node configuration: defaults < `config.json` in the home < `ATTRIB_*`
 * environment variables < command-line flags. Every setting has all three
 * spellings (`rpc_port`, `ATTRIB_RPC_PORT`, `--rpc-port`); unknown keys and
 * bad values are refused with a ConfigError naming them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AttribError } from '../errors.js';

export const CONFIG_ERROR_CODES = ['BAD_CONFIG_FILE', 'UNKNOWN_SETTING', 'BAD_VALUE'] as const;
export class ConfigError extends AttribError<(typeof CONFIG_ERROR_CODES)[number]> {}

export interface NodeConfig {
  rpcHost: string;
  rpcPort: number;
  blockTimeMs: number;
  emptyBlocks: boolean;
  mempoolMaxTxs: number;
  mempoolMaxBytes: number;
  mempoolMaxNoncesAhead: number;
  rpcMaxBodyBytes: number;
  rpcMaxBatch: number;
  /** Worker threads verifying signatures at mempool entry; 0 verifies on the main thread. */
  verifyThreads: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** libp2p listens on this address and TCP port (0: any free port). */
  p2pHost: string;
  p2pPort: number;
  /** Peers to keep connected to: multiaddrs with a /p2p/ peer id, e.g. /ip4/127.0.0.1/tcp/26656/p2p/12D3Koo… */
  peers: string[];
  /** A key of HOME/keys/ that signs Evidence txs for double-signing this node sees ('': only log it). */
  evidenceFrom: string;
}

type Kind = 'port' | 'int' | 'count' | 'bool' | 'host' | 'level' | 'peers' | 'key';

/** Setting name (config.json spelling) → field and kind. */
const SETTINGS: Record<string, [keyof NodeConfig, Kind]> = {
  rpc_host: ['rpcHost', 'host'],
  rpc_port: ['rpcPort', 'port'],
  block_time_ms: ['blockTimeMs', 'int'],
  empty_blocks: ['emptyBlocks', 'bool'],
  mempool_max_txs: ['mempoolMaxTxs', 'int'],
  mempool_max_bytes: ['mempoolMaxBytes', 'int'],
  mempool_max_nonces_ahead: ['mempoolMaxNoncesAhead', 'int'],
  rpc_max_body_bytes: ['rpcMaxBodyBytes', 'int'],
  rpc_max_batch: ['rpcMaxBatch', 'int'],
  verify_threads: ['verifyThreads', 'count'],
  log_level: ['logLevel', 'level'],
  p2p_host: ['p2pHost', 'host'],
  p2p_port: ['p2pPort', 'port'],
  peers: ['peers', 'peers'],
  evidence_from: ['evidenceFrom', 'key'],
};

export const DEFAULT_CONFIG: NodeConfig = {
  rpcHost: '127.0.0.1',
  rpcPort: 26657,
  blockTimeMs: 1000,
  emptyBlocks: true,
  mempoolMaxTxs: 50_000,
  mempoolMaxBytes: 64 << 20,
  mempoolMaxNoncesAhead: 64,
  rpcMaxBodyBytes: 8 << 20,
  rpcMaxBatch: 1000,
  verifyThreads: 1,
  logLevel: 'info',
  p2pHost: '127.0.0.1',
  p2pPort: 26656,
  peers: [],
  evidenceFrom: '',
};

/** The names a setting goes by, for help text and error messages. */
export function settingNames(name: string): { file: string; env: string; flag: string } {
  return { file: name, env: `ATTRIB_${name.toUpperCase()}`, flag: `--${name.replaceAll('_', '-')}` };
}

/** Every setting with its three names and default, for `--help`. */
export function describeSettings(): { file: string; env: string; flag: string; defaultValue: unknown }[] {
  return Object.entries(SETTINGS).map(([name, [field]]) => ({ ...settingNames(name), defaultValue: DEFAULT_CONFIG[field] }));
}

function parse(kind: Kind, raw: unknown, where: string): unknown {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  const bad = (what: string): never => {
    throw new ConfigError('BAD_VALUE', `${where}: ${JSON.stringify(raw)} is not ${what}`, { setting: where });
  };
  switch (kind) {
    case 'bool':
      if (text === true || text === 'true') return true;
      if (text === false || text === 'false') return false;
      return bad('true or false');
    case 'host':
      return typeof text === 'string' && /^[A-Za-z0-9.:-]+$/.test(text) ? text : bad('a host name or IP address');
    case 'key':
      return typeof text === 'string' && /^([A-Za-z0-9_-]{1,64})?$/.test(text) ? text : bad('a key name (letters, digits, _ and -) or empty');
    case 'level':
      return ['debug', 'info', 'warn', 'error'].includes(text as string) ? text : bad('debug, info, warn or error');
    case 'peers': {
      // A comma-separated string (flag, variable) or a JSON array of strings (config.json).
      const list = typeof text === 'string' ? text.split(',').map((p) => p.trim()).filter((p) => p !== '') : text;
      const peer = /^\/(ip4|ip6|dns4|dns6|dns)\/[^/]+\/tcp\/\d{1,5}\/p2p\/[1-9A-HJ-NP-Za-km-z]+$/;
      return Array.isArray(list) && list.every((p) => typeof p === 'string' && peer.test(p)) ? list : bad('a list of multiaddrs like /ip4/127.0.0.1/tcp/26656/p2p/12D3Koo…');
    }
    case 'port':
    case 'count':
    case 'int': {
      const n = typeof text === 'number' ? text : typeof text === 'string' && /^\d+$/.test(text) ? Number(text) : NaN;
      const max = kind === 'port' ? 65535 : kind === 'count' ? 64 : Number.MAX_SAFE_INTEGER;
      const min = kind === 'int' ? 1 : 0;
      return Number.isSafeInteger(n) && n >= min && n <= max ? n : bad(`an integer in ${min}..${max}`);
    }
  }
}

function apply(config: NodeConfig, name: string, raw: unknown, where: string): void {
  const setting = SETTINGS[name];
  if (setting === undefined) throw new ConfigError('UNKNOWN_SETTING', `${where}: unknown setting "${name}"`, { setting: where });
  const [field, kind] = setting;
  (config as unknown as Record<string, unknown>)[field] = parse(kind, raw, where);
}

/**
 * Resolves the configuration of a node whose home is `home`. `flags` uses
 * the config.json spelling (`{ rpc_port: '8080' }`); `env` is usually process.env.
 */
export function loadConfig(home: string, flags: Record<string, unknown>, env: NodeJS.ProcessEnv): NodeConfig {
  const config = { ...DEFAULT_CONFIG };
  const file = join(home, 'config.json');
  if (existsSync(file)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new ConfigError('BAD_CONFIG_FILE', `${file} is not valid JSON: ${(err as Error).message}`);
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      throw new ConfigError('BAD_CONFIG_FILE', `${file} must hold a JSON object`);
    }
    for (const [name, value] of Object.entries(json)) apply(config, name, value, `${file}: ${name}`);
  }
  for (const name of Object.keys(SETTINGS)) {
    const { env: variable } = settingNames(name);
    if (env[variable] !== undefined) apply(config, name, env[variable], variable);
  }
  for (const [name, value] of Object.entries(flags)) apply(config, name, value, settingNames(name).flag);
  return config;
}
