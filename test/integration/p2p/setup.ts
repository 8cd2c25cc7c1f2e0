/**
 * In-process nodes and bare libp2p peers for the p2p tests: real LevelDB in
 * temp dirs, real TCP on 127.0.0.1 with ephemeral ports; everything started
 * here is stopped after each test.
 */
import { generateKeyPair } from '@libp2p/crypto/keys';
import { afterEach } from 'vitest';
import { Chain } from '../../../src/chain/chain.js';
import { Node } from '../../../src/node.js';
import { DEFAULT_CONFIG, type NodeConfig } from '../../../src/node/config.js';
import { initHome } from '../../../src/node/home.js';
import { createLogger } from '../../../src/node/log.js';
import { startHost, type Host } from '../../../src/p2p/host.js';
import { topicsOf } from '../../../src/p2p/topics.js';
import { LevelStore } from '../../../src/store/level-store.js';
import { testGenesis, testKey, VALIDATOR, type TestKey } from '../../support/chain.js';
import { tempDir } from '../../support/tmp.js';

export const alice = testKey('alice');
export const genesis = testGenesis([alice]);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/** A node in this process: the validator (makes blocks) or, with another key, a follower. */
export async function startNode(key: TestKey = VALIDATOR, config: Partial<NodeConfig> = {}): Promise<Node> {
  const home = tempDir('attrib-p2p-');
  initHome(home, genesis, { seed: key.seed, publicKey: key.publicKey });
  const log = createLogger('error', 'test', () => undefined);
  const node = await Node.start({ home, config: { ...DEFAULT_CONFIG, rpcPort: 0, p2pPort: 0, blockTimeMs: 50, ...config }, log });
  cleanups.push(() => node.stop());
  return node;
}

/** A bare libp2p peer speaking the chain's topics, connected to `peers`. */
export async function startPeer(peers: string[]): Promise<Host> {
  const { host, stop } = await startHost({
    privateKey: await generateKeyPair('Ed25519'),
    host: '127.0.0.1',
    port: 0,
    peers,
    topics: topicsOf(genesis.chainId),
    log: createLogger('error', 'peer', () => undefined),
  });
  cleanups.push(stop);
  return host;
}

/** A chain of the same genesis outside any node: the test plays its validator. */
export async function leaderChain(): Promise<Chain> {
  const store = await LevelStore.open(tempDir('attrib-leader-'));
  cleanups.push(() => store.close());
  return Chain.open(store, genesis);
}

/** Resolves once `check` holds, polling; the test timeout bounds the wait. */
export async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 20));
}

export function addrOf(node: Node): string {
  return node.network.status().listen[0]!;
}
