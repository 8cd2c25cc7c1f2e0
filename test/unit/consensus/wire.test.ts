/**
 * Peer proposals, votes and vote quorums are checked before they reach the
 * machine: each bad case is BAD_MESSAGE, a proposal whose body was swapped
 * under its signed header among them.
 */
import { describe, expect, it } from 'vitest';
import { blockHash, commitHash, proposalSignBytes, voteSignBytes } from '../../../src/codec/hashes.js';
import { VoteType, type Block, type ConsensusMessage, type Vote } from '../../../src/codec/types.js';
import { ConsensusError } from '../../../src/consensus/errors.js';
import { checkSignatures, eventOf, proposalMessage, quorumMessage, ValidatorIndex, voteMessage } from '../../../src/consensus/wire.js';
import { utf8 } from '../../../src/crypto/bytes.js';
import { keyPairFromSeed, sign, verify } from '../../../src/crypto/ed25519.js';
import { merkleRoot } from '../../../src/crypto/merkle.js';
import { sha256 } from '../../../src/crypto/hash.js';

const CHAIN = 'wire-test';
const key = keyPairFromSeed(sha256(utf8('wire validator')));
const outsider = keyPairFromSeed(sha256(utf8('not a validator')));
const others = [1, 2, 3].map((i) => keyPairFromSeed(sha256(utf8(`wire validator ${i}`))));
const validators = new ValidatorIndex([key, ...others].map((k) => ({ operator: new Uint8Array(20), consensusKey: k.publicKey, power: 10n })));

const TXS = [utf8('tx one'), utf8('tx two')];
const LAST_COMMIT = { height: 4n, round: 0, blockHash: sha256(utf8('block 4')), signatures: [{ validator: key.publicKey, signature: new Uint8Array(64) }] };

function block(height = 5n, proposer = key.publicKey): Block {
  const header = {
    chainId: CHAIN,
    height,
    timeMs: 1000n,
    prevHash: new Uint8Array(32),
    txRoot: merkleRoot(TXS),
    stateRoot: new Uint8Array(32),
    payoutRoot: new Uint8Array(32),
    proposer,
    validatorsHash: new Uint8Array(32),
    lastCommitHash: commitHash(LAST_COMMIT),
  };
  return { header, txs: TXS, lastCommit: LAST_COMMIT };
}

function proposal(over: { polRound?: number; round?: number; block?: Block; signer?: typeof key; chainId?: string } = {}): ConsensusMessage {
  const b = over.block ?? block();
  const p = { height: 5n, round: over.round ?? 2, polRound: over.polRound ?? -1, blockHash: blockHash(b.header!), block: b, proposer: (over.signer ?? key).publicKey };
  const m = proposalMessage(over.chainId ?? CHAIN, { ...p, signature: new Uint8Array(0) }, new Uint8Array(64));
  if (m.message === 'proposal') m.proposal.signature = sign((over.signer ?? key).seed, proposalSignBytes(m.proposal.proposal!));
  return m;
}

function vote(over: Partial<Vote> = {}, signer = key): ConsensusMessage {
  const v: Vote = { chainId: CHAIN, height: 5n, round: 1, type: VoteType.PREVOTE, blockHash: sha256(utf8('b')), ...over };
  return voteMessage(v, signer.publicKey, sign(signer.seed, voteSignBytes(v)));
}

/** A +2/3 quorum of prevotes (3 of 4) for `blockHash`, each signer's own signature, sorted by key. */
function quorum(blockHash = sha256(utf8('b')), signers = [key, ...others].slice(0, 3)): ConsensusMessage {
  const v: Vote = { chainId: CHAIN, height: 5n, round: 1, type: VoteType.PREVOTE, blockHash };
  return quorumMessage({ height: 5n, round: 1, type: VoteType.PREVOTE, blockHash, votes: signers.map((s) => ({ vote: v, validator: s.publicKey, signature: sign(s.seed, voteSignBytes(v)) })) });
}

const codeOf = (m: ConsensusMessage) => {
  try {
    checkSignatures(eventOf(m, CHAIN, validators), CHAIN, verify);
  } catch (err) {
    return err instanceof ConsensusError ? err.code : String(err);
  }
  return 'accepted';
};

describe('consensus wire checks', () => {
  it('accepts a well-formed proposal and vote, mapping the proof-of-lock round', () => {
    const e = eventOf(proposal({ polRound: 1 }), CHAIN, validators);
    expect(e).toMatchObject({ kind: 'proposal', proposal: { height: 5n, round: 2, polRound: 1 } });
    expect(eventOf(proposal(), CHAIN, validators)).toMatchObject({ proposal: { polRound: -1 } });
    expect(codeOf(proposal())).toBe('accepted');
    expect(eventOf(vote(), CHAIN, validators)).toMatchObject({ kind: 'vote' });
    expect(codeOf(vote({ blockHash: new Uint8Array(0) }))).toBe('accepted'); // nil
  });

  it('refuses votes for another chain, of an unknown type, with a bad hash length, from outside the set or badly signed', () => {
    expect(codeOf(vote({ chainId: 'other' }))).toBe('BAD_MESSAGE');
    expect(codeOf(vote({ type: 3 }))).toBe('BAD_MESSAGE');
    expect(codeOf(vote({ blockHash: new Uint8Array(31) }))).toBe('BAD_MESSAGE');
    expect(codeOf(vote({}, outsider))).toBe('BAD_MESSAGE');
    const forged = vote();
    if (forged.message === 'vote') forged.vote.vote = { ...forged.vote.vote!, round: 2 }; // signature was over round 1
    expect(codeOf(forged)).toBe('BAD_MESSAGE');
    expect(codeOf({ message: 'vote', vote: { vote: null, validator: key.publicKey, signature: new Uint8Array(64) } })).toBe('BAD_MESSAGE');
  });

  it('refuses proposals for another chain, from outside the set, badly signed, with a block that does not match, or a bad proof-of-lock round', () => {
    expect(codeOf(proposal({ chainId: 'other' }))).toBe('BAD_MESSAGE');
    expect(codeOf(proposal({ signer: outsider, block: block(5n, outsider.publicKey) }))).toBe('BAD_MESSAGE');
    expect(codeOf(proposal({ polRound: 2 }))).toBe('BAD_MESSAGE'); // not below its round
    expect(codeOf(proposal({ block: block(6n) }))).toBe('BAD_MESSAGE'); // a block of another height
    const swapped = proposal();
    if (swapped.message === 'proposal') swapped.proposal.block = block(5n, outsider.publicKey); // not the hashed block
    expect(codeOf(swapped)).toBe('BAD_MESSAGE');
    const unsigned = proposal();
    if (unsigned.message === 'proposal') unsigned.proposal.signature = new Uint8Array(64);
    expect(codeOf(unsigned)).toBe('BAD_MESSAGE');
    const noBlock = proposal();
    if (noBlock.message === 'proposal') noBlock.proposal.block = null;
    expect(codeOf(noBlock)).toBe('BAD_MESSAGE');
  });

  it("refuses a proposal whose txs or last_commit were swapped under its genuine header and signature", () => {
    const fewerTxs = proposal();
    if (fewerTxs.message === 'proposal') fewerTxs.proposal.block = { ...fewerTxs.proposal.block!, txs: TXS.slice(1) };
    expect(codeOf(fewerTxs)).toBe('BAD_MESSAGE');
    const otherCommit = proposal();
    if (otherCommit.message === 'proposal') otherCommit.proposal.block = { ...otherCommit.proposal.block!, lastCommit: { ...LAST_COMMIT, round: 1 } };
    expect(codeOf(otherCommit)).toBe('BAD_MESSAGE');
    const noCommit = proposal();
    if (noCommit.message === 'proposal') noCommit.proposal.block = { ...noCommit.proposal.block!, lastCommit: null };
    expect(codeOf(noCommit)).toBe('BAD_MESSAGE');
  });

  it('accepts a vote quorum of more than 2/3 of the power, and refuses one that is short, unsorted, repeats or forges a signer', () => {
    expect(codeOf(quorum())).toBe('accepted');
    expect(codeOf(quorum(new Uint8Array(0)))).toBe('accepted'); // a nil polka
    expect(codeOf(quorum(undefined, [key, others[0]!]))).toBe('BAD_MESSAGE'); // 20 of 40
    const unsorted = quorum();
    if (unsorted.message === 'quorum') unsorted.quorum.signatures.reverse();
    expect(codeOf(unsorted)).toBe('BAD_MESSAGE');
    const repeated = quorum();
    if (repeated.message === 'quorum') repeated.quorum.signatures.splice(1, 1, repeated.quorum.signatures[0]!);
    expect(codeOf(repeated)).toBe('BAD_MESSAGE');
    expect(codeOf(quorum(undefined, [key, others[0]!, outsider]))).toBe('BAD_MESSAGE');
    const forged = quorum();
    if (forged.message === 'quorum') forged.quorum.signatures[2]!.signature = new Uint8Array(64);
    expect(codeOf(forged)).toBe('BAD_MESSAGE');
    // Signatures the node holds already are not checked again.
    if (forged.message === 'quorum') {
      const event = eventOf(forged, CHAIN, validators);
      expect(() => checkSignatures(event, CHAIN, verify, (v) => v.signature.every((b) => b === 0))).not.toThrow();
    }
  });
});
