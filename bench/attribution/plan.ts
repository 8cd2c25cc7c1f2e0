/**
 * Who contributes what to the benchmark Datanet, in which tx, at which
 * height: the one description that both ways of filling it read (executing
 * real Contribute txs, and direct population), so they describe the same
 * chain. Contribution i is the Contribute tx of contributor i mod M with
 * nonce ⌊i / M⌋, at tx index i mod perBlock of height firstHeight + ⌊i / perBlock⌋;
 * the Datanet auto-accepts it challenge_blocks later.
 */
import type { Genesis } from '../../src/state/genesis.js';
import type { Params, TxBody } from '../../src/codec/types.js';
import { addressOf } from '../../src/crypto/address.js';
import { u32be, utf8 } from '../../src/crypto/bytes.js';
import type { KeyPair } from '../../src/crypto/ed25519.js';
import { sha256 } from '../../src/crypto/hash.js';
import { benchKey, OPERATOR, VALIDATOR } from './ledger.js';
import { SyntheticSketches } from './synthetic.js';

export const OWNER = benchKey('owner');
export const PAYER = benchKey('payer');
const CONTRIBUTORS = Array.from({ length: 64 }, (_, i) => benchKey(`contributor ${i}`));
const CONTRIBUTOR_ADDRESSES = CONTRIBUTORS.map((k) => addressOf(k.publicKey));
export const OPERATOR_ADDRESS = addressOf(OPERATOR.publicKey);
const BALANCE = 1_000_000_000_000n;
/** Declared size of every synthetic contribution (only recorded, never used by a rule). */
const SIZE_BYTES = 4096n;

/** The owner (Datanet and model), the usage payer and the contributors, funded, with one validator. */
export function benchGenesis(params: Params): Genesis {
  return {
    chainId: 'attrib-bench',
    params,
    accounts: [OWNER, PAYER, ...CONTRIBUTORS].map((k) => ({ address: addressOf(k.publicKey), balance: BALANCE })),
    validators: [{ operator: OPERATOR_ADDRESS, consensusKey: VALIDATOR.publicKey, stake: 1_000_000n }],
  };
}

/** Everything a plan is made from: plain data, so population workers can rebuild it. */
export interface PlanSpec {
  /** Contributions. */
  size: number;
  clusterSize: number;
  /** The Datanet's duplicate threshold: no two contributions reach it. */
  dupThreshold: number;
  chainId: string;
  datanetId: Uint8Array;
  /** Tx fee of every Contribute (the minimum). */
  fee: bigint;
  /** Blocks from contribution to auto-acceptance (the Datanet's challenge_blocks). */
  challengeBlocks: bigint;
  firstHeight: bigint;
  /** Contributions per block. */
  perBlock: number;
}

export class ContributionPlan {
  readonly sketches: SyntheticSketches;
  readonly datanetId: Uint8Array;
  readonly fee: bigint;
  readonly perBlock: number;

  constructor(readonly spec: PlanSpec) {
    this.sketches = new SyntheticSketches(spec.size, spec.clusterSize, spec.dupThreshold);
    this.datanetId = spec.datanetId;
    this.fee = spec.fee;
    this.perBlock = spec.perBlock;
  }

  get size(): number {
    return this.sketches.size;
  }

  contributor(i: number): KeyPair {
    return CONTRIBUTORS[i % CONTRIBUTORS.length]!;
  }

  /** Address of contribution i's contributor (its owner). */
  owner(i: number): Uint8Array {
    return CONTRIBUTOR_ADDRESSES[i % CONTRIBUTORS.length]!;
  }

  body(i: number): Extract<TxBody, { payload: 'contribute' }> {
    return {
      chainId: this.spec.chainId,
      signer: this.contributor(i).publicKey,
      nonce: BigInt(Math.floor(i / CONTRIBUTORS.length)),
      fee: this.fee,
      payload: 'contribute',
      contribute: {
        datanetId: this.datanetId,
        contentHash: sha256(utf8('attrib bench content'), u32be(i)),
        sizeBytes: SIZE_BYTES,
        sketch: this.sketches.member(i),
        uri: '',
      },
    };
  }

  height(i: number): bigint {
    return this.spec.firstHeight + BigInt(Math.floor(i / this.perBlock));
  }

  txIndex(i: number): number {
    return i % this.perBlock;
  }

  acceptedHeight(i: number): bigint {
    return this.height(i) + this.spec.challengeBlocks;
  }

  /** Height by which every contribution is accepted: a training cutoff there counts them all. */
  get allAcceptedHeight(): bigint {
    return this.acceptedHeight(this.size - 1);
  }
}
