/**
 * Random transfer sequences between four keys, some overdrawn: what the keys
 * hold plus the fees the proposer collected never changes, every result code
 * is the one a plain balance model predicts, and the stored totals always
 * equal a full scan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PayoutRole } from '../../../src/codec/types.js';
import type { TxErrorCode } from '../../../src/tx/errors.js';
import { OPERATOR, TestChain, testGenesis, testKey } from '../../support/chain.js';
import { balanceOf, payloads } from '../../support/fixtures.js';
import { expectSupplyRule, expectTotalsMatchScan, sumRows } from '../../support/scenario.js';

const KEYS = [0, 1, 2, 3].map((i) => testKey(`transfer-${i}`));
const START = 5_000n;
const GENESIS = testGenesis(KEYS, START);

/**
 * `pick` chooses the amount at run time, in 1..balance+100: anywhere, or with
 * `near` within 200 of the top, where about half overdraw.
 */
const transfer = fc.record({
  from: fc.nat(KEYS.length - 1),
  to: fc.nat(KEYS.length - 1),
  pick: fc.bigInt(0n, 1n << 40n),
  near: fc.boolean(),
  fee: fc.bigInt(10n, 60n),
});

function amountOf(balance: bigint, pick: bigint, near: boolean): bigint {
  const top = balance + 100n;
  const amount = near ? top - (pick % 200n) : 1n + (pick % top);
  return amount < 1n ? 1n : amount;
}
const blocks = fc.array(fc.array(transfer, { maxLength: 6 }), { minLength: 1, maxLength: 8 });

describe('transfers', () => {
  it('keep Σ balances + Σ collected fees constant, with codes a balance model predicts', async () => {
    let overdrawn = 0;
    await fc.assert(
      fc.asyncProperty(blocks, async (plan) => {
        const chain = await TestChain.create(GENESIS);
        let totals = await expectTotalsMatchScan(chain.store);
        const model = KEYS.map(() => START);
        let fees = 0n;
        for (const cmds of plan) {
          const txs = [];
          const expected: (TxErrorCode | null)[] = [];
          for (const { from, to, pick, near, fee } of cmds) {
            const balance = model[from]!;
            if (balance < fee) continue; // an unpayable fee would make the block invalid
            const amount = amountOf(balance, pick, near);
            txs.push(chain.tx(KEYS[from]!, payloads.transfer(KEYS[to]!.address, amount), fee));
            model[from] = balance - fee;
            fees += fee;
            if (amount <= balance - fee) {
              model[from]! -= amount;
              model[to]! += amount;
              expected.push(null);
            } else {
              overdrawn++;
              expected.push('INSUFFICIENT_FUNDS');
            }
          }
          const result = await chain.block(txs);
          expect(result.txResults.map((r) => r.code)).toEqual(expected);
          expect(sumRows(result.payouts)).toBe(sumRows(result.payouts.filter((r) => r.role === PayoutRole.FEE)));
          totals = await expectSupplyRule(chain.store, totals, `height ${chain.height}`);
          expect(totals.burned).toBe(0n);

          const held = await Promise.all(KEYS.map((k) => balanceOf(chain, k.address)));
          expect(held).toEqual(model);
          expect(await balanceOf(chain, OPERATOR.address)).toBe(fees);
          expect(held.reduce((n, b) => n + b, 0n) + fees).toBe(START * BigInt(KEYS.length));
        }
      }),
      { numRuns: 150 },
    );
    expect(overdrawn, 'some transfers were overdrawn').toBeGreaterThan(20);
  }, 20_000);
});
