/**
 * The homes `attrib devnet` writes (src/node/localnet.ts): one genesis with
 * the first N nodes as validators, every node's config listing every other
 * node as a peer by its real peer id, and the --docker variant that
 * addresses peers by service name on the standard ports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/node/config.js';
import { readHome } from '../../../src/node/home.js';
import { createLocalnet, readLocalnet } from '../../../src/node/localnet.js';
import { loadOrCreateNodeKey } from '../../../src/p2p/node-key.js';
import { tempDir } from '../../support/tmp.js';

describe('createLocalnet', () => {
  it('writes one genesis, a validator and followers, and configs whose peers are every other node by peer id', async () => {
    const dir = tempDir('attrib-localnet-');
    const nodes = await createLocalnet({ dir, validators: 1, nodes: 3, basePort: 30000 });
    expect(readLocalnet(dir)).toEqual(nodes);
    const homes = nodes.map((n) => readHome(n.home));
    expect(new Set(homes.map((h) => JSON.stringify(h.genesis, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)))).size).toBe(1);
    expect(homes[0]!.genesis.validators.map((v) => Buffer.from(v.consensusKey).toString('hex'))).toEqual([Buffer.from(homes[0]!.validatorKey.publicKey).toString('hex')]);
    for (const [i, node] of nodes.entries()) {
      const config = loadConfig(node.home, {}, {});
      expect([config.p2pPort, config.rpcPort, config.p2pHost]).toEqual([30000 + 10 * i, 30001 + 10 * i, '127.0.0.1']);
      const id = peerIdFromPrivateKey(await loadOrCreateNodeKey(node.home)).toString();
      expect(node.p2pAddr).toBe(`/ip4/127.0.0.1/tcp/${30000 + 10 * i}/p2p/${id}`);
      expect(config.peers).toEqual(nodes.filter((n) => n !== node).map((n) => n.p2pAddr));
    }
    await expect(createLocalnet({ dir, validators: 1, nodes: 3, basePort: 30000 })).rejects.toMatchObject({ code: 'EXISTS' });
  });

  it('--docker: listens on 0.0.0.0 at 26656/26657 and names peers by service', async () => {
    const dir = tempDir('attrib-localnet-');
    const nodes = await createLocalnet({ dir, validators: 1, nodes: 4, basePort: 0, docker: true });
    const config = JSON.parse(readFileSync(join(nodes[1]!.home, 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({ rpc_host: '0.0.0.0', p2p_host: '0.0.0.0', rpc_port: 26657, p2p_port: 26656 });
    expect(config.peers).toEqual([0, 2, 3].map((i) => expect.stringMatching(new RegExp(`^/dns4/node${i}/tcp/26656/p2p/12D3Koo`))));
    expect(loadConfig(nodes[1]!.home, {}, {}).peers).toHaveLength(3); // the config parser accepts /dns4 peers
  });
});
