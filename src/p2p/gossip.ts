/**
 * The gossip topics of a node (docs/p2p.md): transactions, batched,
 * committed blocks with their commits, and (on validators) consensus
 * proposals, votes and vote quorums. Every message is checked before
 * gossipsub may forward it (asynchronous validation), and what it earns
 * comes from one table (verdicts.ts):
 * - reject (not forwarded, the forwarder struck and its score lowered): a
 *   verdict-`reject` failure — bytes that do not decode canonically, limits
 *   broken, a tx failing a stateless check, a block whose commit or
 *   re-execution fails, a fake announcement ahead, a bad consensus message;
 * - ignore (not forwarded, no cost): nothing new, or a block not checkable
 *   yet. Tx batches are always ignored: the txs this node admitted from one
 *   go out again in its own batches (network.ts), never the peer's batch
 *   whole, and the batch's useful and useless txs count for its sender;
 * - accept (forwarded): a block committed here, a consensus message kept.
 * A peer's bytes can never throw out of a handler.
 */
import { TopicValidatorResult, type GossipSub } from '@libp2p/gossipsub';
import type { PeerId } from '@libp2p/interface';
import { certifiedBlockCodec, consensusMessageCodec, txBatchCodec } from '../codec/codecs.js';
import { CodecError } from '../codec/errors.js';
import type { CertifiedBlock, ConsensusMessage } from '../codec/types.js';
import type { OfferVerdict } from '../consensus/engine.js';
import type { BlockImporter } from '../chain/importer.js';
import type { Mempool } from '../mempool/mempool.js';
import type { Logger } from '../node/log.js';
import type { PeerScores } from './peer-scores.js';
import type { Topics } from './topics.js';
import { verdictOf } from './verdicts.js';

/** Most txs in one gossip message, and most bytes: a batch is a few hundred txs. */
export const MAX_BATCH_TXS = 1024;
export const MAX_BATCH_BYTES = 1 << 20;

/** gossipsub's class has reportMessageValidationResult; its published interface type does not (STACK.md). */
type Validating = GossipSub & {
  reportMessageValidationResult(msgId: string, propagationSource: string, result: TopicValidatorResult): void;
};

/** Where a validator's consensus takes peer proposals and votes (ConsensusEngine.offer). */
export interface ConsensusSink {
  /** `bytes`: the message's size on the wire (the engine's buffers are bounded in bytes too). */
  offer(message: ConsensusMessage, bytes: number): OfferVerdict;
}

export interface GossipOptions {
  pubsub: GossipSub;
  topics: Topics;
  mempool: Mempool;
  importer: BlockImporter;
  /** A peer announced a block above the next height whose commit the current set signed: catch up from it. */
  onAhead(peer: PeerId): void;
  scores: PeerScores;
  /** The peer's scores got it banned: disconnect it, saying why. */
  hangUp(peer: PeerId, why: string): void;
  log: Logger;
}

export class Gossip {
  private readonly pubsub: Validating;
  private consensus: ConsensusSink | undefined;
  /** Messages checked, by verdict (for `status`). */
  readonly counts = { accept: 0, ignore: 0, reject: 0 };

  constructor(private readonly o: GossipOptions) {
    this.pubsub = o.pubsub as Validating;
  }

  /**
   * From now on, takes and relays consensus messages into `sink` (validators
   * only: followers neither take nor relay them). False if it had joined already.
   */
  joinConsensus(sink: ConsensusSink): boolean {
    if (this.consensus !== undefined) return false;
    this.consensus = sink;
    this.pubsub.subscribe(this.o.topics.consensus);
    return true;
  }

  start(): void {
    this.pubsub.addEventListener('gossipsub:message', (event) => {
      const { msgId, propagationSource, msg } = event.detail;
      void this.validate(msg.topic, msg.data, propagationSource).then((result) => {
        this.counts[result]++;
        if (result === 'reject' && this.o.scores.strike(propagationSource.toString())) this.o.hangUp(propagationSource, `sent invalid messages on ${msg.topic}`);
        this.pubsub.reportMessageValidationResult(msgId, propagationSource.toString(), result as TopicValidatorResult);
      });
    });
    for (const topic of this.subscribed()) this.pubsub.subscribe(topic);
  }

  stop(): void {
    for (const topic of this.subscribed()) this.pubsub.unsubscribe(topic);
  }

  private subscribed(): string[] {
    const { txs, blocks, consensus } = this.o.topics;
    return this.consensus === undefined ? [txs, blocks] : [txs, blocks, consensus];
  }

  async publishConsensus(message: ConsensusMessage): Promise<void> {
    await this.publish(this.o.topics.consensus, consensusMessageCodec.encode(message));
  }

  async publishTxs(txs: readonly Uint8Array[]): Promise<void> {
    await this.publish(this.o.topics.txs, txBatchCodec.encode({ txs: [...txs] }));
  }

  async publishBlock(certified: CertifiedBlock): Promise<void> {
    await this.publish(this.o.topics.blocks, certifiedBlockCodec.encode(certified));
  }

  private async publish(topic: string, data: Uint8Array): Promise<void> {
    await this.pubsub.publish(topic, data).catch((err: unknown) => this.o.log.debug('publish failed', { topic, error: err }));
  }

  private async validate(topic: string, data: Uint8Array, from: PeerId): Promise<'accept' | 'ignore' | 'reject'> {
    try {
      if (topic === this.o.topics.txs) return await this.onTxs(data, from);
      if (topic === this.o.topics.blocks) return await this.onBlock(data, from);
      if (topic === this.o.topics.consensus && this.consensus !== undefined) return this.consensus.offer(consensusMessageCodec.decode(data), data.length);
      return 'reject'; // a topic this node never subscribed to
    } catch (err) {
      const verdict = verdictOf(err);
      const code = (err as { code?: string }).code;
      if (verdict === 'reject') {
        this.o.log.warn('rejected a peer message', { topic, peer: from.toString(), code, error: err });
        return 'reject';
      }
      if (verdict === 'local') this.o.log.error('failed to check a peer message', { topic, peer: from.toString(), code, error: err });
      return 'ignore';
    }
  }

  /**
   * Offers every tx of a batch to the mempool; a tx that fails a `reject`
   * check makes the whole batch rejected (its sender should not have passed
   * it on), the others count for or against the sender's usefulness.
   */
  private async onTxs(data: Uint8Array, from: PeerId): Promise<'ignore'> {
    if (data.length > MAX_BATCH_BYTES) throw new CodecError('MALFORMED', `tx batch of ${data.length} bytes, at most ${MAX_BATCH_BYTES}`);
    const { txs } = txBatchCodec.decode(data);
    if (txs.length === 0 || txs.length > MAX_BATCH_TXS) throw new CodecError('MALFORMED', `tx batch of ${txs.length} txs, 1..${MAX_BATCH_TXS}`);
    // All at once: the mempool is safe under concurrent adds, and their signature checks then reach the verify workers together.
    const outcomes = await Promise.allSettled(txs.map((tx) => this.o.mempool.add(tx, 'peer')));
    let useful = 0;
    let useless = 0;
    let rejected: unknown;
    for (const outcome of outcomes) {
      if (outcome.status === 'fulfilled') {
        useful++;
        continue;
      }
      const verdict = verdictOf(outcome.reason);
      if (verdict === 'reject') rejected ??= outcome.reason;
      else if (verdict === 'useless') useless++;
      else if (verdict === 'local') this.o.log.error('failed to check a gossiped tx', { peer: from.toString(), error: outcome.reason });
    }
    if (rejected !== undefined) throw rejected;
    if (this.o.scores.txs(from.toString(), useful, useless)) this.o.hangUp(from, 'sends mostly useless txs');
    return 'ignore';
  }

  private async onBlock(data: Uint8Array, from: PeerId): Promise<'accept' | 'ignore' | 'reject'> {
    const outcome = await this.o.importer.import(certifiedBlockCodec.decode(data));
    if (outcome === 'ahead') this.o.onAhead(from);
    return outcome === 'committed' ? 'accept' : 'ignore';
  }
}
