/**
 * Sketch mode (DESIGN §3.3 mode 2): a usage's output sketch is matched
 * against the earning members of each trained Datanet through the match
 * index; those at or above match_threshold share the Datanet's part by
 * similarity, the best top_k of them; a Datanet without a match pays its pool.
 */
import { describe, expect, it } from 'vitest';
import { sketchBytes } from '../../../src/attribution/sketch.js';
import { PayoutRole, type Params } from '../../../src/codec/types.js';
import { toHex, utf8 } from '../../../src/crypto/bytes.js';
import { DEFAULT_PARAMS } from '../../../src/state/params.js';
import { deriveId, poolId } from '../../../src/tx/hash.js';
import { TestChain, testGenesis, testKey } from '../../support/chain.js';
import { accept, createDatanet, payloads, registerModel, reject, run } from '../../support/fixtures.js';
import { syntheticDocument, withEdits } from '../../support/text-corpus.js';

const owner = testKey('owner');
const x = testKey('x');
const y = testKey('y');
const payer = testKey('payer');
const textX = syntheticDocument(11);
const textY = syntheticDocument(12);

let chain: TestChain;

async function start(params: Params = DEFAULT_PARAMS) {
  chain = await TestChain.create(testGenesis([owner, x, y, payer], 1_000_000_000n, params));
  const datanet = await createDatanet(chain, owner, { curators: [owner.address] });
  const idOf = async (key: typeof x, text: string) => deriveId('contribution', (await run(chain, key, payloads.contributeText(datanet, text))).tx.hash);
  const cx = await idOf(x, textX);
  const cy = await idOf(y, textY);
  await accept(chain, owner, cx);
  await accept(chain, owner, cy);
  const model = await registerModel(chain, owner);
  await run(chain, owner, payloads.recordTraining(model, [[datanet, 10_000]], chain.height));
  return { datanet, cx, cy, model };
}

/** The DATA and POOL rows of a usage with this output, as [role, recipient, contribution, amount]. */
async function useWith(model: Uint8Array, output: string): Promise<[number, string, string, bigint][]> {
  const { result } = await run(chain, payer, payloads.recordUsage(model, 1, 100_000n, { outputSketch: sketchBytes(utf8(output)) }));
  return result.payouts
    .filter((r) => r.role === PayoutRole.DATA || r.role === PayoutRole.POOL)
    .map((r) => [r.role, toHex(r.recipient), toHex(r.contributionId), r.amount]);
}

// F = 100 000: validator 5 000, owner 10 000 (1000 bps), data 85 000 for the one Datanet.
const DATA_SHARE = 85_000n;

describe('sketch mode', () => {
  it('pays the whole data share to the contribution the output is close to, nothing to unrelated ones', async () => {
    const { cx, model } = await start();
    expect(await useWith(model, withEdits(textX, 40, 1))).toEqual([[PayoutRole.DATA, toHex(x.address), toHex(cx), DATA_SHARE]]);
  });

  it('shares between two matched contributions by similarity', async () => {
    const { cx, cy, model } = await start();
    const half = (t: string) => t.split(' ').slice(0, 1_000).join(' ');
    const rows = await useWith(model, `${half(textX)} ${half(textY)}`);
    expect(rows.map((r) => r[2]).sort()).toEqual([toHex(cx), toHex(cy)].sort());
    expect(rows.reduce((n, r) => n + r[3], 0n)).toBe(DATA_SHARE);
    for (const r of rows) expect(r[3]).toBeGreaterThan(DATA_SHARE / 4n); // both substantial
  });

  it('pays the pool when nothing matches, and never a rejected contribution', async () => {
    const { datanet, cx, model } = await start();
    const pool = toHex(poolId(model, 1, datanet));
    expect(await useWith(model, syntheticDocument(99))).toEqual([[PayoutRole.POOL, pool, '0x', DATA_SHARE]]);
    await reject(chain, owner, cx);
    expect(await useWith(model, textX)).toEqual([[PayoutRole.POOL, pool, '0x', DATA_SHARE]]);
  });

  it('keeps only the best top_k matches', async () => {
    const v = DEFAULT_PARAMS.attributionVersions[0]!;
    const { cx, model } = await start({ ...DEFAULT_PARAMS, attributionVersions: [{ ...v, topK: 1 }] });
    const mostlyX = `${textX.split(' ').slice(0, 1_600).join(' ')} ${textY.split(' ').slice(0, 400).join(' ')}`;
    expect(await useWith(model, mostlyX)).toEqual([[PayoutRole.DATA, toHex(x.address), toHex(cx), DATA_SHARE]]);
  });
});

describe('attribution versions', () => {
  it('select the method by height: a version from height H applies to usages at H and later', async () => {
    const v1 = DEFAULT_PARAMS.attributionVersions[0]!;
    const switchAt = 30n;
    const params = { ...DEFAULT_PARAMS, attributionVersions: [v1, { ...v1, fromHeight: switchAt, version: 2, topK: 1 }] };
    const { cx, cy, model } = await start(params);
    const half = (t: string) => t.split(' ').slice(0, 1_000).join(' ');
    const mixed = `${half(textX)} ${half(textY)}`;
    expect(chain.height).toBeLessThan(switchAt - 1n);
    expect((await useWith(model, mixed)).map((r) => r[2]).sort()).toEqual([toHex(cx), toHex(cy)].sort()); // v1: top_k 32
    while (chain.height < switchAt - 1n) await chain.block();
    expect(await useWith(model, mixed)).toHaveLength(1); // at the switch height: v2, top_k 1
  });
});
