/**
 * State keys (docs/protocol.md §6): a one-byte prefix per kind, then fixed-width
 * parts, so byte order is the order the state machine scans in (by height,
 * then tx index). Ranged kinds are scanned only inside one "group" prefix.
 */
import { concatBytes, u32be, u64be } from '../crypto/bytes.js';

export const Prefix = {
  PARAMS: 0x01,
  TOTALS: 0x02,
  VALIDATOR: 0x03,
  BOND: 0x04,
  OPERATOR_KEY: 0x05,
  VALIDATOR_SET_CHANGE: 0x06,
  UNBONDING: 0x07,
  ACCOUNT: 0x10,
  DATANET: 0x20,
  COUNTS: 0x21,
  CONTRIBUTION: 0x30,
  CONTENT: 0x31,
  DUPLICATES: 0x32,
  SCHEDULE: 0x33,
  LSH_BUCKET: 0x34,
  MODEL: 0x40,
  MODEL_VERSION: 0x41,
  POOL: 0x50,
  POOL_CLAIM: 0x51,
} as const;

/** What falls due at the end of a height: contribution events by contribution id, staking events by consensus key. */
export const ScheduleKind = { AUTO_ACCEPT: 1, UNLOCK: 2, VALIDATOR_UPDATE: 3, UNBOND: 4 } as const;
export type ScheduleKind = (typeof ScheduleKind)[keyof typeof ScheduleKind];

/**
 * Length of the group prefix of each ranged kind: VALIDATOR as a whole (the
 * set), COUNTS and DUPLICATES by 32-byte id, UNBONDING by consensus key,
 * SCHEDULE by height.
 */
export const RANGE_GROUP_BYTES: Readonly<Record<number, number>> = {
  [Prefix.VALIDATOR]: 1,
  [Prefix.UNBONDING]: 33,
  [Prefix.COUNTS]: 33,
  [Prefix.DUPLICATES]: 33,
  [Prefix.SCHEDULE]: 9,
};

const one = (prefix: number) => new Uint8Array([prefix]);
const key = (prefix: number, ...parts: Uint8Array[]) => concatBytes(one(prefix), ...parts);

export const keys = {
  params: () => one(Prefix.PARAMS),
  totals: () => one(Prefix.TOTALS),
  validatorSet: () => one(Prefix.VALIDATOR),
  validator: (consensusKey: Uint8Array) => key(Prefix.VALIDATOR, consensusKey),
  bond: (consensusKey: Uint8Array) => key(Prefix.BOND, consensusKey),
  operatorKey: (operator: Uint8Array) => key(Prefix.OPERATOR_KEY, operator),
  validatorSetChange: () => one(Prefix.VALIDATOR_SET_CHANGE),
  unbondingGroup: (consensusKey: Uint8Array) => key(Prefix.UNBONDING, consensusKey),
  unbonding: (consensusKey: Uint8Array, unlockHeight: bigint) => key(Prefix.UNBONDING, consensusKey, u64be(unlockHeight)),
  account: (address: Uint8Array) => key(Prefix.ACCOUNT, address),
  datanet: (id: Uint8Array) => key(Prefix.DATANET, id),
  countsGroup: (datanetId: Uint8Array) => key(Prefix.COUNTS, datanetId),
  counts: (datanetId: Uint8Array, height: bigint) => key(Prefix.COUNTS, datanetId, u64be(height)),
  contribution: (id: Uint8Array) => key(Prefix.CONTRIBUTION, id),
  content: (datanetId: Uint8Array, contentHash: Uint8Array) => key(Prefix.CONTENT, datanetId, contentHash),
  duplicatesGroup: (originalId: Uint8Array) => key(Prefix.DUPLICATES, originalId),
  duplicate: (originalId: Uint8Array, height: bigint, txIndex: number) =>
    key(Prefix.DUPLICATES, originalId, u64be(height), u32be(txIndex)),
  scheduleGroup: (height: bigint) => key(Prefix.SCHEDULE, u64be(height)),
  schedule: (height: bigint, kind: ScheduleKind, id: Uint8Array) => key(Prefix.SCHEDULE, u64be(height), new Uint8Array([kind]), id),
  /** datanet ‖ index id ‖ 8-byte bucket key → the ids of the originals in that bucket (src/attribution/lsh.ts). */
  lshBucket: (datanetId: Uint8Array, index: number, bucketKey: Uint8Array) =>
    key(Prefix.LSH_BUCKET, datanetId, new Uint8Array([index]), bucketKey),
  model: (id: Uint8Array) => key(Prefix.MODEL, id),
  modelVersion: (modelId: Uint8Array, version: number) => key(Prefix.MODEL_VERSION, modelId, u32be(version)),
  pool: (id: Uint8Array) => key(Prefix.POOL, id),
  poolClaim: (poolId: Uint8Array, contributionId: Uint8Array) => key(Prefix.POOL_CLAIM, poolId, contributionId),
};
