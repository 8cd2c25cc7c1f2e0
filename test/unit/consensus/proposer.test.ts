import { describe, expect, it } from 'vitest';
import { ProposerSchedule } from '../../../src/consensus/proposer.js';
import { utf8 } from '../../../src/crypto/bytes.js';

const validator = (name: string, power: bigint) => ({ operator: new Uint8Array(20), consensusKey: utf8(name), power });
const name = (key: Uint8Array) => Buffer.from(key).toString();

describe('ProposerSchedule', () => {
  it("reproduces CometBFT's TestProposerSelection1 sequence (powers 1000, 300, 330)", () => {
    const schedule = new ProposerSchedule([validator('foo', 1000n), validator('bar', 300n), validator('baz', 330n)]);
    const proposers = Array.from({ length: 99 }, (_, i) => name(schedule.proposer(BigInt(i + 1), 0)));
    // types/validator_set_test.go in CometBFT: the proposers of 99 successive heights.
    const expected =
      'foo baz foo bar foo foo baz foo bar foo foo baz foo foo bar foo baz foo foo bar foo foo baz foo bar foo foo baz foo bar foo foo baz foo foo bar foo baz foo foo bar foo baz foo foo bar foo baz foo foo bar foo baz foo foo foo baz bar foo foo foo baz foo bar foo foo baz foo bar foo foo baz foo bar foo foo baz foo bar foo foo baz foo foo bar foo baz foo foo bar foo baz foo foo bar foo baz foo foo';
    expect(proposers.join(' ')).toBe(expected);
  });

  it('rotates equal powers in key order, and rounds continue the rotation without changing the next height', () => {
    const schedule = new ProposerSchedule(['d', 'b', 'a', 'c'].map((n) => validator(n, 10n)));
    expect([1n, 2n, 3n, 4n, 5n].map((h) => name(schedule.proposer(h, 0)))).toEqual(['a', 'b', 'c', 'd', 'a']);
    expect([0, 1, 2, 3].map((r) => name(schedule.proposer(6n, r)))).toEqual(['b', 'c', 'd', 'a']);
    expect(name(schedule.proposer(7n, 0))).toBe('c');
    // Asking for an earlier height starts over from the set and gives the same answers.
    expect(name(schedule.proposer(2n, 1))).toBe('c');
    expect(name(schedule.proposer(7n, 0))).toBe('c');
  });

  it('gives each validator turns in proportion to its power, however large the powers', () => {
    const big = 10n ** 30n;
    const schedule = new ProposerSchedule([validator('a', 3n * big), validator('b', 2n * big), validator('c', big)]);
    const counts = new Map<string, number>();
    for (let h = 1n; h <= 600n; h++) {
      const n = name(schedule.proposer(h, 0));
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).toEqual({ a: 300, b: 200, c: 100 });
  });

  it('refuses an empty set, non-positive power and heights before 1', () => {
    expect(() => new ProposerSchedule([])).toThrow(/empty/);
    expect(() => new ProposerSchedule([validator('a', 0n)])).toThrow(/positive/);
    expect(() => new ProposerSchedule([validator('a', 1n)]).proposer(0n, 0)).toThrow(RangeError);
    expect(() => new ProposerSchedule([validator('a', 1n)]).proposer(1n, -1)).toThrow(RangeError);
  });

  it('starts a set that signs from height h0 at zero priorities there: height h0 + n is the (n+1)-th election', () => {
    const set = [validator('foo', 1000n), validator('bar', 300n), validator('baz', 330n)];
    const fromOne = new ProposerSchedule(set);
    const fromFifty = new ProposerSchedule(set, 50n);
    expect(fromFifty.fromHeight).toBe(50n);
    for (let n = 0n; n < 30n; n++) {
      for (const r of [0, 2]) expect(name(fromFifty.proposer(50n + n, r)), `h0 + ${n} round ${r}`).toBe(name(fromOne.proposer(1n + n, r)));
    }
    expect(() => fromFifty.proposer(49n, 0)).toThrow(RangeError);
  });

  it('answers rounds asked in any order as a fresh schedule does, keeping the rounds of the height it computed', () => {
    const set = ['a', 'b', 'c', 'd', 'e'].map((n, i) => validator(n, BigInt(10 + i)));
    const asked = new ProposerSchedule(set);
    const order = [7, 2, 30, 0, 29, 31, 7];
    const got = order.map((r) => name(asked.proposer(4n, r)));
    const fresh = order.map((r) => name(new ProposerSchedule(set).proposer(4n, r)));
    expect(got).toEqual(fresh);
    expect(name(asked.proposer(5n, 3))).toBe(name(new ProposerSchedule(set).proposer(5n, 3)));
  });
});
