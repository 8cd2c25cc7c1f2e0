/**
 * What the consensus state machine (machine.ts) takes in and gives out. It
 * is pure: events in (messages already signature-checked, timeouts, blocks
 * built or validated), actions out (sign and send, schedule a timeout,
 * build or validate a block, commit). The driver around it does the IO.
 */
import type { Commit, Params, Vote } from '../codec/types.js';

export type Step = 'propose' | 'prevote' | 'precommit' | 'decided';

/** Signing steps in the order a round signs them (the double-sign guard's order). */
export const SignStep = { PROPOSAL: 1, PREVOTE: 2, PRECOMMIT: 3 } as const;

/** A vote whose signature the driver has checked (or its own, just signed). */
export interface SignedConsensusVote {
  vote: Vote;
  validator: Uint8Array;
  signature: Uint8Array;
}

/** A proposal of `block` (opaque to the machine) for (height, round); polRound -1: none. */
export interface Proposal<B> {
  height: bigint;
  round: number;
  polRound: number;
  blockHash: Uint8Array;
  block: B;
  proposer: Uint8Array;
  /** The proposer's signature (checked by the driver), so a kept proposal can be logged and re-sent; empty for the machine's own. */
  signature: Uint8Array;
}

/** Votes of more than 2/3 of the power for one (height, round, type, hash), each signature checked: a polka or a commit's precommits. */
export interface Quorum {
  height: bigint;
  round: number;
  type: number;
  blockHash: Uint8Array;
  votes: SignedConsensusVote[];
}

/** Round timeouts: base + round × delta, in ms, from the genesis params; the vote pair serves prevote and precommit. */
export type Timeouts = Pick<Params, 'timeoutProposeMs' | 'timeoutProposeDeltaMs' | 'timeoutVoteMs' | 'timeoutVoteDeltaMs'>;

export type TimeoutStep = 'propose' | 'prevote' | 'precommit';

export type ConsensusEvent<B> =
  | { kind: 'proposal'; proposal: Proposal<B> }
  | { kind: 'vote'; vote: SignedConsensusVote }
  | { kind: 'timeout'; step: TimeoutStep; height: bigint; round: number }
  /** The block asked for by a `build` action. */
  | { kind: 'built'; height: bigint; round: number; block: B; blockHash: Uint8Array }
  /** The verdict asked for by a `validate` action. */
  | { kind: 'validated'; height: bigint; round: number; blockHash: Uint8Array; valid: boolean }
  | { kind: 'quorum'; quorum: Quorum }
  /** From the WAL only: the machine had entered `round` by the round-skip rule. */
  | { kind: 'round'; height: bigint; round: number };

/** The inputs that change a machine's state, which a restart must see again (the WAL's records). */
export type RecordedEvent<B> = Extract<ConsensusEvent<B>, { kind: 'proposal' | 'vote' | 'quorum' | 'timeout' | 'round' | 'validated' }>;

export type ConsensusAction<B> =
  /** Make a block for this height (the driver answers with `built`). */
  | { kind: 'build'; height: bigint; round: number }
  /** Check a proposed block by executing it (the driver answers with `validated`). */
  | { kind: 'validate'; height: bigint; round: number; blockHash: Uint8Array; block: B }
  /** Record, sign and send this proposal. */
  | { kind: 'propose'; proposal: Proposal<B> }
  /** Record, sign and send this vote (the driver feeds the signed vote back as a `vote` event). */
  | { kind: 'vote'; vote: Vote }
  | { kind: 'schedule'; step: TimeoutStep; height: bigint; round: number; ms: number }
  /** +2/3 precommitted `block` in `commit.round`: commit it, then start the next height. */
  | { kind: 'decide'; height: bigint; block: B; commit: Commit }
  /** Two different signed votes of one validator for one (height, round, type): evidence. */
  | { kind: 'equivocation'; first: SignedConsensusVote; second: SignedConsensusVote }
  /** This input changed the state: log it (peer inputs only; the driver logs what it signs itself). */
  | { kind: 'record'; event: RecordedEvent<B> };
