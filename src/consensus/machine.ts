/**
 * The Tendermint consensus state machine of one node for one height at a
 * time, as in "The latest gossip on BFT consensus" (Buchman, Kwon,
 * Milosevic 2018), Algorithm 1; the line numbers below are the paper's.
 *
 * It is pure and single-threaded: the driver feeds it events and carries out
 * the actions it returns (docs/consensus.md). Every rule is re-checked after
 * each event until none applies, and rules that the paper fires "for the
 * first time" are remembered per round, so feeding the same message twice,
 * or a stale timeout, changes nothing.
 *
 * What it keeps is bounded (docs/consensus.md "Bounds"): rounds up to its
 * own + 1 in full (per validator and (round, type) at most two votes:
 * height-votes.ts; one proposal per round), and of any later round only
 * each validator's latest vote, enough for the round-skip rule (proposals
 * of later rounds are dropped). The driver
 * asks `voteAdmission` & co. before it checks a signature, so what would be
 * dropped costs no signature check.
 */
import { VoteType, type Commit, type Validator } from '../codec/types.js';
import { bytesEqual, bytesKey, compareBytes } from '../crypto/bytes.js';
import { HeightVotes, isQuorum, type Admission } from './height-votes.js';
import type { ProposerSchedule } from './proposer.js';
import type { ConsensusAction, ConsensusEvent, Proposal, Quorum, RecordedEvent, SignedConsensusVote, Step, TimeoutStep, Timeouts } from './types.js';

const NIL = new Uint8Array(0);

export interface MachineConfig {
  chainId: string;
  /** This node's consensus key; undefined for a node that only follows. */
  me?: Uint8Array;
  timeouts: Timeouts;
}

interface HeldProposal<B> {
  proposal: Proposal<B>;
  /** undefined while the driver validates the block. */
  valid: boolean | undefined;
}

interface Value<B> {
  round: number;
  blockHash: Uint8Array;
  block: B;
}

export class ConsensusMachine<B> {
  height = 0n;
  round = 0;
  step: Step = 'decided';
  private votes = new HeightVotes([]);
  private proposers: ProposerSchedule | undefined;
  private isValidator = false;
  private locked: Value<B> | undefined;
  private valid: Value<B> | undefined;
  private proposals = new Map<number, HeldProposal<B>>();
  /** Each validator's latest vote of a round beyond round + 1, fed in when the machine gets near it. */
  private farVotes = new Map<string, SignedConsensusVote>();
  /** Rules the paper runs "for the first time" only, as `${rule}/${round}`. */
  private fired = new Set<string>();
  private out: ConsensusAction<B>[] = [];

  constructor(private readonly config: MachineConfig) {}

  get decided(): boolean {
    return this.step === 'decided';
  }

  /** Round -1 when nothing is locked, as in the paper. */
  get lockedRound(): number {
    return this.locked?.round ?? -1;
  }

  get validRound(): number {
    return this.valid?.round ?? -1;
  }

  /** Enters round 0 of `height`, signed by `validators` whose proposers `schedule` gives. */
  startHeight(height: bigint, validators: readonly Validator[], schedule: ProposerSchedule): ConsensusAction<B>[] {
    this.height = height;
    this.votes = new HeightVotes(validators);
    this.proposers = schedule;
    this.isValidator = this.config.me !== undefined && this.votes.isValidator(this.config.me);
    this.locked = undefined;
    this.valid = undefined;
    this.proposals = new Map();
    this.farVotes = new Map();
    this.fired = new Set();
    this.startRound(0);
    return this.flush();
  }

  handle(event: ConsensusEvent<B>): ConsensusAction<B>[] {
    if (this.step !== 'decided') {
      switch (event.kind) {
        case 'proposal':
          this.onProposal(event.proposal);
          break;
        case 'vote':
          this.onVote(event.vote);
          break;
        case 'timeout':
          this.onTimeout(event);
          break;
        case 'quorum':
          this.onQuorum(event.quorum);
          break;
        case 'round':
          if (event.height === this.height && event.round > this.round) this.startRound(event.round);
          break;
        case 'built':
          this.onBuilt(event.height, event.round, event.block, event.blockHash);
          break;
        case 'validated':
          this.onValidated(event.height, event.round, event.blockHash, event.valid);
          break;
      }
      // Each rule fires at most once per round, so this ends; a decision ends it at once.
      while (this.applyOneRule() && !this.decided);
    }
    return this.flush();
  }

  // ---- what the driver asks before checking a signature ----

  /** What a vote of the current height would do here (docs/consensus.md "Bounds"). */
  voteAdmission(validator: Uint8Array, round: number, type: number, blockHash: Uint8Array): Admission {
    if (this.decided) return 'drop';
    if (round > this.round + 1) return this.votes.isValidator(validator) && round > this.farVoteRound(validator) ? 'keep' : 'drop';
    return this.votes.admission(validator, round, type, blockHash);
  }

  /** 'not-proposer': signed by a validator that does not propose that round, a fault the forwarder should have seen. */
  proposalAdmission(proposer: Uint8Array, round: number): Admission | 'not-proposer' {
    // A far round's proposal is dropped unchecked (no proposer lookup, no signature check): its proposer's votes there count for the skip rule.
    if (this.decided || round > this.round + 1) return 'drop';
    if (!bytesEqual(proposer, this.proposerOf(round))) return 'not-proposer';
    return this.proposals.has(round) ? 'drop' : 'keep';
  }

  /** A quorum is kept only where it can add something: a round up to round + 1 without a quorum for that hash or a certified hash. */
  quorumAdmission(round: number, type: number, blockHash: Uint8Array): Admission {
    if (this.decided || round > this.round + 1 || this.votes.certified(round, type) !== undefined) return 'drop';
    return isQuorum(this.votes.powerFor(round, type, blockHash), this.votes.total) ? 'drop' : 'keep';
  }

  /** This exact signed vote is counted here already (a quorum's copy of it needs no signature check). */
  hasVote(signed: SignedConsensusVote): boolean {
    return this.votes.has(signed);
  }

  /** The proposal held for `round` of this height. */
  proposalOf(round: number): Proposal<B> | undefined {
    return this.proposals.get(round)?.proposal;
  }

  /** Each validator's first vote of an earlier `round` of this height (height-votes.ts firstVotes). */
  votesOf(round: number): SignedConsensusVote[] {
    return this.votes.firstVotes(round);
  }

  /** The polka of the valid value (the paper's validRound): what a proposal re-proposing it relies on, for peers that missed it. */
  validQuorum(): Quorum | undefined {
    if (this.valid === undefined) return undefined;
    const { round, blockHash } = this.valid;
    return { height: this.height, round, type: VoteType.PREVOTE, blockHash, votes: this.votes.votesFor(round, VoteType.PREVOTE, blockHash) };
  }

  /** What the machine keeps for this height, for the bounds. */
  kept(): { votes: number; farVotes: number; proposals: number } {
    return { votes: this.votes.size, farVotes: this.farVotes.size, proposals: this.proposals.size };
  }

  /** The proposer of a round of the current height. */
  private proposerOf(round: number): Uint8Array {
    return this.proposers!.proposer(this.height, round);
  }

  private flush(): ConsensusAction<B>[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  // ---- inputs ----

  private onProposal(p: Proposal<B>): void {
    if (p.height !== this.height || p.round > this.round + 1) return;
    if (this.proposals.has(p.round) || !bytesEqual(p.proposer, this.proposerOf(p.round))) return;
    if (p.polRound < -1 || p.polRound >= p.round) return;
    this.proposals.set(p.round, { proposal: p, valid: undefined });
    this.votes.heard(p.round, p.proposer);
    this.record({ kind: 'proposal', proposal: p });
    this.out.push({ kind: 'validate', height: p.height, round: p.round, blockHash: p.blockHash, block: p.block });
  }

  private onVote(signed: SignedConsensusVote): void {
    const v = signed.vote;
    if (v.height !== this.height || v.chainId !== this.config.chainId) return;
    if (v.type !== VoteType.PREVOTE && v.type !== VoteType.PRECOMMIT) return;
    if (v.round > this.round + 1) {
      if (!this.votes.isValidator(signed.validator) || v.round <= this.farVoteRound(signed.validator)) return;
      this.farVotes.set(bytesKey(signed.validator), signed);
      this.votes.heard(v.round, signed.validator);
      return;
    }
    const { kept, conflicts } = this.votes.add(signed);
    if (kept && !this.isMe(signed.validator)) this.record({ kind: 'vote', vote: signed });
    if (conflicts !== undefined) this.out.push({ kind: 'equivocation', first: conflicts, second: signed });
  }

  private onQuorum(q: Quorum): void {
    if (q.height !== this.height || q.round > this.round + 1 || !this.votes.certify(q.round, q.type, q.blockHash)) return;
    const out: ConsensusAction<B>[] = [];
    let kept = false;
    for (const signed of q.votes) {
      const added = this.votes.add(signed);
      kept ||= added.kept;
      if (added.conflicts !== undefined) out.push({ kind: 'equivocation', first: added.conflicts, second: signed });
    }
    if (kept) this.record({ kind: 'quorum', quorum: q });
    this.out.push(...out);
  }

  private farVoteRound(validator: Uint8Array): number {
    return this.farVotes.get(bytesKey(validator))?.vote.round ?? -1;
  }

  /** Far votes of rounds up to round + 1 now count like any other. */
  private promoteFarVotes(): void {
    for (const [key, signed] of this.farVotes) {
      if (signed.vote.round > this.round + 1) continue;
      this.farVotes.delete(key);
      this.onVote(signed);
    }
  }

  private isMe(key: Uint8Array): boolean {
    return this.config.me !== undefined && bytesEqual(key, this.config.me);
  }

  private record(event: RecordedEvent<B>): void {
    this.out.push({ kind: 'record', event });
  }

  private onBuilt(height: bigint, round: number, block: B, blockHash: Uint8Array): void {
    if (height !== this.height || round !== this.round || this.step !== 'propose' || this.proposals.has(round)) return;
    this.proposeValue({ round: -1, blockHash, block });
  }

  private onValidated(height: bigint, round: number, blockHash: Uint8Array, valid: boolean): void {
    const held = this.proposals.get(round);
    if (height !== this.height || held === undefined || held.valid !== undefined || !bytesEqual(held.proposal.blockHash, blockHash)) return;
    held.valid = valid;
    this.record({ kind: 'validated', height, round, blockHash, valid });
  }

  // Lines 57–65: a timeout only acts if the machine is still where it was scheduled.
  private onTimeout(t: Extract<ConsensusEvent<B>, { kind: 'timeout' }>): void {
    if (t.height !== this.height || t.round !== this.round) return;
    const acts = t.step === 'precommit' || t.step === this.step;
    if (!acts) return;
    this.record(t);
    if (t.step === 'propose') this.castPrevote(NIL);
    else if (t.step === 'prevote') this.castPrecommit(NIL);
    else this.startRound(t.round + 1);
  }

  // ---- rules ----

  /** Applies the first rule that holds; false when none does. */
  private applyOneRule(): boolean {
    return (
      this.decideOnPrecommits() ||
      this.skipToLaterRound() ||
      this.prevoteOnProposal() ||
      this.scheduleOnce('prevote', VoteType.PREVOTE, this.step === 'prevote') ||
      this.lockOnPolka() ||
      this.precommitNilOnNilPolka() ||
      this.scheduleOnce('precommit', VoteType.PRECOMMIT, true)
    );
  }

  // Line 11: StartRound. The timeout comes first: whatever becomes of the build, the round ends.
  private startRound(round: number): void {
    this.round = round;
    this.step = 'propose';
    this.scheduleTimeout('propose', round);
    if (this.isValidator && bytesEqual(this.proposerOf(round), this.config.me!)) {
      if (this.valid !== undefined) this.proposeValue(this.valid);
      else this.out.push({ kind: 'build', height: this.height, round });
    }
    this.promoteFarVotes();
  }

  /** Proposes `value` in the current round with its valid round (lines 14–19); an own proposal is valid. */
  private proposeValue(value: Value<B>): void {
    const proposal: Proposal<B> = {
      height: this.height,
      round: this.round,
      polRound: value.round,
      blockHash: value.blockHash,
      block: value.block,
      proposer: this.config.me!,
      signature: NIL,
    };
    this.proposals.set(this.round, { proposal, valid: true });
    this.votes.heard(this.round, proposal.proposer);
    this.out.push({ kind: 'propose', proposal });
  }

  // Lines 22–33: prevote the round's proposal, or nil if invalid or against our lock.
  private prevoteOnProposal(): boolean {
    if (this.step !== 'propose') return false;
    const held = this.proposals.get(this.round);
    if (held === undefined || held.valid === undefined) return false;
    const p = held.proposal;
    const lockedOn = (hash: Uint8Array) => this.locked !== undefined && bytesEqual(this.locked.blockHash, hash);
    if (p.polRound === -1) {
      this.castPrevote(held.valid && (this.locked === undefined || lockedOn(p.blockHash)) ? p.blockHash : NIL);
      return true;
    }
    if (!isQuorum(this.votes.powerFor(p.polRound, VoteType.PREVOTE, p.blockHash), this.votes.total)) return false;
    this.castPrevote(held.valid && (this.lockedRound <= p.polRound || lockedOn(p.blockHash)) ? p.blockHash : NIL);
    return true;
  }

  // Lines 34–35 and 47–48: +2/3 of any votes of this round starts the step's timeout, once per round.
  private scheduleOnce(step: 'prevote' | 'precommit', type: number, when: boolean): boolean {
    const rule = `${step}-timeout/${this.round}`;
    if (!when || this.fired.has(rule) || !isQuorum(this.votes.powerOfAny(this.round, type), this.votes.total)) return false;
    this.fired.add(rule);
    this.scheduleTimeout(step, this.round);
    return true;
  }

  // Lines 36–43: +2/3 prevotes for this round's valid proposal: lock it (if still prevoting) and remember it as valid.
  private lockOnPolka(): boolean {
    const rule = `polka/${this.round}`;
    if ((this.step !== 'prevote' && this.step !== 'precommit') || this.fired.has(rule)) return false;
    const held = this.proposals.get(this.round);
    if (held?.valid !== true) return false;
    const p = held.proposal;
    if (!isQuorum(this.votes.powerFor(this.round, VoteType.PREVOTE, p.blockHash), this.votes.total)) return false;
    this.fired.add(rule);
    const value = { round: this.round, blockHash: p.blockHash, block: p.block };
    if (this.step === 'prevote') {
      this.locked = value;
      this.castPrecommit(p.blockHash);
    }
    this.valid = value;
    return true;
  }

  // Lines 44–46.
  private precommitNilOnNilPolka(): boolean {
    if (this.step !== 'prevote' || !isQuorum(this.votes.powerFor(this.round, VoteType.PREVOTE, NIL), this.votes.total)) return false;
    this.castPrecommit(NIL);
    return true;
  }

  // Lines 49–54: +2/3 precommits for a valid proposal of any round decide it.
  private decideOnPrecommits(): boolean {
    for (const [round, held] of this.proposals) {
      const p = held.proposal;
      if (held.valid !== true || !isQuorum(this.votes.powerFor(round, VoteType.PRECOMMIT, p.blockHash), this.votes.total)) continue;
      this.step = 'decided';
      this.out.push({ kind: 'decide', height: this.height, block: p.block, commit: this.commitOf(round, p.blockHash) });
      return true;
    }
    return false;
  }

  // Lines 55–56: validators with more than 1/3 of the power are in later rounds: so are we (height-votes.ts skipTarget).
  private skipToLaterRound(): boolean {
    const target = this.votes.skipTarget(this.round);
    if (target === undefined) return false;
    this.record({ kind: 'round', height: this.height, round: target });
    this.startRound(target);
    return true;
  }

  // ---- outputs ----

  private castPrevote(blockHash: Uint8Array): void {
    this.step = 'prevote';
    this.castVote(VoteType.PREVOTE, blockHash);
  }

  private castPrecommit(blockHash: Uint8Array): void {
    this.step = 'precommit';
    this.castVote(VoteType.PRECOMMIT, blockHash);
  }

  private castVote(type: number, blockHash: Uint8Array): void {
    if (!this.isValidator) return;
    this.out.push({ kind: 'vote', vote: { chainId: this.config.chainId, height: this.height, round: this.round, type, blockHash } });
  }

  private scheduleTimeout(step: TimeoutStep, round: number): void {
    const t = this.config.timeouts;
    const [base, delta] = step === 'propose' ? [t.timeoutProposeMs, t.timeoutProposeDeltaMs] : [t.timeoutVoteMs, t.timeoutVoteDeltaMs];
    this.out.push({ kind: 'schedule', step, height: this.height, round, ms: base + round * delta });
  }

  /** The commit certificate: the round's precommits for the block, sorted by validator key. */
  private commitOf(round: number, blockHash: Uint8Array): Commit {
    const signatures = this.votes
      .precommitsFor(round, blockHash)
      .map((v) => ({ validator: v.validator, signature: v.signature }))
      .sort((a, b) => compareBytes(a.validator, b.validator));
    return { height: this.height, round, blockHash, signatures };
  }
}
