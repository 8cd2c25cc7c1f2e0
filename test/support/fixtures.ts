/**
 * Payload builders and one-tx chain steps shared by the tx and state tests.
 * Builders return complete protobuf payloads (every field present); chain
 * steps run one tx in its own block, throw if it did not apply, and return
 * the id of what it created.
 */
import type { Account, Contribution, SignedVote, TxBody, TxPayload } from '../../src/codec/types.js';
import { Verdict, VoteType } from '../../src/codec/types.js';
import { concatBytes, toHex, utf8 } from '../../src/crypto/bytes.js';
import { sha256 } from '../../src/crypto/hash.js';
import { sign } from '../../src/crypto/ed25519.js';
import { voteSignBytes } from '../../src/codec/hashes.js';
import { sketchBytes } from '../../src/attribution/sketch.js';
import type { BlockResult } from '../../src/state/apply-block.js';
import { DEFAULT_PARAMS } from '../../src/state/params.js';
import type { MemoryStore } from '../../src/state/store.js';
import * as tables from '../../src/state/tables.js';
import { deriveId, type IdKind } from '../../src/tx/hash.js';
import { possessionProof, signTx, type SignedTx } from '../../src/tx/sign.js';
import { CHAIN_ID, testKey, type TestChain, type TestKey } from './chain.js';

export const EMPTY = new Uint8Array(0);
export const FEE = DEFAULT_PARAMS.minTxFee;
export const CHALLENGE = DEFAULT_PARAMS.minChallengeBlocks;
export const STAKE = DEFAULT_PARAMS.minContributionStake;

/** `n` bytes that differ per label: for ids, hashes and addresses that must merely be well formed. */
export function filler(label: string, n = 32): Uint8Array {
  let out: Uint8Array = new Uint8Array(0);
  for (let i = 0; out.length < n; i++) out = concatBytes(out, sha256(utf8(`${label}/${i}`)));
  return out.subarray(0, n);
}

/** The content hash a test contributes under a name: the same name is the same content. */
export const contentHash = (name: string): Uint8Array => sha256(utf8(`content:${name}`));

/** A well-formed sketch (sketch_k uint32 values). */
export const sketchOf = (name: string): Uint8Array => filler(`sketch:${name}`, DEFAULT_PARAMS.sketchK * 4);

/** A prevote of `key` for the block named `blockHashLabel`, signed (an empty label: a nil vote). */
export function signedVote(key: TestKey, blockHashLabel: string, height = 1n, round = 0): SignedVote {
  const vote = { chainId: CHAIN_ID, height, round, type: VoteType.PREVOTE, blockHash: blockHashLabel === '' ? EMPTY : filler(blockHashLabel) };
  return { vote, validator: key.publicKey, signature: sign(key.seed, voteSignBytes(vote)) };
}

export interface DatanetOpts {
  /** Curator addresses; default none, which with auto_accept makes the owner the only curator. */
  curators?: Uint8Array[];
  stake?: bigint;
  challengeBlocks?: bigint;
  autoAccept?: boolean;
}

/** Complete payloads with sensible defaults. */
export const payloads = {
  transfer: (to: Uint8Array, amount: bigint): TxPayload => ({ payload: 'transfer', transfer: { to, amount } }),
  createDatanet: (opts: DatanetOpts = {}): TxPayload => ({
    payload: 'createDatanet',
    createDatanet: {
      name: 'datanet',
      description: '',
      licenseUri: '',
      curators: opts.curators ?? [],
      contributionStake: opts.stake ?? STAKE,
      challengeBlocks: opts.challengeBlocks ?? CHALLENGE,
      autoAccept: opts.autoAccept ?? false,
    },
  }),
  updateCurators: (datanetId: Uint8Array, curators: Uint8Array[]): TxPayload => ({
    payload: 'updateCurators',
    updateCurators: { datanetId, curators },
  }),
  /** A contribution of real text: its sha256 and its real sketch (near copies are detected). */
  contributeText: (datanetId: Uint8Array, text: string): TxPayload => {
    const data = utf8(text);
    return {
      payload: 'contribute',
      contribute: { datanetId, contentHash: sha256(data), sizeBytes: BigInt(data.length), sketch: sketchBytes(data), uri: '' },
    };
  },
  contribute: (datanetId: Uint8Array, name: string): TxPayload => ({
    payload: 'contribute',
    contribute: { datanetId, contentHash: contentHash(name), sizeBytes: 1000n, sketch: sketchOf(name), uri: '' },
  }),
  curate: (contributionId: Uint8Array, verdict: number): TxPayload => ({
    payload: 'curate',
    curate: { contributionId, verdict, reason: '' },
  }),
  retire: (contributionId: Uint8Array): TxPayload => ({ payload: 'retire', retire: { contributionId } }),
  registerModel: (ownerShareBps = 1000): TxPayload => ({
    payload: 'registerModel',
    registerModel: { name: 'model', ownerShareBps, metadataUri: '' },
  }),
  recordTraining: (modelId: Uint8Array, datanets: [Uint8Array, number][], cutoffHeight: bigint): TxPayload => ({
    payload: 'recordTraining',
    recordTraining: {
      modelId,
      datanets: datanets.map(([datanetId, weightBps]) => ({ datanetId, weightBps })),
      artifactHash: EMPTY,
      cutoffHeight,
    },
  }),
  recordUsage: (
    modelId: Uint8Array,
    version: number,
    feePaid: bigint,
    mode: { outputSketch?: Uint8Array; scores?: [Uint8Array, bigint][] } = {},
  ): TxPayload => ({
    payload: 'recordUsage',
    recordUsage: {
      modelId,
      version,
      feePaid,
      outputSketch: mode.outputSketch ?? EMPTY,
      scores: (mode.scores ?? []).map(([contributionId, score]) => ({ contributionId, score })),
    },
  }),
  claim: (entries: [poolId: Uint8Array, contributionId: Uint8Array][]): TxPayload => ({
    payload: 'claim',
    claim: { entries: entries.map(([poolId, contributionId]) => ({ poolId, contributionId })) },
  }),
  /** A Stake under `consensusKey` with its proof of possession for `operator` (the key, or the address, that signs the tx). */
  stake: (amount: bigint, consensusKey: TestKey, operator: TestKey | Uint8Array, chainId = CHAIN_ID): TxPayload => ({
    payload: 'stake',
    stake: {
      amount,
      consensusKey: consensusKey.publicKey,
      possessionProof: possessionProof(consensusKey.seed, chainId, operator instanceof Uint8Array ? operator : operator.address),
    },
  }),
  unstake: (amount: bigint): TxPayload => ({ payload: 'unstake', unstake: { amount } }),
  /** Two conflicting signed prevotes of `key` at `height`. */
  evidence: (key: TestKey = testKey('consensus'), height = 1n): TxPayload => ({
    payload: 'evidence',
    evidence: { voteA: signedVote(key, 'a', height), voteB: signedVote(key, 'b', height) },
  }),
};

/** Signs a payload with explicit body fields (nonce 0, the minimum fee and the test chain unless given). */
export function signWith(
  key: TestKey,
  payload: TxPayload,
  body: Partial<Pick<TxBody, 'chainId' | 'signer' | 'nonce' | 'fee'>> = {},
): SignedTx {
  return signTx({ chainId: CHAIN_ID, signer: key.publicKey, nonce: 0n, fee: FEE, ...body, ...payload } as TxBody, key.seed);
}

// ---- chain steps ----

/** Runs `payload` from `key` alone in the next block and throws unless it applied. */
export async function run(chain: TestChain, key: TestKey, payload: TxPayload): Promise<{ tx: SignedTx; result: BlockResult }> {
  const tx = chain.tx(key, payload);
  const result = await chain.block([tx]);
  const r = result.txResults[0];
  if (r?.code !== null) throw new Error(`${payload.payload} failed at height ${chain.height}: ${r?.code} ${r?.message}`);
  return { tx, result };
}

async function create(chain: TestChain, key: TestKey, payload: TxPayload, kind: IdKind): Promise<Uint8Array> {
  const { tx } = await run(chain, key, payload);
  return deriveId(kind, tx.hash);
}

export const createDatanet = (chain: TestChain, owner: TestKey, opts: DatanetOpts = {}) =>
  create(chain, owner, payloads.createDatanet(opts), 'datanet');

export const contribute = (chain: TestChain, key: TestKey, datanetId: Uint8Array, name: string) =>
  create(chain, key, payloads.contribute(datanetId, name), 'contribution');

export const registerModel = (chain: TestChain, owner: TestKey) => create(chain, owner, payloads.registerModel(), 'model');

export const accept = (chain: TestChain, curator: TestKey, id: Uint8Array) =>
  run(chain, curator, payloads.curate(id, Verdict.ACCEPT));

export const reject = (chain: TestChain, curator: TestKey, id: Uint8Array) =>
  run(chain, curator, payloads.curate(id, Verdict.REJECT));

/** Commits empty blocks until the chain is at `height`. */
export async function advanceTo(chain: TestChain, height: bigint): Promise<void> {
  if (height < chain.height) throw new Error(`chain is already at ${chain.height}`);
  while (chain.height < height) await chain.block();
}

// ---- reading state ----

export async function accountOf(chain: TestChain, address: Uint8Array): Promise<Account> {
  return (await tables.accounts.get(chain.store, address)) ?? { balance: 0n, nonce: 0n };
}

export const balanceOf = async (chain: TestChain, address: Uint8Array): Promise<bigint> =>
  (await accountOf(chain, address)).balance;

export async function contributionOf(chain: TestChain, id: Uint8Array): Promise<Contribution> {
  const c = await tables.contributions.get(chain.store, id);
  if (c === undefined) throw new Error(`no contribution ${toHex(id)}`);
  return c;
}

export async function totalsOf(chain: TestChain) {
  const t = await tables.totals.get(chain.store);
  if (t === undefined) throw new Error('no totals');
  return t;
}

/** `obj` with its byte fields as 0x-hex, so decoded Buffers and expected Uint8Arrays compare equal. */
export function hexed<T extends object>(obj: T): { [K in keyof T]: T[K] extends Uint8Array ? string : T[K] } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = v instanceof Uint8Array ? toHex(v) : v;
  return out as { [K in keyof T]: T[K] extends Uint8Array ? string : T[K] };
}

/** Every key and value of the store, as sorted hex lines: equal dumps mean an untouched store. */
export function dumpStore(store: MemoryStore): string[] {
  return [...store.entries()].map(([k, v]) => `${toHex(k)}=${toHex(v)}`).sort();
}
