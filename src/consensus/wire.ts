/**
 * Proposals, votes and vote quorums between the machine and the wire
 * (docs/protocol.md §4). A peer's ConsensusMessage is checked in two steps,
 * so that the driver can drop what it would not keep before paying for a
 * signature check:
 * - `eventOf`: shape, chain, signers in the set, a proposal's block matching
 *   every commitment of its signed header (hash, tx root, last commit
 *   hash, height, proposer), a quorum's signers distinct, sorted and over
 *   2/3 of the power — all without signatures;
 * - `checkSignatures`: the signatures, with the verifier the engine is given.
 * Both throw ConsensusError BAD_MESSAGE. The node's own proposals and votes,
 * and the inputs the machine logs, become wire messages with `messageOf`.
 */
import { blockHash, commitHash, proposalSignBytes, voteSignBytes } from '../codec/hashes.js';
import { VoteType, type Block, type ConsensusMessage, type ProposalContent, type Validator, type Vote } from '../codec/types.js';
import { bytesEqual, bytesKey, compareBytes } from '../crypto/bytes.js';
import { merkleRoot } from '../crypto/merkle.js';
import { ConsensusError } from './errors.js';
import { isQuorum } from './height-votes.js';
import { SignStep, type ConsensusEvent, type Proposal, type Quorum, type RecordedEvent, type SignedConsensusVote } from './types.js';

const bad = (message: string) => new ConsensusError('BAD_MESSAGE', message);
const EMPTY = new Uint8Array(0);

/** Checks a signature: ed25519 in the node, a fake in the simulation. */
export type Verify = (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean;

/** A validator set by key, for checks that run on every message. */
export class ValidatorIndex {
  readonly total: bigint;
  private readonly power = new Map<string, bigint>();

  constructor(readonly validators: readonly Validator[]) {
    for (const v of validators) this.power.set(bytesKey(v.consensusKey), v.power);
    this.total = validators.reduce((n, v) => n + v.power, 0n);
  }

  has(key: Uint8Array): boolean {
    return this.power.has(bytesKey(key));
  }

  powerOf(key: Uint8Array): bigint {
    return this.power.get(bytesKey(key)) ?? 0n;
  }
}

/** The height a message is for (before it is checked), to buffer or drop it cheaply. */
export function heightOfMessage(m: ConsensusMessage): bigint | undefined {
  if (m.message === 'proposal') return m.proposal.proposal?.height ?? undefined;
  if (m.message === 'vote') return m.vote.vote?.height ?? undefined;
  return m.quorum.vote?.height ?? undefined;
}

/** Who signed a message (unchecked); a quorum has many signers. */
export function signerOf(m: ConsensusMessage): Uint8Array | undefined {
  if (m.message === 'proposal') return m.proposal.proposer;
  if (m.message === 'vote') return m.vote.validator;
  return undefined;
}

/** A message's signer, the (height, round, step) it signs at, and the bytes it signs. */
export interface SignedStep {
  signer: Uint8Array;
  height: bigint;
  round: number;
  step: number;
  signBytes: Uint8Array;
}

/** The signed step of a checked (or own) proposal or vote, whose content is present. */
export function signedStepOf(m: ConsensusMessage): SignedStep {
  if (m.message === 'proposal') {
    const p = m.proposal.proposal!;
    return { signer: m.proposal.proposer, height: p.height, round: p.round, step: SignStep.PROPOSAL, signBytes: proposalSignBytes(p) };
  }
  if (m.message === 'vote') {
    const v = m.vote.vote!;
    return { signer: m.vote.validator, height: v.height, round: v.round, step: voteStep(v.type), signBytes: voteSignBytes(v) };
  }
  throw new RangeError('a vote quorum is not one signed step');
}

export const voteStep = (type: number): number => (type === VoteType.PREVOTE ? SignStep.PREVOTE : SignStep.PRECOMMIT);

function checkVoteContent(vote: Vote | null, chainId: string, what: string): Vote {
  if (vote === null) throw bad(`${what} without content`);
  if (vote.chainId !== chainId) throw bad(`${what} for chain "${vote.chainId}"`);
  if (vote.type !== VoteType.PREVOTE && vote.type !== VoteType.PRECOMMIT) throw bad(`${what} of type ${vote.type}`);
  if (vote.blockHash.length !== 0 && vote.blockHash.length !== 32) throw bad(`${what} block hash must be 32 bytes or empty`);
  return vote;
}

/**
 * A block's body matches its header: its txs make the tx root and its
 * last_commit the last commit hash. Only the header is signed, so a relay
 * could otherwise swap the body under a genuine signature.
 */
function checkBody(block: Block): void {
  const header = block.header!;
  if (!bytesEqual(merkleRoot(block.txs), header.txRoot)) throw bad("proposal's txs do not match its header's tx_root");
  const lastCommit = block.lastCommit === null ? EMPTY : commitHash(block.lastCommit);
  if (!bytesEqual(lastCommit, header.lastCommitHash)) throw bad("proposal's last_commit does not match its header's last_commit_hash");
}

/**
 * Checks a peer's message against the chain and the set, signatures aside
 * (`checkSignatures` does those); throws BAD_MESSAGE.
 */
export function eventOf(m: ConsensusMessage, chainId: string, set: ValidatorIndex): Extract<ConsensusEvent<Block>, { kind: 'proposal' | 'vote' | 'quorum' }> {
  if (m.message === 'vote') {
    const vote = checkVoteContent(m.vote.vote, chainId, 'vote');
    if (!set.has(m.vote.validator)) throw bad('vote from outside the validator set');
    return { kind: 'vote', vote: { vote, validator: m.vote.validator, signature: m.vote.signature } };
  }
  if (m.message === 'quorum') {
    const vote = checkVoteContent(m.quorum.vote, chainId, 'vote quorum');
    const votes: SignedConsensusVote[] = [];
    let power = 0n;
    for (const [i, s] of m.quorum.signatures.entries()) {
      if (i > 0 && compareBytes(m.quorum.signatures[i - 1]!.validator, s.validator) >= 0) throw bad('vote quorum signers must be distinct and sorted by key');
      if (!set.has(s.validator)) throw bad('vote quorum signed from outside the validator set');
      power += set.powerOf(s.validator);
      votes.push({ vote, validator: s.validator, signature: s.signature });
    }
    if (!isQuorum(power, set.total)) throw bad('vote quorum signers hold 2/3 of the power or less');
    return { kind: 'quorum', quorum: { height: vote.height, round: vote.round, type: vote.type, blockHash: vote.blockHash, votes } };
  }
  const { proposal: content, proposer, signature, block } = m.proposal;
  if (content === null || block === null || block.header === null) throw bad('proposal without content or block');
  if (content.chainId !== chainId) throw bad(`proposal for chain "${content.chainId}"`);
  if (content.hasPolRound ? content.polRound >= content.round : content.polRound !== 0) throw bad('proposal pol_round out of range');
  if (!set.has(proposer)) throw bad('proposal from outside the validator set');
  const hash = blockHash(block.header);
  if (!bytesEqual(hash, content.blockHash)) throw bad("proposal's block does not match its hash");
  if (block.header.height !== content.height) throw bad("proposal's block is for another height");
  // A re-proposal (pol_round set) carries the block as it was first proposed, perhaps by another validator.
  if (!content.hasPolRound && !bytesEqual(block.header.proposer, proposer)) throw bad("a fresh proposal's block names another proposer");
  checkBody(block);
  return {
    kind: 'proposal',
    proposal: { height: content.height, round: content.round, polRound: content.hasPolRound ? content.polRound : -1, blockHash: hash, block, proposer, signature },
  };
}

/**
 * Checks every signature of an event from `eventOf`; a quorum's votes that
 * `known` says are held already (same signature) are not checked again.
 */
export function checkSignatures(
  event: Extract<ConsensusEvent<Block>, { kind: 'proposal' | 'vote' | 'quorum' }>,
  chainId: string,
  verify: Verify,
  known: (vote: SignedConsensusVote) => boolean = () => false,
): void {
  if (event.kind === 'proposal') {
    const p = event.proposal;
    if (!verify(p.proposer, proposalSignBytes(proposalContent(chainId, p)), p.signature)) throw bad('proposal signature does not verify');
  } else if (event.kind === 'vote') {
    const v = event.vote;
    if (!verify(v.validator, voteSignBytes(v.vote), v.signature)) throw bad('vote signature does not verify');
  } else {
    const votes = event.quorum.votes;
    const bytes = votes.length > 0 ? voteSignBytes(votes[0]!.vote) : EMPTY;
    for (const v of votes) if (!known(v) && !verify(v.validator, bytes, v.signature)) throw bad('a vote quorum signature does not verify');
  }
}

/** The signed content of a machine proposal. */
export function proposalContent(chainId: string, p: Proposal<Block>): ProposalContent {
  return {
    chainId,
    height: p.height,
    round: p.round,
    hasPolRound: p.polRound >= 0,
    polRound: Math.max(p.polRound, 0),
    blockHash: p.blockHash,
  };
}

export function proposalMessage(chainId: string, p: Proposal<Block>, signature: Uint8Array): ConsensusMessage {
  return { message: 'proposal', proposal: { proposal: proposalContent(chainId, p), proposer: p.proposer, signature, block: p.block } };
}

export function voteMessage(vote: Vote, validator: Uint8Array, signature: Uint8Array): ConsensusMessage {
  return { message: 'vote', vote: { vote, validator, signature } };
}

/** A quorum on the wire: the common vote and the signatures, sorted by signer. */
export function quorumMessage(q: Quorum): ConsensusMessage {
  const signatures = q.votes.map((v) => ({ validator: v.validator, signature: v.signature })).sort((a, b) => compareBytes(a.validator, b.validator));
  return { message: 'quorum', quorum: { vote: q.votes[0]?.vote ?? null, signatures } };
}

/** The message of an input the machine kept (a peer's proposal, vote or quorum), as it arrived. */
export function messageOf(chainId: string, event: Extract<RecordedEvent<Block>, { kind: 'proposal' | 'vote' | 'quorum' }>): ConsensusMessage {
  if (event.kind === 'proposal') return proposalMessage(chainId, event.proposal, event.proposal.signature);
  if (event.kind === 'vote') return voteMessage(event.vote.vote, event.vote.validator, event.vote.signature);
  return quorumMessage(event.quorum);
}
