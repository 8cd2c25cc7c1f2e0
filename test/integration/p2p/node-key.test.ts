/** The node's p2p identity in HOME/node_key.json: made once with mode 0600, the same peer id after, a clear error when damaged. */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { describe, expect, it } from 'vitest';
import { loadOrCreateNodeKey, NODE_KEY_FILE } from '../../../src/p2p/node-key.js';
import { tempDir } from '../../support/tmp.js';

describe('node_key.json', () => {
  it('is created once (mode 0600) and gives the same peer id on every load; a damaged file fails with BAD_NODE_KEY', async () => {
    const home = tempDir('attrib-nodekey-');
    const first = peerIdFromPrivateKey(await loadOrCreateNodeKey(home)).toString();
    expect(statSync(join(home, NODE_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(peerIdFromPrivateKey(await loadOrCreateNodeKey(home)).toString()).toBe(first);
    for (const damaged of ['{', '{"private_key": 7}', '{"private_key": "00ff"}']) {
      writeFileSync(join(home, NODE_KEY_FILE), damaged);
      await expect(loadOrCreateNodeKey(home)).rejects.toMatchObject({ code: 'BAD_NODE_KEY', message: expect.stringContaining('delete it') });
    }
  });
});
