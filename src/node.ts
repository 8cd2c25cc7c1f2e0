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
import { ConsensusEngine } from './consensus/engine.js';
import { bytesEqual, toHex } from './crypto/bytes.js';
import { Mempool } from './mempool/mempool.js';
import { VerifyPool } from './mempool/verify-pool.js';
import type { NodeConfig } from './node/config.js';
import { ChainEvents } from './node/events.js';
import { EvidenceReporter } from './node/evidence.js';
import { ProposalSize } from './node/proposal-size.js';
import { homePaths, readHome, readSeedFile } from './node/home.js';
import type { Logger } from './node/log.js';
import { Network } from './p2p/network.js';
import { startRpcServer } from './rpc/server.js';
import { LevelStore, type FailPoint } from './store/level-store.js';

/** Most txs offered to one block (the block's byte limit applies too). */
const MAX_BLOCK_TXS = 20_000;

export interface NodeOptions {
  home: string;
  config: NodeConfig;
  log: Logger;
  /** Crash tests: the commit-path point at which to kill the process (ATTRIB_FAIL_POINT). */
  failPoint?: FailPoint;
  /** Slashing tests: sign conflicting prevotes (ATTRIB_TEST_DOUBLE_SIGN=1; EngineOptions.doubleSign). */
  doubleSign?: boolean;
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
    const { home, config, log, failPoint } = this.options;
    const { genesis, validatorKey } = readHome(home);

    const store = await LevelStore.open(homePaths(home).data, {
      failPoint: (point) => {
        if (point !== failPoint) return;
        log.warn('fail point reached: killing the process', { point });
        process.kill(process.pid, 'SIGKILL');
      },
    });
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
      config.evidenceFrom === '' ? undefined : readSeedFile(join(homePaths(home).keys, `${config.evidenceFrom}.json`)),
      log.child('evidence'),
    );
    const proposalSize = new ProposalSize(MAX_BLOCK_TXS);
    // Every node can sign with its consensus key; it runs consensus once the key is in the set (at start, or after staking).
    const engine = new ConsensusEngine<ExecutedBlock>(
      {
        headHeight: () => this.chain.head.height,
        validatorSet: () => this.chain.validatorSet(),
        build: async () => {
          const started = performance.now();
          const p = await this.chain.params();
          const txs = this.mempool.reap(p.maxBlockBytes, proposalSize.cap(p.timeoutProposeMs));
          try {
            const executed = await this.chain.propose(txs, BigInt(Date.now()), validatorKey, this.mempool.isVerified);
            proposalSize.measured(txs.length, performance.now() - started);
            return executed;
          } catch (err) {
            // A failed build (a bug: bad txs are dropped, not thrown) must not stall the chain: propose an empty block.
            log.error('building a block failed; proposing an empty one', { error: err, txs: txs.length });
            return this.chain.propose([], BigInt(Date.now()), validatorKey);
          }
        },
        validate: (block) => this.chain.validateProposal(block, BigInt(Date.now()), this.mempool.isVerified),
        commit: (executed, commit) => importer.commitDecided(executed, commit),
        hasTxs: () => this.mempool.size > 0,
      },
      {
        chainId: genesis.chainId,
        key: validatorKey,
        walPath: homePaths(home).consensusWal,
        signStatePath: homePaths(home).signState,
        timeouts: params,
        blockTimeMs: config.blockTimeMs,
        emptyBlocks: config.emptyBlocks,
        publish: (message) => this.network.publishConsensus(message),
        onEquivocation: (a, b) => void evidence.report(a, b),
        doubleSign: this.options.doubleSign,
        log: log.child('consensus'),
      },
    );
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
