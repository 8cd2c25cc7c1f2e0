/**
 * `claimable_get {address}`: the (pool, contribution, amount) entries a Claim
 * from `address` would pay now — by the rule of src/state/handlers/claims.ts:
 * the contribution is the address's, ACCEPTED, in the pool's Datanet and
 * accepted at or before the pool's cutoff, and `per_member − its mark > 0`.
 * Entries come in descending (pool id, contribution id) order.
 *
 * Cost: the store's lookup indexes (store/lookup-index.ts) give the
 * address's contributions and the pools of their Datanets, so this reads
 * O(the address's contributions + those pools + one mark per pair).
 */
import { ContributionStatus, type Contribution, type Pool } from '../codec/types.js';
import { bytesKey, compareBytes, toHex } from '../crypto/bytes.js';
import * as tables from '../state/tables.js';
import { Bucket } from '../store/layout.js';
import type { LevelStore } from '../store/level-store.js';
import type { JsonObject } from './json.js';

type Member = { id: Uint8Array; c: Contribution };

/** What `id` has claimed from the pool so far (its claim mark), 0 before any claim. */
export async function claimMark(store: LevelStore, poolId: Uint8Array, id: Uint8Array): Promise<bigint> {
  return (await tables.claimMarks.get(store.state, poolId, id))?.perMember ?? 0n;
}

/** What a Claim of contribution `c` would take from `pool` now, with its claim mark: 0 unless it is an ACCEPTED member of the pool. */
export function unclaimed(pool: Pool, c: Contribution, mark: bigint): bigint {
  return c.status === ContributionStatus.ACCEPTED && c.acceptedHeight <= pool.cutoffHeight ? pool.perMember - mark : 0n;
}

/** The owner's ACCEPTED contributions, grouped by Datanet. */
async function earningByDatanet(store: LevelStore, owner: Uint8Array): Promise<Map<string, Member[]>> {
  const byDatanet = new Map<string, Member[]>();
  for (const id of await store.lookup(Bucket.OWNER_CONTRIBUTION, owner)) {
    const c = await tables.contributions.get(store.state, id);
    if (c?.status !== ContributionStatus.ACCEPTED) continue;
    const group = byDatanet.get(bytesKey(c.datanetId)) ?? [];
    group.push({ id, c });
    byDatanet.set(bytesKey(c.datanetId), group);
  }
  return byDatanet;
}

export async function claimable(store: LevelStore, owner: Uint8Array): Promise<{ entries: JsonObject[]; total: string }> {
  const found: { poolId: Uint8Array; id: Uint8Array; entry: JsonObject }[] = [];
  let total = 0n;
  for (const members of (await earningByDatanet(store, owner)).values()) {
    for (const poolId of await store.lookup(Bucket.DATANET_POOL, members[0]!.c.datanetId)) {
      const pool = (await tables.pools.get(store.state, poolId))!;
      if (pool.perMember === 0n) continue;
      for (const { id, c } of members) {
        const amount = unclaimed(pool, c, await claimMark(store, poolId, id));
        if (amount <= 0n) continue;
        total += amount;
        found.push({
          poolId,
          id,
          entry: {
            pool_id: toHex(poolId),
            contribution_id: toHex(id),
            amount: amount.toString(),
            model_id: toHex(pool.modelId),
            version: pool.version,
            datanet_id: toHex(pool.datanetId),
          },
        });
      }
    }
  }
  found.sort((a, b) => compareBytes(b.poolId, a.poolId) || compareBytes(b.id, a.id));
  return { entries: found.map((f) => f.entry), total: total.toString() };
}
