/**
 * A local multi-node network on 127.0.0.1 (`attrib devnet`): one shared
 * genesis and M homes under one directory, node0 … node{M-1}. The first N
 * nodes are validators; the others follow. Each home gets its own consensus
 * and node keys, the well-known dev key (`--from dev`, funded at genesis)
 * and a config.json with its ports and every other node as a peer, so the
 * nodes can be started, killed and restarted in any order.
 *
 * Fresh keys come from node:crypto: this is node tooling, not the core.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { addressOf } from '../crypto/address.js';
import { keyPairFromSeed } from '../crypto/ed25519.js';
import { AttribError } from '../errors.js';
import { loadOrCreateNodeKey } from '../p2p/node-key.js';
import type { Genesis, GenesisAccount } from '../state/genesis.js';
import { DEFAULT_PARAMS } from '../state/params.js';
import type { Params } from '../codec/types.js';
import { DEVNET_DEV, DEVNET_DEV_BALANCE, initDevnetKeys } from './devnet.js';
import { initHome } from './home.js';

export class LocalnetError extends AttribError<'BAD_LAYOUT' | 'EXISTS'> {}

export const LOCALNET_CHAIN_ID = 'attrib-localnet';
/** The network's description in its directory: the nodes, their homes, ports and addresses. */
const MANIFEST = 'localnet.json';
/** Node i listens for RPC on base + 10·i + 1 and for p2p on base + 10·i (CometBFT's 26657/26656 for node0). */
export const LOCALNET_BASE_PORT = 26656;

export interface LocalnetNode {
  name: string;
  home: string;
  rpcPort: number;
  p2pPort: number;
  /** /ip4/127.0.0.1/tcp/PORT/p2p/PEER_ID */
  p2pAddr: string;
  validator: boolean;
}

export interface LocalnetOptions {
  dir: string;
  validators: number;
  nodes: number;
  /** 0: free ports picked now (tests); they are written to each config.json and kept. */
  basePort: number;
  /**
   * One container per node (docker/compose.yaml): every node listens on
   * 0.0.0.0 at the standard ports, and peers are addressed by service name
   * (`/dns4/nodeI/tcp/26656/…`) instead of 127.0.0.1 and distinct ports.
   */
  docker?: boolean;
  /** More funded accounts for the genesis (benchmarks' senders), beside the dev key. */
  accounts?: GenesisAccount[];
  /** Genesis params other than the defaults (tests: short unbonding). */
  params?: Partial<Params>;
}

export function localnetHomes(dir: string, nodes: number): string[] {
  return Array.from({ length: nodes }, (_, i) => join(dir, `node${i}`));
}

/** Creates the homes of a new local network; refuses a directory that has one already. */
export async function createLocalnet(o: LocalnetOptions): Promise<LocalnetNode[]> {
  if (o.validators < 1 || o.nodes < o.validators) throw new LocalnetError('BAD_LAYOUT', `need 1 ≤ validators ≤ nodes, got ${o.validators} and ${o.nodes}`);
  if (existsSync(join(o.dir, MANIFEST))) throw new LocalnetError('EXISTS', `${o.dir} holds a network already`);
  const consensusKeys = localnetHomes(o.dir, o.nodes).map(() => keyPairFromSeed(randomBytes(32)));
  const genesis: Genesis = {
    chainId: LOCALNET_CHAIN_ID,
    params: { ...DEFAULT_PARAMS, ...o.params },
    accounts: [{ address: addressOf(DEVNET_DEV.publicKey), balance: DEVNET_DEV_BALANCE }, ...(o.accounts ?? [])],
    validators: consensusKeys.slice(0, o.validators).map((k) => ({ operator: addressOf(k.publicKey), consensusKey: k.publicKey, stake: 1_000_000n })),
  };
  const ports = o.basePort === 0 ? await freePorts(2 * o.nodes) : undefined;
  const nodes: LocalnetNode[] = [];
  for (const [i, home] of localnetHomes(o.dir, o.nodes).entries()) {
    mkdirSync(home, { recursive: true });
    initHome(home, genesis, consensusKeys[i]!);
    initDevnetKeys(home);
    const peerId = peerIdFromPrivateKey(await loadOrCreateNodeKey(home)).toString();
    const p2pPort = o.docker ? LOCALNET_BASE_PORT : ports ? ports[2 * i]! : o.basePort + 10 * i;
    const rpcPort = o.docker ? LOCALNET_BASE_PORT + 1 : ports ? ports[2 * i + 1]! : o.basePort + 10 * i + 1;
    const host = o.docker ? `/dns4/node${i}` : '/ip4/127.0.0.1';
    nodes.push({ name: `node${i}`, home, rpcPort, p2pPort, p2pAddr: `${host}/tcp/${p2pPort}/p2p/${peerId}`, validator: i < o.validators });
  }
  for (const node of nodes) {
    const config = {
      ...(o.docker ? { rpc_host: '0.0.0.0', p2p_host: '0.0.0.0' } : {}),
      rpc_port: node.rpcPort,
      p2p_port: node.p2pPort,
      peers: nodes.filter((n) => n !== node).map((n) => n.p2pAddr),
      // The funded dev key reports double-signing it sees (docs/staking.md).
      evidence_from: 'dev',
    };
    writeFileSync(join(node.home, 'config.json'), JSON.stringify(config, null, 2) + '\n');
  }
  writeFileSync(join(o.dir, MANIFEST), JSON.stringify({ chain_id: LOCALNET_CHAIN_ID, nodes }, null, 2) + '\n');
  return nodes;
}

/** The nodes of an existing local network, from its manifest. */
export function readLocalnet(dir: string): LocalnetNode[] {
  const file = join(dir, MANIFEST);
  if (!existsSync(file)) throw new LocalnetError('BAD_LAYOUT', `${file} is missing: ${dir} holds no local network`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { nodes: LocalnetNode[] }).nodes;
}

/** `count` distinct free TCP ports on 127.0.0.1 (bound, noted, released). */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => resolve(s));
    })),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}
