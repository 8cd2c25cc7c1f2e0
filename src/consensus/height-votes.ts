/**
 * The votes of one height, by round and type, with the voting power behind
 * each block hash: what the state machine's rules ask ("+2/3 prevotes for v
 * in round r", "+1/3 of the power is in later rounds").
 *
 * Bounded per validator (docs/consensus.md "Bounds"): of one (round, type)
 * it keeps the validator's first vote, and a second one only for the hash
 * a vote quorum certified — CometBFT's VoteSet rule, where a conflicting
 * vote is admitted only for a block some peer showed +2/3 for, made
 * self-proving here: the quorum carries its signatures. Any other
 * conflicting vote is reported once (the pair is evidence) and dropped.
 *
 * Why the second vote: a validator that signs v for some and nil for others
 * can make one honest node lock on v (it saw v reach +2/3 with that vote)
 * while the others, who kept its nil, never see that polka and so never
 * prevote a re-proposal of v: the height stalls (the simulation found
 * this). The locked node's quorum for v, re-sent with its signatures, lets
 * every node admit exactly the votes that make it. At most one hash per
 * (round, type) can have +2/3 while less than 1/3 of the power is faulty
 * (two such quorums share more than 1/3, so an honest validator that would
 * have signed both), so each validator costs at most two votes there, and
 * every count is of distinct real signatures, as in the paper.
 */
import { VoteType, type Validator } from '../codec/types.js';
import { bytesKey } from '../crypto/bytes.js';
import type { SignedConsensusVote } from './types.js';

/** The tally key of a vote's block hash; nil is the empty hash. */
const hashKey = (blockHash: Uint8Array): string => bytesKey(blockHash);

interface HashVotes {
  blockHash: Uint8Array;
  power: bigint;
  votes: Map<string, SignedConsensusVote>;
}

/** One (round, type). */
class RoundTally {
  /** Each validator's first vote. */
  readonly first = new Map<string, SignedConsensusVote>();
  /** A validator's vote for the certified hash, when its first vote was for another. */
  readonly second = new Map<string, SignedConsensusVote>();
  /** Validators already reported for a conflicting vote here. */
  readonly reported = new Set<string>();
  /** The hash a vote quorum proved +2/3 for. */
  certified: string | undefined;
  readonly byHash = new Map<string, HashVotes>();
  /** Power of every validator with a vote here, whatever it is for. */
  anyPower = 0n;
}

/** What adding a vote (or checking it before its signature is) gives. */
export type Admission =
  /** The validator's first vote here, or its vote for the certified hash: kept and counted. */
  | 'keep'
  /** A conflicting vote of a validator not yet reported here: evidence, not counted. */
  | 'report'
  /** Already kept, already reported, or from outside the set: nothing to do. */
  | 'drop';

/** More than 2/3 of `total`. */
export const isQuorum = (power: bigint, total: bigint): boolean => power * 3n > total * 2n;
/** More than 1/3 of `total`: at least one honest validator is among them. */
export const isOneThird = (power: bigint, total: bigint): boolean => power * 3n > total;

export class HeightVotes {
  readonly total: bigint;
  private readonly power = new Map<string, bigint>();
  private readonly tallies = new Map<string, RoundTally>();
  /** The highest round each validator was heard from (a vote or a proposal), for the round-skip rule. */
  private readonly latest = new Map<string, number>();
  /** skipTarget's answer for a round, until `latest` changes. */
  private skipCache: { above: number; target: number | undefined } | undefined;
  /** Votes kept, first and second (for the bounds). */
  size = 0;

  constructor(validators: readonly Validator[]) {
    for (const v of validators) this.power.set(bytesKey(v.consensusKey), v.power);
    this.total = validators.reduce((n, v) => n + v.power, 0n);
  }

  isValidator(key: Uint8Array): boolean {
    return this.power.has(bytesKey(key));
  }

  /** What `add` would do with this vote; cheap, so the driver asks before checking a signature. */
  admission(validator: Uint8Array, round: number, type: number, blockHash: Uint8Array): Admission {
    const who = bytesKey(validator);
    if (!this.power.has(who)) return 'drop';
    const tally = this.tallies.get(tallyKey(round, type));
    const first = tally?.first.get(who);
    if (tally === undefined || first === undefined) return 'keep';
    const hash = hashKey(blockHash);
    if (hashKey(first.vote.blockHash) === hash || tally.second.has(who)) return 'drop';
    if (tally.certified === hash) return 'keep';
    return tally.reported.has(who) ? 'drop' : 'report';
  }

  /**
   * Adds a signature-checked vote. `kept`: it is counted now. `conflicts`:
   * the validator's first vote here, when this is the first conflicting
   * vote seen from it here (the pair is evidence, whether kept or not).
   */
  add(signed: SignedConsensusVote): { kept: boolean; conflicts?: SignedConsensusVote } {
    const v = signed.vote;
    const admission = this.admission(signed.validator, v.round, v.type, v.blockHash);
    if (admission === 'drop') return { kept: false };
    const who = bytesKey(signed.validator);
    const tally = this.tally(v.round, v.type);
    const first = tally.first.get(who);
    if (first === undefined) {
      tally.first.set(who, signed);
      tally.anyPower += this.power.get(who)!;
      this.count(tally, who, signed);
      this.heard(v.round, signed.validator);
      return { kept: true };
    }
    const conflicts = tally.reported.has(who) ? undefined : first;
    tally.reported.add(who);
    if (admission === 'keep') {
      tally.second.set(who, signed);
      this.count(tally, who, signed);
    }
    return { kept: admission === 'keep', conflicts };
  }

  /**
   * Takes `blockHash` as the one hash of (round, type) whose conflicting
   * votes are admitted (a vote quorum for it was checked); false if another
   * hash was certified there first, which needs more than 1/3 faulty power.
   */
  certify(round: number, type: number, blockHash: Uint8Array): boolean {
    const tally = this.tally(round, type);
    const hash = hashKey(blockHash);
    tally.certified ??= hash;
    return tally.certified === hash;
  }

  /** The hash certified for (round, type), if any. */
  certified(round: number, type: number): string | undefined {
    return this.tallies.get(tallyKey(round, type))?.certified;
  }

  /** Whether this exact vote (same signature) is kept already: a quorum's copy of it needs no second check. */
  has(signed: SignedConsensusVote): boolean {
    const tally = this.tallies.get(tallyKey(signed.vote.round, signed.vote.type));
    const kept = tally?.byHash.get(hashKey(signed.vote.blockHash))?.votes.get(bytesKey(signed.validator));
    return kept !== undefined && bytesKey(kept.signature) === bytesKey(signed.signature);
  }

  /** Records that `validator` was heard from in `round` (a vote, a proposal, or a vote of a far round). */
  heard(round: number, validator: Uint8Array): void {
    const key = bytesKey(validator);
    if (!this.power.has(key) || (this.latest.get(key) ?? -1) >= round) return;
    this.latest.set(key, round);
    this.skipCache = undefined;
  }

  /**
   * The highest round r above `round` such that validators last heard from
   * in r or later hold more than 1/3 of the power (undefined: none). Among
   * them is an honest validator that reached r, so a node may go there too
   * (the paper's round skip, line 55, counted over each validator's latest
   * round so that only one message per validator need be kept for it).
   */
  skipTarget(round: number): number | undefined {
    if (this.skipCache?.above === round) return this.skipCache.target;
    const later = [...this.latest].filter(([, r]) => r > round).sort((a, b) => b[1] - a[1]);
    let power = 0n;
    let target: number | undefined;
    for (const [key, r] of later) {
      power += this.power.get(key)!;
      if (isOneThird(power, this.total)) {
        target = r;
        break;
      }
    }
    this.skipCache = { above: round, target };
    return target;
  }

  /** Power of the votes of (round, type) for `blockHash` (nil: empty). */
  powerFor(round: number, type: number, blockHash: Uint8Array): bigint {
    return this.tallies.get(tallyKey(round, type))?.byHash.get(hashKey(blockHash))?.power ?? 0n;
  }

  /** Power of every vote of (round, type), whatever it is for. */
  powerOfAny(round: number, type: number): bigint {
    return this.tallies.get(tallyKey(round, type))?.anyPower ?? 0n;
  }

  /** The votes of (round, type) for `blockHash`: a commit's or a quorum's signatures. */
  votesFor(round: number, type: number, blockHash: Uint8Array): SignedConsensusVote[] {
    return [...(this.tallies.get(tallyKey(round, type))?.byHash.get(hashKey(blockHash))?.votes.values() ?? [])];
  }

  /** Each validator's first vote of `round`, prevotes then precommits: what a peer stuck in that round may still need. */
  firstVotes(round: number): SignedConsensusVote[] {
    return [VoteType.PREVOTE, VoteType.PRECOMMIT].flatMap((type) => [...(this.tallies.get(tallyKey(round, type))?.first.values() ?? [])]);
  }

  /** The precommits of `round` for `blockHash`: the signatures of its commit. */
  precommitsFor(round: number, blockHash: Uint8Array): SignedConsensusVote[] {
    return this.votesFor(round, VoteType.PRECOMMIT, blockHash);
  }

  private count(tally: RoundTally, who: string, signed: SignedConsensusVote): void {
    const hash = hashKey(signed.vote.blockHash);
    let forHash = tally.byHash.get(hash);
    if (forHash === undefined) tally.byHash.set(hash, (forHash = { blockHash: signed.vote.blockHash, power: 0n, votes: new Map() }));
    forHash.votes.set(who, signed);
    forHash.power += this.power.get(who)!;
    this.size++;
  }

  private tally(round: number, type: number): RoundTally {
    const key = tallyKey(round, type);
    let tally = this.tallies.get(key);
    if (tally === undefined) this.tallies.set(key, (tally = new RoundTally()));
    return tally;
  }
}

const tallyKey = (round: number, type: number): string => `${round}/${type}`;
