/**
 * The node's p2p component: the libp2p host with its gossip topics, the
 * sync server, the batching of local txs into gossip, a validator's
 * consensus messages and the announcement of the blocks it commits, and
 * catching up from peers: when a peer connects, when gossip shows a block
 * above the next height, and every few seconds in case gossip missed
 * something.
 */
import type { PeerId } from '@libp2p/interface';
import type { Chain } from '../chain/chain.js';
import type { BlockImporter } from '../chain/importer.js';
import type { Mempool } from '../mempool/mempool.js';
import type { NodeConfig } from '../node/config.js';
import type { ChainEvents } from '../node/events.js';
import type { Logger } from '../node/log.js';
import type { ConsensusMessage } from '../codec/types.js';
import { Gossip, type ConsensusSink } from './gossip.js';
import { startHost, type Host } from './host.js';
import { loadOrCreateNodeKey } from './node-key.js';
import { PeerPenalties } from './penalties.js';
import { requestBlocks, serveSync } from './sync.js';
import { syncProtocolOf, topicsOf } from './topics.js';
import { TxBatcher } from './tx-batcher.js';

const POLL_MS = 5000;

export interface NetworkOptions {
  home: string;
  config: NodeConfig;
  chain: Chain;
  mempool: Mempool;
  events: ChainEvents;
  importer: BlockImporter;
  log: Logger;
}

export interface NetworkStatus {
  peer_id: string;
  listen: string[];
  peers: number;
  /** The highest height a peer has reported, at least our own. */
  best_known_height: string;
  syncing: boolean;
  /** Gossip messages checked so far, by verdict (rejected ones cost their forwarder score). */
  gossip: { accepted: number; ignored: number; rejected: number };
}

export class Network {
  private bestKnown = 0n;
  private syncing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly o: NetworkOptions,
    readonly host: Host,
    private readonly gossip: Gossip,
    private readonly stopHost: () => Promise<void>,
  ) {}

  static async start(o: NetworkOptions): Promise<Network> {
    const topics = topicsOf(o.chain.chainId);
    const penalties = new PeerPenalties();
    const { host, stop } = await startHost({
      privateKey: await loadOrCreateNodeKey(o.home),
      host: o.config.p2pHost,
      port: o.config.p2pPort,
      peers: o.config.peers,
      topics,
      log: o.log,
      isBanned: (peer) => penalties.isBanned(peer),
    });
    let network: Network | undefined;
    const gossip = new Gossip({
      pubsub: host.services.pubsub,
      topics,
      mempool: o.mempool,
      importer: o.importer,
      onAhead: (peer) => network?.catchUp(peer),
      onInvalid: (peer) => {
        if (!penalties.strike(peer.toString())) return;
        o.log.warn('dropping a peer that sent invalid messages', { peer: peer.toString() });
        void host.hangUp(peer).catch(() => undefined);
      },
      log: o.log.child('gossip'),
    });
    network = new Network(o, host, gossip, stop);
    await host.handle(syncProtocolOf(o.chain.chainId), serveSync(o.chain.store, () => o.chain.head.height));
    gossip.start();

    const batcher = new TxBatcher((txs) => gossip.publishTxs(txs));
    o.mempool.onAdmitted((tx, origin) => {
      if (origin === 'local') batcher.push(tx.bytes);
    });
    host.addEventListener('peer:connect', (e) => network.catchUp(e.detail));
    network.timer = setInterval(() => network.catchUp(), POLL_MS);
    o.log.info('p2p listening', { peer_id: host.peerId.toString(), addrs: host.getMultiaddrs().map(String).join(',') });
    return network;
  }

  status(): NetworkStatus {
    const height = this.o.chain.head.height;
    return {
      peer_id: this.host.peerId.toString(),
      listen: this.host.getMultiaddrs().map(String),
      peers: this.host.getPeers().length,
      best_known_height: (this.bestKnown > height ? this.bestKnown : height).toString(),
      syncing: this.syncing !== undefined,
      gossip: { accepted: this.gossip.counts.accept, ignored: this.gossip.counts.ignore, rejected: this.gossip.counts.reject },
    };
  }

  /** The node became a validator: take consensus messages from now on, and announce the blocks it commits. */
  joinConsensus(sink: ConsensusSink): void {
    if (this.gossip.joinConsensus(sink)) this.announceBlocks();
  }

  private announceBlocks(): void {
    this.o.events.on('block', (e) => {
      void this.o.chain.store.commitOf(e.height).then((commit) => commit && this.gossip.publishBlock({ block: e.block, commit }));
    });
  }

  /** Gossips a proposal or vote of this node's consensus. */
  publishConsensus(message: ConsensusMessage): void {
    void this.gossip.publishConsensus(message);
  }

  /** Catches up from `peer` (or the first connected peer) unless a catch-up is already running. */
  catchUp(peer?: PeerId): void {
    if (this.syncing !== undefined) return;
    const from = peer ?? this.host.getPeers()[0];
    if (from === undefined) return;
    this.syncing = this.syncFrom(from).finally(() => (this.syncing = undefined));
  }

  private async syncFrom(peer: PeerId): Promise<void> {
    const { chain, importer, log } = this.o;
    const protocol = syncProtocolOf(chain.chainId);
    try {
      for (;;) {
        const { height, blocks } = await requestBlocks(this.host, protocol, peer, chain.head.height + 1n);
        if (height > this.bestKnown) this.bestKnown = height;
        for (const block of blocks) await importer.import(block);
        if (blocks.length > 0) log.info('synced', { height: chain.head.height, target: height, peer: peer.toString() });
        if (blocks.length === 0 || chain.head.height >= height) return;
      }
    } catch (err) {
      log.warn('sync from a peer failed', { peer: peer.toString(), error: err, code: (err as { code?: string }).code });
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.gossip.stop();
    await this.syncing;
    await this.stopHost();
  }
}
