import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../src/crypto/hash.js';
import { compareBytes, concatBytes, fromHex, toHex, u64be, utf8 } from '../../../src/crypto/bytes.js';

// FIPS 180-2 examples.
describe('sha256', () => {
  it('matches the FIPS 180-2 vectors', () => {
    expect(toHex(sha256(utf8('')))).toBe('0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(toHex(sha256(utf8('abc')))).toBe('0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(toHex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '0x248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes its parts as one concatenated message', () => {
    expect(sha256(utf8('ab'), utf8('c'))).toEqual(sha256(concatBytes(utf8('a'), utf8('bc'))));
  });
});

describe('bytes', () => {
  it('round-trips lowercase 0x-hex and rejects other spellings', () => {
    expect(toHex(fromHex('0x00ff10')!)).toBe('0x00ff10');
    expect(fromHex('00ff')).toBeUndefined();
    expect(fromHex('0x0F')).toBeUndefined();
    expect(fromHex('0x0')).toBeUndefined();
  });

  it('orders bytes lexicographically with prefixes first', () => {
    expect(compareBytes(fromHex('0x01')!, fromHex('0x0100')!)).toBeLessThan(0);
    expect(compareBytes(fromHex('0x02')!, fromHex('0x0100')!)).toBeGreaterThan(0);
    expect(compareBytes(fromHex('0xab')!, fromHex('0xab')!)).toBe(0);
  });

  it('encodes u64 big-endian and refuses out-of-range values', () => {
    expect(toHex(u64be(258n))).toBe('0x0000000000000102');
    expect(() => u64be(-1n)).toThrow(RangeError);
    expect(() => u64be(1n << 64n)).toThrow(RangeError);
  });
});
