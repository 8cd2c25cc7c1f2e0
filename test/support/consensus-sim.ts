/**
 * A seeded discrete-event simulation of N validators running the pure
 * consensus machine over a network that delays, reorders, duplicates and
 * drops messages until a global stabilisation time (GST), and afterwards
 * delivers every message within a bound. Around each machine sits a small
 * driver doing what the node's does: carry out actions, buffer messages of
 * later heights, re-send its own messages of the current height now and then
 * (gossip is lossy), and hand decided blocks with their commits to peers
 * that are behind (block sync). Up to f validators may be Byzantine: they
 * send conflicting votes and proposals to different peers.
 *
 * Signatures are not simulated (the machine takes votes already checked).
 */
import { ConsensusMachine } from '../../src/consensus/machine.js';
import { ProposerSchedule } from '../../src/consensus/proposer.js';
import type { ConsensusAction, ConsensusEvent, Proposal, SignedConsensusVote, Timeouts } from '../../src/consensus/types.js';
import { VoteType, type Commit, type Validator, type Vote } from '../../src/codec/types.js';
import { bytesEqual, bytesKey, toHex, utf8 } from '../../src/crypto/bytes.js';
import { sha256 } from '../../src/crypto/hash.js';
import { seededRandom } from './text-corpus.js';

export interface SimBlock {
  height: bigint;
  label: string;
  /** Honest validators reject it. */
  bad: boolean;
}

export interface SimOptions {
  seed: number;
  validators: number;
  byzantine: number;
  /** Heights every honest validator must decide. */
  heights: number;
  /** Simulated ms before which messages may be dropped, duplicated and delayed long. */
  gstMs: number;
  dropRate: number;
  duplicateRate: number;
  /** Longest delay before GST; after it every message arrives within `boundMs`. */
  maxDelayMs: number;
  boundMs: number;
  /** How long after GST the run may take to decide every height. */
  settleMs: number;
}

export interface SimOutcome {
  /** Hash decided per height (every honest node agreed on it, or the run threw). */
  decided: string[];
  /** Validators reported as equivocating, by index. */
  reported: Set<number>;
  endMs: number;
  rounds: number;
}

const CHAIN_ID = 'sim';
const TIMEOUTS: Timeouts = { timeoutProposeMs: 300, timeoutProposeDeltaMs: 100, timeoutVoteMs: 100, timeoutVoteDeltaMs: 50 };
const COMMIT_WAIT_MS = 50;
const RESEND_MS = 1_000;

type Message =
  | { kind: 'proposal'; proposal: Proposal<SimBlock> }
  | { kind: 'vote'; vote: SignedConsensusVote }
  | { kind: 'certified'; block: SimBlock; commit: Commit };

const heightOf = (m: Message): bigint => (m.kind === 'proposal' ? m.proposal.height : m.kind === 'vote' ? m.vote.vote.height : m.commit.height);
const senderOf = (m: Message): Uint8Array | undefined => (m.kind === 'proposal' ? m.proposal.proposer : m.kind === 'vote' ? m.vote.validator : undefined);
const messageKey = (m: Message): string =>
  m.kind === 'proposal'
    ? `p/${m.proposal.round}/${toHex(m.proposal.blockHash)}`
    : m.kind === 'vote'
      ? `v/${toHex(m.vote.validator)}/${m.vote.vote.round}/${m.vote.vote.type}/${toHex(m.vote.vote.blockHash)}`
      : `c/${m.commit.height}`;
export const simBlockHash = (b: SimBlock): Uint8Array => sha256(utf8(`${b.height}/${b.label}/${b.bad}`));

interface Scheduled {
  at: number;
  seq: number;
  run: () => void;
}

/** A binary min-heap of scheduled callbacks by (time, insertion order): ties run in the order scheduled. */
class Agenda {
  private heap: Scheduled[] = [];
  private seq = 0;
  now = 0;

  at(time: number, run: () => void): void {
    const item = { at: time, seq: this.seq++, run };
    const h = this.heap;
    h.push(item);
    for (let i = h.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (before(h[parent]!, h[i]!)) break;
      [h[parent], h[i]] = [h[i]!, h[parent]!];
      i = parent;
    }
  }

  next(): Scheduled | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    this.now = top.at;
    return top;
  }
}

const before = (a: Scheduled, b: Scheduled) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

class SimNode {
  readonly machine: ConsensusMachine<SimBlock>;
  height = 1n;
  /**
   * Every proposal and vote of the current height this node has sent or
   * received, re-sent to all every RESEND_MS: the gossip layer's promise that
   * what one honest node has, every honest node eventually gets.
   */
  private known = new Map<string, Message>();
  private later = new Map<bigint, Message[]>();
  waiting = false;

  constructor(
    readonly index: number,
    readonly key: Uint8Array,
    readonly byzantine: boolean,
    private readonly sim: Simulation,
  ) {
    this.machine = new ConsensusMachine<SimBlock>({ chainId: CHAIN_ID, me: key, timeouts: TIMEOUTS });
  }

  start(): void {
    this.known = new Map();
    this.waiting = false;
    this.carryOut(this.machine.startHeight(this.height, this.sim.validators, this.sim.schedule));
    const buffered = this.later.get(this.height) ?? [];
    for (const h of this.later.keys()) if (h <= this.height) this.later.delete(h);
    for (const m of buffered) this.receive(m);
  }

  receive(m: Message, from?: number): void {
    const h = heightOf(m);
    if (h < this.height) {
      if (from !== undefined) this.sim.helpCatchUp(this, from, h);
      return;
    }
    if (h === this.height && this.waiting) return; // decided already
    if (m.kind === 'certified') {
      if (h === this.height) this.adopt(m.block, m.commit);
      return;
    }
    if (h > this.height) {
      const list = this.later.get(h) ?? [];
      list.push(m);
      this.later.set(h, list);
      return;
    }
    this.known.set(messageKey(m), m);
    this.feed(m.kind === 'proposal' ? { kind: 'proposal', proposal: m.proposal } : { kind: 'vote', vote: m.vote });
  }

  feed(event: ConsensusEvent<SimBlock>): void {
    if (!this.waiting) this.carryOut(this.machine.handle(event));
  }

  resend(): void {
    for (const m of this.known.values()) this.sim.broadcast(this, m);
  }

  private carryOut(actions: ConsensusAction<SimBlock>[]): void {
    for (const a of actions) {
      switch (a.kind) {
        case 'build': {
          const block = { height: a.height, label: `n${this.index}r${a.round}`, bad: false };
          this.sim.later(1 + this.sim.random(5), () => this.feed({ kind: 'built', height: a.height, round: a.round, block, blockHash: simBlockHash(block) }));
          break;
        }
        case 'validate':
          this.sim.later(1 + this.sim.random(5), () =>
            this.feed({ kind: 'validated', height: a.height, round: a.round, blockHash: a.blockHash, valid: !a.block.bad && bytesEqual(simBlockHash(a.block), a.blockHash) }),
          );
          break;
        case 'propose':
          this.send({ kind: 'proposal', proposal: a.proposal });
          break;
        case 'vote': {
          const signed = { vote: a.vote, validator: this.key, signature: new Uint8Array(0) };
          this.sim.checkNeverConflicting(this, signed);
          this.send({ kind: 'vote', vote: signed });
          this.sim.later(0, () => this.feed({ kind: 'vote', vote: signed })); // own votes count like any other, queued as the node's are
          break;
        }
        case 'schedule':
          this.sim.later(a.ms, () => this.feed({ kind: 'timeout', step: a.step, height: a.height, round: a.round }));
          break;
        case 'decide':
          this.sim.decided(this, a.block, a.commit);
          this.finishHeight(a.block, a.commit);
          break;
        case 'equivocation':
          this.sim.reported.add(this.sim.indexOf(a.second.validator));
          break;
      }
    }
  }

  /** A block decided elsewhere, with a commit of +2/3 precommits: the node's block sync. */
  private adopt(block: SimBlock, commit: Commit): void {
    const power = new Set(commit.signatures.map((s) => bytesKey(s.validator))).size;
    if (power * 3 <= this.sim.validators.length * 2 || !bytesEqual(commit.blockHash, simBlockHash(block))) throw new Error(`seed ${this.sim.seed}: validator ${this.index} got a certified block without a commit for it`);
    this.sim.decided(this, block, commit);
    this.finishHeight(block, commit);
  }

  private finishHeight(block: SimBlock, commit: Commit): void {
    this.sim.store(this, block, commit);
    this.waiting = true;
    this.sim.later(COMMIT_WAIT_MS, () => {
      this.height += 1n;
      this.start();
    });
  }

  private send(m: Message): void {
    this.known.set(messageKey(m), m);
    if (this.byzantine) this.sim.equivocate(this, m);
    else this.sim.broadcast(this, m);
  }
}

export class Simulation {
  readonly validators: Validator[];
  readonly schedule: ProposerSchedule;
  readonly reported = new Set<number>();
  private readonly nodes: SimNode[];
  private readonly agenda = new Agenda();
  private readonly rand: () => number;
  private readonly decisions = new Map<bigint, string>();
  private readonly chains: Map<bigint, { block: SimBlock; commit: Commit }>[];
  /** Every vote each node signed, by (height, round, type): an honest node must never sign two. */
  private readonly signed = new Map<string, string>();
  private maxRound = 0;
  /** Block hashes proposed per `height/round`, and each Byzantine proposer's alternative block per `index/height/round`. */
  private readonly proposed = new Map<string, Uint8Array[]>();
  private readonly alternatives = new Map<string, SimBlock>();
  private readonly sides = new Map<string, boolean>();

  constructor(private readonly o: SimOptions) {
    this.rand = seededRandom(o.seed);
    const keys = Array.from({ length: o.validators }, (_, i) => sha256(utf8(`sim validator ${i}`)));
    this.validators = keys.map((consensusKey) => ({ operator: consensusKey.subarray(0, 20), consensusKey, power: 10n }));
    this.schedule = new ProposerSchedule(this.validators);
    // The Byzantine validators are a seeded choice, so they are sometimes proposers early and sometimes not.
    const byzantine = new Set<number>();
    while (byzantine.size < o.byzantine) byzantine.add(this.random(o.validators));
    this.nodes = keys.map((k, i) => new SimNode(i, k, byzantine.has(i), this));
    this.chains = this.nodes.map(() => new Map());
  }

  random(n: number): number {
    return this.rand() % n;
  }

  private chance(p: number): boolean {
    return this.rand() / 2 ** 32 < p;
  }

  later(ms: number, run: () => void): void {
    this.agenda.at(this.agenda.now + ms, run);
  }

  get seed(): number {
    return this.o.seed;
  }

  isByzantine(index: number): boolean {
    return this.nodes[index]!.byzantine;
  }

  indexOf(key: Uint8Array): number {
    return this.nodes.findIndex((n) => bytesEqual(n.key, key));
  }

  run(): SimOutcome {
    for (const node of this.nodes) node.start();
    for (const node of this.nodes) this.resendLoop(node);
    const honest = this.nodes.filter((n) => !n.byzantine);
    const deadline = this.o.gstMs + this.o.settleMs;
    while (!honest.every((n) => this.chains[n.index]!.size >= this.o.heights)) {
      const item = this.agenda.next();
      if (item === undefined || item.at > deadline) {
        const heights = honest.map((n) => `${n.index}@${n.height}/r${n.machine.round}`).join(' ');
        throw new Error(`seed ${this.o.seed}: not every honest validator decided ${this.o.heights} heights by ${deadline} ms (${heights})`);
      }
      item.run();
    }
    const decided = Array.from({ length: this.o.heights }, (_, i) => this.decisions.get(BigInt(i + 1))!);
    return { decided, reported: this.reported, endMs: this.agenda.now, rounds: this.maxRound };
  }

  broadcast(from: SimNode, m: Message): void {
    this.recordProposal(m);
    for (const to of this.nodes) if (to !== from) this.deliver(from, to, m);
  }

  /**
   * A Byzantine sender splits its peers, per round, into two sides: one gets
   * its honest messages, the other a conflicting set: another valid block
   * when it proposes, and votes for that block (or for another proposal of
   * the round, or nil against a block) — the votes that could build two
   * quorums for different blocks if quorums were too small.
   */
  equivocate(from: SimNode, m: Message): void {
    this.recordProposal(m);
    for (const to of this.nodes) {
      if (to === from) continue;
      const round = m.kind === 'proposal' ? m.proposal.round : m.kind === 'vote' ? m.vote.vote.round : -1;
      this.deliver(from, to, round >= 0 && this.onOtherSide(from, to, heightOf(m), round) ? this.conflicting(from, m) : m);
    }
  }

  private onOtherSide(from: SimNode, to: SimNode, height: bigint, round: number): boolean {
    const key = `${from.index}/${to.index}/${height}/${round}`;
    let side = this.sides.get(key);
    if (side === undefined) this.sides.set(key, (side = this.chance(0.5)));
    return side;
  }

  private conflicting(from: SimNode, m: Message): Message {
    if (m.kind === 'proposal') {
      const key = `${from.index}/${m.proposal.height}/${m.proposal.round}`;
      let block = this.alternatives.get(key);
      if (block === undefined) {
        block = { height: m.proposal.height, label: `byzantine ${key}`, bad: this.chance(0.2) };
        this.alternatives.set(key, block);
        this.recordProposal({ kind: 'proposal', proposal: { ...m.proposal, block, blockHash: simBlockHash(block) } });
      }
      return { kind: 'proposal', proposal: { ...m.proposal, polRound: -1, block, blockHash: simBlockHash(block) } };
    }
    if (m.kind === 'vote') {
      const v = m.vote.vote;
      const others = (this.proposed.get(`${v.height}/${v.round}`) ?? []).filter((h) => !bytesEqual(h, v.blockHash));
      const blockHash = others.length > 0 ? others[this.random(others.length)]! : v.blockHash.length > 0 ? new Uint8Array(0) : sha256(utf8(`junk ${from.index}/${v.height}/${v.round}`));
      return { kind: 'vote', vote: { ...m.vote, vote: { ...v, blockHash } } };
    }
    return m;
  }

  private recordProposal(m: Message): void {
    if (m.kind !== 'proposal') return;
    const key = `${m.proposal.height}/${m.proposal.round}`;
    const list = this.proposed.get(key) ?? [];
    if (!list.some((h) => bytesEqual(h, m.proposal.blockHash))) list.push(m.proposal.blockHash);
    this.proposed.set(key, list);
  }

  private deliver(from: SimNode, to: SimNode, m: Message): void {
    const before = this.agenda.now < this.o.gstMs;
    if (before && this.chance(this.o.dropRate)) return;
    const copies = before && this.chance(this.o.duplicateRate) ? 2 : 1;
    for (let c = 0; c < copies; c++) {
      const delay = before ? this.random(this.o.maxDelayMs + 1) : this.random(this.o.boundMs + 1);
      this.later(delay, () => to.receive(m, from.index));
    }
  }

  private resendLoop(node: SimNode): void {
    this.later(RESEND_MS, () => {
      node.resend();
      this.resendLoop(node);
    });
  }

  /** `behind` sent a message of `height`, below `helper`'s own: send it the decided blocks it lacks. */
  helpCatchUp(helper: SimNode, behind: number, height: bigint): void {
    const stored = this.chains[helper.index]!.get(height);
    if (stored !== undefined) this.deliver(helper, this.nodes[behind]!, { kind: 'certified', ...stored });
  }

  store(node: SimNode, block: SimBlock, commit: Commit): void {
    this.chains[node.index]!.set(block.height, { block, commit });
    this.maxRound = Math.max(this.maxRound, commit.round);
  }

  /** The safety check, on every decision: one block per height. */
  decided(node: SimNode, block: SimBlock, commit: Commit): void {
    if (node.byzantine) return;
    const hash = toHex(simBlockHash(block));
    if (block.bad) throw new Error(`seed ${this.o.seed}: validator ${node.index} decided an invalid block at height ${block.height}`);
    const earlier = this.decisions.get(block.height);
    if (earlier !== undefined && earlier !== hash) {
      throw new Error(`seed ${this.o.seed}: height ${block.height} decided as ${earlier} and as ${hash} (validator ${node.index}, round ${commit.round})`);
    }
    this.decisions.set(block.height, hash);
  }

  /** An honest validator never signs two different votes for one (height, round, type). */
  checkNeverConflicting(node: SimNode, signed: SignedConsensusVote): void {
    if (node.byzantine) return;
    const v: Vote = signed.vote;
    const key = `${node.index}/${v.height}/${v.round}/${v.type === VoteType.PREVOTE ? 'prevote' : 'precommit'}`;
    const hash = toHex(v.blockHash);
    const earlier = this.signed.get(key);
    if (earlier !== undefined && earlier !== hash) throw new Error(`seed ${this.o.seed}: honest validator signed two votes ${key}`);
    this.signed.set(key, hash);
  }
}
