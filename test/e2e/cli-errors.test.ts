/**
 * The CLI's error paths as separate `attrib` processes: an unknown key, a
 * bad address, a node that is down (a closed port) and a node error give a
 * clear message and exit 1; a bad flag exits 2.
 */
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEVNET_VALIDATOR, devnetGenesis, initDevnetKeys } from '../../src/node/devnet.js';
import { initHome } from '../../src/node/home.js';
import { runToExit } from '../support/node-process.js';
import { tempDir } from '../support/tmp.js';

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('attrib error paths', () => {
  it('reports an unknown key, a bad address, a node that is down and a bad flag', async () => {
    const home = tempDir('attrib-cli-err-');
    initHome(home, devnetGenesis(), DEVNET_VALIDATOR);
    initDevnetKeys(home);
    const rpc = `http://127.0.0.1:${await closedPort()}`;
    const [unknownKey, badAddress, down, badFlag] = await Promise.all([
      runToExit(['tx', 'transfer', '--home', home, '--rpc', rpc, '--from', 'nobody', '--to', 'dev', '--amount', '5']),
      runToExit(['tx', 'transfer', '--home', home, '--rpc', rpc, '--to', '0x1234', '--amount', '5']),
      runToExit(['query', 'account', 'dev', '--home', home, '--rpc', rpc]),
      runToExit(['query', 'status', '--home', home, '--rpc', rpc, '--no-such-flag']),
    ]);

    expect(unknownKey.code).toBe(1);
    expect(unknownKey.output).toContain("attrib: unknown key 'nobody'");
    expect(unknownKey.output).toContain('known keys: dev');

    expect(badAddress.code).toBe(1);
    expect(badAddress.output).toContain('--to: "0x1234" is not an address');

    expect(down.code).toBe(1);
    expect(down.output).toContain('attrib: NODE_UNREACHABLE: cannot reach the node at');
    expect(down.output).toContain('hint: is the node running? start it with `npm start` or pass --rpc');

    expect(badFlag.code).toBe(2);
    expect(badFlag.output).toContain("unknown option '--no-such-flag'");
  }, 30_000);
});
