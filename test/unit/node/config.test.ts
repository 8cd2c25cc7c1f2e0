import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG, loadConfig } from '../../../src/node/config.js';
import { tempDir } from '../../support/tmp.js';

function homeWith(config?: string): string {
  const home = tempDir();
  if (config !== undefined) writeFileSync(join(home, 'config.json'), config);
  return home;
}

function errorOf(fn: () => unknown): { code: string; setting: unknown } | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return { code: err.code, setting: err.meta.setting };
    throw err;
  }
  return undefined;
}

describe('loadConfig', () => {
  it('uses the defaults when nothing is set', () => {
    expect(loadConfig(homeWith(), {}, {})).toEqual(DEFAULT_CONFIG);
  });

  it('takes flag over environment over config.json over default', () => {
    const home = homeWith(JSON.stringify({ rpc_port: 1111, block_time_ms: 500, empty_blocks: false }));
    const env = { ATTRIB_RPC_PORT: '2222', ATTRIB_BLOCK_TIME_MS: '250' };
    const config = loadConfig(home, { rpc_port: '3333' }, env);
    expect(config.rpcPort).toBe(3333);
    expect(config.blockTimeMs).toBe(250);
    expect(config.emptyBlocks).toBe(false);
    expect(config.rpcHost).toBe('127.0.0.1');
  });

  it.each([
    ['a config.json that is not JSON', '{', {}, {}, 'BAD_CONFIG_FILE'],
    ['a config.json that is not an object', '[1]', {}, {}, 'BAD_CONFIG_FILE'],
    ['an unknown key in config.json', '{"rpc_prot": 1}', {}, {}, 'UNKNOWN_SETTING'],
    ['a port out of range', undefined, { rpc_port: '70000' }, {}, 'BAD_VALUE'],
    ['a non-integer from the environment', undefined, {}, { ATTRIB_BLOCK_TIME_MS: '1.5' }, 'BAD_VALUE'],
    ['a zero block time', '{"block_time_ms": 0}', {}, {}, 'BAD_VALUE'],
    ['a bad boolean', undefined, { empty_blocks: 'yes' }, {}, 'BAD_VALUE'],
    ['a bad log level', undefined, {}, { ATTRIB_LOG_LEVEL: 'loud' }, 'BAD_VALUE'],
    ['a peer without a peer id', undefined, { peers: '/ip4/127.0.0.1/tcp/26656' }, {}, 'BAD_VALUE'],
    ['peers in config.json that are not strings', '{"peers": [1]}', {}, {}, 'BAD_VALUE'],
  ])('refuses %s', (_name, file, flags, env, code) => {
    expect(errorOf(() => loadConfig(homeWith(file), flags, env))?.code).toBe(code);
  });

  it('reads peers as a comma-separated flag or variable, or a JSON array in config.json', () => {
    const [a, b] = ['/ip4/127.0.0.1/tcp/1/p2p/12D3KooWA', '/dns4/node1/tcp/26656/p2p/12D3KooWB'];
    expect(loadConfig(homeWith(), { peers: ` ${a}, ${b} ` }, {}).peers).toEqual([a, b]);
    expect(loadConfig(homeWith(JSON.stringify({ peers: [b] })), {}, {}).peers).toEqual([b]);
    expect(loadConfig(homeWith(), {}, { ATTRIB_PEERS: '' }).peers).toEqual([]);
  });

  it('names where a bad value came from', () => {
    expect(errorOf(() => loadConfig(homeWith(), {}, { ATTRIB_RPC_PORT: 'x' }))?.setting).toBe('ATTRIB_RPC_PORT');
    expect(errorOf(() => loadConfig(homeWith(), { rpc_port: 'x' }, {}))?.setting).toBe('--rpc-port');
  });
});
