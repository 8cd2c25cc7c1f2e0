/** Peer proposals and votes are checked before they reach the machine: each bad case is BAD_MESSAGE. */
import { describe, expect, it } from 'vitest';
import { blockHash, proposalSignBytes, voteSignBytes } from '../../../src/codec/hashes.js';
import { VoteType, type Block, type ConsensusMessage, type Vote } from '../../../src/codec/types.js';
import { ConsensusError } from '../../../src/consensus/errors.js';
import { eventOf, proposalMessage, voteMessage } from '../../../src/consensus/wire.js';
import { utf8 } from '../../../src/crypto/bytes.js';
import { keyPairFromSeed, sign } from '../../../src/crypto/ed25519.js';
import { sha256 } from '../../../src/crypto/hash.js';

const CHAIN = 'wire-test';
const key = keyPairFromSeed(sha256(utf8('wire validator')));
const outsider = keyPairFromSeed(sha256(utf8('not a validator')));
const validators = [{ operator: new Uint8Array(20), consensusKey: key.publicKey, power: 10n }];

function block(height = 5n, proposer = key.publicKey): Block {
  const header = {
    chainId: CHAIN,
    height,
    timeMs: 1000n,
    prevHash: new Uint8Array(32),
    txRoot: new Uint8Array(32),
    stateRoot: new Uint8Array(32),
    payoutRoot: new Uint8Array(32),
    proposer,
    validatorsHash: new Uint8Array(32),
    lastCommitHash: new Uint8Array(32),
  };
  return { header, txs: [], lastCommit: null };
}

function proposal(over: { polRound?: number; round?: number; block?: Block; signer?: typeof key; chainId?: string } = {}): ConsensusMessage {
  const b = over.block ?? block();
  const p = { height: 5n, round: over.round ?? 2, polRound: over.polRound ?? -1, blockHash: blockHash(b.header!), block: b, proposer: (over.signer ?? key).publicKey };
  const m = proposalMessage(over.chainId ?? CHAIN, p, new Uint8Array(64));
  if (m.message === 'proposal') m.proposal.signature = sign((over.signer ?? key).seed, proposalSignBytes(m.proposal.proposal!));
  return m;
}

function vote(over: Partial<Vote> = {}, signer = key): ConsensusMessage {
  const v: Vote = { chainId: CHAIN, height: 5n, round: 1, type: VoteType.PREVOTE, blockHash: sha256(utf8('b')), ...over };
  return voteMessage(v, signer.publicKey, sign(signer.seed, voteSignBytes(v)));
}

const codeOf = (m: ConsensusMessage) => {
  try {
    eventOf(m, CHAIN, validators);
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
});
