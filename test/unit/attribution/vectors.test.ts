import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPayoutTable } from '../../../src/attribution/payout-table.js';
import { poolDeposit, type PoolShares } from '../../../src/attribution/pool.js';
import { splitLargestRemainder, splitUsageFee } from '../../../src/attribution/split.js';
import { payoutRowCodec } from '../../../src/codec/codecs.js';
import type { PayoutRole, PayoutRow } from '../../../src/codec/types.js';
import { fromHex, toHex } from '../../../src/crypto/bytes.js';

// Written by scripts/vectors/attribution.py, an independent Python implementation of DESIGN §3.3–§3.4.
interface RowJson {
  txIndex: number;
  role: number;
  recipient: string;
  contributionId: string;
  amount: string;
}
interface Vectors {
  split: { name: string; amount: string; tieSeed: string; entries: { key: string; weight: string }[]; shares: string[] }[];
  usageFee: {
    name: string;
    feePaid: string;
    validatorBps: number;
    ownerShareBps: number;
    usageTxHash: string;
    datanets: { datanetId: string; weightBps: number }[];
    validator: string;
    owner: string;
    data: string;
    datanetParts: string[];
  }[];
  pool: { name: string; members: string; deposits: string[]; after: { perMember: string; carry: string }[] }[];
  payoutTable: { name: string; rows: RowJson[]; sortedRows: RowJson[]; encodedRows: string[]; root: string }[];
}

const vectors: Vectors = JSON.parse(readFileSync(new URL('../../../docs/vectors/attribution.json', import.meta.url), 'utf8'));

function bytes(hex: string): Uint8Array {
  const out = fromHex(hex);
  if (out === undefined) throw new Error(`bad hex ${hex}`);
  return out;
}

const decimals = (values: readonly bigint[]) => values.map(String);

const rowFromJson = (r: RowJson): PayoutRow => ({
  txIndex: r.txIndex,
  role: r.role as PayoutRole,
  recipient: bytes(r.recipient),
  contributionId: bytes(r.contributionId),
  amount: BigInt(r.amount),
});

const rowToJson = (r: PayoutRow): RowJson => ({
  txIndex: r.txIndex,
  role: r.role,
  recipient: toHex(r.recipient),
  contributionId: toHex(r.contributionId),
  amount: String(r.amount),
});

describe('attribution vectors (docs/vectors/attribution.json)', () => {
  it('has the promised coverage', () => {
    expect(vectors.split.length).toBeGreaterThanOrEqual(8);
    expect(vectors.usageFee.length).toBeGreaterThanOrEqual(4);
    expect(vectors.pool.length).toBeGreaterThanOrEqual(3);
    expect(vectors.payoutTable).toHaveLength(2);
  });

  for (const c of vectors.split) {
    it(`split: ${c.name}`, () => {
      const entries = c.entries.map((e) => ({ key: bytes(e.key), weight: BigInt(e.weight) }));
      expect(decimals(splitLargestRemainder(BigInt(c.amount), entries, bytes(c.tieSeed)))).toEqual(c.shares);
    });
  }

  for (const c of vectors.usageFee) {
    it(`usage fee: ${c.name}`, () => {
      const split = splitUsageFee({
        feePaid: BigInt(c.feePaid),
        validatorBps: c.validatorBps,
        ownerShareBps: c.ownerShareBps,
        usageTxHash: bytes(c.usageTxHash),
        datanets: c.datanets.map((d) => ({ datanetId: bytes(d.datanetId), weightBps: d.weightBps })),
      });
      expect(split).toEqual({
        validator: BigInt(c.validator),
        owner: BigInt(c.owner),
        data: BigInt(c.data),
        datanetParts: c.datanetParts.map(BigInt),
      });
    });
  }

  for (const c of vectors.pool) {
    it(`pool: ${c.name}`, () => {
      let pool: PoolShares = { members: BigInt(c.members), perMember: 0n, carry: 0n };
      const after = c.deposits.map((d) => {
        pool = poolDeposit(pool, BigInt(d));
        return { perMember: String(pool.perMember), carry: String(pool.carry) };
      });
      expect(after).toEqual(c.after);
    });
  }

  for (const c of vectors.payoutTable) {
    it(`payout table: ${c.name}`, () => {
      const table = buildPayoutTable(c.rows.map(rowFromJson));
      expect(table.rows.map(rowToJson)).toEqual(c.sortedRows);
      expect(table.rows.map((r) => toHex(payoutRowCodec.encode(r)))).toEqual(c.encodedRows);
      expect(toHex(table.root)).toBe(c.root);
      expect(c.encodedRows.map((e) => rowToJson(payoutRowCodec.decode(bytes(e))))).toEqual(c.sortedRows);
    });
  }
});
