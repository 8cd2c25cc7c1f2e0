/**
 * Queries of the committed state: accounts, validators, Datanets,
 * contributions and models. Lists page in descending id order (scan.ts):
 * `next` is the `after` to pass for the following page, null at the end.
 */
import { datanetCodec } from '../codec/codecs.js';
import type { ModelVersion } from '../codec/types.js';
import { toHex } from '../crypto/bytes.js';
import { Prefix } from '../state/keys.js';
import * as tables from '../state/tables.js';
import type { Entry, StateReader } from '../state/store.js';
import { Bucket } from '../store/layout.js';
import { earnings } from './earnings.js';
import { notFound } from './errors.js';
import { contributionJson, datanetJson, poolJson, toJson, type Json, type JsonObject } from './json.js';
import { address20, hex32, intIn, optional, type Params } from './params.js';
import { scanDown } from './scan.js';
import type { MethodTable } from './types.js';

export const DEFAULT_LIST_LIMIT = 100;
export const MAX_LIST_LIMIT = 1000;

const DATANETS = new Uint8Array([Prefix.DATANET]);

function page(p: Params): { limit: number; after: Uint8Array | undefined } {
  return { limit: optional(p, 'limit', intIn(1, MAX_LIST_LIMIT)) ?? DEFAULT_LIST_LIMIT, after: optional(p, 'after', hex32) };
}

/**
 * Up to `limit` views of the entries `view` keeps (it returns undefined for
 * the others), and `next`: the id of the last one when more follow.
 */
async function listPage(
  entries: AsyncIterable<Entry>,
  limit: number,
  view: (key: Uint8Array, value: Uint8Array) => JsonObject | undefined,
): Promise<{ items: JsonObject[]; next: string | null }> {
  const items: JsonObject[] = [];
  for await (const [key, value] of entries) {
    const item = view(key, value);
    if (item === undefined) continue;
    if (items.length === limit) return { items, next: items.at(-1)!.id as string };
    items.push(item);
  }
  return { items, next: null };
}

/** A value read by id, or NOT_FOUND naming it. */
export function found<T>(value: T | undefined, what: string, id: Uint8Array): T {
  if (value === undefined) throw notFound(what, toHex(id));
  return value;
}

async function versionJson(state: StateReader, version: number, v: ModelVersion): Promise<JsonObject> {
  const datanets: Json[] = [];
  for (const d of v.datanets) {
    const pool = await tables.pools.get(state, d.poolId);
    datanets.push({ datanet_id: toHex(d.datanetId), weight_bps: d.weightBps, pool: pool === undefined ? null : poolJson(d.poolId, pool) });
  }
  return {
    version,
    datanets,
    artifact_hash: toJson(v.artifactHash),
    cutoff_height: v.cutoffHeight.toString(),
    recorded_height: v.recordedHeight.toString(),
  };
}

export const stateMethods = {
  account_get: {
    params: ['address'],
    async handler(env, p) {
      const address = address20(p, 'address');
      const account = await env.chain.account(address);
      return {
        address: toHex(address),
        balance: account.balance.toString(),
        nonce: account.nonce.toString(),
        pending_nonce: env.mempool.nextNonce(address, account.nonce).toString(),
      };
    },
  },

  validators: {
    params: [],
    async handler(env) {
      const set = await env.chain.validatorSet();
      return { validators: toJson(set.validators), since_height: set.since.toString() };
    },
  },

  stake_get: {
    params: ['operator'],
    async handler(env, p) {
      const operator = address20(p, 'operator');
      const state = env.chain.state;
      const key = (await tables.operatorKeys.get(state, operator))?.consensusKey;
      if (key === undefined) throw notFound('stake of operator', toHex(operator));
      const bond = (await tables.bonds.get(state, key))!;
      const power = (await tables.validators.get(state, key))?.power ?? 0n;
      const unbonding = (await tables.unbondingsOf(state, key)).map((u) => ({ unlock_height: u.unlockHeight.toString(), amount: u.amount.toString() }));
      return { operator: toHex(operator), consensus_key: toHex(key), bonded: bond.amount.toString(), power: power.toString(), slashed: bond.slashed, unbonding };
    },
  },

  datanet_get: {
    params: ['id'],
    async handler(env, p) {
      const id = hex32(p, 'id');
      return datanetJson(id, found(await tables.datanets.get(env.chain.store.state, id), 'Datanet', id));
    },
  },

  datanet_list: {
    params: ['limit', 'after'],
    async handler(env, p) {
      const { limit, after } = page(p);
      const entries = scanDown(env.chain.store.state, DATANETS, after);
      const view = (key: Uint8Array, value: Uint8Array) => datanetJson(key.subarray(DATANETS.length), datanetCodec.decode(value));
      const { items, next } = await listPage(entries, limit, view);
      return { datanets: items, next };
    },
  },

  contribution_get: {
    params: ['id'],
    async handler(env, p) {
      const id = hex32(p, 'id');
      const c = found(await tables.contributions.get(env.chain.store.state, id), 'contribution', id);
      return { ...contributionJson(id, c, true), ...(await earnings(env.chain.store, id, c)) };
    },
  },

  /**
   * Contributions are keyed by id alone, so this walks every contribution of
   * every Datanet and keeps this Datanet's: O(all contributions) per page in
   * the worst case. Acceptable for now; an index keyed (datanet, id) would
   * make it O(limit).
   */
  contribution_list: {
    params: ['datanet', 'limit', 'after'],
    async handler(env, p) {
      const datanet = hex32(p, 'datanet');
      const { limit, after } = page(p);
      const store = env.chain.store;
      found(await tables.datanets.get(store.state, datanet), 'Datanet', datanet);
      const ids = await store.lookup(Bucket.DATANET_CONTRIBUTION, datanet, { ...(after === undefined ? {} : { after }), limit: limit + 1 });
      const shown = ids.slice(0, limit);
      const items = await Promise.all(shown.map(async (id) => contributionJson(id, (await tables.contributions.get(store.state, id))!, false)));
      const next = ids.length > limit ? toHex(shown.at(-1)!) : null;
      return { contributions: items, next };
    },
  },

  model_get: {
    params: ['id'],
    async handler(env, p) {
      const id = hex32(p, 'id');
      const state = env.chain.store.state;
      const model = found(await tables.models.get(state, id), 'model', id);
      const versions: JsonObject[] = [];
      for (let n = 1; n <= model.versionCount; n++) {
        const v = await tables.modelVersions.get(state, id, n);
        if (v !== undefined) versions.push(await versionJson(state, n, v));
      }
      return { id: toHex(id), ...(toJson(model) as JsonObject), versions };
    },
  },
} satisfies MethodTable;
