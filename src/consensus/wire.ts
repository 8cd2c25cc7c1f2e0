/**
 * Proposals and votes between the machine and the wire (docs/protocol.md §4):
 * a peer's ConsensusMessage is checked — shape, chain, a validator of the
 * set, its signature, a proposal's block matching its hash — and becomes a
 * machine event; the node's own proposals and votes become wire messages.
 */
import { proposalSignBytes, blockHash, voteSignBytes } from '../codec/hashes.js';
import { VoteType, type Block, type ConsensusMessage, type ProposalContent, type Validator, type Vote } from '../codec/types.js';
import { bytesEqual } from '../crypto/bytes.js';
import { verify } from '../crypto/ed25519.js';
import { ConsensusError } from './errors.js';
import { SignStep, type ConsensusEvent, type Proposal } from './types.js';

const bad = (message: string) => new ConsensusError('BAD_MESSAGE', message);

/** The height a message is for (before it is checked), to buffer or drop it cheaply. */
export function heightOfMessage(m: ConsensusMessage): bigint | undefined {
  return m.message === 'proposal' ? (m.proposal.proposal?.height ?? undefined) : (m.vote.vote?.height ?? undefined);
}

/** A message's signer, the (height, round, step) it signs at, and the bytes it signs. */
export interface SignedStep {
  signer: Uint8Array;
  height: bigint;
  round: number;
  step: number;
  signBytes: Uint8Array;
}

/** Who signed a message (unchecked). */
export const signerOf = (m: ConsensusMessage): Uint8Array => (m.message === 'proposal' ? m.proposal.proposer : m.vote.validator);

/** The signed step of a checked (or own) message, whose content is present. */
export function signedStepOf(m: ConsensusMessage): SignedStep {
  if (m.message === 'proposal') {
    const p = m.proposal.proposal!;
    return { signer: signerOf(m), height: p.height, round: p.round, step: SignStep.PROPOSAL, signBytes: proposalSignBytes(p) };
  }
  const v = m.vote.vote!;
  return { signer: signerOf(m), height: v.height, round: v.round, step: voteStep(v.type), signBytes: voteSignBytes(v) };
}

export const voteStep = (type: number): number => (type === VoteType.PREVOTE ? SignStep.PREVOTE : SignStep.PRECOMMIT);

/** Checks a peer's message against the chain and the validator set; throws BAD_MESSAGE. */
export function eventOf(m: ConsensusMessage, chainId: string, validators: readonly Validator[]): ConsensusEvent<Block> {
  const isValidator = (key: Uint8Array) => validators.some((v) => bytesEqual(v.consensusKey, key));
  if (m.message === 'vote') {
    const { vote, validator, signature } = m.vote;
    if (vote === null) throw bad('vote without content');
    if (vote.chainId !== chainId) throw bad(`vote for chain "${vote.chainId}"`);
    if (vote.type !== VoteType.PREVOTE && vote.type !== VoteType.PRECOMMIT) throw bad(`vote of type ${vote.type}`);
    if (vote.blockHash.length !== 0 && vote.blockHash.length !== 32) throw bad('vote block hash must be 32 bytes or empty');
    if (!isValidator(validator)) throw bad('vote from outside the validator set');
    if (!verify(validator, voteSignBytes(vote), signature)) throw bad('vote signature does not verify');
    return { kind: 'vote', vote: { vote, validator, signature } };
  }
  const { proposal: content, proposer, signature, block } = m.proposal;
  if (content === null || block === null || block.header === null) throw bad('proposal without content or block');
  if (content.chainId !== chainId) throw bad(`proposal for chain "${content.chainId}"`);
  if (content.hasPolRound ? content.polRound >= content.round : content.polRound !== 0) throw bad('proposal pol_round out of range');
  if (!isValidator(proposer)) throw bad('proposal from outside the validator set');
  if (!verify(proposer, proposalSignBytes(content), signature)) throw bad('proposal signature does not verify');
  const hash = blockHash(block.header);
  if (!bytesEqual(hash, content.blockHash)) throw bad("proposal's block does not match its hash");
  if (block.header.height !== content.height || !bytesEqual(block.header.proposer, proposer)) throw bad("proposal's block is for another height or proposer");
  return {
    kind: 'proposal',
    proposal: {
      height: content.height,
      round: content.round,
      polRound: content.hasPolRound ? content.polRound : -1,
      blockHash: hash,
      block,
      proposer,
    },
  };
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
