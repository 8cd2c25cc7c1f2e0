import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKey, resolveAddress, resolveRpc } from '../../../src/cli/context.js';
import { addressOf } from '../../../src/crypto/address.js';
import { toHex } from '../../../src/crypto/bytes.js';
import { DEVNET_DEV, initDevnetKeys } from '../../../src/node/devnet.js';
import { tempDir } from '../../support/tmp.js';

describe('cli context', () => {
  it('resolves the RPC URL: --rpc > ATTRIB_RPC > the home config > the default', () => {
    const home = tempDir('attrib-ctx-');
    expect(resolveRpc({ home }, {})).toBe('http://127.0.0.1:26657');
    writeFileSync(join(home, 'config.json'), JSON.stringify({ rpc_port: 8080, rpc_host: '0.0.0.0' }));
    expect(resolveRpc({ home }, {})).toBe('http://127.0.0.1:8080');
    expect(resolveRpc({ home }, { ATTRIB_RPC: 'http://h:1' })).toBe('http://h:1');
    expect(resolveRpc({ home, rpc: 'http://x:2' }, { ATTRIB_RPC: 'http://h:1' })).toBe('http://x:2');
  });

  it('writes the devnet dev key once (mode 0600), never over an existing file, and lists known keys for an unknown one', () => {
    const home = tempDir('attrib-ctx-');
    initDevnetKeys(home);
    const file = join(home, 'keys', 'dev.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const dev = readKey(home, 'dev');
    expect(dev.address).toBe(toHex(addressOf(DEVNET_DEV.publicKey)));
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object)).toEqual(['name', 'address', 'public_key', 'seed']);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"dev"', '"kept"'));
    initDevnetKeys(home);
    expect(readFileSync(file, 'utf8')).toContain('"kept"');
    expect(() => readKey(home, 'bob')).toThrow(/unknown key 'bob'.*known keys: dev/);
    expect(resolveAddress(home, 'dev', '--to')).toBe(dev.address);
    expect(() => resolveAddress(home, '0xzz', '--to')).toThrow(/not an address/);
  });
});
