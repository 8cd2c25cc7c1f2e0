/**
 * Claim: moves what the signer's contributions have accrued in fallback pools
 * to its balance. A member may claim while it is ACCEPTED, in the pool's
 * Datanet, and was accepted at or before the pool's cutoff; a member rejected
 * or retired since can no longer claim, and its share stays in the pool.
 */
import { poolClaimable } from '../../attribution/pool.js';
import { ContributionStatus, type Claim } from '../../codec/types.js';
import { bytesEqual, toHex } from '../../crypto/bytes.js';
import { TxError } from '../../tx/errors.js';
import type { Scope, TxInfo } from '../scope.js';
import * as tables from '../tables.js';
import { authorized, found, isOwner } from './common.js';

export async function applyClaim(s: Scope, tx: TxInfo, p: Claim): Promise<void> {
  let total = 0n;
  for (const e of p.entries) {
    const pool = found(await tables.pools.get(s.overlay, e.poolId), 'pool', e.poolId);
    const c = found(await tables.contributions.get(s.overlay, e.contributionId), 'contribution', e.contributionId);
    authorized(isOwner(c.owner, tx.sender), 'only the contributor can claim its pool shares');
    const member =
      c.status === ContributionStatus.ACCEPTED &&
      bytesEqual(c.datanetId, pool.datanetId) &&
      c.acceptedHeight <= pool.cutoffHeight;
    if (!member) {
      throw new TxError('NOT_ELIGIBLE', `contribution ${toHex(e.contributionId)} is not an earning member of pool ${toHex(e.poolId)}`);
    }
    const mark = (await tables.claimMarks.get(s.overlay, e.poolId, e.contributionId))?.perMember ?? 0n;
    const amount = poolClaimable(pool.perMember, mark);
    if (amount === 0n) continue;
    tables.claimMarks.put(s.overlay, { perMember: pool.perMember }, e.poolId, e.contributionId);
    tables.pools.put(s.overlay, { ...pool, balance: pool.balance - amount }, e.poolId);
    await s.credit(tx.sender, amount, 'pools');
    s.emit('claimed', { pool: toHex(e.poolId), contribution: toHex(e.contributionId), amount: amount.toString() });
    total += amount;
  }
  if (total === 0n) throw new TxError('NOTHING_TO_CLAIM', 'nothing has accrued to these entries since the last claim');
}
