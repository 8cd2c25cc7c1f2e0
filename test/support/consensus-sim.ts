/**
 * A seeded discrete-event simulation of N validators running the production
 * consensus engine (src/consensus/engine.ts) on virtual time, over a network
 * that delays, reorders, duplicates and drops messages until a global
 * stabilisation time (GST) and afterwards delivers every message within a
 * bound. Each engine gets what the node gives it, faked (sim-fakes.ts): the
 * agenda as its clock, memory for its WAL and sign state, hash "signatures";
 * its application is a chain of stub blocks that takes a few virtual ms to
 * build or validate one (much longer on "slow" validators), and block sync
 * hands a node that is behind the next committed block with its commit.
 *
 * Adversaries, all made by wrapping an engine's transport or storage:
 * - Byzantine validators (at most f): `equivocate` (per round, half its
 *   peers get another block and conflicting votes), `split` (its votes for
 *   a block to one honest peer only, nil to the others, then from the next
 *   round on everything to the others and nothing to that one: the attack
 *   that leaves one node locked or decided alone, and locks must defeat),
 *   `flood` (bursts of
 *   distinct signed votes and large proposals for the current height),
 *   `far-rounds` (proposals and votes signed for rounds up to 2³² − 1);
 * - a tampering relay: a non-validator that sends every proposal on, fast,
 *   with its body swapped under the genuine signature;
 * - crash-restarts: honest validators killed (before GST) at the moment they
 *   send a signed message, their WAL losing what was not synced, restarted
 *   from it.
 *
 * Checked on every schedule, failing with its seed: no two honest nodes
 * commit different blocks at a height, none commits an invalid block or one
 * without a valid commit, no honest validator signs two different messages
 * for one (height, round, step), across its restarts; no honest message is
 * ever rejected and no tampered one accepted; every honest validator
 * commits `heights` blocks within `settleMs` after GST; and each honest
 * engine's footprint stays within the bounds of docs/consensus.md.
 */
import { consensusMessageCodec } from '../../src/codec/codecs.js';
import { blockHash, proposalSignBytes, voteSignBytes } from '../../src/codec/hashes.js';
import { VoteType, type Block, type Commit, type ConsensusMessage, type Validator, type Vote } from '../../src/codec/types.js';
import { ConsensusEngine, type ConsensusApp, type EngineFootprint, type Executed } from '../../src/consensus/engine.js';
import { ConsensusError } from '../../src/consensus/errors.js';
import { PROPOSALS_PER_SIGNER, VOTES_PER_SIGNER } from '../../src/consensus/message-buffer.js';
import type { SignState } from '../../src/consensus/sign-guard.js';
import type { Timeouts } from '../../src/consensus/types.js';
import { proposalContent, proposalMessage, signedStepOf, voteMessage } from '../../src/consensus/wire.js';
import { bytesEqual, bytesKey, toHex, utf8 } from '../../src/crypto/bytes.js';
import { sha256 } from '../../src/crypto/hash.js';
import { merkleRoot } from '../../src/crypto/merkle.js';
import { createLogger } from '../../src/node/log.js';
import { Agenda, fakeSign, fakeVerify, MemorySignState, MemoryWal } from './sim-fakes.js';
import { seededRandom } from './text-corpus.js';

export type Behaviour = 'equivocate' | 'split' | 'flood' | 'far-rounds';

export interface SimOptions {
  seed: number;
  validators: number;
  /** What each Byzantine validator does (at most f of them). */
  byzantine: Behaviour[];
  /** Heights every honest validator must commit. */
  heights: number;
  /** Simulated ms before which messages may be dropped, duplicated and delayed long. */
  gstMs: number;
  dropRate: number;
  duplicateRate: number;
  /** Longest delay before GST; after it every message arrives within `boundMs`. */
  maxDelayMs: number;
  boundMs: number;
  /** How long after GST the run may take to commit every height. */
  settleMs: number;
  tamperRelay: boolean;
  /** Honest validators that are killed and restarted before GST (each a few times). */
  crashing: number;
  /** Honest validators whose block validation takes 200–900 ms (timeouts must grow past it). */
  slow: number;
  /** The engines' block time (default 50 ms). */
  blockTimeMs?: number;
  /** A flooder's burst, sent with each of its own messages, or only once, at the first of `height` when given. */
  flood: { votes: number; proposals: number; proposalBytes: number; height?: bigint };
}

/** The most any honest engine held at once, across the run (docs/consensus.md "Bounds"), and the most it sent in a second. */
export interface Peaks extends EngineFootprint {
  /** Messages it published in one second of virtual time (from 0 s, 1 s, …), the busiest. */
  sentPerSecond: number;
  rounds: number;
}

export interface SimOutcome {
  /** Hash committed per height (every honest node agreed on it, or the run threw). */
  decided: string[];
  /** Validators reported as equivocating, by index. */
  reported: Set<number>;
  endMs: number;
  /** Highest round any committed block was decided in. */
  rounds: number;
  /** Peer messages honest engines rejected (BAD_MESSAGE): all from adversaries. */
  rejected: number;
  tampered: number;
  /** Messages flooders sent beyond their own. */
  flooded: number;
  crashes: number;
  peaks: Peaks;
}

export const SIM_CHAIN_ID = 'sim';
const CHAIN_ID = SIM_CHAIN_ID;
export const SIM_TIMEOUTS: Timeouts = { timeoutProposeMs: 300, timeoutProposeDeltaMs: 100, timeoutVoteMs: 100, timeoutVoteDeltaMs: 50 };
const BLOCK_TIME_MS = 50;
/** Block sync polls about this often (the node: every 5 s, and when a peer shows a block ahead). */
const SYNC_MS = 1000;
const U32_MAX = 2 ** 32 - 1;
const BAD_ROOT = new Uint8Array(32).fill(0xba);
const NIL = new Uint8Array(0);
const silent = () => undefined;

type Origin = 'honest' | 'byzantine' | 'tampered';

/** A stub block: txs and last_commit consistent with its header, invalid when its state root is BAD_ROOT. */
export function makeBlock(height: bigint, prevHash: Uint8Array, proposer: Uint8Array, label: string, bad = false, txs: Uint8Array[] = []): Executed {
  const header = {
    chainId: CHAIN_ID,
    height,
    timeMs: height,
    prevHash,
    txRoot: merkleRoot(txs),
    stateRoot: bad ? BAD_ROOT : sha256(utf8(label)),
    payoutRoot: new Uint8Array(32),
    proposer,
    validatorsHash: new Uint8Array(32),
    lastCommitHash: NIL,
  };
  const block: Block = { header, txs, lastCommit: null };
  return { block, hash: blockHash(header) };
}

/** The node's store: committed blocks with their commits, surviving its crashes. */
class SimChain implements ConsensusApp<Executed> {
  readonly blocks: { executed: Executed; commit: Commit }[] = [];

  constructor(
    private readonly node: SimValidator,
    private readonly sim: Simulation,
  ) {}

  headHeight(): bigint {
    return BigInt(this.blocks.length);
  }

  headHash(): Uint8Array {
    return this.blocks.at(-1)?.executed.hash ?? NIL;
  }

  validatorSet(): Promise<{ validators: Validator[]; since: bigint }> {
    return Promise.resolve({ validators: this.sim.validators, since: 1n });
  }

  build(): Promise<Executed> {
    const height = this.headHeight() + 1n;
    const label = `n${this.node.index} h${height} #${this.sim.random(1e9)}`;
    return this.sim.after(1 + this.sim.random(5), () => makeBlock(height, this.headHash(), this.node.key, label));
  }

  validate(block: Block): Promise<Executed> {
    const delay = this.node.slow ? 200 + this.sim.random(700) : 1 + this.sim.random(5);
    return this.sim.after(delay, () => {
      const header = block.header!;
      if (header.height !== this.headHeight() + 1n || !bytesEqual(header.prevHash, this.headHash())) throw new Error('not the next block');
      if (bytesEqual(header.stateRoot, BAD_ROOT)) throw new Error('an invalid block');
      return { block, hash: blockHash(header) };
    });
  }

  commit(executed: Executed, commit: Commit): Promise<void> {
    if (executed.block.header!.height === this.headHeight() + 1n) this.add(executed, commit);
    return Promise.resolve();
  }

  hasTxs(): boolean {
    return true;
  }

  add(executed: Executed, commit: Commit): void {
    this.sim.checkCommitted(this.node, executed, commit);
    this.blocks.push({ executed, commit });
  }
}

class SimValidator {
  readonly chain: SimChain;
  readonly wal = new MemoryWal();
  readonly signState = new MemorySignState();
  engine!: ConsensusEngine<Executed>;
  alive = true;
  incarnation = 0;
  slow = false;
  crashesLeft = 0;
  readonly errors: string[] = [];

  constructor(
    readonly index: number,
    readonly key: Uint8Array,
    readonly behaviour: Behaviour | undefined,
    private readonly sim: Simulation,
  ) {
    this.chain = new SimChain(this, sim);
  }

  get honest(): boolean {
    return this.behaviour === undefined;
  }

  boot(): void {
    const incarnation = ++this.incarnation;
    this.alive = true;
    // A killed process writes nothing more: this incarnation's storage refuses once it is dead.
    const living = () => {
      if (!this.alive || this.incarnation !== incarnation) throw new Error('this incarnation was killed');
    };
    const wal = this.wal;
    const log = {
      append: (payload: Uint8Array, sync: boolean) => (living(), wal.append(payload, sync)),
      records: () => wal.records(),
      reset: () => (living(), wal.reset()),
      get bytes() {
        return wal.bytes;
      },
      close: () => undefined,
    };
    const signState = { load: () => this.signState.load(), save: (s: SignState) => (living(), this.signState.save(s)) };
    this.engine = new ConsensusEngine<Executed>(this.chain, {
      chainId: CHAIN_ID,
      publicKey: this.key,
      sign: (message) => fakeSign(this.key, message),
      verify: fakeVerify,
      storage: { signState, openWal: () => ({ log, truncated: 0 }) },
      clock: this.sim.agenda,
      timeouts: SIM_TIMEOUTS,
      blockTimeMs: this.sim.blockTimeMs,
      emptyBlocks: true,
      publish: (m) => this.sim.publish(this, incarnation, m),
      onEquivocation: (_first, second) => this.sim.reported.add(this.sim.indexOf(second.validator)),
      onFatal: (error) => this.errors.push(`fatal: ${error.message}`),
      log: createLogger('error', `v${this.index}`, (line) => this.errors.push(line)),
    });
    void this.engine.start();
  }

  /** Killed now: nothing more of this incarnation runs or is sent; the WAL keeps only what was synced. */
  crash(restartMs: number): void {
    this.alive = false;
    this.crashesLeft--;
    void this.engine.stop();
    this.wal.crash();
    this.sim.later(restartMs, () => this.boot());
  }
}

export class Simulation {
  readonly agenda = new Agenda();
  readonly validators: Validator[];
  readonly reported = new Set<number>();
  private readonly nodes: SimValidator[];
  private readonly rand: () => number;
  private readonly decisions = new Map<bigint, string>();
  /** Every message each honest validator signed, by (validator, height, round, step). */
  private readonly signed = new Map<string, string>();
  /** Block hashes proposed per `height/round`, and each equivocator's side of each peer per round. */
  private readonly proposed = new Map<string, Uint8Array[]>();
  private readonly sides = new Map<string, boolean>();
  /** A splitting validator's round of its first vote for a block, per height. */
  private readonly splitRounds = new Map<string, number>();
  private failure: Error | undefined;
  private flooded = false;
  private readonly sentThisSecond = new Map<SimValidator, { second: number; count: number }>();
  private floodCount = 0;
  private rejected = 0;
  private tampered = 0;
  private crashes = 0;
  private maxRound = 0;
  private readonly peaks: Peaks = { votes: 0, farVotes: 0, proposals: 0, buffered: 0, bufferedBytes: 0, walBytes: 0, sentPerSecond: 0, rounds: 0 };

  constructor(private readonly o: SimOptions) {
    this.rand = seededRandom(o.seed);
    const keys = Array.from({ length: o.validators }, (_, i) => sha256(utf8(`sim validator ${i}`)));
    this.validators = keys.map((consensusKey) => ({ operator: consensusKey.subarray(0, 20), consensusKey, power: 10n }));
    // Who is Byzantine, crashes or is slow is a seeded choice, so they are sometimes early proposers and sometimes not.
    const order = keys.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = this.random(i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const role = new Map<number, Behaviour>(o.byzantine.map((b, i) => [order[i]!, b]));
    this.nodes = keys.map((k, i) => new SimValidator(i, k, role.get(i), this));
    const honest = order.filter((i) => !role.has(i));
    for (const i of honest.slice(0, o.crashing)) this.nodes[i]!.crashesLeft = 3;
    for (const i of honest.slice(o.crashing, o.crashing + o.slow)) this.nodes[i]!.slow = true;
  }

  random(n: number): number {
    return this.rand() % n;
  }

  get blockTimeMs(): number {
    return this.o.blockTimeMs ?? BLOCK_TIME_MS;
  }

  private chance(p: number): boolean {
    return this.rand() / 2 ** 32 < p;
  }

  later(ms: number, run: () => void): void {
    this.agenda.after(ms, () => {
      try {
        run();
      } catch (err) {
        this.failure ??= err as Error;
      }
    });
  }

  /** A promise that `make`'s value settles on after `ms` of virtual time. */
  after<T>(ms: number, make: () => T): Promise<T> {
    return new Promise((resolve, reject) =>
      this.agenda.after(ms, () => {
        try {
          resolve(make());
        } catch (err) {
          reject(err as Error);
        }
      }),
    );
  }

  indexOf(key: Uint8Array): number {
    return this.nodes.findIndex((n) => bytesEqual(n.key, key));
  }

  isByzantine(index: number): boolean {
    return !this.nodes[index]!.honest;
  }

  /** Fails the run (also from inside an engine's call, which would swallow a plain throw). */
  private fail(message: string): never {
    this.failure ??= new Error(`seed ${this.o.seed}: ${message}`);
    throw this.failure;
  }

  async run(): Promise<SimOutcome> {
    for (const node of this.nodes) node.boot();
    for (const node of this.nodes) this.syncLoop(node);
    const honest = this.nodes.filter((n) => n.honest);
    const deadline = this.o.gstMs + this.o.settleMs;
    while (!honest.every((n) => n.chain.blocks.length >= this.o.heights)) {
      if (!this.agenda.step(deadline)) {
        const at = honest.map((n) => `${n.index}: ${n.chain.blocks.length} committed, at ${n.engine.status().height}/r${n.engine.status().round}/${n.engine.status().step}`).join('; ');
        this.fail(`not every honest validator committed ${this.o.heights} heights by ${deadline} ms (${at})`);
      }
      // The engines' promise chains (their queues, the stub chain's answers) settle before the next moment.
      await new Promise((resolve) => setImmediate(resolve));
      this.measure();
      if (this.failure !== undefined) throw this.failure;
      for (const n of honest) if (n.errors.length > 0) this.fail(`honest validator ${n.index} logged: ${n.errors[0]}`);
    }
    const decided = Array.from({ length: this.o.heights }, (_, i) => this.decisions.get(BigInt(i + 1))!);
    return { decided, reported: this.reported, endMs: this.agenda.now(), rounds: this.maxRound, rejected: this.rejected, tampered: this.tampered, flooded: this.floodCount, crashes: this.crashes, peaks: this.peaks };
  }

  // ---- the network ----

  /** What an engine sends: checked, then carried out by its validator's behaviour. */
  publish(from: SimValidator, incarnation: number, m: ConsensusMessage): void {
    if (!from.alive || incarnation !== from.incarnation) return;
    if (from.honest) {
      this.checkNeverConflicting(from, m);
      this.countSent(from);
      // Killed at the moment it sends: the message is in its WAL (synced before the send), but never leaves.
      if (from.crashesLeft > 0 && this.agenda.now() < this.o.gstMs && m.message !== 'quorum' && this.chance(0.05)) {
        this.crashes++;
        from.crash(20 + this.random(200));
        return;
      }
      this.broadcast(from, m, 'honest');
      return;
    }
    if (from.behaviour === 'equivocate') this.equivocate(from, m);
    else if (from.behaviour === 'split') this.split(from, m);
    else this.broadcast(from, m, 'byzantine');
    if (from.behaviour === 'flood') this.flood(from, m);
    if (from.behaviour === 'far-rounds') this.farRounds(from);
  }

  private broadcast(from: SimValidator, m: ConsensusMessage, origin: Origin, fast = false): void {
    this.recordProposal(m);
    const bytes = consensusMessageCodec.encode(m);
    for (const to of this.nodes) if (to !== from) this.deliver(to, bytes, origin, fast);
    if (this.o.tamperRelay && m.message === 'proposal') this.relayTampered(m);
  }

  private deliver(to: SimValidator, bytes: Uint8Array, origin: Origin, fast = false): void {
    const early = this.agenda.now() < this.o.gstMs;
    if (early && this.chance(this.o.dropRate)) return;
    const copies = early && this.chance(this.o.duplicateRate) ? 2 : 1;
    for (let c = 0; c < copies; c++) {
      const delay = fast ? this.random(3) : early ? this.random(this.o.maxDelayMs + 1) : this.random(this.o.boundMs + 1);
      this.later(delay, () => this.receive(to, bytes, origin));
    }
  }

  private receive(to: SimValidator, bytes: Uint8Array, origin: Origin): void {
    if (!to.alive) return;
    let verdict: string;
    try {
      verdict = to.engine.offer(consensusMessageCodec.decode(bytes), bytes.length);
    } catch (err) {
      if (!(err instanceof ConsensusError) || err.code !== 'BAD_MESSAGE') throw err;
      if (origin === 'honest') this.fail(`validator ${to.index} rejected an honest message: ${err.message}`);
      this.rejected++;
      return;
    }
    if (origin === 'tampered' && verdict === 'accept') this.fail(`validator ${to.index} accepted a proposal whose body was swapped`);
  }

  /** Block sync: a node behind takes the next committed block, with its commit, from a node that has it. */
  private syncLoop(node: SimValidator): void {
    this.later(SYNC_MS / 2 + this.random(SYNC_MS), () => {
      this.syncLoop(node);
      if (!node.alive || (this.agenda.now() < this.o.gstMs && this.chance(this.o.dropRate))) return;
      const next = node.chain.blocks.length;
      const source = this.nodes.find((n) => n.chain.blocks.length > next);
      const stored = source?.chain.blocks[next];
      if (stored === undefined) return;
      node.chain.add(stored.executed, stored.commit);
      node.engine.committed(BigInt(next + 1));
    });
  }

  // ---- adversaries ----

  /**
   * An equivocator splits its peers, per round, into two sides: one gets
   * its own messages, the other a conflicting set — another block when it
   * proposes, and votes for that block (or another proposal of the round,
   * or nil against a block).
   */
  private equivocate(from: SimValidator, m: ConsensusMessage): void {
    this.recordProposal(m);
    const genuine = consensusMessageCodec.encode(m);
    const own = m.message !== 'quorum' && bytesEqual(signedStepOf(m).signer, from.key);
    const other = own ? consensusMessageCodec.encode(this.conflicting(from, m)) : genuine;
    const round = m.message === 'proposal' ? m.proposal.proposal!.round : m.message === 'vote' ? m.vote.vote!.round : -1;
    const height = from.chain.headHeight() + 1n;
    for (const to of this.nodes) {
      if (to === from) continue;
      const key = `${from.index}/${to.index}/${height}/${round}`;
      let side = this.sides.get(key);
      if (side === undefined) this.sides.set(key, (side = this.chance(0.5)));
      this.deliver(to, side ? other : genuine, 'byzantine');
    }
  }

  /**
   * Leaves one honest node (the same for the whole height) with what the
   * others lack: the first vote of each (round, type) for a block goes to
   * it alone, nil votes to the others, until the first round in which this
   * validator votes for a block; from the next round on, everything goes to
   * the others and nothing to it. That is the attack locks exist for: the
   * victim may decide alone, and the others must not decide anything else
   * with this validator's help.
   */
  private split(from: SimValidator, m: ConsensusMessage): void {
    const peers = this.nodes.filter((n) => n !== from);
    const height = m.message === 'proposal' ? m.proposal.proposal!.height : m.message === 'vote' ? m.vote.vote!.height : m.quorum.vote!.height;
    const victim = peers[Number(height) % peers.length]!;
    const splitAt = this.splitRounds.get(`${from.index}/${height}`);
    const round = m.message === 'proposal' ? m.proposal.proposal!.round : m.message === 'vote' ? m.vote.vote!.round : m.quorum.vote!.round;
    if (splitAt !== undefined && round > splitAt) {
      const bytes = consensusMessageCodec.encode(m);
      for (const to of peers) if (to !== victim) this.deliver(to, bytes, 'byzantine');
      return;
    }
    if (m.message !== 'vote' || !bytesEqual(m.vote.validator, from.key) || m.vote.vote!.blockHash.length === 0) return;
    const v = m.vote.vote!;
    const key = `split/${from.index}/${v.height}/${v.round}/${v.type}`;
    if (this.sides.has(key)) return;
    this.sides.set(key, true);
    this.splitRounds.set(`${from.index}/${height}`, v.round);
    const genuine = consensusMessageCodec.encode(m);
    const nil = consensusMessageCodec.encode(this.signedVote(from, { ...v, blockHash: NIL }));
    for (const to of peers) this.deliver(to, to === victim ? genuine : nil, 'byzantine');
  }

  private conflicting(from: SimValidator, m: Exclude<ConsensusMessage, { message: 'quorum' }>): ConsensusMessage {
    if (m.message === 'proposal') {
      const p = m.proposal.proposal!;
      const alt = makeBlock(p.height, from.chain.headHash(), from.key, `byzantine ${from.index}/${p.height}/${p.round}`, this.chance(0.2));
      this.recordHash(p.height, p.round, alt.hash);
      return this.signedProposal(from, p.height, p.round, alt);
    }
    const v = m.vote.vote!;
    const others = (this.proposed.get(`${v.height}/${v.round}`) ?? []).filter((h) => !bytesEqual(h, v.blockHash));
    const blockHash = others.length > 0 ? others[this.random(others.length)]! : v.blockHash.length > 0 ? NIL : sha256(utf8(`junk ${from.index}/${v.round}`));
    return this.signedVote(from, { ...v, blockHash });
  }

  /**
   * A burst of distinct signed votes (near and far rounds) and large
   * proposals for the current height, delivered within a few ms; a one-time
   * burst goes out with the flooder's first vote at that height, while the
   * others are still deciding it.
   */
  private flood(from: SimValidator, m: ConsensusMessage): void {
    const height = from.chain.headHeight() + 1n;
    const round = from.engine.status().round;
    const { votes, proposals, proposalBytes } = this.o.flood;
    if (this.o.flood.height !== undefined) {
      if (height !== this.o.flood.height || this.flooded || m.message !== 'vote') return;
      this.flooded = true;
    }
    for (let i = 0; i < votes; i++) {
      const r = this.chance(0.5) ? this.random(round + 2) : round + 2 + this.random(1_000_000);
      const type = this.chance(0.5) ? VoteType.PREVOTE : VoteType.PRECOMMIT;
      this.broadcast(from, this.signedVote(from, { chainId: CHAIN_ID, height, round: r, type, blockHash: sha256(utf8(`flood ${this.rand()}`)) }), 'byzantine', true);
    }
    this.floodCount += votes + proposals;
    for (let i = 0; i < proposals; i++) {
      const r = this.random(round + 2);
      const junk = [new Uint8Array(proposalBytes).fill(i & 0xff)];
      this.broadcast(from, this.signedProposal(from, height, r, makeBlock(height, from.chain.headHash(), from.key, `flood ${this.rand()}`, false, junk)), 'byzantine', true);
    }
  }

  /** A proposal and a vote signed for rounds no honest validator will reach. */
  private farRounds(from: SimValidator): void {
    const height = from.chain.headHeight() + 1n;
    this.broadcast(from, this.signedProposal(from, height, U32_MAX, makeBlock(height, from.chain.headHash(), from.key, `far ${this.rand()}`)), 'byzantine');
    this.broadcast(from, this.signedVote(from, { chainId: CHAIN_ID, height, round: U32_MAX - this.random(1000), type: VoteType.PREVOTE, blockHash: NIL }), 'byzantine');
  }

  /** The relay passes each proposal on at once, with one tx more under the genuine header and signature. */
  private relayTampered(m: Extract<ConsensusMessage, { message: 'proposal' }>): void {
    const block = m.proposal.block!;
    const swapped: ConsensusMessage = { message: 'proposal', proposal: { ...m.proposal, block: { ...block, txs: [...block.txs, utf8('relay')] } } };
    const bytes = consensusMessageCodec.encode(swapped);
    for (const to of this.nodes) {
      this.tampered++;
      this.deliver(to, bytes, 'tampered', true);
    }
  }

  private signedProposal(from: SimValidator, height: bigint, round: number, executed: Executed): ConsensusMessage {
    const p = { height, round, polRound: -1, blockHash: executed.hash, block: executed.block, proposer: from.key, signature: NIL };
    return proposalMessage(CHAIN_ID, p, fakeSign(from.key, proposalSignBytes(proposalContent(CHAIN_ID, p))));
  }

  private signedVote(from: SimValidator, vote: Vote): ConsensusMessage {
    return voteMessage(vote, from.key, fakeSign(from.key, voteSignBytes(vote)));
  }

  private recordProposal(m: ConsensusMessage): void {
    if (m.message === 'proposal') this.recordHash(m.proposal.proposal!.height, m.proposal.proposal!.round, m.proposal.proposal!.blockHash);
  }

  private recordHash(height: bigint, round: number, hash: Uint8Array): void {
    const key = `${height}/${round}`;
    const list = this.proposed.get(key) ?? [];
    if (!list.some((h) => bytesEqual(h, hash))) list.push(hash);
    this.proposed.set(key, list);
  }

  // ---- checks ----

  /** Safety, on every commit of an honest node: one valid block per height, with a valid commit for it. */
  checkCommitted(node: SimValidator, executed: Executed, commit: Commit): void {
    const header = executed.block.header!;
    const signers = new Set<string>();
    const vote: Vote = { chainId: CHAIN_ID, height: header.height, round: commit.round, type: VoteType.PRECOMMIT, blockHash: executed.hash };
    for (const s of commit.signatures) {
      if (this.indexOf(s.validator) < 0 || !fakeVerify(s.validator, voteSignBytes(vote), s.signature)) this.fail(`height ${header.height}: a commit signature does not verify`);
      signers.add(bytesKey(s.validator));
    }
    if (!bytesEqual(commit.blockHash, executed.hash) || signers.size * 3 <= this.validators.length * 2) this.fail(`height ${header.height}: committed without +2/3 precommits for it`);
    this.maxRound = Math.max(this.maxRound, commit.round);
    if (!node.honest) return;
    if (bytesEqual(header.stateRoot, BAD_ROOT)) this.fail(`validator ${node.index} committed an invalid block at height ${header.height}`);
    const hash = toHex(executed.hash);
    const earlier = this.decisions.get(header.height);
    if (earlier !== undefined && earlier !== hash) this.fail(`height ${header.height} committed as ${earlier} and as ${hash} (validator ${node.index})`);
    this.decisions.set(header.height, hash);
  }

  /** An honest validator never signs two different messages for one (height, round, step), across restarts. */
  private checkNeverConflicting(node: SimValidator, m: ConsensusMessage): void {
    if (m.message === 'quorum') return;
    const s = signedStepOf(m);
    if (!bytesEqual(s.signer, node.key)) return; // another validator's vote, re-sent
    const key = `${node.index}/${s.height}/${s.round}/${s.step}`;
    const bytes = toHex(s.signBytes);
    const earlier = this.signed.get(key);
    if (earlier !== undefined && earlier !== bytes) this.fail(`honest validator ${node.index} signed two messages at ${key}`);
    this.signed.set(key, bytes);
  }

  /** After every step: each honest engine's footprint against the bounds, and the most it ever held. */
  private measure(): void {
    const n = this.validators.length;
    const p = this.peaks;
    for (const node of this.nodes) {
      if (!node.honest || !node.alive) continue;
      const f = node.engine.footprint();
      const round = node.engine.status().round;
      p.votes = Math.max(p.votes, f.votes);
      p.farVotes = Math.max(p.farVotes, f.farVotes);
      p.proposals = Math.max(p.proposals, f.proposals);
      p.buffered = Math.max(p.buffered, f.buffered);
      p.bufferedBytes = Math.max(p.bufferedBytes, f.bufferedBytes);
      p.walBytes = Math.max(p.walBytes, node.wal.peakBytes);
      p.rounds = Math.max(p.rounds, round);
      // docs/consensus.md "Bounds": per (round, type) at most two votes per validator, rounds up to round + 1.
      const rounds = round + 2;
      if (f.votes > 4 * n * rounds || f.farVotes > n || f.proposals > rounds || f.buffered > n * (VOTES_PER_SIGNER + PROPOSALS_PER_SIGNER)) {
        this.fail(`validator ${node.index} holds ${JSON.stringify(f)} at round ${round}, beyond the bounds`);
      }
    }
  }

  /** Counts what an honest validator sends, per second of virtual time. */
  private countSent(node: SimValidator): void {
    const second = Math.floor(this.agenda.now() / 1000);
    const mark = this.sentThisSecond.get(node);
    const count = mark?.second === second ? mark.count + 1 : 1;
    this.sentThisSecond.set(node, { second, count });
    this.peaks.sentPerSecond = Math.max(this.peaks.sentPerSecond, count);
  }
}
