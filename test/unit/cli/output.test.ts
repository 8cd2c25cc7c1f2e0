import { describe, expect, it } from 'vitest';
import { amount, CliError, fields, groupDigits, hintFor, parseId, parsePairs, parseU64, parseWeights, table } from '../../../src/cli/output.js';

const A = `0x${'ab'.repeat(32)}`;
const B = `0x${'cd'.repeat(32)}`;

describe('cli output', () => {
  it('groups digits and names the unit', () => {
    expect(groupDigits(0n)).toBe('0');
    expect(groupDigits('1234567')).toBe('1,234,567');
    expect(groupDigits(-1000)).toBe('-1,000');
    expect(amount('12345')).toBe('12,345 units');
    expect(amount(18_446_744_073_709_551_615n)).toBe('18,446,744,073,709,551,615 units');
  });

  it('aligns tables, numbers to the right', () => {
    expect(table(['NAME', 'AMOUNT'], [['a', amount(5)], ['long name', amount(12345)]])).toBe(
      ['NAME             AMOUNT', 'a               5 units', 'long name  12,345 units'].join('\n'),
    );
    expect(table(['X'], [])).toBe('X');
    expect(fields([['a', '1'], ['long', '2']])).toBe('a:    1\nlong: 2');
  });

  it('has hints for the common node codes', () => {
    expect(hintFor('NODE_UNREACHABLE')).toContain('npm start');
    expect(hintFor('INSUFFICIENT_FUNDS')).toBeDefined();
    expect(hintFor('SOMETHING_ELSE')).toBeUndefined();
  });
});

describe('cli value parsing', () => {
  it('parses uint64 amounts and refuses the rest with exit status 2', () => {
    expect(parseU64('1_000', '--amount')).toBe(1000n);
    expect(parseU64('1,000', '--amount')).toBe(1000n);
    for (const bad of ['-1', '1.5', 'ten', '', '18446744073709551616']) {
      expect(() => parseU64(bad, '--amount')).toThrow(CliError);
      try {
        parseU64(bad, '--amount');
      } catch (err) {
        expect((err as CliError).exitCode).toBe(2);
      }
    }
  });

  it('parses ids, lowercased', () => {
    expect(parseId(A.toUpperCase().replace('0X', '0x'), 'id')).toBe(A);
    expect(() => parseId('0x12', 'id')).toThrow(/32-byte id/);
  });

  it('parses ID:BPS lists that sum to 10000', () => {
    expect(parseWeights(`${A}:2500, ${B}:7500`)).toEqual([
      { datanetId: A, weightBps: 2500 },
      { datanetId: B, weightBps: 7500 },
    ]);
    expect(() => parseWeights(`${A}:5000`)).toThrow(/sum to 10000/);
    expect(() => parseWeights(`${A}`)).toThrow(/not ID:N/);
    expect(() => parseWeights('')).toThrow(/at least one/);
    expect(parsePairs(`${A}:7`, '--scores')).toEqual([{ id: A, value: 7n }]);
  });
});
