import { describe, expect, it } from 'vitest';
import { buildPayoutTable, comparePayoutRows, payoutTotal } from '../../../src/attribution/payout-table.js';
import { PayoutRole, type PayoutRow } from '../../../src/codec/types.js';
import { toHex } from '../../../src/crypto/bytes.js';

const base: PayoutRow = {
  txIndex: 1,
  role: PayoutRole.DATA,
  recipient: new Uint8Array([1, 2]),
  contributionId: new Uint8Array([3]),
  amount: 10n,
};
const row = (change: Partial<PayoutRow>): PayoutRow => ({ ...base, ...change });

/** Each pair differs only in one field, the first row sorting first. */
const pairs: [string, PayoutRow, PayoutRow][] = [
  ['tx index, numerically', row({ txIndex: 2 }), row({ txIndex: 10 })],
  ['role, by enum value', row({ role: PayoutRole.OWNER }), row({ role: PayoutRole.DATA })],
  ['recipient, a prefix first', row({ recipient: new Uint8Array([1]) }), row({ recipient: new Uint8Array([1, 0]) })],
  ['recipient, by byte', row({ recipient: new Uint8Array([1, 9]) }), row({ recipient: new Uint8Array([2]) })],
  ['contribution id, empty first', row({ contributionId: new Uint8Array() }), row({ contributionId: new Uint8Array([0]) })],
  ['amount, numerically', row({ amount: 9n }), row({ amount: 10n })],
];

describe('payout table order', () => {
  for (const [field, first, second] of pairs) {
    it(`sorts by ${field}`, () => {
      expect(comparePayoutRows(first, second)).toBeLessThan(0);
      expect(comparePayoutRows(second, first)).toBeGreaterThan(0);
      expect(comparePayoutRows(first, { ...first })).toBe(0);
      expect(buildPayoutTable([second, first]).rows).toEqual([first, second]);
    });
  }

  it('orders the fields by priority: an earlier field decides over every later one', () => {
    const earlier = row({ txIndex: 1, role: PayoutRole.BURN, recipient: new Uint8Array([9]), amount: 99n });
    const later = row({ txIndex: 2, role: PayoutRole.FEE, recipient: new Uint8Array(), amount: 1n });
    expect(comparePayoutRows(earlier, later)).toBeLessThan(0);
    expect(comparePayoutRows(row({ role: PayoutRole.FEE, amount: 99n }), row({ role: PayoutRole.VALIDATOR, amount: 1n }))).toBeLessThan(0);
  });

  it('puts the roles in the order FEE, VALIDATOR, OWNER, DATA, POOL, BURN', () => {
    const roles = [PayoutRole.BURN, PayoutRole.DATA, PayoutRole.FEE, PayoutRole.POOL, PayoutRole.OWNER, PayoutRole.VALIDATOR];
    const sorted = buildPayoutTable(roles.map((role) => row({ role }))).rows.map((r) => r.role);
    expect(sorted).toEqual([PayoutRole.FEE, PayoutRole.VALIDATOR, PayoutRole.OWNER, PayoutRole.DATA, PayoutRole.POOL, PayoutRole.BURN]);
  });

  it('sorts a copy, leaving the input order alone', () => {
    const input = [pairs[0]![2], pairs[0]![1]];
    buildPayoutTable(input);
    expect(input).toEqual([pairs[0]![2], pairs[0]![1]]);
  });
});

describe('buildPayoutTable', () => {
  it('rejects a zero-amount row', () => {
    expect(() => buildPayoutTable([base, row({ amount: 0n })])).toThrow(RangeError);
  });

  it('commits to the empty table with sha256("")', () => {
    const table = buildPayoutTable([]);
    expect(table.rows).toEqual([]);
    expect(toHex(table.root)).toBe('0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('gives the same root for any input order', () => {
    const rows = pairs.flatMap(([, a, b]) => [a, b]);
    expect(buildPayoutTable([...rows].reverse()).root).toEqual(buildPayoutTable(rows).root);
  });
});

describe('payoutTotal', () => {
  it('sums the amounts', () => {
    expect(payoutTotal([])).toBe(0n);
    expect(payoutTotal([row({ amount: 3n }), row({ amount: (1n << 64n) - 1n })])).toBe((1n << 64n) + 2n);
  });
});
