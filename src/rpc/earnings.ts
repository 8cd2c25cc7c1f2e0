/**
 * What a contribution has earned and can claim, for contribution_get: DATA
 * rows paid to it (the payout index by contribution), what its owner has
 * claimed from pools (a claim mark is the cumulative amount claimed from
 * that pool), and what it could claim now (the rule of
 * src/state/handlers/claims.ts).
 *
 * Cost: one read per DATA row, and per pool of its Datanet (the store's
 * lookup index) a pool and a claim mark.
 */
import type { Contribution } from '../codec/types.js';
import * as tables from '../state/tables.js';
import { Bucket } from '../store/layout.js';
import type { LevelStore } from '../store/level-store.js';
import { claimMark, unclaimed } from './claimable.js';
import type { JsonObject } from './json.js';

/** More DATA rows than any contribution is expected to have; a bound, not a page. */
const MAX_ROWS = 1_000_000;

export async function earnings(store: LevelStore, id: Uint8Array, c: Contribution): Promise<JsonObject> {
  let data = 0n;
  const results = new Map<bigint, Awaited<ReturnType<LevelStore['results']>>>();
  for (const { height, row } of await store.indexedPayouts(Bucket.CONTRIBUTION_PAYOUT, id, 0n, MAX_ROWS)) {
    if (!results.has(height)) results.set(height, await store.results(height));
    data += results.get(height)?.payouts[row]?.amount ?? 0n;
  }
  let claimed = 0n;
  let claimable = 0n;
  for (const poolId of await store.lookup(Bucket.DATANET_POOL, c.datanetId)) {
    const pool = (await tables.pools.get(store.state, poolId))!;
    const mark = await claimMark(store, poolId, id);
    claimed += mark;
    claimable += unclaimed(pool, c, mark);
  }
  return { earned: (data + claimed).toString(), earned_data: data.toString(), earned_claimed: claimed.toString(), claimable: claimable.toString() };
}
