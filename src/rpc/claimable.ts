/**
 * `claimable_get {address}`: the (pool, contribution, amount) entries a Claim
 * from `address` would pay now — by the rule of src/state/handlers/claims.ts:
 * the contribution is the address's, ACCEPTED, in the pool's Datanet and
 * accepted at or before the pool's cutoff, and `per_member − its mark > 0`.
 *
 * Cost: neither contributions by owner nor pools by Datanet are indexed, so
 * this walks every contribution (keeping the owner's earning ones) and every
 * pool (keeping those of the owner's Datanets), then reads one claim mark per
 * (pool, member) pair: O(all contributions + all pools + pairs). Simple and
 * correct; owner and Datanet indexes would make it O(the owner's entries).
 */
import { contributionCodec, poolCodec } from '../codec/codecs.js';
import { ContributionStatus, type Contribution } from '../codec/types.js';
import { bytesEqual, bytesKey, toHex } from '../crypto/bytes.js';
import { Prefix } from '../state/keys.js';
import type { StateReader } from '../state/store.js';
import * as tables from '../state/tables.js';
import type { JsonObject } from './json.js';
import { scanDown } from './scan.js';

const CONTRIBUTIONS = new Uint8Array([Prefix.CONTRIBUTION]);
const POOLS = new Uint8Array([Prefix.POOL]);

type Member = { id: Uint8Array; c: Contribution };

/** The owner's ACCEPTED contributions, grouped by Datanet. */
async function earningByDatanet(state: StateReader, owner: Uint8Array): Promise<Map<string, Member[]>> {
  const byDatanet = new Map<string, Member[]>();
  for await (const [key, value] of scanDown(state, CONTRIBUTIONS)) {
    const c = contributionCodec.decode(value);
    if (c.status !== ContributionStatus.ACCEPTED || !bytesEqual(c.owner, owner)) continue;
    const group = byDatanet.get(bytesKey(c.datanetId)) ?? [];
    group.push({ id: key.subarray(CONTRIBUTIONS.length), c });
    byDatanet.set(bytesKey(c.datanetId), group);
  }
  return byDatanet;
}

export async function claimable(state: StateReader, owner: Uint8Array): Promise<{ entries: JsonObject[]; total: string }> {
  const byDatanet = await earningByDatanet(state, owner);
  const entries: JsonObject[] = [];
  let total = 0n;
  if (byDatanet.size === 0) return { entries, total: '0' };
  for await (const [key, value] of scanDown(state, POOLS)) {
    const pool = poolCodec.decode(value);
    const members = byDatanet.get(bytesKey(pool.datanetId));
    if (members === undefined || pool.perMember === 0n) continue;
    const poolId = key.subarray(POOLS.length);
    for (const { id, c } of members) {
      if (c.acceptedHeight > pool.cutoffHeight) continue;
      const mark = (await tables.claimMarks.get(state, poolId, id))?.perMember ?? 0n;
      const amount = pool.perMember - mark;
      if (amount <= 0n) continue;
      total += amount;
      entries.push({
        pool_id: toHex(poolId),
        contribution_id: toHex(id),
        amount: amount.toString(),
        model_id: toHex(pool.modelId),
        version: pool.version,
        datanet_id: toHex(pool.datanetId),
      });
    }
  }
  return { entries, total: total.toString() };
}
