/** checkTx: every stateless rejection with its code, and a good tx of every payload kind. */
import { describe, expect, it } from 'vitest';
import { possessionProofCodec, txBodyCodec, txCodec } from '../../../src/codec/codecs.js';
import { voteSignBytes } from '../../../src/codec/hashes.js';
import type { PayloadKind, SignedVote, TxBody, TxPayload, Vote } from '../../../src/codec/types.js';
import { Verdict } from '../../../src/codec/types.js';
import { bytesEqual, concatBytes, toHex, utf8 } from '../../../src/crypto/bytes.js';
import { sign } from '../../../src/crypto/ed25519.js';
import { DEFAULT_PARAMS } from '../../../src/state/params.js';
import { checkTx, type CheckOptions } from '../../../src/tx/check.js';
import { TxError, type TxErrorCode } from '../../../src/tx/errors.js';
import { txSignBytes } from '../../../src/tx/hash.js';
import { possessionProof } from '../../../src/tx/sign.js';
import { CHAIN_ID, testKey, type TestKey } from '../../support/chain.js';
import { EMPTY, filler, payloads, signedVote, signWith, sketchOf } from '../../support/fixtures.js';

const alice = testKey('alice');
const validatorKey = testKey('consensus');
const OPTS: CheckOptions = { chainId: CHAIN_ID, params: DEFAULT_PARAMS };
const ID = filler('id');
const ADDRESS = filler('address', 20);

type PayloadOf<K extends PayloadKind> = Extract<TxPayload, { payload: K }> extends infer P ? P[K & keyof P] : never;

/** A payload of each kind that passes every stateless check. */
const GOOD: { [K in PayloadKind]: Extract<TxPayload, { payload: K }> } = {
  transfer: { payload: 'transfer', transfer: { to: ADDRESS, amount: 1n } },
  createDatanet: {
    payload: 'createDatanet',
    createDatanet: {
      name: 'd',
      description: 'about',
      licenseUri: 'https://license',
      curators: [ADDRESS],
      contributionStake: DEFAULT_PARAMS.minContributionStake,
      challengeBlocks: DEFAULT_PARAMS.minChallengeBlocks,
      autoAccept: false,
    },
  },
  updateCurators: { payload: 'updateCurators', updateCurators: { datanetId: ID, curators: [ADDRESS] } },
  contribute: { payload: 'contribute', contribute: { datanetId: ID, contentHash: ID, sizeBytes: 1n, sketch: sketchOf('x'), uri: 'ipfs://x' } },
  curate: { payload: 'curate', curate: { contributionId: ID, verdict: Verdict.REJECT, reason: 'spam' } },
  retire: { payload: 'retire', retire: { contributionId: ID } },
  registerModel: { payload: 'registerModel', registerModel: { name: 'm', ownerShareBps: DEFAULT_PARAMS.maxOwnerShareBps, metadataUri: '' } },
  recordTraining: {
    payload: 'recordTraining',
    recordTraining: {
      modelId: ID,
      datanets: [{ datanetId: filler('d1'), weightBps: 9999 }, { datanetId: filler('d2'), weightBps: 1 }],
      artifactHash: filler('artifact'),
      cutoffHeight: 1n,
    },
  },
  recordUsage: {
    payload: 'recordUsage',
    recordUsage: { modelId: ID, version: 1, feePaid: DEFAULT_PARAMS.minUsageFee, outputSketch: EMPTY, scores: [] },
  },
  claim: { payload: 'claim', claim: { entries: [{ poolId: ID, contributionId: filler('c') }, { poolId: filler('p'), contributionId: filler('c') }] } },
  stake: payloads.stake(1n, validatorKey, alice) as Extract<TxPayload, { payload: 'stake' }>,
  unstake: payloads.unstake(1n) as Extract<TxPayload, { payload: 'unstake' }>,
  evidence: payloads.evidence(validatorKey) as Extract<TxPayload, { payload: 'evidence' }>,
};

/** `signed` with its vote's fields replaced and signed again by the same key. */
function reSigned(signed: SignedVote, fields: Partial<Vote>): SignedVote {
  const vote = { ...signed.vote!, ...fields };
  return { ...signed, vote, signature: sign(validatorKey.seed, voteSignBytes(vote)) };
}

/** GOOD[kind] with some of its fields replaced. */
function variant<K extends PayloadKind>(kind: K, fields: Partial<PayloadOf<K>>): TxPayload {
  const base = GOOD[kind] as Record<string, unknown>;
  return { payload: kind, [kind]: { ...(base[kind] as object), ...fields } } as unknown as TxPayload;
}

const signed = (payload: TxPayload, body: Partial<TxBody> = {}) => signWith(alice, payload, body).bytes;

/** A Tx around body bytes, signed properly by alice. */
const wrap = (bodyBytes: Uint8Array) => txCodec.encode({ body: bodyBytes, signature: sign(alice.seed, txSignBytes(bodyBytes)) });

function rejection(bytes: Uint8Array, opts: CheckOptions = OPTS): TxError {
  try {
    checkTx(bytes, opts);
  } catch (err) {
    if (err instanceof TxError) return err;
    throw err;
  }
  throw new Error('checkTx accepted the tx');
}

function expectRejected(bytes: Uint8Array, code: TxErrorCode, field?: string): void {
  const err = rejection(bytes);
  expect(err.code).toBe(code);
  if (field !== undefined) expect(err.meta.field).toBe(field);
}

const addresses = (n: number) => Array.from({ length: n }, (_, i) => filler(`address-${i}`, 20));
const ids = (n: number) => Array.from({ length: n }, (_, i) => filler(`id-${i}`));

describe('checkTx accepts', () => {
  it.each(Object.keys(GOOD) as PayloadKind[])('a good %s tx', (kind) => {
    const tx = signWith(alice, GOOD[kind]);
    const checked = checkTx(tx.bytes, OPTS);
    expect(toHex(checked.hash)).toBe(toHex(tx.hash));
    expect(toHex(checked.sender)).toBe(toHex(alice.address));
    expect(checked.body.payload).toBe(kind);
    expect(txBodyCodec.encode(checked.body)).toEqual(txBodyCodec.encode(tx.body));
  });

  it('usages in score mode and in sketch mode', () => {
    const scores = variant('recordUsage', { scores: ids(DEFAULT_PARAMS.maxScores).map((contributionId) => ({ contributionId, score: 1n })) });
    const sketch = variant('recordUsage', { outputSketch: sketchOf('out') });
    expect(checkTx(signed(scores), OPTS).body.payload).toBe('recordUsage');
    expect(checkTx(signed(sketch), OPTS).body.payload).toBe('recordUsage');
  });

  it('a Datanet without curators when it auto-accepts, and a training set without an artifact hash', () => {
    expect(() => checkTx(signed(variant('createDatanet', { curators: [], autoAccept: true })), OPTS)).not.toThrow();
    expect(() => checkTx(signed(variant('recordTraining', { artifactHash: EMPTY })), OPTS)).not.toThrow();
  });
});

describe('checkTx rejects the envelope', () => {
  it('TX_TOO_LARGE before decoding anything (a tx over max_tx_bytes)', () => {
    const bytes = signed(variant('contribute', { sketch: new Uint8Array(DEFAULT_PARAMS.maxTxBytes) }));
    expect(bytes.length).toBeGreaterThan(DEFAULT_PARAMS.maxTxBytes);
    expectRejected(bytes, 'TX_TOO_LARGE');
  });

  it('MALFORMED for a truncated tx', () => {
    const bytes = signed(GOOD.transfer);
    expectRejected(bytes.subarray(0, bytes.length - 10), 'MALFORMED');
  });

  it('MALFORMED for a truncated body inside a well-formed tx', () => {
    const body = txBodyCodec.encode(signWith(alice, GOOD.transfer).body);
    expectRejected(wrap(body.subarray(0, body.length - 3)), 'MALFORMED');
  });

  it('NON_CANONICAL for a signed body with an unknown field appended', () => {
    const body = txBodyCodec.encode(signWith(alice, GOOD.transfer).body);
    expectRejected(wrap(concatBytes(body, new Uint8Array([0xf0, 0x01, 0x01]))), 'NON_CANONICAL'); // field 30, varint 1
  });

  it('WRONG_CHAIN', () => expectRejected(signed(GOOD.transfer, { chainId: 'other-chain' }), 'WRONG_CHAIN'));

  it('BAD_PUBLIC_KEY for a small-order signer key', () => {
    const smallOrder = new Uint8Array(32);
    smallOrder[0] = 1;
    expectRejected(signed(GOOD.transfer, { signer: smallOrder }), 'BAD_PUBLIC_KEY');
  });

  it('BAD_PUBLIC_KEY for a stake whose consensus key is short or of small order', () => {
    const smallOrder = new Uint8Array(32);
    smallOrder[0] = 1;
    for (const consensusKey of [filler('k', 31), smallOrder]) {
      expectRejected(signed(variant('stake', { consensusKey })), 'BAD_PUBLIC_KEY');
    }
  });

  it('BAD_SIGNATURE when one bit of the signature flips', () => {
    expectRejected(flipSignatureBit(signed(GOOD.transfer)), 'BAD_SIGNATURE');
  });

  it('BAD_SIGNATURE for a body signed by another key', () => {
    const bob = testKey('bob');
    expectRejected(signWith(bob, GOOD.transfer, { signer: alice.publicKey }).bytes, 'BAD_SIGNATURE');
  });

  it('FEE_TOO_LOW one unit below min_tx_fee, which itself passes', () => {
    expectRejected(signed(GOOD.transfer, { fee: DEFAULT_PARAMS.minTxFee - 1n }), 'FEE_TOO_LOW');
    expect(() => checkTx(signed(GOOD.transfer, { fee: DEFAULT_PARAMS.minTxFee }), OPTS)).not.toThrow();
  });

  it('NO_PAYLOAD', () => {
    const body = txBodyCodec.encode({ chainId: CHAIN_ID, signer: alice.publicKey, nonce: 0n, fee: 10n } as TxBody);
    expectRejected(wrap(body), 'NO_PAYLOAD');
  });
});

function flipSignatureBit(bytes: Uint8Array): Uint8Array {
  const tx = txCodec.decode(bytes);
  const signature = Uint8Array.from(tx.signature);
  signature[0]! ^= 1;
  return txCodec.encode({ body: tx.body, signature });
}

describe('checkTx signatureVerified', () => {
  const good = signWith(alice, GOOD.transfer);
  const forged = flipSignatureBit(good.bytes);

  it('skips verification for the hash it vouches for', () => {
    const asked: string[] = [];
    const checked = checkTx(forged, {
      ...OPTS,
      signatureVerified: (h) => {
        asked.push(toHex(h));
        return bytesEqual(h, good.hash);
      },
    });
    expect(toHex(checked.hash)).toBe(toHex(good.hash));
    expect(asked).toEqual([toHex(good.hash)]);
  });

  it('still verifies a tx whose hash it does not vouch for', () => {
    const other = signWith(alice, GOOD.unstake).hash;
    expect(rejection(forged, { ...OPTS, signatureVerified: (h) => bytesEqual(h, other) }).code).toBe('BAD_SIGNATURE');
  });

  it('does not skip the checks after the signature', () => {
    const lowFee = flipSignatureBit(signed(GOOD.transfer, { fee: 1n }));
    expect(rejection(lowFee, { ...OPTS, signatureVerified: () => true }).code).toBe('FEE_TOO_LOW');
  });
});

describe("checkTx checks a Stake's proof of possession", () => {
  const bob = testKey('bob');
  const good = GOOD.stake.stake.possessionProof;
  const proofBy = (key: TestKey, chainId = CHAIN_ID, operator = alice.address) => possessionProof(key.seed, chainId, operator);
  const withProof = (proof: Uint8Array) => signed(variant('stake', { possessionProof: proof }));
  const L = 2n ** 252n + 27742317777372353535851937790883648493n;
  /** The same signature with S + L: a second encoding, which verify refuses. */
  const malleated = (sig: Uint8Array) => {
    let s = 0n;
    for (let i = 63; i >= 32; i--) s = (s << 8n) | BigInt(sig[i]!);
    s += L;
    const out = Uint8Array.from(sig);
    for (let i = 32; i < 64; i++, s >>= 8n) out[i] = Number(s & 0xffn);
    return out;
  };

  it('accepts the consensus key\'s signature for this chain and the signer\'s address', () => {
    expect(toHex(good)).toBe(toHex(proofBy(validatorKey)));
    expect(checkTx(withProof(good), OPTS).body.payload).toBe('stake');
  });

  it.each<[string, Uint8Array]>([
    ['no proof', EMPTY],
    ['a proof signed by another key', proofBy(testKey('other'))],
    ['a proof signed by the operator itself', proofBy(alice)],
    ['a proof over another chain id', proofBy(validatorKey, 'other-chain')],
    ['a proof over another operator', proofBy(validatorKey, CHAIN_ID, bob.address)],
    ['a proof one byte short', good.subarray(0, 63)],
    ['a proof one byte long', concatBytes(good, new Uint8Array([0]))],
    ['a proof of 32 zero bytes', new Uint8Array(32)],
    ['a proof with one bit flipped', Uint8Array.from(good, (b, i) => (i === 0 ? b ^ 1 : b))],
    ['the same proof with S + L (a second encoding)', malleated(good)],
    ['a signature of the PossessionProof without the "attrib-pop-v1" prefix', sign(validatorKey.seed, possessionProofCodec.encode({ chainId: CHAIN_ID, operator: alice.address }))],
    ['a signature of the same bytes under the vote prefix', sign(validatorKey.seed, concatBytes(utf8('attrib-vote-v1'), possessionProofCodec.encode({ chainId: CHAIN_ID, operator: alice.address })))],
  ])('BAD_POSSESSION_PROOF for %s', (_name, proof) => expectRejected(withProof(proof), 'BAD_POSSESSION_PROOF', 'possession_proof'));

  it('BAD_POSSESSION_PROOF for a good proof in a tx another account signs: the operator is the signer', () => {
    const err = rejection(signWith(bob, GOOD.stake).bytes);
    expect([err.code, err.meta.field]).toEqual(['BAD_POSSESSION_PROOF', 'possession_proof']);
    expect(err.message).toContain(toHex(bob.address));
    expect(() => checkTx(signWith(bob, payloads.stake(1n, validatorKey, bob)).bytes, OPTS)).not.toThrow();
  });

  it('checks the proof after the amount and the key, and before the signer and the signature', () => {
    expectRejected(signed(variant('stake', { amount: 0n, possessionProof: EMPTY })), 'BAD_FIELD', 'amount');
    expectRejected(signed(variant('stake', { consensusKey: filler('k', 31), possessionProof: EMPTY })), 'BAD_PUBLIC_KEY', 'consensus_key');
    expectRejected(flipSignatureBit(withProof(EMPTY)), 'BAD_POSSESSION_PROOF');
    expectRejected(flipSignatureBit(withProof(good)), 'BAD_SIGNATURE');
  });
});

describe('checkTx rejects payload fields', () => {
  it.each<[string, TxPayload, TxErrorCode, string]>([
    ['a 19-byte address', variant('transfer', { to: filler('a', 19) }), 'BAD_FIELD', 'to'],
    ['a 31-byte id', variant('curate', { contributionId: filler('c', 31) }), 'BAD_FIELD', 'contribution_id'],
    ['a 33-byte content hash', variant('contribute', { contentHash: filler('h', 33) }), 'BAD_FIELD', 'content_hash'],
    ['a zero amount', variant('transfer', { amount: 0n }), 'BAD_FIELD', 'amount'],
    ['a zero size', variant('contribute', { sizeBytes: 0n }), 'BAD_FIELD', 'size_bytes'],
    ['an empty name', variant('registerModel', { name: '' }), 'BAD_FIELD', 'name'],
    ['a 65-byte name', variant('createDatanet', { name: 'é'.repeat(32) + 'x' }), 'BAD_FIELD', 'name'],
    ['a 1025-byte description', variant('createDatanet', { description: 'd'.repeat(1025) }), 'BAD_FIELD', 'description'],
    ['a 513-byte uri', variant('contribute', { uri: 'u'.repeat(513) }), 'BAD_FIELD', 'uri'],
    ['a 257-byte reason', variant('curate', { reason: 'r'.repeat(257) }), 'BAD_FIELD', 'reason'],
    ['verdict 0', variant('curate', { verdict: Verdict.UNSPECIFIED }), 'BAD_FIELD', 'verdict'],
    ['version 0', variant('recordUsage', { version: 0 }), 'BAD_FIELD', 'version'],
    ['cutoff 0', variant('recordTraining', { cutoffHeight: 0n }), 'BAD_FIELD', 'cutoff_height'],
    ['a 31-byte artifact hash', variant('recordTraining', { artifactHash: filler('a', 31) }), 'BAD_FIELD', 'artifact_hash'],
    ['evidence without a second vote', variant('evidence', { voteB: null }), 'BAD_FIELD', 'vote_b'],
  ])('BAD_FIELD for %s', (_name, payload, code, field) => expectRejected(signed(payload), code, field));

  it('accepts evidence of two signed votes of one key for different blocks, a nil vote included', () => {
    expect(() => checkTx(signed(GOOD.evidence), OPTS)).not.toThrow();
    const nil = variant('evidence', { voteB: signedVote(validatorKey, '') });
    expect(() => checkTx(signed(nil), OPTS)).not.toThrow();
  });

  it.each<[string, TxPayload]>([
    ['votes of two validators', variant('evidence', { voteB: signedVote(testKey('other'), 'b') })],
    ['two votes for the same block', variant('evidence', { voteB: signedVote(validatorKey, 'a') })],
    ['votes of different heights', variant('evidence', { voteB: signedVote(validatorKey, 'b', 2n) })],
    ['votes of different rounds', variant('evidence', { voteB: signedVote(validatorKey, 'b', 1n, 1) })],
    ['a vote for another chain', variant('evidence', { voteB: reSigned(signedVote(validatorKey, 'b'), { chainId: 'other-chain' }) })],
    ['votes of an unknown type', variant('evidence', { voteA: reSigned(GOOD.evidence.evidence.voteA!, { type: 3 }), voteB: reSigned(GOOD.evidence.evidence.voteB!, { type: 3 }) })],
    ['a forged vote signature', variant('evidence', { voteB: { ...signedVote(validatorKey, 'b'), signature: signedVote(validatorKey, 'c').signature } })],
  ])('BAD_EVIDENCE for %s', (_name, payload) => expectRejected(signed(payload), 'BAD_EVIDENCE'));

  it.each<[string, TxPayload, string]>([
    ['curators', variant('updateCurators', { curators: [] }), 'curators'],
    ['training datanets', variant('recordTraining', { datanets: [] }), 'datanets'],
    ['claim entries', variant('claim', { entries: [] }), 'entries'],
  ])('EMPTY_LIST for no %s', (_name, payload, field) => expectRejected(signed(payload), 'EMPTY_LIST', field));

  it.each<[string, TxPayload, string]>([
    ['curators', variant('createDatanet', { curators: addresses(DEFAULT_PARAMS.maxCurators + 1) }), 'curators'],
    [
      'training datanets',
      variant('recordTraining', { datanets: ids(DEFAULT_PARAMS.maxTrainingDatanets + 1).map((datanetId) => ({ datanetId, weightBps: 1 })) }),
      'datanets',
    ],
    ['scores', variant('recordUsage', { scores: ids(DEFAULT_PARAMS.maxScores + 1).map((contributionId) => ({ contributionId, score: 1n })) }), 'scores'],
    ['claim entries', variant('claim', { entries: ids(DEFAULT_PARAMS.maxClaimEntries + 1).map((poolId) => ({ poolId, contributionId: ID })) }), 'entries'],
  ])('TOO_MANY_ENTRIES for one %s over the limit', (_name, payload, field) =>
    expectRejected(signed(payload), 'TOO_MANY_ENTRIES', field),
  );

  it('accepts exactly max_curators curators', () => {
    expect(() => checkTx(signed(variant('updateCurators', { curators: addresses(DEFAULT_PARAMS.maxCurators) })), OPTS)).not.toThrow();
  });

  it.each<[string, TxPayload, string]>([
    ['curators', variant('updateCurators', { curators: [ADDRESS, filler('other', 20), ADDRESS] }), 'curators'],
    [
      'training datanets',
      variant('recordTraining', { datanets: [{ datanetId: ID, weightBps: 5000 }, { datanetId: ID, weightBps: 5000 }] }),
      'datanets',
    ],
    ['scores', variant('recordUsage', { scores: [{ contributionId: ID, score: 1n }, { contributionId: ID, score: 2n }] }), 'scores'],
    ['claim entries', variant('claim', { entries: [{ poolId: ID, contributionId: ID }, { poolId: ID, contributionId: ID }] }), 'entries'],
  ])('DUPLICATE_ENTRY for repeated %s', (_name, payload, field) => expectRejected(signed(payload), 'DUPLICATE_ENTRY', field));

  it.each<[string, number[]]>([
    ['weights summing to 9999', [5000, 4999]],
    ['weights summing to 10001', [5000, 5001]],
    ['a zero weight in a sum of 10000', [10_000, 0]],
  ])('BAD_WEIGHTS for %s', (_name, weights) => {
    const datanets = weights.map((weightBps, i) => ({ datanetId: filler(`d${i}`), weightBps }));
    expectRejected(signed(variant('recordTraining', { datanets })), 'BAD_WEIGHTS', 'datanets');
  });

  it.each<[string, TxPayload, TxErrorCode, string]>([
    ['a stake one below the minimum', variant('createDatanet', { contributionStake: DEFAULT_PARAMS.minContributionStake - 1n }), 'STAKE_TOO_LOW', 'contribution_stake'],
    ['a challenge window one below the minimum', variant('createDatanet', { challengeBlocks: DEFAULT_PARAMS.minChallengeBlocks - 1n }), 'CHALLENGE_TOO_SHORT', 'challenge_blocks'],
    ['a challenge window above 10 000 000', variant('createDatanet', { challengeBlocks: 10_000_001n }), 'CHALLENGE_TOO_SHORT', 'challenge_blocks'],
    ['no curators without auto_accept', variant('createDatanet', { curators: [], autoAccept: false }), 'NO_CURATORS', 'curators'],
    ['an owner share one above the maximum', variant('registerModel', { ownerShareBps: DEFAULT_PARAMS.maxOwnerShareBps + 1 }), 'OWNER_SHARE_TOO_HIGH', 'owner_share_bps'],
    ['a size one above the maximum', variant('contribute', { sizeBytes: DEFAULT_PARAMS.maxContributionBytes + 1n }), 'CONTRIBUTION_TOO_LARGE', 'size_bytes'],
    ['a sketch one byte short', variant('contribute', { sketch: sketchOf('x').subarray(1) }), 'BAD_SKETCH', 'sketch'],
    ['an output sketch of the wrong size', variant('recordUsage', { outputSketch: new Uint8Array(4) }), 'BAD_SKETCH', 'output_sketch'],
    ['fee_paid one below the minimum', variant('recordUsage', { feePaid: DEFAULT_PARAMS.minUsageFee - 1n }), 'USAGE_FEE_TOO_LOW', 'fee_paid'],
    ['both an output sketch and scores', variant('recordUsage', { outputSketch: sketchOf('out'), scores: [{ contributionId: ID, score: 1n }] }), 'BOTH_MODES', 'scores'],
    ['a zero score', variant('recordUsage', { scores: [{ contributionId: ID, score: 1n }, { contributionId: filler('c2'), score: 0n }] }), 'ZERO_SCORE', 'scores'],
  ])('rejects %s', (_name, payload, code, field) => expectRejected(signed(payload), code, field));
});
