/** Queries of the chain itself: status, blocks and payout tables. */
import { readFileSync } from 'node:fs';
import { blockHash } from '../codec/hashes.js';
import type { BlockResults } from '../codec/types.js';
import { toHex } from '../crypto/bytes.js';
import { notFound } from './errors.js';
import { blockJson, eventJson, payoutJson, toJson, txResultJson, type JsonObject } from './json.js';
import { address20, exactlyOne, hex32, intIn, optional, uint64, type Params } from './params.js';
import { Bucket, type PayoutIndex } from '../store/layout.js';
import type { MethodEnv, MethodTable } from './types.js';

/** The node's version, from package.json. */
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
export const NODE_VERSION = packageJson.version;

const DEFAULT_PAYOUTS_LIMIT = 100;
const MAX_PAYOUTS_LIMIT = 1000;
/** More rows than one block can pay one account. */
const MAX_PAYOUTS_SKIP = 1_000_000;

async function resultsAt(env: MethodEnv, height: bigint): Promise<BlockResults> {
  const results = height === 0n ? undefined : await env.chain.store.results(height);
  if (results === undefined) throw notFound('block at height', height.toString());
  return results;
}

function resultsSummary(r: BlockResults): JsonObject {
  return {
    txs: r.txs.map((t) => txResultJson(t, false)),
    end_events: r.endEvents.map(eventJson),
    payout_rows: r.payouts.length,
    payout_total: r.payouts.reduce((sum, row) => sum + row.amount, 0n).toString(),
  };
}

export const chainMethods = {
  status: {
    params: [],
    async handler(env) {
      const head = env.chain.head;
      const consensus = env.consensus?.();
      return {
        chain_id: env.chain.chainId,
        height: head.height.toString(),
        block_hash: toJson(head.blockHash),
        state_root: toHex(head.stateRoot),
        time_ms: head.timeMs.toString(),
        mempool: { size: env.mempool.size, bytes: env.mempool.bytes },
        role: env.role(),
        p2p: env.network === undefined ? null : { ...env.network() },
        consensus: consensus === undefined ? null : { ...consensus },
        version: NODE_VERSION,
      };
    },
  },

  block_get: {
    params: ['height', 'hash'],
    async handler(env, p) {
      const store = env.chain.store;
      const hash = exactlyOne(p, 'height', 'hash') === 'hash' ? hex32(p, 'hash') : undefined;
      const height = hash === undefined ? uint64(p, 'height') : await store.heightOfBlock(hash);
      if (height === undefined) throw notFound('block', toHex(hash!));
      const block = height === 0n ? undefined : await store.block(height);
      if (block === undefined || block.header === null) throw notFound('block at height', height.toString());
      return { ...blockJson(block, blockHash(block.header)), results: resultsSummary(await resultsAt(env, height)) };
    },
  },

  payouts_get: {
    params: ['height'],
    async handler(env, p) {
      const height = uint64(p, 'height');
      const results = await resultsAt(env, height);
      return { height: height.toString(), rows: results.payouts.map(payoutJson) };
    },
  },

  /**
   * Payout rows paid to an account, oldest first. Pages resume at `next`:
   * `from` is a height and `skip` the account's rows at that height already
   * returned (one block can pay an account more rows than a page holds).
   */
  payouts_by_account: {
    params: ['address', 'from', 'skip', 'limit'],
    handler: (env, p) => indexedPayouts(env, p, Bucket.ACCOUNT_PAYOUT, address20(p, 'address')),
  },

  /** The DATA rows paid for a contribution, oldest first, paged like payouts_by_account. */
  payouts_by_contribution: {
    params: ['id', 'from', 'skip', 'limit'],
    handler: (env, p) => indexedPayouts(env, p, Bucket.CONTRIBUTION_PAYOUT, hex32(p, 'id')),
  },
} satisfies MethodTable;


async function indexedPayouts(env: MethodEnv, p: Params, bucket: PayoutIndex, owner: Uint8Array): Promise<JsonObject> {
  const from = optional(p, 'from', uint64) ?? 0n;
  const skip = optional(p, 'skip', intIn(0, MAX_PAYOUTS_SKIP)) ?? 0;
  const limit = optional(p, 'limit', intIn(1, MAX_PAYOUTS_LIMIT)) ?? DEFAULT_PAYOUTS_LIMIT;
  const located = await env.chain.store.indexedPayouts(bucket, owner, from, skip + limit + 1);
  const atFrom = located.filter((l) => l.height === from).length;
  const rest = located.slice(Math.min(skip, atFrom));
  const cache = new Map<bigint, BlockResults>();
  const rows: JsonObject[] = [];
  for (const { height, row } of rest.slice(0, limit)) {
    if (!cache.has(height)) cache.set(height, await resultsAt(env, height));
    const payout = cache.get(height)!.payouts[row];
    if (payout !== undefined) rows.push({ height: height.toString(), ...payoutJson(payout, row) });
  }
  let next: JsonObject | null = null;
  const following = rest[limit];
  if (following !== undefined) {
    const sameHeight = rest.slice(0, limit).filter((l) => l.height === following.height).length;
    const already = following.height === from ? Math.min(skip, atFrom) : 0;
    next = { from: following.height.toString(), skip: already + sameHeight };
  }
  return { rows, next };
}
