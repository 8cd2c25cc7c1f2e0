/**
 * Wires a node from its home directory: store → chain → signature workers →
 * mempool → p2p → RPC → consensus (a validator), started in that order and
 * stopped in reverse. A node whose consensus key is not in the validator
 * set follows: it imports blocks from gossip and sync, and joins consensus
 * when a committed block puts its key in the set (docs/staking.md). Each component owns
 * its resources; `stop()` is safe to call once everything or only part of
 * it has started.
 */
import { join } from 'node:path';
import { Chain } from './chain/chain.js';
import { BlockImporter } from './chain/importer.js';
import type { ExecutedBlock } from './chain/chain.js';
import { systemClock } from './consensus/clock.js';
import { ConsensusEngine } from './consensus/engine.js';
import type { ConsensusError } from './consensus/errors.js';
import { RecordLog } from './consensus/record-log.js';
import { FileSignState } from './consensus/sign-guard.js';
import { bytesEqual, toHex } from './crypto/bytes.js';
import { sign, verify } from './crypto/ed25519.js';
import { Mempool } from './mempool/mempool.js';
import { VerifyPool } from './mempool/verify-pool.js';
import type { NodeConfig } from './node/config.js';
import { ChainEvents } from './node/events.js';
import { consensusApp } from './node/consensus-app.js';
import { EvidenceReporter } from './node/evidence.js';
import { homePaths, readHome, readSeedFile } from './node/home.js';
import type { Logger } from './node/log.js';
import { Network } from './p2p/network.js';
import { startRpcServer } from './rpc/server.js';
import { LevelStore } from './store/level-store.js';

export interface NodeOptions {
  home: string;
  config: NodeConfig;
  log: Logger;
  /**
   * Consensus cannot go on (its signing, WAL or commits kept failing:
   * docs/consensus.md "Failures"); it has stopped. `attrib start` exits
   * non-zero here. Default: log it at error level.
   */
  onFatal?(error: ConsensusError): void;
}

export class Node {
  private readonly stops: (() => Promise<void>)[] = [];
  chain!: Chain;
  mempool!: Mempool;
  readonly events = new ChainEvents();
  network!: Network;
  /** The node's consensus key is in the current validator set. */
  isValidator = false;
  rpcUrl = '';
  private consensusStarted = false;
  private stopping = false;

  private constructor(private readonly options: NodeOptions) {}

  static async start(options: NodeOptions): Promise<Node> {
    const node = new Node(options);
    try {
      await node.startComponents();
    } catch (err) {
      await node.stop();
      throw err;
    }
    return node;
  }

  private async startComponents(): Promise<void> {
    const { home, config, log } = this.options;
    const { genesis, validatorKey } = readHome(home);
    const paths = homePaths(home);

    const store = await LevelStore.open(paths.data);
    this.stops.push(() => store.close());

    this.chain = await Chain.open(store, genesis);
    const head = this.chain.head;
    log.info('chain opened', { chain_id: genesis.chainId, height: head.height, state_root: toHex(head.stateRoot) });

    const verifyPool = config.verifyThreads > 0 ? new VerifyPool(config.verifyThreads) : undefined;
    if (verifyPool) this.stops.push(() => verifyPool.close());
    this.mempool = new Mempool(
      this.chain,
      { maxTxs: config.mempoolMaxTxs, maxBytes: config.mempoolMaxBytes, maxNoncesAhead: BigInt(config.mempoolMaxNoncesAhead) },
      verifyPool ? (key, message, signature) => verifyPool.verify(key, message, signature) : undefined,
    );

    const importer = new BlockImporter(this.chain, this.mempool, this.events);
    const params = await this.chain.params();
    const evidence = new EvidenceReporter(
      this.chain,
      this.mempool,
      config.evidenceFrom === '' ? undefined : readSeedFile(join(paths.keys, `${config.evidenceFrom}.json`)),
      log.child('evidence'),
    );
    // Every node can sign with its consensus key; it runs consensus once the key is in the set (at start, or after staking).
    const engine = new ConsensusEngine<ExecutedBlock>(consensusApp(this.chain, this.mempool, importer, validatorKey), {
      chainId: genesis.chainId,
      publicKey: validatorKey.publicKey,
      sign: (message) => sign(validatorKey.seed, message),
      verify,
      storage: { signState: new FileSignState(paths.signState), openWal: () => RecordLog.open(paths.consensusWal) },
      clock: systemClock,
      timeouts: params,
      blockTimeMs: config.blockTimeMs,
      emptyBlocks: config.emptyBlocks,
      publish: (message) => this.network.publishConsensus(message),
      onEquivocation: (a, b) => void evidence.report(a, b),
      onFatal: (error) => (this.options.onFatal ?? ((e) => log.error('consensus stopped', { code: e.code, error: e })))(error),
      log: log.child('consensus'),
    });
    this.network = await Network.start({ home, config, chain: this.chain, mempool: this.mempool, events: this.events, importer, log: log.child('p2p') });
    this.stops.push(() => this.network.stop());

    const inSet = async () => (await this.chain.validators()).some((v) => bytesEqual(v.consensusKey, validatorKey.publicKey));
    this.isValidator = await inSet();
    this.events.on('block', (e) => {
      log.child(this.isValidator ? 'consensus' : 'follower').info('committed block', { height: e.height, txs: e.block.txs.length, hash: toHex(e.hash) });
      engine.committed(e.height);
      void inSet().then((member) => {
        if (member !== this.isValidator) log.info(member ? 'this node joined the validator set' : 'this node left the validator set', { height: e.height });
        this.isValidator = member;
        if (member) {
          void this.runConsensus(engine).catch((err: unknown) =>
            log.error('could not join consensus: this node stays a follower', { error: err, code: (err as { code?: string }).code }),
          );
        }
      });
    });
    const rpc = await startRpcServer(
      {
        chain: this.chain,
        mempool: this.mempool,
        events: this.events,
        log: log.child('rpc'),
        network: () => this.network.status(),
        consensus: () => (this.consensusStarted ? engine.status() : undefined),
        role: () => (this.isValidator ? 'validator' : 'follower'),
      },
      { host: config.rpcHost, port: config.rpcPort, maxBodyBytes: config.rpcMaxBodyBytes, maxBatch: config.rpcMaxBatch, log: log.child('rpc') },
    );
    this.rpcUrl = rpc.url;
    this.stops.push(() => rpc.close());

    // Last, so that RPC is up before the first block and consensus stops first.
    if (this.isValidator) await this.runConsensus(engine);
    else log.info('this node is not in the validator set: it follows the chain from its peers');
  }

  /** Joins consensus once (from the start, or when a committed block put this node's key in the set). */
  private async runConsensus(engine: ConsensusEngine<ExecutedBlock>): Promise<void> {
    if (this.consensusStarted || this.stopping) return;
    this.consensusStarted = true;
    this.network.joinConsensus(engine);
    this.stops.push(() => engine.stop());
    await engine.start();
  }

  /** Stops the started components in reverse order; the store closes last, after the last commit. */
  async stop(): Promise<void> {
    this.stopping = true;
    while (this.stops.length > 0) await this.stops.pop()!();
  }
}
