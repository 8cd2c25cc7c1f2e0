/**
 * What the throughput scenarios send: pre-signed txs from funded accounts,
 * either plain transfers (the cheapest signed tx: the figure to set beside
 * the signature-verify ceiling) or the payload mix of a working chain.
 *
 * The mix (`mixedWorkload`) first sets a chain up in waves, each committed
 * before the next is sent: a Datanet (auto-accepting, four curators) and a
 * model; seed contributions; the curators' ACCEPT of every seed; the
 * model's RecordTraining, signed once the acceptances are committed (its
 * cutoff must be below the height it lands in). Every id is derived from a
 * tx hash (docs/protocol.md §3), so everything is signed before the chain
 * exists. The measured load then interleaves, in every 20 txs, 11 usages
 * (half sketch mode, whose output sketch resembles seed contributions, half
 * score mode naming three seeds), 6 new contributions (one in ten a near
 * copy of a seed — 8 of its 128 sketch values changed — which the chain
 * records as a DUPLICATE that earns nothing) and 3 transfers. Each sender signs at most PER_SENDER of the
 * measured txs, under the mempool's 64-nonce look-ahead.
 */
import type { TxBody, TxPayload } from '../src/codec/types.js';
import { Verdict } from '../src/codec/types.js';
import { addressOf } from '../src/crypto/address.js';
import { fromHex, toHex, utf8 } from '../src/crypto/bytes.js';
import { keyPairFromSeed, type KeyPair } from '../src/crypto/ed25519.js';
import { sha256 } from '../src/crypto/hash.js';
import type { GenesisAccount } from '../src/state/genesis.js';
import { DEFAULT_PARAMS } from '../src/state/params.js';
import { deriveId } from '../src/tx/hash.js';
import { signTx } from '../src/tx/sign.js';
import { SyntheticSketches } from './attribution/synthetic.js';
import type { BenchContext } from './types.js';

/** Measured txs per sender: under the mempool's 64-nonce look-ahead. */
export const PER_SENDER = 50;
const BALANCE = 1_000_000_000n;
const FEE = DEFAULT_PARAMS.minTxFee;

export interface LoadTx {
  hash: string;
  bytes: Uint8Array;
  /** Its signer's index in `Workload.senders`: the load sends each sender's txs to one node, in nonce order. */
  sender: number;
  /** What it is, for the payload-cost scenario: one of PAYLOAD_KINDS. */
  kind: PayloadKindName;
}

/** The kinds of measured tx the workloads sign. */
export const PAYLOAD_KINDS = ['transfer', 'usage, score mode', 'usage, sketch mode', 'contribution', 'contribution, near copy'] as const;
export type PayloadKindName = (typeof PAYLOAD_KINDS)[number] | 'set-up';

export interface Workload {
  /** "transfers" or "payload mix", for the scenarios' notes and metric names. */
  name: string;
  senders: KeyPair[];
  /** Genesis accounts funding the senders. */
  accounts: GenesisAccount[];
  /**
   * Set-up waves, in order, each to be committed before the next is made:
   * a wave is made from the height by which the one before it committed.
   * Making them again gives the same txs for a chain set up the same way,
   * so one workload can run on several fresh chains.
   */
  setup: ((committedHeight: bigint) => LoadTx[])[];
  /** The measured load, in sending order. */
  txs: LoadTx[];
  /** What the measured load is made of, e.g. "11 000 usages, 6 000 contributions, 3 000 transfers". */
  describe: string;
}

const benchKeyPair = (name: string): KeyPair => keyPairFromSeed(sha256(utf8(`bench ${name}`)));

/** Signs for `chainId`, counting each sender's nonces. */
class Signer {
  readonly senders: KeyPair[] = [];
  private readonly index = new Map<KeyPair, number>();
  private readonly nonces: bigint[] = [];

  constructor(private readonly chainId: string) {}

  /** `count` new senders named `role i`. */
  keys(role: string, count: number): KeyPair[] {
    return Array.from({ length: count }, (_, i) => {
      const key = benchKeyPair(`${role} ${i}`);
      this.index.set(key, this.senders.length);
      this.senders.push(key);
      this.nonces.push(0n);
      return key;
    });
  }

  /** Takes `key`'s next nonce. */
  nonce(key: KeyPair): bigint {
    const sender = this.index.get(key)!;
    const nonce = this.nonces[sender]!;
    this.nonces[sender] = nonce + 1n;
    return nonce;
  }

  /** Signs with `key`'s next nonce, or with `nonce` taken before. */
  sign(key: KeyPair, payload: TxPayload, kind: PayloadKindName, nonce = this.nonce(key)): LoadTx {
    const sender = this.index.get(key)!;
    const signed = signTx({ chainId: this.chainId, signer: key.publicKey, nonce, fee: FEE, ...payload } as TxBody, key.seed);
    return { hash: toHex(signed.hash), bytes: signed.bytes, sender, kind };
  }

  get accounts(): GenesisAccount[] {
    return this.senders.map((k) => ({ address: addressOf(k.publicKey), balance: BALANCE }));
  }
}

/** Round-robin over senders: the i-th tx of a role comes from sender i mod n, so each sends in nonce order and none exceeds PER_SENDER. */
const sendersFor = (count: number) => Math.ceil(count / PER_SENDER);

/** `total` transfers of 1 to a sink account, from total ÷ PER_SENDER senders. */
export function transferWorkload(chainId: string, total: number, progress: BenchContext['progress']): Workload {
  const signer = new Signer(chainId);
  const senders = signer.keys('sender', sendersFor(total));
  const txs: LoadTx[] = [];
  for (let i = 0; i < total; i++) {
    txs.push(transfer(signer, senders[i % senders.length]!));
    if (i % 1000 === 999 || i === total - 1) progress(i + 1, total, 'signing transfers');
  }
  return { name: 'transfers', senders: signer.senders, accounts: signer.accounts, setup: [], txs, describe: `${total} transfers` };
}

const SINK = new Uint8Array(20).fill(0xee);
const transfer = (signer: Signer, key: KeyPair) => signer.sign(key, { payload: 'transfer', transfer: { to: SINK, amount: 1n } }, 'transfer');

/** Of every 20 measured txs: usages, contributions, transfers. */
const MIX = { usage: 11, contribute: 6, transfer: 3 } as const;
export const MIX_SHARES = `${MIX.usage * 5} % usages, ${MIX.contribute * 5} % contributions, ${MIX.transfer * 5} % transfers`;
const CURATORS = 4;
const CLUSTER_SIZE = 16;
/** A usage pays this (≥ min_usage_fee), split between validator, owner and contributors. */
const USAGE_FEE = 1000n;
/** Score-mode usages name this many seed contributions. */
const SCORED = 3;

/** `total` measured txs in the payload mix (a multiple of 20), after setting up a Datanet of `seeds` accepted contributions. */
export function mixedWorkload(chainId: string, total: number, seeds: number, progress: BenchContext['progress']): Workload {
  const count = {
    usage: (total / 20) * MIX.usage,
    contribute: (total / 20) * MIX.contribute,
    transfer: (total / 20) * MIX.transfer,
  };
  const signer = new Signer(chainId);
  const [owner] = signer.keys('mix owner', 1) as [KeyPair];
  const curators = signer.keys('mix curator', CURATORS);
  const seeders = signer.keys('mix seeder', sendersFor(seeds));
  // One group of senders per kind of measured tx, so that each kind alone is still in nonce order (bench/scenarios/payloads.ts).
  const payers = { sketch: signer.keys('mix payer, sketch mode', sendersFor(count.usage / 2)), score: signer.keys('mix payer, score mode', sendersFor(count.usage / 2)) };
  const contributors = { original: signer.keys('mix contributor', sendersFor(count.contribute)), copy: signer.keys('mix copier', sendersFor(count.contribute / 10)) };
  const transferrers = signer.keys('mix transferrer', sendersFor(count.transfer));
  const params = DEFAULT_PARAMS;
  const sketches = new SyntheticSketches(seeds + count.contribute, CLUSTER_SIZE, params.attributionVersions[0]!.dupThreshold);
  const contentHash = (i: number) => sha256(utf8(`bench mix content ${i}`));

  const datanet = signer.sign(owner, {
    payload: 'createDatanet',
    createDatanet: {
      name: 'bench mix',
      description: 'synthetic contributions of the benchmark',
      licenseUri: '',
      curators: curators.map((k) => addressOf(k.publicKey)),
      contributionStake: params.minContributionStake,
      challengeBlocks: params.minChallengeBlocks,
      autoAccept: true,
    },
  }, 'set-up');
  const model = signer.sign(owner, { payload: 'registerModel', registerModel: { name: 'bench mix model', ownerShareBps: 1000, metadataUri: '' } }, 'set-up');
  const idOf = (kind: 'datanet' | 'model' | 'contribution', t: LoadTx) => deriveId(kind, fromHex(t.hash)!);
  const datanetId = idOf('datanet', datanet);
  const modelId = idOf('model', model);
  const contribute = (key: KeyPair, member: number, sketch: Uint8Array, kind: PayloadKindName) =>
    signer.sign(key, { payload: 'contribute', contribute: { datanetId, contentHash: contentHash(member), sizeBytes: 4096n, sketch, uri: '' } }, kind);

  const seedTxs = Array.from({ length: seeds }, (_, i) => {
    progress(i + 1, seeds, 'signing seed contributions');
    return contribute(seeders[i % seeders.length]!, i, sketches.member(i), 'set-up');
  });
  const seedIds = seedTxs.map((t) => idOf('contribution', t));
  const accepts = seedIds.map((contributionId, i) =>
    signer.sign(curators[i % CURATORS]!, { payload: 'curate', curate: { contributionId, verdict: Verdict.ACCEPT, reason: '' } }, 'set-up'),
  );
  // Signed when its wave is made (once per fresh chain the workload runs on), always with this nonce.
  const trainingNonce = signer.nonce(owner);
  const training = (committedHeight: bigint) => [
    signer.sign(
      owner,
      { payload: 'recordTraining', recordTraining: { modelId, datanets: [{ datanetId, weightBps: 10_000 }], artifactHash: sha256(utf8('bench mix model v1')), cutoffHeight: committedHeight } },
      'set-up',
      trainingNonce,
    ),
  ];

  const usage = (i: number): LoadTx => {
    const scores = i % 2 === 0 ? [] : Array.from({ length: SCORED }, (_, j) => ({ contributionId: seedIds[(i * SCORED + j) % seeds]!, score: BigInt(1 + ((i + j) % 100)) }));
    const outputSketch = i % 2 === 0 ? sketches.query(i % 4 === 0 ? 'copy' : 'cluster', i) : new Uint8Array(0);
    const [kind, group] = i % 2 === 0 ? (['usage, sketch mode', payers.sketch] as const) : (['usage, score mode', payers.score] as const);
    return signer.sign(group[(i >> 1) % group.length]!, { payload: 'recordUsage', recordUsage: { modelId, version: 1, feePaid: USAGE_FEE, outputSketch, scores } }, kind);
  };
  const contribution = (i: number): LoadTx => {
    const { original, copy } = contributors;
    // One in ten a near copy of a seed (a new content hash): a DUPLICATE.
    if (i % 10 === 9) return contribute(copy[Math.floor(i / 10) % copy.length]!, seeds + i, nearCopy(sketches.member(i % seeds)), 'contribution, near copy');
    return contribute(original[i % original.length]!, seeds + i, sketches.member(seeds + i), 'contribution');
  };

  const txs: LoadTx[] = [];
  const made = { usage: 0, contribute: 0, transfer: 0 };
  for (let block = 0; block < total / 20; block++) {
    for (let j = 0; j < MIX.usage; j++) txs.push(usage(made.usage++));
    for (let j = 0; j < MIX.contribute; j++) txs.push(contribution(made.contribute++));
    for (let j = 0; j < MIX.transfer; j++) txs.push(transfer(signer, transferrers[made.transfer++ % transferrers.length]!));
    if (block % 50 === 49 || txs.length === total) progress(txs.length, total, 'signing the payload mix');
  }
  return {
    name: 'payload mix',
    senders: signer.senders,
    accounts: signer.accounts,
    setup: [() => [datanet, model], ...nonceWindows(seedTxs), ...nonceWindows(accepts), training],
    txs,
    describe: `${count.usage} usages, ${count.contribute} contributions (${count.contribute / 10} near copies), ${count.transfer} transfers; after ${seeds} seed contributions`,
  };
}

/** `sketch` with its first 8 of 128 values changed: similarity 120, past any dup_threshold the defaults allow, so a DUPLICATE of it. */
function nearCopy(sketch: Uint8Array): Uint8Array {
  const copy = sketch.slice();
  for (let position = 0; position < 8; position++) copy[4 * position + 3]! ^= 0x5a;
  return copy;
}

/** Waves of `txs` in which no sender has more than PER_SENDER (each sender's txs are in nonce order in `txs`). */
function nonceWindows(txs: readonly LoadTx[]): (() => LoadTx[])[] {
  const waves: LoadTx[][] = [];
  const sent = new Map<number, number>();
  for (const t of txs) {
    const n = sent.get(t.sender) ?? 0;
    sent.set(t.sender, n + 1);
    (waves[Math.floor(n / PER_SENDER)] ??= []).push(t);
  }
  return waves.map((wave) => () => wave);
}
