/**
 * Score mode (DESIGN §3.3 mode 1): the payer's scores are the weights inside
 * each scored Datanet; unscored Datanets pay their pools; a score naming a
 * contribution outside the version's earning training set fails the tx.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { PayoutRole } from '../../../src/codec/types.js';
import { toHex } from '../../../src/crypto/bytes.js';
import { poolId } from '../../../src/tx/hash.js';
import { OPERATOR, TestChain, testGenesis, testKey } from '../../support/chain.js';
import { accept, balanceOf, contribute, createDatanet, FEE, payloads, registerModel, reject, run } from '../../support/fixtures.js';

const owner = testKey('owner');
const a = testKey('a');
const b = testKey('b');
const c = testKey('c');
const payer = testKey('payer');

let chain: TestChain;
beforeEach(async () => {
  chain = await TestChain.create(testGenesis([owner, a, b, c, payer]));
});

/** D1 with members a, b, c and D2 with member a2, trained 6000/4000 at the current height. */
async function setup() {
  const curated = { curators: [owner.address] };
  const d1 = await createDatanet(chain, owner, curated);
  const d2 = await createDatanet(chain, owner, curated);
  const [ca, cb, cc, ca2] = [
    await contribute(chain, a, d1, 'a'),
    await contribute(chain, b, d1, 'b'),
    await contribute(chain, c, d1, 'c'),
    await contribute(chain, a, d2, 'a2'),
  ];
  for (const id of [ca, cb, cc, ca2]) await accept(chain, owner, id);
  const model = await registerModel(chain, owner); // owner share 1000 bps
  await run(chain, owner, payloads.recordTraining(model, [[d1, 6000], [d2, 4000]], chain.height));
  return { d1, d2, ca, cb, cc, ca2, model };
}

describe('score mode', () => {
  it('splits a scored Datanet’s part by the raw scores into DATA rows and pays unscored Datanets’ pools', async () => {
    const { d2, ca, cb, model } = await setup();
    const { result } = await run(chain, payer, payloads.recordUsage(model, 1, 100_000n, { scores: [[ca, 3n], [cb, 1n]] }));
    // F = 100 000: validator 5 000, owner 10 000, data 85 000 → D1 51 000 (3:1 → 38 250 / 12 750), D2 34 000 to its pool.
    const rows = result.payouts.map((r) => [r.role, toHex(r.recipient), toHex(r.contributionId), r.amount]);
    expect(rows).toEqual([
      [PayoutRole.FEE, toHex(OPERATOR.address), '0x', FEE],
      [PayoutRole.VALIDATOR, toHex(OPERATOR.address), '0x', 5_000n],
      [PayoutRole.OWNER, toHex(owner.address), '0x', 10_000n],
      ...[
        [PayoutRole.DATA, toHex(a.address), toHex(ca), 38_250n],
        [PayoutRole.DATA, toHex(b.address), toHex(cb), 12_750n],
      ].sort((x, y) => (String(x[1]) < String(y[1]) ? -1 : 1)),
      [PayoutRole.POOL, toHex(poolId(model, 1, d2)), '0x', 34_000n],
    ]);
  });

  it.each(['rejected since', 'accepted after the cutoff', 'of a Datanet the model was not trained on'])(
    'fails with NOT_IN_TRAINING_SET for a contribution %s, charging only the tx fee',
    async (kind) => {
      const { d1, cc, model, ca } = await setup();
      let outsider = cc;
      if (kind === 'rejected since') {
        await reject(chain, owner, cc);
      } else {
        const target = kind === 'accepted after the cutoff' ? d1 : await createDatanet(chain, owner, { curators: [owner.address] });
        outsider = await contribute(chain, c, target, `late ${kind}`);
        await accept(chain, owner, outsider);
      }
      const before = await balanceOf(chain, payer.address);
      const tx = chain.tx(payer, payloads.recordUsage(model, 1, 100_000n, { scores: [[ca, 1n], [outsider, 1n]] }));
      const result = await chain.block([tx]);
      expect(result.txResults[0]?.code).toBe('NOT_IN_TRAINING_SET');
      expect(await balanceOf(chain, payer.address)).toBe(before - FEE);
      expect(result.payouts.map((r) => r.role)).toEqual([PayoutRole.FEE]);
    },
  );
});
