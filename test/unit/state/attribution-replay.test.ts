/**
 * Determinism of the attribution paths: a history with near copies, a
 * re-promotion, a curator-accepted near copy, score-mode and sketch-mode
 * usages and claims, replayed from its tx bytes on a fresh state, gives the
 * same state root and payout root at every height and a byte-identical store.
 */
import { describe, expect, it } from 'vitest';
import { sketchBytes } from '../../../src/attribution/sketch.js';
import { PayoutRole, Verdict } from '../../../src/codec/types.js';
import { utf8 } from '../../../src/crypto/bytes.js';
import { deriveId, poolId } from '../../../src/tx/hash.js';
import type { SignedTx } from '../../../src/tx/sign.js';
import { TestChain, testGenesis, testKey } from '../../support/chain.js';
import { payloads } from '../../support/fixtures.js';
import { expectReplayIdentical, recordBlock, type RecordedBlock } from '../../support/scenario.js';
import { syntheticDocument, withEdits } from '../../support/text-corpus.js';

const owner = testKey('owner');
const [p, q, r] = [testKey('p'), testKey('q'), testKey('r')];
const genesis = testGenesis([owner, p, q, r]);

describe('attribution replay', () => {
  it('reaches identical roots and state from the same blocks', async () => {
    const chain = await TestChain.create(genesis);
    const blocks: RecordedBlock[] = [];
    let last!: Awaited<ReturnType<TestChain['block']>>;
    const block = async (...txs: SignedTx[]) => {
      const result = (last = await chain.block(txs));
      for (const t of result.txResults) expect(t.code, t.message).toBeNull();
      blocks.push(recordBlock(result));
      return txs.map((t) => t.hash);
    };
    const text = syntheticDocument(31);
    const [dnTx] = await block(chain.tx(owner, payloads.createDatanet({ curators: [owner.address] })));
    const dn = deriveId('datanet', dnTx!);
    const ids = (await block(
      chain.tx(p, payloads.contributeText(dn, text)),
      chain.tx(q, payloads.contributeText(dn, withEdits(text, 3, 1))),
      chain.tx(r, payloads.contributeText(dn, withEdits(text, 3, 2))),
      chain.tx(q, payloads.contributeText(dn, syntheticDocument(32))),
    )).map((h) => deriveId('contribution', h));
    const [original, copy1, copy2, other] = ids as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
    await block(chain.tx(owner, payloads.curate(original, Verdict.REJECT))); // copy1 takes its place
    await block(
      chain.tx(owner, payloads.curate(copy1, Verdict.ACCEPT)),
      chain.tx(owner, payloads.curate(other, Verdict.ACCEPT)),
    );
    await block(chain.tx(owner, payloads.curate(copy2, Verdict.REJECT)));
    const [modelTx] = await block(chain.tx(owner, payloads.registerModel(1500)));
    const model = deriveId('model', modelTx!);
    await block(chain.tx(owner, payloads.recordTraining(model, [[dn, 10_000]], chain.height)));
    await block(
      chain.tx(p, payloads.recordUsage(model, 1, 77_777n, { outputSketch: sketchBytes(utf8(withEdits(text, 50, 3))) })),
      chain.tx(r, payloads.recordUsage(model, 1, 33_333n, { scores: [[copy1, 2n], [other, 5n]] })),
      chain.tx(p, payloads.recordUsage(model, 1, 1_001n)),
    );
    // Sketch mode and score mode paid contributions; the plain usage paid the pool.
    const dataRows = last.payouts.filter((row) => row.role === PayoutRole.DATA);
    expect(new Set(dataRows.map((row) => row.txIndex))).toEqual(new Set([0, 1]));
    expect(last.payouts.some((row) => row.role === PayoutRole.POOL && row.txIndex === 2)).toBe(true);
    await block(chain.tx(q, payloads.claim([[poolId(model, 1, dn), copy1], [poolId(model, 1, dn), other]])));

    await expectReplayIdentical(genesis, blocks, chain.store, 'attribution replay');
  });
});
