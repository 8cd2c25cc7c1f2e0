/**
 * The libp2p host of a node (DESIGN §4, STACK.md): TCP, Noise, Yamux,
 * identify, ping and gossipsub, with the node key of the home. Configured
 * peers are dialled at start and redialled while disconnected, so a network
 * of nodes that list each other heals after restarts.
 *
 * Gossipsub: small mesh degrees (a handful of nodes on small machines, not
 * an internet swarm), asynchronous validation (a message is forwarded only
 * after the node has checked it: gossip.ts), strict signing (messages carry
 * their publisher's peer signature), and topic scores under which an
 * invalid message costs its forwarder enough to be cut off after a few,
 * plus this node's own score of each peer (strikes, slowness: peer-scores.ts).
 */
import './polyfill.js';
import { gossipsub, type GossipSub } from '@libp2p/gossipsub';
import { createTopicScoreParams } from '@libp2p/gossipsub/score';
import { identify } from '@libp2p/identify';
import type { Libp2p, PrivateKey } from '@libp2p/interface';
import { noise } from '@libp2p/noise';
import { ping } from '@libp2p/ping';
import { tcp } from '@libp2p/tcp';
import { yamux } from '@libp2p/yamux';
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr';
import { createLibp2p } from 'libp2p';
import type { Logger } from '../node/log.js';
import type { Topics } from './topics.js';

export type Host = Libp2p<{ pubsub: GossipSub; identify: unknown; ping: unknown }>;

export interface HostOptions {
  privateKey: PrivateKey;
  host: string;
  port: number;
  peers: readonly string[];
  topics: Topics;
  log: Logger;
  /** Peers refused in both directions (peer-scores.ts). */
  isBanned?: (peerId: string) => boolean;
  /** This node's own score of a peer (peer-scores.ts), gossipsub's P5 term. */
  appScore?: (peerId: string) => number;
}

/** How often configured peers that are not connected are dialled again. */
const REDIAL_MS = 2000;

function topicScore() {
  return createTopicScoreParams({
    topicWeight: 1,
    timeInMeshWeight: 0.01,
    timeInMeshQuantum: 1000,
    timeInMeshCap: 100,
    firstMessageDeliveriesWeight: 0.5,
    firstMessageDeliveriesDecay: 0.9,
    firstMessageDeliveriesCap: 20,
    // Blocks come from the proposer alone and txs only when clients send
    // some: a quiet mesh peer is normal here, not a fault.
    meshMessageDeliveriesWeight: 0,
    meshFailurePenaltyWeight: 0,
    // One invalid message takes a peer below the gossip threshold (-10), a
    // few below the graylist threshold (-80); the count decays by 10 %/s.
    invalidMessageDeliveriesWeight: -10,
    invalidMessageDeliveriesDecay: 0.9,
  });
}

export async function startHost(o: HostOptions): Promise<{ host: Host; stop: () => Promise<void> }> {
  const scored = [o.topics.txs, o.topics.blocks, o.topics.consensus];
  const host = (await createLibp2p({
    privateKey: o.privateKey,
    addresses: { listen: [`/ip4/${o.host}/tcp/${o.port}`] },
    connectionGater: {
      denyDialPeer: (peer) => o.isBanned?.(peer.toString()) ?? false,
      denyInboundEncryptedConnection: (peer) => o.isBanned?.(peer.toString()) ?? false,
    },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    services: {
      identify: identify(),
      ping: ping(),
      pubsub: gossipsub({
        D: 4,
        Dlo: 2,
        Dhi: 6,
        Dlazy: 2,
        Dout: 1,
        heartbeatInterval: 700,
        allowPublishToZeroTopicPeers: true,
        asyncValidation: true,
        emitSelf: false,
        allowedTopics: scored,
        maxInboundDataLength: 16 << 20,
        scoreParams: {
          topics: Object.fromEntries(scored.map((t) => [t, topicScore()])),
          // Every node of a local devnet shares 127.0.0.1.
          IPColocationFactorWhitelist: new Set(['127.0.0.1']),
          appSpecificScore: (peer) => o.appScore?.(peer) ?? 0,
          appSpecificWeight: 1,
        },
      }),
    },
  })) as unknown as Host;
  await host.start();

  const peers: Multiaddr[] = o.peers.map((p) => multiaddr(p));
  let stopped = false;
  const redial = async () => {
    for (const peer of peers) {
      const id = peer.getComponents().find((c) => c.name === 'p2p')?.value;
      if (stopped || (id !== undefined && host.getConnections().some((c) => c.remotePeer.toString() === id))) continue;
      await host.dial(peer).catch((err: unknown) => o.log.debug('dial failed', { peer: peer.toString(), error: err }));
    }
  };
  void redial();
  const timer = setInterval(() => void redial(), REDIAL_MS);
  return {
    host,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await host.stop();
    },
  };
}
