/**
 * Typed access to each kind of state value: key builder + codec, nothing else.
 * Values are read with decodeOwn: the state holds only what tables.put
 * encoded, so the canonical check of outside bytes is skipped.
 */
import * as C from '../codec/codecs.js';
import type { MessageCodec } from '../codec/message.js';
import type * as T from '../codec/types.js';
import { readU64be } from '../crypto/bytes.js';
import { keys, ScheduleKind } from './keys.js';
import type { StateOverlay } from './overlay.js';
import type { StateReader } from './store.js';

export interface Table<K extends unknown[], V> {
  get(state: StateReader, ...key: K): Promise<V | undefined>;
  /** The values under each key, in order, read in one StateReader.getMany. */
  getMany(state: StateReader, keys: readonly K[]): Promise<(V | undefined)[]>;
  put(state: StateOverlay, value: V, ...key: K): void;
  del(state: StateOverlay, ...key: K): void;
}

function table<K extends unknown[], V>(codec: MessageCodec<V>, key: (...k: K) => Uint8Array): Table<K, V> {
  return {
    async get(state, ...k) {
      const bytes = await state.get(key(...k));
      return bytes === undefined ? undefined : codec.decodeOwn(bytes);
    },
    async getMany(state, ks) {
      const values = await state.getMany(ks.map((k) => key(...k)));
      return values.map((bytes) => (bytes === undefined ? undefined : codec.decodeOwn(bytes)));
    },
    put(state, value, ...k) {
      state.put(key(...k), codec.encode(value));
    },
    del(state, ...k) {
      state.del(key(...k));
    },
  };
}

export const params = table<[], T.Params>(C.paramsCodec, keys.params);
export const totals = table<[], T.SupplyTotals>(C.supplyTotalsCodec, keys.totals);
export const validators = table<[Uint8Array], T.Validator>(C.validatorCodec, keys.validator);

/** The whole validator set, in consensus-key order (a scan's order). */
export async function validatorSet(state: StateReader): Promise<T.Validator[]> {
  return (await state.scan(keys.validatorSet())).map(([, value]) => C.validatorCodec.decodeOwn(value));
}
export const bonds = table<[Uint8Array], T.Bond>(C.bondCodec, keys.bond);
export const operatorKeys = table<[Uint8Array], T.OperatorKey>(C.operatorKeyCodec, keys.operatorKey);
export const validatorSetChange = table<[], T.ValidatorSetChange>(C.validatorSetChangeCodec, keys.validatorSetChange);
export const unbondings = table<[Uint8Array, bigint], T.Amount>(C.amountCodec, keys.unbonding);
/** A consensus key's unbonding entries, ascending by unlock height (the last 8 bytes of each key). */
export async function unbondingsOf(state: StateReader, consensusKey: Uint8Array): Promise<{ unlockHeight: bigint; amount: bigint }[]> {
  return (await state.scan(keys.unbondingGroup(consensusKey))).map(([key, value]) => ({
    unlockHeight: readU64be(key, key.length - 8),
    amount: C.amountCodec.decodeOwn(value).amount,
  }));
}
/** The power a VALIDATOR_UPDATE schedule entry gives its key. */
export const scheduledPowers = table<[bigint, Uint8Array], T.Amount>(C.amountCodec, (height, consensusKey) => keys.schedule(height, ScheduleKind.VALIDATOR_UPDATE, consensusKey));
export const accounts = table<[Uint8Array], T.Account>(C.accountCodec, keys.account);
export const datanets = table<[Uint8Array], T.Datanet>(C.datanetCodec, keys.datanet);
export const counts = table<[Uint8Array, bigint], T.MemberCounts>(C.memberCountsCodec, keys.counts);
export const contributions = table<[Uint8Array], T.Contribution>(C.contributionCodec, keys.contribution);
export const contents = table<[Uint8Array, Uint8Array], T.ContentRef>(C.contentRefCodec, keys.content);
export const models = table<[Uint8Array], T.Model>(C.modelCodec, keys.model);
export const modelVersions = table<[Uint8Array, number], T.ModelVersion>(C.modelVersionCodec, keys.modelVersion);
export const pools = table<[Uint8Array], T.Pool>(C.poolCodec, keys.pool);
export const claimMarks = table<[Uint8Array, Uint8Array], T.ClaimMark>(C.claimMarkCodec, keys.poolClaim);
