/**
 * What a contribution has earned and can claim, for contribution_get: DATA
 * rows paid to it (the payout index by contribution), what its owner has
 * claimed from pools (a claim mark is the cumulative amount claimed from
 * that pool), and what it could claim now (the rule of
 * src/state/handlers/claims.ts).
 *
 * Cost: pools are not indexed by Datanet, so this walks every pool — like
 * claimable_get, simple and correct until such an index exists.
 */
import { poolCodec } from '../codec/codecs.js';
import { ContributionStatus, type Contribution } from '../codec/types.js';
import { bytesEqual } from '../crypto/bytes.js';
import { Prefix } from '../state/keys.js';
import * as tables from '../state/tables.js';
import { Bucket } from '../store/layout.js';
import type { LevelStore } from '../store/level-store.js';
import type { JsonObject } from './json.js';
import { scanDown } from './scan.js';

const POOLS = new Uint8Array([Prefix.POOL]);
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
  for await (const [key, value] of scanDown(store.state, POOLS)) {
    const pool = poolCodec.decode(value);
    if (!bytesEqual(pool.datanetId, c.datanetId)) continue;
    const poolId = key.subarray(POOLS.length);
    const mark = (await tables.claimMarks.get(store.state, poolId, id))?.perMember ?? 0n;
    claimed += mark;
    if (c.status === ContributionStatus.ACCEPTED && c.acceptedHeight <= pool.cutoffHeight) claimable += pool.perMember - mark;
  }
  return { earned: (data + claimed).toString(), earned_data: data.toString(), earned_claimed: claimed.toString(), claimable: claimable.toString() };
}
