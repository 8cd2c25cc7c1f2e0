/**
 * The consensus driver: runs the pure ConsensusMachine inside the node
 * (docs/consensus.md "The engine"). One serial queue owns the machine: peer
 * messages, timeouts, built and validated blocks all become tasks on it, in
 * arrival order, so the round state is never touched concurrently.
 *
 * Around the machine it keeps the promises the machine cannot:
 * - nothing is signed twice (signer.ts: the double-sign guard, then the
 *   WAL with a sync, then the send);
 * - the WAL holds what the machine kept of the current height (the inputs
 *   it reports with `record` actions) and the node's own messages, and is
 *   replayed on start, so a crash resumes in the same round with the same
 *   lock;
 * - peers' messages cost a signature check only when the machine would
 *   keep them, and messages of heights it has not entered wait in a buffer
 *   bounded per signer (message-buffer.ts);
 * - every second it re-sends what a peer that missed something can still
 *   use: its own messages of the round, the round's proposal and the polka
 *   of its valid value (gossip can lose messages);
 * - it never stalls by its own fault: building and validating run beside
 *   the queue and answer with events (a failed build proposes nothing and
 *   the round times out), and an IO step that fails is retried with backoff
 *   and, if it keeps failing, the engine stops and calls `onFatal`.
 *
 * Its clock, storage, signing key, signature check and transport are given
 * to it, so the simulation runs this same engine on virtual time.
 */
import { walRecordCodec } from '../codec/codecs.js';
import { proposalSignBytes, voteSignBytes } from '../codec/hashes.js';
import { VoteType, type Block, type Commit, type ConsensusMessage, type Validator, type WalRecord } from '../codec/types.js';
import { bytesEqual, bytesKey, toHex } from '../crypto/bytes.js';
import type { Logger } from '../node/log.js';
import { sleep, type Clock } from './clock.js';
import { ConsensusError } from './errors.js';
import { ConsensusMachine } from './machine.js';
import { MessageBuffer } from './message-buffer.js';
import { ProposerSchedule } from './proposer.js';
import type { WalStore } from './record-log.js';
import { SignGuard, type SignStateStore } from './sign-guard.js';
import { ConsensusSigner } from './signer.js';
import { SignStep, type ConsensusAction, type ConsensusEvent, type RecordedEvent, type SignedConsensusVote, type TimeoutStep, type Timeouts } from './types.js';
import {
  checkSignatures,
  eventOf,
  heightOfMessage,
  messageOf,
  proposalContent,
  proposalMessage,
  quorumMessage,
  signerOf,
  ValidatorIndex,
  voteMessage,
  voteStep,
  type Verify,
} from './wire.js';

/** How often the engine re-sends what peers may have missed. */
const RESEND_MS = 1000;
/** An IO step (signing, the WAL, a commit) is tried this many times, waiting 100, 200, 400… ms between, before the engine gives up. */
export const IO_ATTEMPTS = 6;
const IO_RETRY_MS = 100;
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
  /** Re-executes a proposed block for the next height; rejects when it is invalid. */
  validate(block: Block): Promise<E>;
  /** Commits a decided block, unless that height was committed meanwhile (by block sync). */
  commit(executed: E, commit: Commit): Promise<void>;
  /** False: wait for pending txs before starting a height (the "no empty blocks" mode). */
  hasTxs(): boolean;
}

/** Where the engine keeps what must survive a crash. */
export interface ConsensusStorage {
  /** The double-sign guard's last sign state (sign-guard.ts). */
  signState: SignStateStore;
  /** Opens the write-ahead log, cutting off a torn last record (record-log.ts); throws WAL_CORRUPT. */
  openWal(): { log: WalStore; truncated: number };
}

export interface EngineOptions {
  chainId: string;
  /** This node's consensus key, and a signature by it. */
  publicKey: Uint8Array;
  sign(message: Uint8Array): Uint8Array;
  verify: Verify;
  storage: ConsensusStorage;
  clock: Clock;
  timeouts: Timeouts;
  /** The target time from one height's start to the next's (the block time): after a commit the engine waits what is left of it. */
  blockTimeMs: number;
  emptyBlocks: boolean;
  publish(message: ConsensusMessage): void;
  /** Called once per validator seen signing two different votes for one (height, round, type). */
  onEquivocation?(first: SignedConsensusVote, second: SignedConsensusVote): void;
  /** An IO step failed IO_ATTEMPTS times: the engine has stopped and the node must stop too (error code IO_FAILED). */
  onFatal(error: ConsensusError): void;
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

/** What the engine holds now, against the bounds of docs/consensus.md. */
export interface EngineFootprint {
  votes: number;
  farVotes: number;
  proposals: number;
  buffered: number;
  bufferedBytes: number;
  walBytes: number;
}

/** Thrown out of a task once the engine has given up on a failing IO step (onFatal was called). */
class Halted extends Error {}

type PeerEvent = Extract<ConsensusEvent<Block>, { kind: 'proposal' | 'vote' | 'quorum' }>;

export class ConsensusEngine<E extends Executed> {
  readonly machine: ConsensusMachine<Block>;
  private signer!: ConsensusSigner;
  private wal!: WalStore;
  private set = new ValidatorIndex([]);
  private schedule: ProposerSchedule | undefined;
  /** Validators already reported for equivocation. */
  private readonly reported = new Set<string>();
  /** The height being decided once entered, else the one the engine waits to enter: always the chain's head + 1 or above. */
  private height = 0n;
  private entered = false;
  /** Blocks of this height built or validated here, by hash, and the executions still running. */
  private executed = new Map<string, E>();
  private readonly executing = new Set<Promise<E>>();
  private readonly buffer = new MessageBuffer();
  private readonly timers = new Set<() => void>();
  private cancelResend: (() => void) | undefined;
  /** The earlier round whose own votes are re-sent next. */
  private resendRound: number | undefined;
  private queue: Promise<void> = Promise.resolve();
  private started = false;
  private stopped = false;
  private stopping: Promise<void> | undefined;
  private replaying = false;
  /** When the current height started (the clock's ms): the block time counts from here. */
  private heightStartedAt = 0;
  /** Messages handed to `publish` so far. */
  sent = 0;

  constructor(
    private readonly app: ConsensusApp<E>,
    private readonly o: EngineOptions,
  ) {
    this.machine = new ConsensusMachine<Block>({ chainId: o.chainId, me: o.publicKey, timeouts: o.timeouts });
  }

  /**
   * Opens the sign state and WAL (throwing SIGN_STATE_CORRUPT or
   * WAL_CORRUPT), then, one block time later (as after any commit), enters
   * the next height and replays the WAL's records of it.
   */
  async start(): Promise<void> {
    const guard = SignGuard.open(this.o.storage.signState, this.o.sign);
    const { log, truncated } = this.o.storage.openWal();
    this.wal = log;
    this.signer = new ConsensusSigner(guard, log, this.o.log);
    if (truncated > 0) this.o.log.warn('cut a torn last record off the consensus WAL', { bytes: truncated });
    // Known now, so that peers' messages for the first height are checked and kept while it waits.
    this.set = new ValidatorIndex((await this.app.validatorSet()).validators);
    this.height = this.app.headHeight() + 1n;
    for (const r of this.walRecords()) {
      if (r.record === 'message' && this.isOwn(r.message)) this.signer.remember(r.message);
    }
    this.started = true;
    this.after(this.o.blockTimeMs, () => void this.post(() => this.enterHeight(true)));
    this.resendEverySecond();
  }

  /** Stops timers, lets the running step finish and closes the WAL; calling it again waits for the same stop. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.halt();
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

  footprint(): EngineFootprint {
    return { ...this.machine.kept(), buffered: this.buffer.count, bufferedBytes: this.buffer.bytes, walBytes: this.wal?.bytes ?? 0 };
  }

  /**
   * A peer's proposal, vote or vote quorum from gossip, `bytes` long on the
   * wire. Throws ConsensusError BAD_MESSAGE (the forwarder is penalised);
   * 'ignore' for what is old, too far ahead, known or beyond the bounds;
   * 'accept' (forward it) for what was kept.
   */
  offer(m: ConsensusMessage, bytes = 0): OfferVerdict {
    const height = heightOfMessage(m);
    if (height === undefined) throw new ConsensusError('BAD_MESSAGE', 'consensus message without content');
    if (!this.started || this.stopped || height < this.height || height > this.height + 1n) return 'ignore';
    if (height === this.height && this.entered) return this.offerCurrent(m);
    // A height not entered yet: its set may differ (staking), so a signer outside the current one is not at fault.
    const signer = signerOf(m);
    if (signer === undefined || !this.set.has(signer)) return 'ignore';
    const event = eventOf(m, this.o.chainId, this.set);
    if (!this.buffer.wouldKeep(signer, m)) return 'ignore';
    checkSignatures(event, this.o.chainId, this.o.verify);
    this.buffer.keep(signer, m, bytes);
    return 'accept';
  }

  /**
   * The chain committed `height` by block sync (a block this engine did not
   * decide): move on at once. Blocks synced before start() need nothing: the
   * engine starts after the head it finds then.
   */
  committed(height: bigint): void {
    if (this.started) void this.post(() => this.moveOn(height, 0));
  }

  // ---- the serial queue and timers ----

  private post(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(() => (this.stopped ? undefined : task()));
    this.queue = run.catch((err: unknown) => {
      if (!(err instanceof Halted)) this.o.log.error('consensus step failed', { error: err, code: codeOf(err) });
    });
    return this.queue;
  }

  private after(ms: number, run: () => void): void {
    const cancel = this.o.clock.after(ms, () => {
      this.timers.delete(cancel);
      if (!this.stopped) run();
    });
    this.timers.add(cancel);
  }

  private cancelTimers(): void {
    for (const cancel of this.timers) cancel();
    this.timers.clear();
  }

  private resendEverySecond(): void {
    this.cancelResend = this.o.clock.after(RESEND_MS, () => {
      if (this.stopped) return;
      void this.post(async () => this.resend());
      this.resendEverySecond();
    });
  }

  private halt(): void {
    this.stopped = true;
    this.cancelResend?.();
    this.cancelTimers();
  }

  /**
   * Runs an IO step, retrying it with doubling waits; after IO_ATTEMPTS
   * failures the engine stops and reports it (a consensus that cannot sign,
   * log or commit must not go on silently).
   */
  private async durably<T>(what: string, step: () => T | Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await step();
      } catch (err) {
        if (this.stopped) throw new Halted();
        if (attempt >= IO_ATTEMPTS) {
          this.halt();
          this.o.onFatal(new ConsensusError('IO_FAILED', `${what} failed ${attempt} times, last: ${(err as Error).message}`, { step: what }));
          throw new Halted();
        }
        this.o.log.warn('a consensus IO step failed; retrying', { step: what, attempt, error: err, code: codeOf(err) });
        await sleep(this.o.clock, IO_RETRY_MS * 2 ** (attempt - 1));
        if (this.stopped) throw new Halted();
      }
    }
  }

  // ---- heights ----

  /** Leaves the current height once `height` is committed, entering the next after `waitMs`. */
  private async moveOn(height: bigint, waitMs: number): Promise<void> {
    if (height < this.height) return;
    this.cancelTimers();
    this.entered = false;
    this.height = height + 1n;
    this.buffer.take(height);
    await this.durably('emptying the WAL', () => this.wal.reset());
    this.after(waitMs, () => this.enterWhenReady());
  }

  private enterWhenReady(): void {
    if (!this.o.emptyBlocks && !this.app.hasTxs()) {
      this.after(50, () => this.enterWhenReady());
      return;
    }
    void this.post(() => this.enterHeight(false));
  }

  /** Enters the chain's next height; after a restart, replays the WAL first, before what arrived meanwhile. */
  private async enterHeight(replay: boolean): Promise<void> {
    if (this.entered) return;
    const height = this.app.headHeight() + 1n;
    const set = await this.app.validatorSet();
    this.height = height;
    this.set = new ValidatorIndex(set.validators);
    if (this.schedule?.fromHeight !== set.since) this.schedule = new ProposerSchedule(set.validators, set.since);
    this.executed = new Map();
    this.signer.forgetBelow(height);
    this.entered = true;
    this.heightStartedAt = this.o.clock.now();
    await this.apply(this.machine.startHeight(height, set.validators, this.schedule));
    if (replay) await this.replay();
    for (const m of this.buffer.take(height)) {
      // Checked against the previous height's set when it arrived; this height's may have dropped its signer.
      let event: PeerEvent;
      try {
        event = eventOf(m, this.o.chainId, this.set);
      } catch {
        continue;
      }
      if (this.admission(event) !== 'drop') await this.feed(event);
    }
  }

  private async replay(): Promise<void> {
    let count = 0;
    this.replaying = true;
    try {
      for (const r of this.walRecords()) {
        count++;
        // One record the machine refuses must not cost the rest of the replay.
        try {
          const event = this.eventOfRecord(r);
          if (event !== undefined) await this.feed(event);
        } catch (err) {
          if (err instanceof Halted) throw err;
          this.o.log.warn('skipped a consensus WAL record', { record: r.record, error: err, code: codeOf(err) });
        }
      }
    } finally {
      this.replaying = false;
    }
    if (count > 0) this.o.log.info('replayed the consensus WAL', { height: this.height, records: count, round: this.machine.round });
  }

  private *walRecords(): Generator<WalRecord> {
    for (const bytes of this.wal.records()) {
      const r = walRecordCodec.decodeOwn(bytes);
      if (recordHeight(r) === this.height) yield r;
    }
  }

  /**
   * The machine input a WAL record stands for. The node's own fresh proposal
   * stands for the `built` that made it (signed right then); its own
   * re-proposal for nothing (the machine re-proposes its valid value itself).
   */
  private eventOfRecord(r: WalRecord): ConsensusEvent<Block> | undefined {
    switch (r.record) {
      case 'timeout':
        return { kind: 'timeout', step: TIMEOUT_STEPS[r.timeout.step - 1]!, height: r.timeout.height, round: r.timeout.round };
      case 'round':
        return { kind: 'round', height: r.round.height, round: r.round.round };
      case 'validated':
        return { kind: 'validated', ...r.validated };
      case 'message': {
        const m = r.message;
        if (m.message !== 'proposal' || !this.isOwn(m)) return eventOf(m, this.o.chainId, this.set);
        const p = m.proposal.proposal!;
        return p.hasPolRound ? undefined : { kind: 'built', height: p.height, round: p.round, block: m.proposal.block!, blockHash: p.blockHash };
      }
    }
  }

  // ---- peer messages of the current height ----

  private offerCurrent(m: ConsensusMessage): OfferVerdict {
    const event = eventOf(m, this.o.chainId, this.set);
    const admission = this.admission(event);
    if (admission === 'not-proposer') throw new ConsensusError('BAD_MESSAGE', `proposal for round ${event.kind === 'proposal' ? event.proposal.round : ''} from a validator that does not propose it`);
    if (admission === 'drop') return 'ignore';
    checkSignatures(event, this.o.chainId, this.o.verify, (v) => this.machine.hasVote(v));
    void this.post(() => this.feed(event));
    return 'accept';
  }

  /** What the machine would do with a peer's message, asked before its signatures are checked. */
  private admission(event: PeerEvent): 'keep' | 'report' | 'drop' | 'not-proposer' {
    if (event.kind === 'proposal') return this.machine.proposalAdmission(event.proposal.proposer, event.proposal.round);
    if (event.kind === 'vote') {
      const v = event.vote.vote;
      return this.machine.voteAdmission(event.vote.validator, v.round, v.type, v.blockHash);
    }
    const q = event.quorum;
    return this.machine.quorumAdmission(q.round, q.type, q.blockHash);
  }

  // ---- events into the machine, actions out ----

  private async feed(event: ConsensusEvent<Block>): Promise<void> {
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

  /** Carries out each action; one that fails (a bug) is logged and the rest still run. */
  private async apply(actions: ConsensusAction<Block>[]): Promise<void> {
    for (const a of actions) {
      try {
        await this.act(a);
      } catch (err) {
        if (err instanceof Halted) throw err;
        this.o.log.error('a consensus action failed', { action: a.kind, error: err, code: codeOf(err) });
      }
    }
  }

  private async act(a: ConsensusAction<Block>): Promise<void> {
    switch (a.kind) {
      case 'record':
        if (!this.replaying) {
          const record = walRecordCodec.encode(this.recordOf(a.event));
          await this.durably('logging to the WAL', () => this.wal.append(record, false));
        }
        break;
      case 'build':
        this.build(a.height, a.round);
        break;
      case 'validate':
        this.validate(a.height, a.round, a.blockHash, a.block);
        break;
      case 'propose': {
        const p = a.proposal;
        const message = await this.durably('signing a proposal', () =>
          this.signer.sign(p.height, p.round, SignStep.PROPOSAL, proposalSignBytes(proposalContent(this.o.chainId, p)), (signature) => proposalMessage(this.o.chainId, p, signature)),
        );
        if (message === undefined) break;
        this.publish(message);
        const polka = this.machine.validQuorum();
        if (p.polRound >= 0 && polka !== undefined) this.publish(quorumMessage(polka));
        break;
      }
      case 'vote': {
        const message = await this.durably('signing a vote', () =>
          this.signer.sign(a.vote.height, a.vote.round, voteStep(a.vote.type), voteSignBytes(a.vote), (signature) => voteMessage(a.vote, this.o.publicKey, signature)),
        );
        if (message?.message !== 'vote') break;
        this.publish(message);
        // Its own vote, just signed: no signature check on the way back in.
        await this.feed({ kind: 'vote', vote: { vote: a.vote, validator: this.o.publicKey, signature: message.vote.signature } });
        break;
      }
      case 'schedule':
        this.after(a.ms, () => void this.post(() => this.feed({ kind: 'timeout', step: a.step, height: a.height, round: a.round })));
        break;
      case 'decide':
        await this.decide(a.height, a.commit);
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

  /**
   * Builds this node's block beside the queue, or takes the one it proposed
   * in this round before a restart; the machine hears `built` when it is
   * ready. A build that fails leaves the round without a proposal from
   * this node: its propose timeout is running already.
   */
  private build(height: bigint, round: number): void {
    const before = this.signer.signedAt(height, round, SignStep.PROPOSAL);
    const building = this.execute(height, before?.message === 'proposal' ? this.app.validate(before.proposal.block!) : this.app.build());
    building.then(
      (executed) => void this.post(() => this.feedAt(height, { kind: 'built', height, round, block: executed.block, blockHash: executed.hash })),
      (err: unknown) => this.o.log.error('building a block failed: this node proposes nothing in this round', { height, round, error: err, code: codeOf(err) }),
    );
  }

  /** Executes a proposed block beside the queue; the machine hears `validated`. */
  private validate(height: bigint, round: number, blockHash: Uint8Array, block: Block): void {
    const answer = (valid: boolean) => void this.post(() => this.feedAt(height, { kind: 'validated', height, round, blockHash, valid }));
    this.execute(height, this.app.validate(block)).then(
      () => answer(true),
      (err: unknown) => {
        // Block sync may commit the height while the check waits its turn: then it failed only for being late.
        if (this.app.headHeight() >= height) this.o.log.debug('a proposal was checked after its height was committed', { height, round, code: codeOf(err) });
        else this.o.log.info('proposal is invalid', { height, round, code: codeOf(err), error: err });
        answer(false);
      },
    );
  }

  /**
   * Keeps what `running` executes for this height, as soon as it is done
   * (not in turn on the queue: a decision may be waiting for it, e.g. when
   * the WAL's replay decided the height before its validation finished).
   */
  private execute(height: bigint, running: Promise<E>): Promise<E> {
    const kept = running.then((executed) => {
      if (height === this.height) this.executed.set(bytesKey(executed.hash), executed);
      return executed;
    });
    this.executing.add(kept);
    void kept.catch(() => undefined).finally(() => this.executing.delete(kept));
    return kept;
  }

  private async feedAt(height: bigint, event: ConsensusEvent<Block>): Promise<void> {
    if (height === this.height && this.entered) await this.feed(event);
  }

  private async decide(height: bigint, commit: Commit): Promise<void> {
    const hash = bytesKey(commit.blockHash);
    if (!this.executed.has(hash)) await Promise.allSettled([...this.executing]);
    const executed = this.executed.get(hash);
    // The machine decides only blocks it saw built or validated here; should that ever fail, block sync moves the engine on.
    if (executed === undefined) throw new Error(`decided block ${toHex(commit.blockHash)} was never executed here`);
    this.o.log.info('decided', { height, round: commit.round, hash: toHex(commit.blockHash), signatures: commit.signatures.length });
    await this.durably(`committing block ${height}`, () => this.app.commit(executed, commit));
    await this.moveOn(height, Math.max(0, this.o.blockTimeMs - (this.o.clock.now() - this.heightStartedAt)));
  }

  // ---- sending ----

  private publish(message: ConsensusMessage): void {
    this.sent++;
    try {
      this.o.publish(message);
    } catch (err) {
      this.o.log.warn('publishing a consensus message failed', { error: err });
    }
  }

  /**
   * What a peer of this height that lost messages can still use (docs/consensus.md
   * "Re-sending"), at most 2n + 5 messages a second for n validators: this
   * node's own messages of the current round; every validator's first vote
   * of one earlier round, a different round each time, newest first (a peer
   * stuck in a round may need votes of it that only this node still has —
   * also a silent Byzantine validator's, when an honest one left that round
   * on a timeout without voting in it — and gets them within that many
   * seconds); the round's proposal; and the polka of its valid value, which
   * a re-proposal of that value needs everyone to have seen.
   */
  private resend(): void {
    if (!this.entered || this.machine.decided) return;
    const round = this.machine.round;
    for (const m of this.signer.ownMessages(this.height, round)) this.publish(m);
    if (round > 0) {
      if (this.resendRound === undefined || this.resendRound >= round || this.resendRound < 0) this.resendRound = round - 1;
      for (const v of this.machine.votesOf(this.resendRound)) this.publish(voteMessage(v.vote, v.validator, v.signature));
      this.resendRound--;
    }
    const proposal = this.machine.proposalOf(round);
    if (proposal !== undefined && !bytesEqual(proposal.proposer, this.o.publicKey)) this.publish(proposalMessage(this.o.chainId, proposal, proposal.signature));
    const polka = this.machine.validQuorum();
    if (polka !== undefined) this.publish(quorumMessage(polka));
  }

  private isOwn(m: ConsensusMessage): boolean {
    const signer = signerOf(m);
    return signer !== undefined && bytesEqual(signer, this.o.publicKey);
  }

  private recordOf(event: RecordedEvent<Block>): WalRecord {
    switch (event.kind) {
      case 'timeout':
        return { record: 'timeout', timeout: { height: event.height, round: event.round, step: TIMEOUT_STEPS.indexOf(event.step) + 1 } };
      case 'round':
        return { record: 'round', round: { height: event.height, round: event.round } };
      case 'validated':
        return { record: 'validated', validated: { height: event.height, round: event.round, blockHash: event.blockHash, valid: event.valid } };
      default:
        return { record: 'message', message: messageOf(this.o.chainId, event) };
    }
  }
}

function recordHeight(r: WalRecord): bigint | undefined {
  switch (r.record) {
    case 'message':
      return heightOfMessage(r.message);
    case 'timeout':
      return r.timeout.height;
    case 'round':
      return r.round.height;
    case 'validated':
      return r.validated.height;
  }
}

const codeOf = (err: unknown): string | undefined => (err as { code?: string } | undefined)?.code;
