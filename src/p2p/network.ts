/**
 * The node's p2p component: the libp2p host with its gossip topics, the
 * sync server, the batching of admitted txs into gossip (its clients' and
 * its peers', so only what it admitted goes on), a validator's consensus
 * messages and the announcement of the blocks it commits, peer scores, and
 * catching up from peers: when a peer connects, when gossip shows a block
 * above the next height with a commit the current set signed, and every
 * few seconds in case gossip missed something. One catch-up runs at a time;
 * each asks the next peer in turn that is neither banned nor slow, so no one
 * peer can hold a node behind (docs/p2p.md "Block sync").
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
import { PeerScores } from './peer-scores.js';
import { requestBlocks, serveSync } from './sync.js';
import { syncProtocolOf, topicsOf } from './topics.js';
import { TxBatcher } from './tx-batcher.js';
import { verdictOf } from './verdicts.js';
import { AttribError } from '../errors.js';

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
  /** Where the next catch-up without a given peer starts in the peer list. */
  private nextPeer = 0;

  private constructor(
    private readonly o: NetworkOptions,
    readonly host: Host,
    private readonly gossip: Gossip,
    private readonly scores: PeerScores,
    private readonly stopHost: () => Promise<void>,
  ) {}

  static async start(o: NetworkOptions): Promise<Network> {
    const topics = topicsOf(o.chain.chainId);
    const scores = new PeerScores();
    const { host, stop } = await startHost({
      privateKey: await loadOrCreateNodeKey(o.home),
      host: o.config.p2pHost,
      port: o.config.p2pPort,
      peers: o.config.peers,
      topics,
      log: o.log,
      isBanned: (peer) => scores.isBanned(peer),
      appScore: (peer) => scores.appScore(peer),
    });
    let network: Network | undefined;
    const gossip = new Gossip({
      pubsub: host.services.pubsub,
      topics,
      mempool: o.mempool,
      importer: o.importer,
      onAhead: (peer) => network?.catchUp(peer),
      scores,
      hangUp: (peer, why) => network?.hangUp(peer, why),
      log: o.log.child('gossip'),
    });
    network = new Network(o, host, gossip, scores, stop);
    await host.handle(syncProtocolOf(o.chain.chainId), serveSync(o.chain.store, () => o.chain.head.height));
    gossip.start();

    // What this node admitted goes on in its own batches, its clients' txs and its peers' alike.
    const batcher = new TxBatcher((txs) => gossip.publishTxs(txs));
    o.mempool.onAdmitted((tx) => batcher.push(tx.bytes));
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

  /**
   * Catches up from `peer` (an announcer whose commit checked out) unless it
   * is slow, else from the next peer in turn that is neither banned nor
   * slow; nothing while a catch-up runs.
   */
  catchUp(peer?: PeerId): void {
    if (this.syncing !== undefined) return;
    const from = peer !== undefined && !this.scores.isSlow(peer.toString()) ? peer : this.nextSyncPeer();
    if (from === undefined) return;
    this.syncing = this.syncFrom(from).finally(() => (this.syncing = undefined));
  }

  /** A peer's scores got it banned: disconnect it (the gater refuses it from now on). */
  private hangUp(peer: PeerId, why: string): void {
    this.o.log.warn('dropping a peer', { peer: peer.toString(), why });
    void this.host.hangUp(peer).catch(() => undefined);
  }

  private nextSyncPeer(): PeerId | undefined {
    const peers = this.host.getPeers().filter((p) => !this.scores.isBanned(p.toString()));
    const fast = peers.filter((p) => !this.scores.isSlow(p.toString()));
    const pool = fast.length > 0 ? fast : peers;
    if (pool.length === 0) return undefined;
    return pool[this.nextPeer++ % pool.length];
  }

  /**
   * Imports from `peer` response after response, each block before the next
   * is read. A peer whose answer breaks a rule is struck (and dropped after
   * a few); one that stalls, or claims more than it sends, is marked slow.
   */
  private async syncFrom(peer: PeerId): Promise<void> {
    const { chain, importer, log } = this.o;
    const protocol = syncProtocolOf(chain.chainId);
    try {
      for (;;) {
        const { height, received } = await requestBlocks(this.host, protocol, peer, chain.head.height + 1n, async (block) => void (await importer.import(block)));
        if (height > this.bestKnown) this.bestKnown = height;
        if (received > 0) log.info('synced', { height: chain.head.height, target: height, peer: peer.toString() });
        if (received === 0 && height > chain.head.height) this.scores.slow(peer.toString());
        if (received === 0 || chain.head.height >= height) return;
      }
    } catch (err) {
      log.warn('sync from a peer failed', { peer: peer.toString(), error: err, code: (err as { code?: string }).code });
      // Not a verdict of ours: the stream broke, stalled or timed out — the peer did not answer.
      if (!(err instanceof AttribError)) this.scores.slow(peer.toString());
      else if (verdictOf(err) === 'reject' && this.scores.strike(peer.toString())) this.hangUp(peer, 'sent invalid blocks');
      else if (verdictOf(err) === 'local') log.error('sync failed here', { error: err, code: err.code });
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.gossip.stop();
    await this.syncing;
    await this.stopHost();
  }
}

