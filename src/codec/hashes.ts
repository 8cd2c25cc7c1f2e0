/** Hashes and signing bytes of consensus objects (docs/protocol.md §3–§4). */
import { compareBytes, concatBytes, utf8 } from '../crypto/bytes.js';
import { sha256 } from '../crypto/hash.js';
import { merkleRoot } from '../crypto/merkle.js';
import { commitCodec, headerCodec, possessionProofCodec, proposalContentCodec, validatorCodec, voteCodec } from './codecs.js';
import type { Commit, Header, PossessionProof, ProposalContent, Validator, Vote } from './types.js';

const VOTE_SIGN_PREFIX = utf8('attrib-vote-v1');
const PROPOSAL_SIGN_PREFIX = utf8('attrib-proposal-v1');
const POSSESSION_SIGN_PREFIX = utf8('attrib-pop-v1');

/** What a consensus key signs for a vote: the prefix and the canonical Vote. */
export function voteSignBytes(vote: Vote): Uint8Array {
  return concatBytes(VOTE_SIGN_PREFIX, voteCodec.encode(vote));
}

/** What a consensus key signs for a proposal: the prefix and the canonical Proposal. */
export function proposalSignBytes(proposal: ProposalContent): Uint8Array {
  return concatBytes(PROPOSAL_SIGN_PREFIX, proposalContentCodec.encode(proposal));
}

/**
 * What a consensus key signs to prove its holder lets `operator` bond it on
 * `chainId` (a Stake's possession_proof): the prefix and the canonical
 * PossessionProof.
 */
export function possessionSignBytes(proof: PossessionProof): Uint8Array {
  return concatBytes(POSSESSION_SIGN_PREFIX, possessionProofCodec.encode(proof));
}

export function blockHash(header: Header): Uint8Array {
  return sha256(headerCodec.encode(header));
}

/** Header.last_commit_hash: sha256 of the canonical Commit (empty at height 1, which has none). */
export function commitHash(commit: Commit): Uint8Array {
  return sha256(commitCodec.encode(commit));
}

/** Header.validators_hash: Merkle root of the encoded Validators sorted by consensus key. */
export function validatorsHash(validators: readonly Validator[]): Uint8Array {
  const sorted = [...validators].sort((a, b) => compareBytes(a.consensusKey, b.consensusKey));
  return merkleRoot(sorted.map((v) => validatorCodec.encode(v)));
}
