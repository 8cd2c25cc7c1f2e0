import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { poolClaimable, poolDeposit, type PoolShares } from '../../../src/attribution/pool.js';

type Event = { deposit: bigint } | { claim: number };

const event: fc.Arbitrary<Event> = fc.oneof(
  fc.record({ deposit: fc.oneof(fc.bigInt({ min: 0n, max: 100n }), fc.bigInt({ min: 0n, max: 1n << 64n })) }),
  fc.record({ claim: fc.nat() }),
);

describe('pool properties', () => {
  it('with any deposits and claim schedule, every unit is claimed, claimable or carried, and claims never exceed deposits', () => {
    // Members at index ≥ claimers never claim, like members rejected or retired after the cutoff.
    const schedule = fc.integer({ min: 1, max: 40 }).chain((members) =>
      fc.tuple(fc.constant(members), fc.integer({ min: 1, max: members }), fc.array(event, { maxLength: 60 })),
    );
    fc.assert(
      fc.property(schedule, ([members, claimers, events]) => {
        let pool: PoolShares = { members: BigInt(members), perMember: 0n, carry: 0n };
        const marks = new Array<bigint>(members).fill(0n);
        let deposited = 0n;
        let claimed = 0n;
        for (const e of events) {
          if ('deposit' in e) {
            pool = poolDeposit(pool, e.deposit);
            deposited += e.deposit;
            expect(pool.members * pool.perMember + pool.carry).toBe(deposited);
            expect(pool.carry < pool.members).toBe(true);
          } else {
            const member = e.claim % claimers;
            claimed += poolClaimable(pool.perMember, marks[member]!);
            marks[member] = pool.perMember;
          }
          expect(claimed <= deposited).toBe(true);
        }
        const unclaimed = marks.reduce((sum, mark) => sum + poolClaimable(pool.perMember, mark), 0n);
        expect(claimed + unclaimed + pool.carry).toBe(deposited);
      }),
    );
  });
});

describe('pool refusals and purity', () => {
  const pool: PoolShares = { members: 3n, perMember: 4n, carry: 2n };

  it('returns a new object and leaves its input alone', () => {
    expect(poolDeposit(pool, 5n)).toEqual({ members: 3n, perMember: 6n, carry: 1n });
    expect(pool).toEqual({ members: 3n, perMember: 4n, carry: 2n });
  });

  it('throws RangeError on members ≤ 0 and a negative deposit', () => {
    expect(() => poolDeposit({ ...pool, members: 0n }, 1n)).toThrow(RangeError);
    expect(() => poolDeposit({ ...pool, members: -1n }, 1n)).toThrow(RangeError);
    expect(() => poolDeposit(pool, -1n)).toThrow(RangeError);
  });

  it('throws RangeError on a claimed mark above per_member or below 0', () => {
    expect(poolClaimable(4n, 4n)).toBe(0n);
    expect(poolClaimable(4n, 1n)).toBe(3n);
    expect(() => poolClaimable(4n, 5n)).toThrow(RangeError);
    expect(() => poolClaimable(4n, -1n)).toThrow(RangeError);
  });
});
