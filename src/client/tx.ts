/**
 * Building and sending txs. `payloads` builds every payload kind a client
 * sends, complete (every protobuf field set, defaults for the optional
 * ones); `send` signs one for a wallet with the chain id, the next nonce and
 * a fee filled in, submits it and says what it created. The one payload
 * bound to its sender is `stake`: its proof of possession names the chain
 * id and the sending address, so it takes both.
 *
 * Example:
 *   const sent = await send(client, wallet, payloads.createDatanet({ name: 'poems', autoAccept: true }));
 *   sent.result.status === 'committed' && sent.result.ok && sent.id; // the new Datanet's id
 */
import { sketchBytes } from '../attribution/sketch.js';
import { Verdict, type TxPayload } from '../codec/types.js';
import { ADDRESS_BYTES } from '../crypto/address.js';
import { concatBytes, toHex } from '../crypto/bytes.js';
import { keyPairFromSeed, SEED_BYTES } from '../crypto/ed25519.js';
import { sha256 } from '../crypto/hash.js';
import { DEFAULT_PARAMS } from '../state/params.js';
import { deriveId, poolId, type IdKind } from '../tx/hash.js';
import { possessionProof, type SignedTx } from '../tx/sign.js';
import type { AttribClient } from './client.js';
import { bytesOf, u32, u64, type BytesLike, type U64Like } from './convert.js';
import { ClientError, invalidArgument } from './errors.js';
import { NonceCounter } from './nonces.js';
import type { Claimable, Hex, SubmitResult, Wait } from './types.js';
import type { Wallet } from './wallet.js';

const EMPTY = new Uint8Array(0);

export interface CreateDatanetOptions {
  name: string;
  description?: string;
  licenseUri?: string;
  /** Curator addresses. None requires `autoAccept` (the owner then curates alone). */
  curators?: BytesLike[];
  /** Default: the protocol's default minimum (DEFAULT_PARAMS, 1000); a chain with a higher minimum needs it given. */
  contributionStake?: U64Like;
  /** Default: the protocol's default minimum (DEFAULT_PARAMS, 10). */
  challengeBlocks?: U64Like;
  autoAccept?: boolean;
}

export interface ContributeOptions {
  datanetId: BytesLike;
  /** 32 bytes: the hash of the content, which stays off chain. */
  contentHash: BytesLike;
  sizeBytes: U64Like;
  /** sketch_k uint32 values (512 bytes with the default params). */
  sketch: BytesLike;
  uri?: string;
}

export interface RegisterModelOptions {
  name: string;
  /** The owner's share of each usage fee, in basis points. */
  ownerShareBps: number;
  metadataUri?: string;
}

export interface RecordTrainingOptions {
  modelId: BytesLike;
  /** The Datanets trained on; weights in basis points summing to 10 000. */
  datanets: { datanetId: BytesLike; weightBps: number }[];
  /** The height whose accepted members the pools count: below the height the tx is committed at. */
  cutoffHeight: U64Like;
  /** 32 bytes, or none. */
  artifactHash?: BytesLike;
}

/** Whom a Stake's proof of possession lets bond the consensus key: the sending account, on this chain. */
export interface StakeProofOptions {
  /** The chain id (`status().chain_id`). */
  chainId: string;
  /** The address of the account that signs and sends the Stake (`wallet.address`). */
  operator: BytesLike;
}

export interface RecordUsageOptions {
  modelId: BytesLike;
  version: number;
  feePaid: U64Like;
  /** Sketch mode: the sketch of the model's output (sketchBytes). */
  outputSketch?: BytesLike;
  /**
   * Score mode: off-chain attribution scores of training-set members. Give
   * at most one of the two; leave both out to pay the fallback pools.
   */
  scores?: { contributionId: BytesLike; score: U64Like }[];
}

function seedOf(value: BytesLike, name: string): Uint8Array {
  const seed = bytesOf(value, name);
  if (seed.length !== SEED_BYTES) throw invalidArgument(`${name} must be a ${SEED_BYTES}-byte ed25519 seed, got ${seed.length} bytes`, { name });
  return seed;
}

const curate = (contributionId: BytesLike, verdict: number, reason: string): TxPayload => ({
  payload: 'curate',
  curate: { contributionId: bytesOf(contributionId, 'contributionId'), verdict, reason },
});

/**
 * Salts of salted commitments (docs/attribution.md §5): at least 16 bytes, so
 * nobody without the salt can test a guessed document against the hash.
 */
export const MIN_SALT_BYTES = 16;

/** Throws unless `salt` is long enough to hide the content hash. */
export function checkSalt(salt: Uint8Array): Uint8Array {
  if (salt.length < MIN_SALT_BYTES) throw invalidArgument(`salt must be at least ${MIN_SALT_BYTES} bytes, got ${salt.length}`, { name: 'salt' });
  return salt;
}

/**
 * What goes on chain for content that stays with its owner: its content hash
 * — sha256(data), or sha256(salt ‖ data) for a salted commitment — its size
 * and its sketch (docs/attribution.md). For files too large to hold in
 * memory, stream them through Sketcher and sha256 instead (as `attrib tx
 * contribute --file` does).
 */
export function describeContent(data: Uint8Array, salt?: Uint8Array): { contentHash: Uint8Array; sizeBytes: bigint; sketch: Uint8Array } {
  const contentHash = salt === undefined ? sha256(data) : sha256(concatBytes(checkSalt(salt), data));
  return { contentHash, sizeBytes: BigInt(data.length), sketch: sketchBytes(data) };
}

/** Complete payloads for every tx kind a client sends. */
export const payloads = {
  transfer: (to: BytesLike, amount: U64Like): TxPayload => ({
    payload: 'transfer',
    transfer: { to: bytesOf(to, 'to'), amount: u64(amount, 'amount') },
  }),

  createDatanet: (o: CreateDatanetOptions): TxPayload => ({
    payload: 'createDatanet',
    createDatanet: {
      name: o.name,
      description: o.description ?? '',
      licenseUri: o.licenseUri ?? '',
      curators: (o.curators ?? []).map((c) => bytesOf(c, 'curators')),
      contributionStake: u64(o.contributionStake ?? DEFAULT_PARAMS.minContributionStake, 'contributionStake'),
      challengeBlocks: u64(o.challengeBlocks ?? DEFAULT_PARAMS.minChallengeBlocks, 'challengeBlocks'),
      autoAccept: o.autoAccept ?? false,
    },
  }),

  updateCurators: (datanetId: BytesLike, curators: BytesLike[]): TxPayload => ({
    payload: 'updateCurators',
    updateCurators: { datanetId: bytesOf(datanetId, 'datanetId'), curators: curators.map((c) => bytesOf(c, 'curators')) },
  }),

  contribute: (o: ContributeOptions): TxPayload => ({
    payload: 'contribute',
    contribute: {
      datanetId: bytesOf(o.datanetId, 'datanetId'),
      contentHash: bytesOf(o.contentHash, 'contentHash'),
      sizeBytes: u64(o.sizeBytes, 'sizeBytes'),
      sketch: bytesOf(o.sketch, 'sketch'),
      uri: o.uri ?? '',
    },
  }),

  /**
   * Contribute `data`: its hash (salted if `salt` is given), size and sketch
   * are computed here; the data itself is not sent.
   */
  contributeData: (datanetId: BytesLike, data: Uint8Array, o: { uri?: string; salt?: BytesLike } = {}): TxPayload =>
    payloads.contribute({ datanetId, ...describeContent(data, o.salt === undefined ? undefined : bytesOf(o.salt, 'salt')), uri: o.uri ?? '' }),

  /** A curator accepts a pending contribution. */
  accept: (contributionId: BytesLike, reason = ''): TxPayload => curate(contributionId, Verdict.ACCEPT, reason),
  /** A curator rejects a pending contribution (its stake is burned). */
  reject: (contributionId: BytesLike, reason = ''): TxPayload => curate(contributionId, Verdict.REJECT, reason),

  retire: (contributionId: BytesLike): TxPayload => ({
    payload: 'retire',
    retire: { contributionId: bytesOf(contributionId, 'contributionId') },
  }),

  registerModel: (o: RegisterModelOptions): TxPayload => ({
    payload: 'registerModel',
    registerModel: { name: o.name, ownerShareBps: u32(o.ownerShareBps, 'ownerShareBps'), metadataUri: o.metadataUri ?? '' },
  }),

  recordTraining: (o: RecordTrainingOptions): TxPayload => ({
    payload: 'recordTraining',
    recordTraining: {
      modelId: bytesOf(o.modelId, 'modelId'),
      datanets: o.datanets.map((d) => ({ datanetId: bytesOf(d.datanetId, 'datanetId'), weightBps: u32(d.weightBps, 'weightBps') })),
      artifactHash: o.artifactHash === undefined ? EMPTY : bytesOf(o.artifactHash, 'artifactHash'),
      cutoffHeight: u64(o.cutoffHeight, 'cutoffHeight'),
    },
  }),

  recordUsage: (o: RecordUsageOptions): TxPayload => ({
    payload: 'recordUsage',
    recordUsage: {
      modelId: bytesOf(o.modelId, 'modelId'),
      version: u32(o.version, 'version'),
      feePaid: u64(o.feePaid, 'feePaid'),
      outputSketch: o.outputSketch === undefined ? EMPTY : bytesOf(o.outputSketch, 'outputSketch'),
      scores: (o.scores ?? []).map((s) => ({ contributionId: bytesOf(s.contributionId, 'contributionId'), score: u64(s.score, 'score') })),
    },
  }),

  claim: (entries: { poolId: BytesLike; contributionId: BytesLike }[]): TxPayload => ({
    payload: 'claim',
    claim: {
      entries: entries.map((e) => ({ poolId: bytesOf(e.poolId, 'poolId'), contributionId: bytesOf(e.contributionId, 'contributionId') })),
    },
  }),

  /** A claim of everything `claimable_get` listed (at most max_claim_entries, 256 by default, per tx). */
  claimAll: (claimable: Claimable): TxPayload =>
    payloads.claim(claimable.entries.map((e) => ({ poolId: e.pool_id, contributionId: e.contribution_id }))),

  /**
   * Bonds `amount` of the sender's balance under the consensus key of
   * `consensusSeed` (its 32-byte seed: `validator_key.json`'s "seed"), with
   * the proof that its holder lets `operator` — the address that signs and
   * sends this payload — bond it on `chainId` (docs/staking.md). Sent from
   * another account or to another chain, the node refuses it with
   * BAD_POSSESSION_PROOF.
   *
   *   const { chain_id } = await client.status();
   *   await send(client, wallet, payloads.stake(100_000n, validatorSeed, { chainId: chain_id, operator: wallet.address }));
   */
  stake: (amount: U64Like, consensusSeed: BytesLike, proofFor: StakeProofOptions): TxPayload => {
    const key = keyPairFromSeed(seedOf(consensusSeed, 'consensusSeed'));
    const operator = bytesOf(proofFor.operator, 'operator');
    if (operator.length !== ADDRESS_BYTES) throw invalidArgument(`operator must be a ${ADDRESS_BYTES}-byte address, got ${operator.length} bytes`, { name: 'operator' });
    return {
      payload: 'stake',
      stake: { amount: u64(amount, 'amount'), consensusKey: key.publicKey, possessionProof: possessionProof(key.seed, proofFor.chainId, operator) },
    };
  },

  unstake: (amount: U64Like): TxPayload => ({ payload: 'unstake', unstake: { amount: u64(amount, 'amount') } }),
};

// ---- sending ----

export interface SendOptions {
  /** Default: the chain's minimum tx fee (fee_estimate). */
  fee?: U64Like;
  /**
   * Default "commit", so the result says whether the payload applied. With
   * "none" the node answers before checking the tx, so a refusal goes
   * unseen and the local nonce count runs ahead of it.
   */
  wait?: Wait;
  /** With wait "commit": the node's wait for the block (default 10 000 ms). */
  timeoutMs?: number;
}

export interface SendResult {
  tx: SignedTx;
  hash: Hex;
  nonce: bigint;
  /** The node's answer: pending, or committed with `ok` and the events. */
  result: SubmitResult;
  /** Once committed with ok: the id of the Datanet, contribution or model the tx created. */
  id?: Hex;
  /** Once a recordTraining committed with ok: the model version it made… */
  version?: number;
  /** …and its fallback pool ids, in the order of the payload's Datanets. */
  poolIds?: Hex[];
}

/** What `send` remembers per client: the chain id, the minimum fee and a nonce count per sender. */
interface Session {
  chainId: () => Promise<string>;
  minFee: () => Promise<bigint>;
  nonces: Map<string, NonceCounter>;
}

const sessions = new WeakMap<AttribClient, Session>();

function sessionOf(client: AttribClient): Session {
  let s = sessions.get(client);
  if (s === undefined) {
    s = {
      chainId: once(async () => (await client.status()).chain_id),
      minFee: once(async () => BigInt((await client.feeEstimate()).min_tx_fee)),
      nonces: new Map(),
    };
    sessions.set(client, s);
  }
  return s;
}

/** The first successful value of `load`, shared by concurrent callers; a failure is not kept. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= load().catch((err: unknown) => {
      value = undefined;
      throw err;
    });
    return value;
  };
}

function nonceCounter(client: AttribClient, s: Session, address: Hex): NonceCounter {
  let counter = s.nonces.get(address);
  if (counter === undefined) {
    counter = new NonceCounter(async () => BigInt((await client.getAccount(address)).pending_nonce));
    s.nonces.set(address, counter);
  }
  return counter;
}

/**
 * Signs `payload` from `wallet` and submits it. The chain id (status) and
 * the default fee (fee_estimate) are read once per client; the nonce is read
 * from the account (`pending_nonce`) once and then counted locally, so txs
 * can be sent back to back. A BAD_NONCE or NONCE_TAKEN refusal (another
 * sender used the account) makes it re-read the account and try once more;
 * any other refusal hands the nonce back. A refusal is thrown as ClientError with the node's code.
 */
export async function send(client: AttribClient, wallet: Wallet, payload: TxPayload, opts: SendOptions = {}): Promise<SendResult> {
  const s = sessionOf(client);
  const [chainId, fee] = await Promise.all([s.chainId(), opts.fee === undefined ? s.minFee() : u64(opts.fee, 'fee')]);
  const counter = nonceCounter(client, s, wallet.address);
  for (let attempt = 1; ; attempt++) {
    const nonce = await counter.take();
    const tx = wallet.sign(payload, { chainId, nonce, fee });
    try {
      const result = await client.submitTx(tx, { wait: opts.wait ?? 'commit', ...(opts.timeoutMs === undefined ? {} : { timeoutMs: opts.timeoutMs }) });
      return { tx, hash: toHex(tx.hash) as Hex, nonce, result, ...created(payload, tx.hash, result) };
    } catch (err) {
      if (!(err instanceof ClientError)) throw err;
      if (err.code === 'BAD_NONCE' || err.code === 'NONCE_TAKEN') {
        counter.reset();
        if (attempt === 1) continue;
      } else if (err.isTxRejection || err.code === 'NODE_UNREACHABLE') {
        counter.release(nonce);
      }
      throw err;
    }
  }
}

const CREATES: Partial<Record<TxPayload['payload'], IdKind>> = { createDatanet: 'datanet', contribute: 'contribution', registerModel: 'model' };

/** The id of the Datanet, contribution or model a tx with this payload and hash creates; undefined for other kinds. */
export function createdIdOf(payload: TxPayload, txHash: BytesLike): Hex | undefined {
  const kind = CREATES[payload.payload];
  return kind === undefined ? undefined : (toHex(deriveId(kind, bytesOf(txHash, 'txHash'))) as Hex);
}

/** The fallback pool of (model, version, Datanet). */
export function poolIdOf(modelId: BytesLike, version: number, datanetId: BytesLike): Hex {
  return toHex(poolId(bytesOf(modelId, 'modelId'), u32(version, 'version'), bytesOf(datanetId, 'datanetId'))) as Hex;
}

function created(payload: TxPayload, hash: Uint8Array, result: SubmitResult): Pick<SendResult, 'id' | 'version' | 'poolIds'> {
  if (result.status !== 'committed' || !result.ok) return {};
  const id = createdIdOf(payload, hash);
  if (id !== undefined) return { id };
  if (payload.payload !== 'recordTraining') return {};
  const trained = result.events.find((e) => e.type === 'model_trained')?.attributes.version;
  if (trained === undefined) return {};
  const version = Number(trained);
  const { modelId, datanets } = payload.recordTraining;
  return { version, poolIds: datanets.map((d) => poolIdOf(modelId, version, d.datanetId)) };
}
