/**
 * The votes of one height, by round and type, with the voting power behind
 * each block hash: what the state machine's rules ask ("+2/3 prevotes for v
 * in round r", "+1/3 of the power has spoken in round r").
 *
 * As in the paper, each rule counts distinct senders of matching messages:
 * a validator that signs two different votes of one (round, type) is
 * reported (the pair is evidence) and counted under each hash it signed,
 * but once in "any votes of the round". Counting only its first vote would
 * let it split honest nodes for good: one that saw its vote for v locks on
 * v, while the others, who saw its nil first, could never assemble that
 * polka to unlock. Quorums still intersect in an honest validator, so
 * safety holds as long as less than 1/3 of the power equivocates.
 */
import { VoteType, type Validator } from '../codec/types.js';
import { bytesKey } from '../crypto/bytes.js';
import type { SignedConsensusVote } from './types.js';

/** The tally key of a vote's block hash; nil is the empty hash. */
const hashKey = (blockHash: Uint8Array): string => bytesKey(blockHash);

class RoundTally {
  /** Each validator's first vote. */
  readonly votes = new Map<string, SignedConsensusVote>();
  /** Per block hash: the validators that signed it and their power. */
  readonly byHash = new Map<string, { blockHash: Uint8Array; power: bigint; votes: Map<string, SignedConsensusVote> }>();
  total = 0n;
}

export type AddResult =
  | { kind: 'added' }
  | { kind: 'duplicate' }
  | { kind: 'unknown-validator' }
  | { kind: 'conflict'; first: SignedConsensusVote };

/** More than 2/3 of `total`. */
export const isQuorum = (power: bigint, total: bigint): boolean => power * 3n > total * 2n;
/** More than 1/3 of `total`: at least one honest validator is among them. */
export const isOneThird = (power: bigint, total: bigint): boolean => power * 3n > total;

export class HeightVotes {
  readonly total: bigint;
  private readonly power = new Map<string, bigint>();
  private readonly tallies = new Map<string, RoundTally>();
  /** Validators heard from in each round (votes or a proposal), for the round-skip rule. */
  private readonly speakers = new Map<number, Map<string, bigint>>();

  constructor(validators: readonly Validator[]) {
    for (const v of validators) this.power.set(bytesKey(v.consensusKey), v.power);
    this.total = validators.reduce((n, v) => n + v.power, 0n);
  }

  isValidator(key: Uint8Array): boolean {
    return this.power.has(bytesKey(key));
  }

  add(signed: SignedConsensusVote): AddResult {
    const validator = bytesKey(signed.validator);
    const power = this.power.get(validator);
    if (power === undefined) return { kind: 'unknown-validator' };
    const tally = this.tally(signed.vote.round, signed.vote.type);
    const key = hashKey(signed.vote.blockHash);
    let forHash = tally.byHash.get(key);
    if (forHash?.votes.has(validator)) return { kind: 'duplicate' };
    if (forHash === undefined) tally.byHash.set(key, (forHash = { blockHash: signed.vote.blockHash, power: 0n, votes: new Map() }));
    forHash.votes.set(validator, signed);
    forHash.power += power;
    const first = tally.votes.get(validator);
    if (first !== undefined) return { kind: 'conflict', first };
    tally.votes.set(validator, signed);
    tally.total += power;
    this.spoke(signed.vote.round, signed.validator);
    return { kind: 'added' };
  }

  /** Records that `validator` sent a message of `round` other than a vote (a proposal). */
  spoke(round: number, validator: Uint8Array): void {
    const key = bytesKey(validator);
    const power = this.power.get(key);
    if (power === undefined) return;
    let speakers = this.speakers.get(round);
    if (speakers === undefined) this.speakers.set(round, (speakers = new Map()));
    speakers.set(key, power);
  }

  /** Power of the votes of (round, type) for `blockHash` (nil: empty). */
  powerFor(round: number, type: number, blockHash: Uint8Array): bigint {
    return this.tallies.get(tallyKey(round, type))?.byHash.get(hashKey(blockHash))?.power ?? 0n;
  }

  /** Power of every vote of (round, type), whatever it is for. */
  powerOfAny(round: number, type: number): bigint {
    return this.tallies.get(tallyKey(round, type))?.total ?? 0n;
  }

  /** Power of the validators heard from in `round`. */
  powerSpeaking(round: number): bigint {
    let n = 0n;
    for (const power of this.speakers.get(round)?.values() ?? []) n += power;
    return n;
  }

  /** Rounds above `round` in which some validator has spoken. */
  roundsAbove(round: number): number[] {
    return [...this.speakers.keys()].filter((r) => r > round).sort((a, b) => a - b);
  }

  /** The precommits of `round` for `blockHash`: the signatures of its commit. */
  precommitsFor(round: number, blockHash: Uint8Array): SignedConsensusVote[] {
    return [...(this.tallies.get(tallyKey(round, VoteType.PRECOMMIT))?.byHash.get(hashKey(blockHash))?.votes.values() ?? [])];
  }

  private tally(round: number, type: number): RoundTally {
    const key = tallyKey(round, type);
    let tally = this.tallies.get(key);
    if (tally === undefined) this.tallies.set(key, (tally = new RoundTally()));
    return tally;
  }
}

const tallyKey = (round: number, type: number): string => `${round}/${type}`;
