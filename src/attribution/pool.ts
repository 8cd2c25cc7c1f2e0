/**
 * Fallback pool arithmetic (DESIGN §3.3): a Datanet's part of a usage fee
 * shared equally by the `members` fixed at RecordTraining, O(1) per deposit
 * however many members there are.
 *
 * Exact integers, no scale factor: each deposit adds `⌊(d + carry)/members⌋`
 * to every member's running `perMember` and keeps the rest as `carry`, so
 * `members·perMember + carry = Σ deposits` after every deposit. A member
 * claims `perMember − its claimed mark` and the mark moves to `perMember`, so
 * what distinct members claim in total never exceeds `members·perMember ≤
 * Σ deposits`. A member that never claims (rejected or retired after the
 * cutoff) leaves its share in the pool balance, still counted in supply.
 */

export interface PoolShares {
  members: bigint;
  /** Units each member has accrued since the pool was created. */
  perMember: bigint;
  /** Units deposited but not yet divisible among members; always < members. */
  carry: bigint;
}

export function poolDeposit(pool: PoolShares, d: bigint): PoolShares {
  if (pool.members <= 0n) throw new RangeError(`pool members ${pool.members} must be positive`);
  if (d < 0n) throw new RangeError(`pool deposit ${d} is negative`);
  const t = d + pool.carry;
  return { members: pool.members, perMember: pool.perMember + t / pool.members, carry: t % pool.members };
}

/** What a member can claim now; the new claimed mark is `perMember`. */
export function poolClaimable(perMember: bigint, claimedMark: bigint): bigint {
  if (claimedMark < 0n || claimedMark > perMember) {
    throw new RangeError(`claimed mark ${claimedMark} is outside 0..${perMember}`);
  }
  return perMember - claimedMark;
}
