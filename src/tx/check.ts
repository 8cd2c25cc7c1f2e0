/**
 * Stateless checks (docs/protocol.md §8): everything about a tx that does not
 * depend on state. The mempool runs them once on entry; block execution runs
 * them for every tx (skipping only the signature when the caller has already
 * verified that exact tx hash).
 */
import { txBodyCodec, txCodec } from '../codec/codecs.js';
import { CodecError } from '../codec/errors.js';
import { possessionSignBytes, voteSignBytes } from '../codec/hashes.js';
import type { Evidence, Params, Stake, TxBody } from '../codec/types.js';
import { Verdict, VoteType } from '../codec/types.js';
import { ADDRESS_BYTES, addressOf } from '../crypto/address.js';
import { bytesEqual, bytesKey, toHex } from '../crypto/bytes.js';
import { isValidPublicKey, SIGNATURE_BYTES, verify } from '../crypto/ed25519.js';
import { TxError, type TxErrorCode } from './errors.js';
import { txHash, txSignBytes } from './hash.js';
import * as L from './limits.js';

export interface CheckedTx {
  bytes: Uint8Array;
  hash: Uint8Array;
  body: TxBody;
  /** Address of body.signer. */
  sender: Uint8Array;
}

/** A tx that passed every check but the signature, with what verifying it takes. */
export interface UnverifiedTx extends CheckedTx {
  signBytes: Uint8Array;
  signature: Uint8Array;
}

export interface CheckOptions {
  chainId: string;
  params: Params;
  /**
   * True when this node already verified these exact tx bytes (mempool
   * cache). Keyed by the full bytes, not the tx hash alone: the hash covers
   * only the body, so a copy with a forged signature shares it.
   */
  signatureVerified?: (hash: Uint8Array, txBytes: Uint8Array) => boolean;
}

/**
 * Every stateless check but the signature, cheapest first, so that a flood of
 * invalid txs costs as little as possible; throws TxError with the first
 * failing rule. The caller verifies the signature (checkTx, or the mempool's
 * verifier thread).
 */
export function checkTxFields(bytes: Uint8Array, opts: Omit<CheckOptions, 'signatureVerified'>): UnverifiedTx {
  if (bytes.length > opts.params.maxTxBytes) {
    throw new TxError('TX_TOO_LARGE', `tx is ${bytes.length} bytes, the limit is ${opts.params.maxTxBytes}`);
  }
  const tx = decodeOrThrow(() => txCodec.decode(bytes));
  const body = decodeOrThrow(() => txBodyCodec.decode(tx.body));
  if (body.chainId !== opts.chainId) {
    throw new TxError('WRONG_CHAIN', `tx is for chain "${body.chainId}", this is "${opts.chainId}"`);
  }
  if (body.fee < opts.params.minTxFee) {
    throw new TxError('FEE_TOO_LOW', `fee ${body.fee} is below the minimum ${opts.params.minTxFee}`, {
      min: opts.params.minTxFee,
    });
  }
  checkPayload(body, opts.params);
  if (!isValidPublicKey(body.signer)) throw new TxError('BAD_PUBLIC_KEY', 'signer is not a valid ed25519 public key');
  return {
    bytes,
    hash: txHash(tx.body),
    body,
    sender: addressOf(body.signer),
    signBytes: txSignBytes(tx.body),
    signature: tx.signature,
  };
}

export function signatureError(): TxError {
  return new TxError('BAD_SIGNATURE', 'signature does not verify for the signer');
}

/** All stateless checks, the signature last (skipped for bytes `signatureVerified` vouches for). */
export function checkTx(bytes: Uint8Array, opts: CheckOptions): CheckedTx {
  const tx = checkTxFields(bytes, opts);
  if (!opts.signatureVerified?.(tx.hash, bytes) && !verify(tx.body.signer, tx.signBytes, tx.signature)) throw signatureError();
  return tx;
}

function decodeOrThrow<T>(decode: () => T): T {
  try {
    return decode();
  } catch (err) {
    if (err instanceof CodecError && err.code !== 'OUT_OF_RANGE') throw new TxError(err.code, err.message);
    throw err;
  }
}

function fail(code: TxErrorCode, message: string, field?: string): never {
  throw new TxError(code, message, field === undefined ? {} : { field });
}

function bytesOfLength(value: Uint8Array, length: number, field: string): void {
  if (value.length !== length) fail('BAD_FIELD', `${field} must be ${length} bytes, got ${value.length}`, field);
}

function text(value: string, max: number, field: string, required = false): void {
  const n = Buffer.byteLength(value, 'utf8');
  if (n > max) fail('BAD_FIELD', `${field} is ${n} bytes, the limit is ${max}`, field);
  if (required && n === 0) fail('BAD_FIELD', `${field} must not be empty`, field);
}

function positive(value: bigint, field: string): void {
  if (value === 0n) fail('BAD_FIELD', `${field} must be greater than 0`, field);
}

/**
 * Evidence must prove a fault by itself: two votes of one validator, for this
 * chain and one (height, round, type), for different blocks, both signed.
 */
function checkEvidence({ voteA, voteB }: Evidence, chainId: string): void {
  if (voteA === null || voteA.vote === null) fail('BAD_FIELD', 'evidence needs two signed votes', 'vote_a');
  if (voteB === null || voteB.vote === null) fail('BAD_FIELD', 'evidence needs two signed votes', 'vote_b');
  const [a, b] = [voteA.vote, voteB.vote];
  const bad = (message: string): never => fail('BAD_EVIDENCE', `evidence: ${message}`);
  if (!bytesEqual(voteA.validator, voteB.validator)) bad('the votes are signed by different validators');
  if (!isValidPublicKey(voteA.validator)) bad('the validator key is not a valid ed25519 public key');
  if (a.chainId !== chainId || b.chainId !== chainId) bad(`the votes are not for chain "${chainId}"`);
  if (a.type !== VoteType.PREVOTE && a.type !== VoteType.PRECOMMIT) bad(`vote type ${a.type}`);
  if (a.height !== b.height || a.round !== b.round || a.type !== b.type) bad('the votes are for different heights, rounds or types');
  for (const h of [a.blockHash, b.blockHash]) if (h.length !== 0 && h.length !== 32) bad('a block hash must be 32 bytes or empty');
  if (bytesEqual(a.blockHash, b.blockHash)) bad('the votes are for the same block: no conflict');
  if (!verify(voteA.validator, voteSignBytes(a), voteA.signature) || !verify(voteB.validator, voteSignBytes(b), voteB.signature)) {
    bad('a vote signature does not verify');
  }
}

/**
 * Only the holder of a consensus key may bond it, and only for the operator
 * its proof names: otherwise anyone could bond a key its holder made public
 * first and take that node's rewards (docs/staking.md). A missing proof is
 * a bad one.
 */
function checkPossession({ consensusKey, possessionProof }: Stake, chainId: string, operator: Uint8Array): void {
  const bad = (message: string): never => fail('BAD_POSSESSION_PROOF', message, 'possession_proof');
  if (possessionProof.length === 0) bad('a Stake needs a possession_proof signed by its consensus key');
  if (possessionProof.length !== SIGNATURE_BYTES) bad(`possession_proof must be ${SIGNATURE_BYTES} bytes, got ${possessionProof.length}`);
  if (!verify(consensusKey, possessionSignBytes({ chainId, operator }), possessionProof)) {
    bad(`possession_proof is not consensus_key's signature for chain "${chainId}" and operator ${toHex(operator)} (the signer's address)`);
  }
}

/** A list of 1..max entries whose keys are distinct. */
function list<T>(items: readonly T[], max: number, field: string, key: (item: T) => Uint8Array): void {
  if (items.length === 0) fail('EMPTY_LIST', `${field} must not be empty`, field);
  if (items.length > max) fail('TOO_MANY_ENTRIES', `${field} has ${items.length} entries, the limit is ${max}`, field);
  const seen = new Set<string>();
  for (const item of items) {
    const k = bytesKey(key(item));
    if (seen.has(k)) fail('DUPLICATE_ENTRY', `${field} lists the same entry twice`, field);
    seen.add(k);
  }
}

function addresses(items: readonly Uint8Array[], max: number, field: string): void {
  for (const a of items) bytesOfLength(a, ADDRESS_BYTES, field);
  list(items, max, field, (a) => a);
}

function sketch(value: Uint8Array, params: Params, field: string): void {
  if (value.length !== params.sketchK * 4) {
    fail('BAD_SKETCH', `${field} must be ${params.sketchK} uint32 values (${params.sketchK * 4} bytes), got ${value.length}`, field);
  }
}

export function checkPayload(body: TxBody, params: Params): void {
  switch (body.payload) {
    case 'transfer':
      bytesOfLength(body.transfer.to, ADDRESS_BYTES, 'to');
      positive(body.transfer.amount, 'amount');
      return;
    case 'createDatanet': {
      const p = body.createDatanet;
      text(p.name, L.MAX_NAME_BYTES, 'name', true);
      text(p.description, L.MAX_DESCRIPTION_BYTES, 'description');
      text(p.licenseUri, L.MAX_URI_BYTES, 'license_uri');
      if (p.curators.length === 0) {
        if (!p.autoAccept) fail('NO_CURATORS', 'a Datanet without curators must set auto_accept', 'curators');
      } else {
        addresses(p.curators, params.maxCurators, 'curators');
      }
      if (p.contributionStake < params.minContributionStake) {
        fail('STAKE_TOO_LOW', `contribution_stake must be at least ${params.minContributionStake}`, 'contribution_stake');
      }
      if (p.challengeBlocks < params.minChallengeBlocks || p.challengeBlocks > L.MAX_CHALLENGE_BLOCKS) {
        fail('CHALLENGE_TOO_SHORT', `challenge_blocks must be in ${params.minChallengeBlocks}..${L.MAX_CHALLENGE_BLOCKS}`, 'challenge_blocks');
      }
      return;
    }
    case 'updateCurators':
      bytesOfLength(body.updateCurators.datanetId, L.ID_BYTES, 'datanet_id');
      addresses(body.updateCurators.curators, params.maxCurators, 'curators');
      return;
    case 'contribute': {
      const p = body.contribute;
      bytesOfLength(p.datanetId, L.ID_BYTES, 'datanet_id');
      bytesOfLength(p.contentHash, L.HASH_BYTES, 'content_hash');
      positive(p.sizeBytes, 'size_bytes');
      if (p.sizeBytes > params.maxContributionBytes) {
        fail('CONTRIBUTION_TOO_LARGE', `size_bytes ${p.sizeBytes} exceeds ${params.maxContributionBytes}`, 'size_bytes');
      }
      sketch(p.sketch, params, 'sketch');
      text(p.uri, L.MAX_URI_BYTES, 'uri');
      return;
    }
    case 'curate':
      bytesOfLength(body.curate.contributionId, L.ID_BYTES, 'contribution_id');
      if (body.curate.verdict !== Verdict.ACCEPT && body.curate.verdict !== Verdict.REJECT) {
        fail('BAD_FIELD', 'verdict must be ACCEPT or REJECT', 'verdict');
      }
      text(body.curate.reason, L.MAX_REASON_BYTES, 'reason');
      return;
    case 'retire':
      bytesOfLength(body.retire.contributionId, L.ID_BYTES, 'contribution_id');
      return;
    case 'registerModel': {
      const p = body.registerModel;
      text(p.name, L.MAX_NAME_BYTES, 'name', true);
      text(p.metadataUri, L.MAX_URI_BYTES, 'metadata_uri');
      if (p.ownerShareBps > params.maxOwnerShareBps) {
        fail('OWNER_SHARE_TOO_HIGH', `owner_share_bps must be at most ${params.maxOwnerShareBps}`, 'owner_share_bps');
      }
      return;
    }
    case 'recordTraining': {
      const p = body.recordTraining;
      bytesOfLength(p.modelId, L.ID_BYTES, 'model_id');
      for (const d of p.datanets) bytesOfLength(d.datanetId, L.ID_BYTES, 'datanets.datanet_id');
      list(p.datanets, params.maxTrainingDatanets, 'datanets', (d) => d.datanetId);
      let sum = 0;
      for (const d of p.datanets) {
        if (d.weightBps === 0) fail('BAD_WEIGHTS', 'every Datanet weight must be greater than 0', 'datanets');
        sum += d.weightBps;
      }
      if (sum !== L.BPS_DENOMINATOR) fail('BAD_WEIGHTS', `Datanet weights sum to ${sum}, not 10000`, 'datanets');
      if (p.artifactHash.length !== 0) bytesOfLength(p.artifactHash, L.HASH_BYTES, 'artifact_hash');
      positive(p.cutoffHeight, 'cutoff_height');
      return;
    }
    case 'recordUsage': {
      const p = body.recordUsage;
      bytesOfLength(p.modelId, L.ID_BYTES, 'model_id');
      if (p.version === 0) fail('BAD_FIELD', 'version counts from 1', 'version');
      if (p.feePaid < params.minUsageFee) {
        fail('USAGE_FEE_TOO_LOW', `fee_paid must be at least ${params.minUsageFee}`, 'fee_paid');
      }
      if (p.outputSketch.length > 0 && p.scores.length > 0) {
        fail('BOTH_MODES', 'a usage carries output_sketch or scores, not both', 'scores');
      }
      if (p.outputSketch.length > 0) sketch(p.outputSketch, params, 'output_sketch');
      if (p.scores.length > 0) {
        for (const s of p.scores) {
          bytesOfLength(s.contributionId, L.ID_BYTES, 'scores.contribution_id');
          if (s.score === 0n) fail('ZERO_SCORE', 'every score must be greater than 0', 'scores');
        }
        list(p.scores, params.maxScores, 'scores', (s) => s.contributionId);
      }
      return;
    }
    case 'claim':
      for (const e of body.claim.entries) {
        bytesOfLength(e.poolId, L.ID_BYTES, 'entries.pool_id');
        bytesOfLength(e.contributionId, L.ID_BYTES, 'entries.contribution_id');
      }
      list(body.claim.entries, params.maxClaimEntries, 'entries', (e) => Buffer.concat([e.poolId, e.contributionId]));
      return;
    case 'stake':
      positive(body.stake.amount, 'amount');
      if (!isValidPublicKey(body.stake.consensusKey)) {
        fail('BAD_PUBLIC_KEY', 'consensus_key is not a valid ed25519 public key', 'consensus_key');
      }
      checkPossession(body.stake, body.chainId, addressOf(body.signer));
      return;
    case 'unstake':
      positive(body.unstake.amount, 'amount');
      return;
    case 'evidence':
      checkEvidence(body.evidence, body.chainId);
      return;
    default:
      fail('NO_PAYLOAD', 'tx body has no payload');
  }
}
