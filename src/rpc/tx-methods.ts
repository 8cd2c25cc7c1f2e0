/**
 * Transaction methods: submit (with an optional wait for the commit), look
 * up, and what fee to pay.
 */
import { txCodec } from '../codec/codecs.js';
import type { StoredTxResult } from '../codec/types.js';
import { toHex } from '../crypto/bytes.js';
import type { PendingTx } from '../mempool/mempool.js';
import { txHash } from '../tx/hash.js';
import { notFound } from './errors.js';
import { txJson, txResultJson, type JsonObject } from './json.js';
import { base64, hex32, intIn, oneOf, optional } from './params.js';
import type { MethodEnv, MethodTable } from './types.js';

export const DEFAULT_WAIT_MS = 10_000;
export const MAX_WAIT_MS = 60_000;

/** The tx hash if the bytes decode; otherwise the mempool's checks will name what is wrong. */
function hashOf(bytes: Uint8Array): Uint8Array | undefined {
  try {
    return txHash(txCodec.decode(bytes).body);
  } catch {
    return undefined;
  }
}

async function submit(env: MethodEnv, bytes: Uint8Array, wait: 'none' | 'mempool' | 'commit', timeoutMs: number): Promise<JsonObject> {
  const hash = hashOf(bytes);
  if (wait === 'none' && hash !== undefined) {
    // Fire and forget: a refusal is only logged; tx_get tells the client whether the tx is pending.
    env.mempool.add(bytes).catch((err: unknown) => env.log.debug('tx refused', { hash: toHex(hash), error: err }));
    return { hash: toHex(hash), status: 'pending' };
  }
  // Registered before the tx enters the mempool: its block may be announced before add() returns.
  const waiter = wait === 'commit' && hash !== undefined ? env.waiters.wait(hash, timeoutMs) : undefined;
  let pending: PendingTx;
  try {
    pending = await env.mempool.add(bytes);
  } catch (err) {
    waiter?.cancel();
    throw err;
  }
  const outcome = await waiter?.done;
  if (outcome === undefined) return { hash: toHex(pending.hash), status: 'pending' };
  if (outcome.kind === 'dropped') return { hash: toHex(pending.hash), status: 'dropped', code: outcome.code, message: outcome.message };
  return committedJson(outcome.height, outcome.result);
}

/** A committed tx: where, and what it did (`code` null when its payload applied). */
function committedJson(height: bigint, result: StoredTxResult): JsonObject {
  return { hash: toHex(result.hash), status: 'committed', height: height.toString(), ...txResultJson(result) };
}

export const txMethods = {
  tx_submit: {
    params: ['tx', 'wait', 'timeout_ms'],
    async handler(env, p) {
      const bytes = base64(p, 'tx');
      const wait = optional(p, 'wait', oneOf('none', 'mempool', 'commit')) ?? 'mempool';
      const timeoutMs = optional(p, 'timeout_ms', intIn(1, MAX_WAIT_MS)) ?? DEFAULT_WAIT_MS;
      return submit(env, bytes, wait, timeoutMs);
    },
  },

  tx_get: {
    params: ['hash'],
    async handler(env, p): Promise<JsonObject> {
      const hash = hex32(p, 'hash');
      const location = await env.chain.store.txLocation(hash);
      if (location === undefined) {
        if (env.mempool.has(hash)) return { hash: toHex(hash), status: 'pending' };
        throw notFound('tx', toHex(hash));
      }
      const [block, results] = await Promise.all([env.chain.store.block(location.height), env.chain.store.results(location.height)]);
      const result = results?.txs[location.index];
      const bytes = block?.txs[location.index];
      if (result === undefined || bytes === undefined) throw new Error(`tx index ${location.index} missing at height ${location.height}`);
      return { ...committedJson(location.height, result), tx: txJson(bytes) };
    },
  },

  fee_estimate: {
    params: [],
    async handler(env) {
      const params = await env.chain.params();
      return {
        min_tx_fee: params.minTxFee.toString(),
        min_usage_fee: params.minUsageFee.toString(),
        cheapest_pending_fee: env.mempool.minFee()?.toString() ?? null,
        pending_txs: env.mempool.size,
      };
    },
  },
} satisfies MethodTable;
