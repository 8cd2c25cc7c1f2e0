import { describe, expect, it } from 'vitest';
import { blockCodec, txBodyCodec, txCodec } from '../../../src/codec/codecs.js';
import { CodecError } from '../../../src/codec/errors.js';
import { fromHex, toHex, U64_MAX } from '../../../src/crypto/bytes.js';
import type { TxBody } from '../../../src/codec/types.js';

const signer = new Uint8Array(32).fill(7);

function transferBody(amount: bigint, nonce = 0n): TxBody {
  return {
    chainId: 'test',
    signer,
    nonce,
    fee: 10n,
    payload: 'transfer',
    transfer: { to: new Uint8Array(20).fill(1), amount },
  };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof CodecError) return err.code;
    throw err;
  }
  return undefined;
}

describe('codec', () => {
  it('round-trips uint64 values as bigint without precision loss', () => {
    for (const amount of [1n, 2n ** 53n + 1n, U64_MAX]) {
      const decoded = txBodyCodec.decode(txBodyCodec.encode(transferBody(amount, 0n)));
      expect(decoded.payload).toBe('transfer');
      if (decoded.payload !== 'transfer') throw new Error('unreachable');
      expect(decoded.transfer.amount).toBe(amount);
      expect(decoded.nonce).toBe(0n);
      expect(toHex(decoded.signer)).toBe(toHex(signer));
    }
  });

  it('refuses to encode out-of-range integers instead of wrapping them', () => {
    expect(codeOf(() => txBodyCodec.encode(transferBody(U64_MAX + 1n)))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => txBodyCodec.encode(transferBody(-1n)))).toBe('OUT_OF_RANGE');
  });

  it('decodes absent messages as null and an unset oneof as no payload', () => {
    const block = blockCodec.decode(new Uint8Array(0));
    expect(block.header).toBeNull();
    expect(block.lastCommit).toBeNull();
    expect(block.txs).toEqual([]);
    const body = txBodyCodec.decode(new Uint8Array(0));
    expect((body as { payload?: string }).payload).toBeUndefined();
  });

  it('rejects unknown, duplicate, out-of-order, default-valued and non-minimal fields', () => {
    const good = txCodec.encode({ body: new Uint8Array([1]), signature: new Uint8Array([2]) });
    expect(toHex(good)).toBe('0x0a0101120102');
    const bad = [
      '0x0a0101120102' + '1801', // unknown field 3
      '0x0a0101120102' + '120102', // duplicate field 2
      '0x1201020a0101', // out of order
      '0x0a0101120102' + '', // (good, control)
    ];
    expect(codeOf(() => txCodec.decode(fromHex(bad[0]!)!))).toBe('NON_CANONICAL');
    expect(codeOf(() => txCodec.decode(fromHex(bad[1]!)!))).toBe('NON_CANONICAL');
    expect(codeOf(() => txCodec.decode(fromHex(bad[2]!)!))).toBe('NON_CANONICAL');
    expect(codeOf(() => txCodec.decode(fromHex(bad[3]!)!))).toBeUndefined();
    // nonce = 0 written explicitly (default value), and nonce = 1 as a two-byte varint.
    expect(codeOf(() => txBodyCodec.decode(fromHex('0x1800')!))).toBe('NON_CANONICAL');
    expect(codeOf(() => txBodyCodec.decode(fromHex('0x188100')!))).toBe('NON_CANONICAL');
    expect(txBodyCodec.decode(fromHex('0x1801')!).nonce).toBe(1n);
  });

  it('reports truncated input as MALFORMED', () => {
    expect(codeOf(() => txCodec.decode(fromHex('0x0a05')!))).toBe('MALFORMED');
    expect(codeOf(() => txCodec.decode(fromHex('0xff')!))).toBe('MALFORMED');
    expect(codeOf(() => txCodec.decodeOwn(fromHex('0x0a05')!))).toBe('MALFORMED');
  });

  it('decodeOwn (state this node wrote) parses like decode, without the canonical check', () => {
    const own = txBodyCodec.encode({ ...txBodyCodec.decode(fromHex('0x1801')!), fee: 7n });
    expect(txBodyCodec.decodeOwn(own)).toEqual(txBodyCodec.decode(own));
    // Outside bytes must still go through decode: the same non-canonical nonce parses here.
    expect(txBodyCodec.decodeOwn(fromHex('0x188100')!).nonce).toBe(1n);
  });
});
