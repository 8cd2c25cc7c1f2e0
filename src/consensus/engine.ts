/**
 * The consensus driver: runs the pure ConsensusMachine inside the node
 * (docs/consensus.md "The engine"). One serial queue owns the machine: peer
 * messages, timeouts, built and validated blocks all become tasks on it, in
 * arrival order, so the round state is never touched concurrently.
 *
 * Around the machine it keeps the promises the machine cannot:
 * - nothing is signed twice: every signature goes through the SignGuard, and
 *   what the node signed at this height is remembered (from the WAL after a
 *   restart) so a replayed step re-sends the same bytes instead of signing;
 * - the WAL holds every message and timeout of the current height, the
 *   node's own synced before they are sent, and is replayed on start, so a
 *   crash at any step resumes in the same round with the same lock;
 * - every known vote of the height and the current round's proposal are
 *   re-sent every second (gossip can lose messages; what one honest node
 *   has, all must eventually get).
 */
import { walRecordCodec } from '../codec/codecs.js';
import { proposalSignBytes, voteSignBytes } from '../codec/hashes.js';
import { VoteType, type Block, type Commit, type ConsensusMessage, type Validator, type Vote, type WalRecord } from '../codec/types.js';
import { bytesEqual, bytesKey, toHex } from '../crypto/bytes.js';
import { sign } from '../crypto/ed25519.js';
import type { Logger } from '../node/log.js';
import { ConsensusError } from './errors.js';
import { ConsensusMachine } from './machine.js';
import { ProposerSchedule } from './proposer.js';
import { RecordLog } from './record-log.js';
import { SignGuard } from './sign-guard.js';
import { SignStep, type ConsensusAction, type ConsensusEvent, type SignedConsensusVote, type TimeoutStep, type Timeouts } from './types.js';
import { eventOf, heightOfMessage, proposalContent, proposalMessage, signedStepOf, signerOf, voteMessage, voteStep } from './wire.js';

/** How often the messages of the current height are sent again. */
const RESEND_MS = 1000;
/** Messages of the next height kept until the node gets there. */
const MAX_LATER = 10_000;
const TIMEOUT_STEPS: readonly TimeoutStep[] = ['propose', 'prevote', 'precommit'];

/** A block with what executing it gave (opaque here: the chain's ExecutedBlock). */
export interface Executed {
  block: Block;
  hash: Uint8Array;
}

/** What the engine needs from the chain (consensus behind an application interface). */
export interface ConsensusApp<E extends Executed> {
  /** The last committed height. */
  headHeight(): bigint;
  /** The set that signs the next height and the first height it signed (the proposer rotation starts there). */
  validatorSet(): Promise<{ validators: Validator[]; since: bigint }>;
  /** Builds this node's proposal for the next height. */
  build(): Promise<E>;
  /** Re-executes a proposed block for the next height; undefined when it is invalid. */
  validate(block: Block): Promise<E | undefined>;
  /** Commits a decided block, unless that height was committed meanwhile (by block sync). */
  commit(executed: E, commit: Commit): Promise<void>;
  /** False: wait for pending txs before starting a height (the "no empty blocks" mode). */
  hasTxs(): boolean;
}

export interface EngineOptions {
  chainId: string;
  key: { seed: Uint8Array; publicKey: Uint8Array };
  walPath: string;
  signStatePath: string;
  timeouts: Timeouts;
  /** The target time from one height's start to the next's (the block time): after a commit the engine waits what is left of it. */
  blockTimeMs: number;
  emptyBlocks: boolean;
  publish(message: ConsensusMessage): void;
  /** Called once per validator seen signing two different votes for one (height, round, type). */
  onEquivocation?(first: SignedConsensusVote, second: SignedConsensusVote): void;
  /**
   * Tests of slashing only (ATTRIB_TEST_DOUBLE_SIGN): besides each prevote
   * for a block, sign and send a nil prevote for the same round, bypassing
   * the double-sign guard — the fault the guard exists to prevent.
   */
  doubleSign?: boolean;
  log: Logger;
}

export type OfferVerdict = 'accept' | 'ignore';

/** A validator's consensus state as RPC `status` shows it (rounds and locks: docs/consensus.md). */
export interface ConsensusStatus {
  height: string;
  round: number;
  step: string;
  locked_round: number;
  valid_round: number;
}

/** The key of what this node signed at one (height, round, step). */
const signedKey = (height: bigint, round: number, step: number): string => `${height}/${round}/${step}`;

function messageKey(m: ConsensusMessage): string {
  if (m.message === 'proposal') {
    const p = m.proposal.proposal!;
    return `p/${p.height}/${p.round}/${bytesKey(m.proposal.proposer)}/${bytesKey(p.blockHash)}`;
  }
  const v = m.vote.vote!;
  return `v/${v.height}/${v.round}/${v.type}/${bytesKey(m.vote.validator)}/${bytesKey(v.blockHash)}`;
}

/** What this node signed at one (height, round, step), from this run or the WAL. */
interface Signed {
  signBytes: Uint8Array;
  message: ConsensusMessage;
}

export class ConsensusEngine<E extends Executed> {
  readonly machine: ConsensusMachine<Block>;
  private guard!: SignGuard;
  private wal: RecordLog | undefined;
  private schedule: ProposerSchedule | undefined;
  private validators: Validator[] = [];
  /** Validators already reported for equivocation. */
  private reported = new Set<string>();
  private height = 0n;
  private executed = new Map<string, E>();
  private known = new Map<string, ConsensusMessage>();
  private signed = new Map<string, Signed>();
  /** Messages of later heights, by messageKey, until the node gets there. */
  private later = new Map<string, ConsensusMessage>();
  private timers = new Set<NodeJS.Timeout>();
  private resendTimer: NodeJS.Timeout | undefined;
  private queue: Promise<void> = Promise.resolve();
  private stopped = false;
  private stopping: Promise<void> | undefined;
  /** The height the engine is waiting to enter (after a commit); undefined when it is in one. */
  private entering: bigint | undefined;
  /** Set while this engine's own decision is being committed. */
  private deciding = false;
  /** When the current height started (ms, this node's clock): the block time counts from here. */
  private heightStartedAt = 0;

  constructor(
    private readonly app: ConsensusApp<E>,
    private readonly o: EngineOptions,
  ) {
    this.machine = new ConsensusMachine<Block>({ chainId: o.chainId, me: o.key.publicKey, timeouts: o.timeouts });
  }

  /**
   * Opens the sign state and WAL (throwing SIGN_STATE_CORRUPT or
   * WAL_CORRUPT), then, one block time later (as after any commit), enters
   * the next height and replays the WAL's records of it.
   */
  async start(): Promise<void> {
    this.guard = SignGuard.open(this.o.signStatePath, this.o.key.seed);
    // Known now, so that peers' messages for the first height are checked and kept while it waits.
    this.validators = (await this.app.validatorSet()).validators;
    const { log, records, truncated } = RecordLog.open(this.o.walPath);
    this.wal = log;
    if (truncated > 0) this.o.log.warn('cut a torn last record off the consensus WAL', { bytes: truncated });
    const next = this.app.headHeight() + 1n;
    const replay = records.map((bytes) => walRecordCodec.decode(bytes)).filter((r) => recordHeight(r) === next);
    for (const r of replay) {
      if (r.record === 'message' && this.isOwn(r.message)) this.rememberSigned(r.message);
    }
    this.entering = next;
    this.after(this.o.blockTimeMs, () =>
      void this.serially(async () => {
        // The WAL first, so the machine is back where it was before it sees what arrived since.
        const arrived = [...this.later.values()];
        this.later = new Map();
        await this.enterHeight();
        for (const r of replay) {
          // One record the machine refuses must not cost the rest of the replay.
          try {
            if (r.record === 'message') await this.receive(r.message, false);
            else await this.feed({ kind: 'timeout', step: TIMEOUT_STEPS[r.timeout.step - 1]!, height: r.timeout.height, round: r.timeout.round }, false);
          } catch (err) {
            this.o.log.warn('skipped a consensus WAL record', { record: r.record, error: err, code: (err as { code?: string }).code });
          }
        }
        if (replay.length > 0) this.o.log.info('replayed the consensus WAL', { height: next, records: replay.length, round: this.machine.round });
        for (const m of arrived) {
          if (heightOfMessage(m)! > this.height) this.later.set(messageKey(m), m);
          else await this.receive(m, true);
        }
      }),
    );
    this.resendTimer = setInterval(() => void this.serially(async () => this.resend()), RESEND_MS);
  }

  /** Stops timers, lets the running step finish and closes the WAL; calling it again waits for the same stop. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.stopped = true;
      clearInterval(this.resendTimer);
      for (const t of this.timers) clearTimeout(t);
      await this.queue;
      this.wal?.close();
    })();
    return this.stopping;
  }

  /** Where consensus stands, for `status`. */
  status(): ConsensusStatus {
    const m = this.machine;
    return { height: this.height.toString(), round: m.round, step: m.step, locked_round: m.lockedRound, valid_round: m.validRound };
  }

  /**
   * A peer's proposal or vote from gossip. Throws ConsensusError BAD_MESSAGE
   * (the forwarder is penalised); 'ignore' for what is old, too far ahead or
   * already known; 'accept' (forward it) otherwise.
   */
  offer(m: ConsensusMessage): OfferVerdict {
    const height = heightOfMessage(m);
    if (height === undefined) throw new ConsensusError('BAD_MESSAGE', 'consensus message without content');
    const current = this.entering ?? this.height;
    if (height < current || height > current + 1n || this.validators.length === 0) return 'ignore';
    const key = messageKey(m);
    if (this.known.has(key) || this.later.has(key)) return 'ignore';
    const later = height !== this.height || this.entering !== undefined;
    // The next height's set may differ (staking): a signer outside the current one is not at fault.
    if (later && !this.validators.some((v) => bytesEqual(v.consensusKey, signerOf(m)))) return 'ignore';
    const event = eventOf(m, this.o.chainId, this.validators);
    if (later) {
      if (this.later.size < MAX_LATER) this.later.set(key, m);
      return 'accept';
    }
    this.known.set(key, m);
    void this.serially(() => this.receive(m, true, event));
    return 'accept';
  }

  /**
   * The chain committed `height` by block sync (a block this engine did not
   * decide): move on at once. Blocks synced before start() need nothing: the
   * engine starts after the head it finds then.
   */
  committed(height: bigint): void {
    if (this.wal !== undefined && !this.deciding) this.moveOn(height, 0);
  }

  // ---- the serial queue ----

  private serially(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(() => (this.stopped ? undefined : task()));
    this.queue = run.catch((err: unknown) => this.o.log.error('consensus step failed', { error: err, code: (err as { code?: string }).code }));
    return this.queue;
  }

  private after(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.stopped) run();
    }, ms);
    this.timers.add(timer);
  }

  /** Leaves the current height once `height` is committed, entering the next after `waitMs`. */
  private moveOn(height: bigint, waitMs: number): void {
    if (this.stopped || height < this.height || this.entering === height + 1n) return;
    this.entering = height + 1n;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.wal!.reset();
    this.keepLater(height);
    this.after(waitMs, () => this.enterWhenReady());
  }

  /** Drops buffered messages of `height` and below. */
  private keepLater(height: bigint): void {
    for (const [key, m] of this.later) if (heightOfMessage(m)! <= height) this.later.delete(key);
  }

  private enterWhenReady(): void {
    if (!this.o.emptyBlocks && !this.app.hasTxs()) {
      this.after(50, () => this.enterWhenReady());
      return;
    }
    void this.serially(() => this.enterHeight());
  }

  private async enterHeight(): Promise<void> {
    this.entering = undefined;
    const height = this.app.headHeight() + 1n;
    if (height === this.height && !this.machine.decided) return;
    this.height = height;
    this.heightStartedAt = Date.now();
    const set = await this.app.validatorSet();
    this.validators = set.validators;
    if (this.schedule?.fromHeight !== set.since) this.schedule = new ProposerSchedule(set.validators, set.since);
    this.executed = new Map();
    this.known = new Map();
    for (const key of [...this.signed.keys()]) if (!key.startsWith(`${height}/`)) this.signed.delete(key);
    await this.apply(this.machine.startHeight(height, this.validators, this.schedule));
    const ready = [...this.later.values()].filter((m) => heightOfMessage(m) === height);
    this.keepLater(height);
    for (const m of ready) {
      this.known.set(messageKey(m), m);
      // Checked against the previous height's set when it arrived; this height's may have dropped its signer.
      await this.receive(m, true).catch((err: unknown) => {
        if (!(err instanceof ConsensusError)) throw err;
        this.o.log.debug('dropped a message kept for this height', { error: err.message });
      });
    }
  }

  // ---- events into the machine ----

  /** A proposal or vote of the current height (its event, when `offer` has checked it already). */
  private async receive(m: ConsensusMessage, log: boolean, checked?: ConsensusEvent<Block>): Promise<void> {
    if (heightOfMessage(m) !== this.height) return;
    this.known.set(messageKey(m), m);
    await this.feed(checked ?? eventOf(m, this.o.chainId, this.validators), log && !this.isOwn(m), { record: 'message', message: m });
  }

  private async feed(event: ConsensusEvent<Block>, log: boolean, record?: WalRecord): Promise<void> {
    if (log) this.wal!.append(walRecordCodec.encode(record ?? walTimeout(event)), false);
    if (event.kind === 'vote') {
      const v = event.vote.vote;
      this.o.log.debug('vote', { height: v.height, round: v.round, type: v.type === VoteType.PREVOTE ? 'prevote' : 'precommit', validator: toHex(event.vote.validator).slice(0, 10), block: v.blockHash.length === 0 ? 'nil' : toHex(v.blockHash).slice(0, 10) });
    } else if (event.kind === 'timeout') {
      this.o.log.debug('timeout', { height: event.height, round: event.round, step: event.step });
    }
    const round = this.machine.round;
    await this.apply(this.machine.handle(event));
    if (this.machine.round > round) this.o.log.info('new round', { height: this.height, round: this.machine.round, after: event.kind });
  }

  private async apply(actions: ConsensusAction<Block>[]): Promise<void> {
    for (const a of actions) {
      switch (a.kind) {
        case 'build':
          await this.build(a.height, a.round);
          break;
        case 'validate': {
          const executed = await this.app.validate(a.block).catch((err: unknown) => {
            this.o.log.info('proposal is invalid', { height: a.height, round: a.round, code: (err as { code?: string }).code, error: err });
            return undefined;
          });
          if (executed !== undefined) this.executed.set(bytesKey(executed.hash), executed);
          await this.feed({ kind: 'validated', height: a.height, round: a.round, blockHash: a.blockHash, valid: executed !== undefined }, false);
          break;
        }
        case 'propose':
          this.send(this.sign(proposalSignBytes(proposalContent(this.o.chainId, a.proposal)), a.proposal.height, a.proposal.round, SignStep.PROPOSAL, (signature) => proposalMessage(this.o.chainId, a.proposal, signature)));
          break;
        case 'vote': {
          const message = this.sign(voteSignBytes(a.vote), a.vote.height, a.vote.round, voteStep(a.vote.type), (signature) => voteMessage(a.vote, this.o.key.publicKey, signature));
          if (message?.message !== 'vote') break;
          this.send(message);
          if (this.o.doubleSign) this.sendConflictingVote(a.vote);
          // Its own vote, just signed: no signature check on the way back in.
          await this.receive(message, false, { kind: 'vote', vote: { vote: a.vote, validator: message.vote.validator, signature: message.vote.signature } });
          break;
        }
        case 'schedule':
          this.after(a.ms, () => void this.serially(() => this.feed({ kind: 'timeout', step: a.step, height: a.height, round: a.round }, true)));
          break;
        case 'decide':
          await this.decide(a.block, a.commit);
          break;
        case 'equivocation': {
          const validator = toHex(a.second.validator);
          this.o.log.warn('a validator signed two different votes', { validator, height: a.second.vote.height, round: a.second.vote.round, type: a.second.vote.type });
          if (!this.reported.has(validator)) {
            this.reported.add(validator);
            this.o.onEquivocation?.(a.first, a.second);
          }
          break;
        }
      }
    }
  }

  /** Builds this node's block, or takes the one it proposed in this round before a restart. */
  private async build(height: bigint, round: number): Promise<void> {
    const before = this.signed.get(signedKey(height, round, SignStep.PROPOSAL));
    let executed: E | undefined;
    if (before?.message.message === 'proposal') executed = await this.app.validate(before.message.proposal.block!);
    executed ??= await this.app.build();
    this.executed.set(bytesKey(executed.hash), executed);
    await this.feed({ kind: 'built', height, round, block: executed.block, blockHash: executed.hash }, false);
  }

  private async decide(block: Block, commit: Commit): Promise<void> {
    const executed = this.executed.get(bytesKey(commit.blockHash));
    if (executed === undefined) throw new Error(`decided block ${toHex(commit.blockHash)} was never executed here`);
    this.o.log.info('decided', { height: commit.height, round: commit.round, hash: toHex(commit.blockHash), signatures: commit.signatures.length });
    this.deciding = true;
    try {
      await this.app.commit(executed, commit);
    } finally {
      this.deciding = false;
    }
    this.moveOn(block.header!.height, Math.max(0, this.o.blockTimeMs - (Date.now() - this.heightStartedAt)));
  }

  // ---- signing and sending ----

  /**
   * The signed message for (height, round, step): what was signed there
   * before when the bytes are the same; nothing (logged) when they differ,
   * which only a bug or a lost WAL could cause; otherwise a new signature,
   * durable in the guard and the WAL before it is returned.
   */
  private sign(signBytes: Uint8Array, height: bigint, round: number, step: number, message: (signature: Uint8Array) => ConsensusMessage): ConsensusMessage | undefined {
    const key = signedKey(height, round, step);
    const before = this.signed.get(key);
    if (before !== undefined) {
      if (bytesEqual(before.signBytes, signBytes)) return before.message;
      this.o.log.error('refusing to sign a conflicting message', { height, round, step });
      return undefined;
    }
    let signature: Uint8Array;
    try {
      signature = this.guard.sign(height, round, step, signBytes);
    } catch (err) {
      if (!(err instanceof ConsensusError)) throw err;
      this.o.log.error('the double-sign guard refused to sign', { height, round, step, error: err });
      return undefined;
    }
    const signed = message(signature);
    this.signed.set(key, { signBytes, message: signed });
    this.wal!.append(walRecordCodec.encode({ record: 'message', message: signed }), true);
    return signed;
  }

  /** The test-only fault of `doubleSign`: a second, nil prevote for a round where this node prevoted a block. */
  private sendConflictingVote(vote: Vote): void {
    if (vote.type !== VoteType.PREVOTE || vote.blockHash.length === 0) return;
    const nil = { ...vote, blockHash: new Uint8Array(0) };
    this.o.log.warn('test fault: double-signing a prevote', { height: vote.height, round: vote.round });
    this.o.publish(voteMessage(nil, this.o.key.publicKey, sign(this.o.key.seed, voteSignBytes(nil))));
  }

  private send(message: ConsensusMessage | undefined): void {
    if (message === undefined) return;
    this.known.set(messageKey(message), message);
    this.o.publish(message);
  }

  /**
   * Every vote of the height, and the proposal of the current round only:
   * proposals carry whole blocks, and a node that missed an earlier round's
   * block that got decided takes it from block sync instead.
   */
  private resend(): void {
    if (this.entering !== undefined) return;
    for (const m of this.known.values()) {
      if (m.message === 'vote' || m.proposal.proposal!.round === this.machine.round) this.o.publish(m);
    }
  }

  private isOwn(m: ConsensusMessage): boolean {
    return bytesEqual(signerOf(m), this.o.key.publicKey);
  }

  private rememberSigned(m: ConsensusMessage): void {
    const s = signedStepOf(m);
    this.signed.set(signedKey(s.height, s.round, s.step), { signBytes: s.signBytes, message: m });
  }
}

function recordHeight(r: WalRecord): bigint | undefined {
  return r.record === 'message' ? heightOfMessage(r.message) : r.timeout.height;
}

function walTimeout(event: ConsensusEvent<Block>): WalRecord {
  if (event.kind !== 'timeout') throw new Error(`only timeouts are logged without a record, not ${event.kind}`);
  return { record: 'timeout', timeout: { height: event.height, round: event.round, step: TIMEOUT_STEPS.indexOf(event.step) + 1 } };
}
