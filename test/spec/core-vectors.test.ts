/** docs/vectors/core.json, produced by scripts/vectors/core.py from the spec alone. */
import { describe, expect, it } from 'vitest';
import { payloads } from '../../src/client/tx.js';
import { consensusMessageCodec, possessionProofCodec, proposalContentCodec, txBodyCodec, txCodec, voteCodec } from '../../src/codec/codecs.js';
import { possessionSignBytes, proposalSignBytes, validatorsHash, voteSignBytes } from '../../src/codec/hashes.js';
import type { TxBody } from '../../src/codec/types.js';
import { quorumMessage } from '../../src/consensus/wire.js';
import { addressOf } from '../../src/crypto/address.js';
import { toHex } from '../../src/crypto/bytes.js';
import { keyPairFromSeed, sign } from '../../src/crypto/ed25519.js';
import { merkleRoot } from '../../src/crypto/merkle.js';
import { keys, ScheduleKind } from '../../src/state/keys.js';
import { changesDigest, nextStateRoot } from '../../src/state/state-root.js';
import type { Write } from '../../src/state/store.js';
import { deriveId, poolId, txHash, txSignBytes } from '../../src/tx/hash.js';
import { DEFAULT_PARAMS } from '../../src/state/params.js';
import { checkTx } from '../../src/tx/check.js';
import { possessionProof, signTx } from '../../src/tx/sign.js';
import { hexed } from '../support/fixtures.js';
import { hex, loadVectors } from './vectors.js';

interface Core {
  key: { seed: string; publicKey: string; address: string };
  tx: {
    body: { chainId: string; nonce: string; fee: string; transfer: { to: string; amount: string } };
    bodyBytes: string;
    signBytes: string;
    signature: string;
    txBytes: string;
    txHash: string;
    datanetId: string;
    modelId: string;
    contributionId: string;
    poolId: { modelId: string; version: number; datanetId: string; id: string };
    txRoot: { txs: string[]; root: string };
  };
  proposal: {
    proposal: ProposalJson;
    proposalBytes: string;
    signBytes: string;
    signature: string;
    fresh: ProposalJson;
    freshBytes: string;
  };
  vote: {
    vote: { chainId: string; height: string; round: number; type: number; blockHash: string };
    voteBytes: string;
    signBytes: string;
    signature: string;
  };
  quorum: {
    vote: { chainId: string; height: string; round: number; type: number; blockHash: string };
    seeds: string[];
    signatures: { validator: string; signature: string }[];
    messageBytes: string;
  };
  possession: {
    proof: { chainId: string; operator: string };
    proofBytes: string;
    signBytes: string;
    signature: string;
    operatorSeed: string;
    stake: { amount: string; consensusKey: string; possessionProof: string };
    stakeBytes: string;
    bodyBytes: string;
    txBytes: string;
  };
  stateRoot: { prevRoot: string; changes: { key: string; value: string | null }[]; digest: string; root: string };
  validatorsHash: {
    validators: { operator: string; consensusKey: string; power: string }[];
    encoded: string[];
    root: string;
  };
  keys: Record<'account' | 'counts' | 'duplicate' | 'scheduleUnlock' | 'modelVersion' | 'poolClaim', string> & {
    inputs: { address: string; id: string; id2: string };
  };
}

const v = loadVectors<Core>('core');
const key = keyPairFromSeed(hex(v.key.seed));

describe('protocol vectors: transactions', () => {
  const body: TxBody = {
    chainId: v.tx.body.chainId,
    signer: key.publicKey,
    nonce: BigInt(v.tx.body.nonce),
    fee: BigInt(v.tx.body.fee),
    payload: 'transfer',
    transfer: { to: hex(v.tx.body.transfer.to), amount: BigInt(v.tx.body.transfer.amount) },
  };

  it('derives the key and address', () => {
    expect(toHex(key.publicKey)).toBe(v.key.publicKey);
    expect(toHex(addressOf(key.publicKey))).toBe(v.key.address);
  });

  it('encodes, signs and hashes a tx byte for byte', () => {
    expect(toHex(txBodyCodec.encode(body))).toBe(v.tx.bodyBytes);
    expect(toHex(txSignBytes(hex(v.tx.bodyBytes)))).toBe(v.tx.signBytes);
    expect(toHex(txHash(hex(v.tx.bodyBytes)))).toBe(v.tx.txHash);
    const signed = signTx(body, key.seed);
    expect(toHex(signed.bytes)).toBe(v.tx.txBytes);
    expect(toHex(txCodec.decode(signed.bytes).signature)).toBe(v.tx.signature);
  });

  it('derives object and pool ids from the tx hash', () => {
    const hash = hex(v.tx.txHash);
    expect(toHex(deriveId('datanet', hash))).toBe(v.tx.datanetId);
    expect(toHex(deriveId('model', hash))).toBe(v.tx.modelId);
    expect(toHex(deriveId('contribution', hash))).toBe(v.tx.contributionId);
    const p = v.tx.poolId;
    expect(toHex(poolId(hex(p.modelId), p.version, hex(p.datanetId)))).toBe(p.id);
  });

  it('computes tx_root over the encoded txs', () => {
    expect(toHex(merkleRoot(v.tx.txRoot.txs.map(hex)))).toBe(v.tx.txRoot.root);
  });
});

describe('protocol vectors: proof of possession', () => {
  const p = v.possession;
  const operatorKey = keyPairFromSeed(hex(p.operatorSeed));
  const proof = { chainId: p.proof.chainId, operator: hex(p.proof.operator) };

  it('encodes the PossessionProof and signs its sign bytes with the consensus key', () => {
    expect(toHex(addressOf(operatorKey.publicKey))).toBe(p.proof.operator);
    expect(toHex(possessionProofCodec.encode(proof))).toBe(p.proofBytes);
    expect(toHex(possessionSignBytes(proof))).toBe(p.signBytes);
    expect(toHex(possessionProof(key.seed, proof.chainId, proof.operator))).toBe(p.signature);
  });

  it('builds the Stake and its tx byte for byte (SDK), and the tx passes the stateless checks', () => {
    const payload = payloads.stake(p.stake.amount, key.seed, { chainId: p.proof.chainId, operator: p.proof.operator });
    if (payload.payload !== 'stake') throw new Error('not a stake');
    expect(hexed(payload.stake)).toEqual({ amount: BigInt(p.stake.amount), consensusKey: p.stake.consensusKey, possessionProof: p.stake.possessionProof });
    const body: TxBody = { chainId: p.proof.chainId, signer: operatorKey.publicKey, nonce: 0n, fee: 10n, ...payload };
    expect(toHex(txBodyCodec.encode(body))).toBe(p.bodyBytes);
    expect(toHex(txBodyCodec.encode(body)).includes(p.stakeBytes.slice(2))).toBe(true);
    const signed = signTx(body, operatorKey.seed);
    expect(toHex(signed.bytes)).toBe(p.txBytes);
    expect(checkTx(signed.bytes, { chainId: p.proof.chainId, params: DEFAULT_PARAMS }).body).toMatchObject({ payload: 'stake' });
  });
});

type ProposalJson = { chainId: string; height: string; round: number; hasPolRound: boolean; polRound: number; blockHash: string };
const proposalOf = (p: ProposalJson) => ({ ...p, height: BigInt(p.height), blockHash: hex(p.blockHash) });

describe('protocol vectors: votes and validators', () => {
  it('encodes and signs a proposal, with and without a proof-of-lock round', () => {
    const proposal = proposalOf(v.proposal.proposal);
    expect(toHex(proposalContentCodec.encode(proposal))).toBe(v.proposal.proposalBytes);
    expect(toHex(proposalSignBytes(proposal))).toBe(v.proposal.signBytes);
    expect(toHex(sign(key.seed, proposalSignBytes(proposal)))).toBe(v.proposal.signature);
    expect(toHex(proposalContentCodec.encode(proposalOf(v.proposal.fresh)))).toBe(v.proposal.freshBytes);
    expect(proposalContentCodec.decode(hex(v.proposal.freshBytes))).toEqual(proposalOf(v.proposal.fresh));
  });

  it('encodes and signs a vote', () => {
    const vote = { ...v.vote.vote, height: BigInt(v.vote.vote.height), blockHash: hex(v.vote.vote.blockHash) };
    expect(toHex(voteCodec.encode(vote))).toBe(v.vote.voteBytes);
    expect(toHex(voteSignBytes(vote))).toBe(v.vote.signBytes);
    expect(toHex(sign(key.seed, voteSignBytes(vote)))).toBe(v.vote.signature);
  });

  it('encodes a vote quorum: the common vote and its signatures sorted by signer', () => {
    const vote = { ...v.quorum.vote, height: BigInt(v.quorum.vote.height), blockHash: hex(v.quorum.vote.blockHash) };
    // Signed in seed order, which is not key order: the message sorts them.
    const votes = v.quorum.seeds.map((seed) => {
      const signer = keyPairFromSeed(hex(seed));
      return { vote, validator: signer.publicKey, signature: sign(signer.seed, voteSignBytes(vote)) };
    });
    const message = quorumMessage({ height: vote.height, round: vote.round, type: vote.type, blockHash: vote.blockHash, votes });
    expect(toHex(consensusMessageCodec.encode(message))).toBe(v.quorum.messageBytes);
    expect(consensusMessageCodec.decode(hex(v.quorum.messageBytes))).toEqual(message);
    if (message.message === 'quorum') expect(message.quorum.signatures.map((s) => toHex(s.validator))).toEqual(v.quorum.signatures.map((s) => s.validator));
  });

  it('computes validators_hash over validators sorted by consensus key', () => {
    const validators = v.validatorsHash.validators.map((x) => ({
      operator: hex(x.operator),
      consensusKey: hex(x.consensusKey),
      power: BigInt(x.power),
    }));
    expect(toHex(validatorsHash([...validators].reverse()))).toBe(v.validatorsHash.root);
  });
});

describe('protocol vectors: state', () => {
  it('computes the state root from sorted changes', () => {
    const changes: Write[] = v.stateRoot.changes.map((c) => [hex(c.key), c.value === null ? null : hex(c.value)]);
    expect(toHex(changesDigest(changes))).toBe(v.stateRoot.digest);
    expect(toHex(nextStateRoot(hex(v.stateRoot.prevRoot), changes))).toBe(v.stateRoot.root);
  });

  it('builds state keys', () => {
    const { address, id, id2 } = v.keys.inputs;
    expect(toHex(keys.account(hex(address)))).toBe(v.keys.account);
    expect(toHex(keys.counts(hex(id), 258n))).toBe(v.keys.counts);
    expect(toHex(keys.duplicate(hex(id), 9n, 2))).toBe(v.keys.duplicate);
    expect(toHex(keys.schedule(7n, ScheduleKind.UNLOCK, hex(id)))).toBe(v.keys.scheduleUnlock);
    expect(toHex(keys.modelVersion(hex(id2), 3))).toBe(v.keys.modelVersion);
    expect(toHex(keys.poolClaim(hex(id2), hex(id)))).toBe(v.keys.poolClaim);
  });
});
