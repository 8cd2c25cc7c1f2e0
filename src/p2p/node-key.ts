/**
 * The node's libp2p identity: an Ed25519 key in `node_key.json` of the home
 * (mode 0600), made on first start and reused, so the peer id in other
 * nodes' `peers` lists stays valid across restarts. It is not the
 * validator's consensus key and signs nothing on chain.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys';
import type { PrivateKey } from '@libp2p/interface';
import { P2pError } from './errors.js';

export const NODE_KEY_FILE = 'node_key.json';

export async function loadOrCreateNodeKey(home: string): Promise<PrivateKey> {
  const file = join(home, NODE_KEY_FILE);
  if (!existsSync(file)) {
    const key = await generateKeyPair('Ed25519');
    writeFileSync(file, JSON.stringify({ private_key: Buffer.from(privateKeyToProtobuf(key)).toString('hex') }, null, 2) + '\n', { mode: 0o600 });
    return key;
  }
  try {
    const { private_key: hex } = JSON.parse(readFileSync(file, 'utf8')) as { private_key?: unknown };
    if (typeof hex !== 'string' || !/^([0-9a-f]{2})+$/.test(hex)) throw new Error('private_key must be hex');
    return privateKeyFromProtobuf(Buffer.from(hex, 'hex'));
  } catch (err) {
    throw new P2pError('BAD_NODE_KEY', `${file}: ${(err as Error).message} (delete it to make a new node key; peers must then learn the new peer id)`);
  }
}
