/**
 * Near-duplicate detection through the duplicate LSH index (docs/attribution.md
 * §2): copies with light edits are DUPLICATEs of the earliest live original,
 * earn nothing, and re-promotion, curator acceptance and removal keep the
 * index in step.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { bandKeys, LSH_INDEX_ID } from '../../../src/attribution/lsh.js';
import { similarity, sketchBytes } from '../../../src/attribution/sketch.js';
import { ContributionStatus as S, Verdict, type TxPayload } from '../../../src/codec/types.js';
import { toHex, utf8 } from '../../../src/crypto/bytes.js';
import { sha256 } from '../../../src/crypto/hash.js';
import { keys } from '../../../src/state/keys.js';
import { DEFAULT_PARAMS } from '../../../src/state/params.js';
import * as tables from '../../../src/state/tables.js';
import { deriveId, poolId } from '../../../src/tx/hash.js';
import { TestChain, testGenesis, testKey, type TestKey } from '../../support/chain.js';
import { accept, balanceOf, contributionOf, createDatanet, payloads, registerModel, reject, run } from '../../support/fixtures.js';
import { syntheticDocument, withEdits } from '../../support/text-corpus.js';

const owner = testKey('owner'); // Datanet owner and curator
const farmer = testKey('farmer');
const honest = testKey('honest');

let chain: TestChain;
beforeEach(async () => {
  chain = await TestChain.create(testGenesis([owner, farmer, honest], 10_000_000_000n));
});

const document = (seed: number): string => syntheticDocument(seed);
const edited = withEdits;

async function contributeDoc(key: TestKey, datanetId: Uint8Array, text: string): Promise<Uint8Array> {
  const { tx } = await run(chain, key, payloads.contributeText(datanetId, text));
  return deriveId('contribution', tx.hash);
}

const curated = { curators: [owner.address] };

describe('near duplicates', () => {
  it('50 lightly edited copies are all DUPLICATEs of the original, and the farmer earns what one copy earns', async () => {
    const datanet = await createDatanet(chain, owner, curated);
    const text = document(1);
    const original = await contributeDoc(farmer, datanet, text);
    const other = await contributeDoc(honest, datanet, document(2));
    const copies: Uint8Array[] = [];
    for (let i = 0; i < 50; i += 10) {
      // ten copies per block, from the same farmer
      const txs = Array.from({ length: 10 }, (_, j) => chain.tx(farmer, payloads.contributeText(datanet, edited(text, 3, 100 + i + j))));
      await chain.block(txs);
      copies.push(...txs.map((t) => deriveId('contribution', t.hash)));
    }
    for (const id of copies) {
      const c = await contributionOf(chain, id);
      expect(c.status).toBe(S.DUPLICATE);
      expect(toHex(c.duplicateOf)).toBe(toHex(original));
      expect(similarity(c.sketch, (await contributionOf(chain, original)).sketch)).toBeGreaterThanOrEqual(103);
    }
    await accept(chain, owner, original);
    await accept(chain, owner, other);

    const model = await registerModel(chain, owner);
    await run(chain, owner, payloads.recordTraining(model, [[datanet, 10_000]], chain.height));
    await run(chain, owner, payloads.recordUsage(model, 1, 1_000_000n));
    const pool = poolId(model, 1, datanet);
    const before = await balanceOf(chain, farmer.address);
    await run(chain, farmer, payloads.claim([[pool, original]]));
    const farmerGain = (await balanceOf(chain, farmer.address)) - before + DEFAULT_PARAMS.minTxFee;
    const beforeHonest = await balanceOf(chain, honest.address);
    await run(chain, honest, payloads.claim([[pool, other]]));
    const honestGain = (await balanceOf(chain, honest.address)) - beforeHonest + DEFAULT_PARAMS.minTxFee;
    expect(farmerGain).toBe(honestGain); // two members, equal shares: the 50 copies add nothing
    const copyClaim = chain.tx(farmer, payloads.claim([[pool, copies[0]!]]));
    expect((await chain.block([copyClaim])).txResults[0]?.code).toBe('NOT_ELIGIBLE');
  });

  it('an unrelated text is an original, and a heavily edited one is too', async () => {
    const datanet = await createDatanet(chain, owner, curated);
    const text = document(3);
    await contributeDoc(farmer, datanet, text);
    const unrelated = await contributeDoc(honest, datanet, document(4));
    const rewritten = await contributeDoc(honest, datanet, edited(text, 600, 9));
    expect((await contributionOf(chain, unrelated)).status).toBe(S.PENDING);
    expect((await contributionOf(chain, rewritten)).status).toBe(S.PENDING);
  });

  it('when the original is rejected the earliest near copy takes its place, enters the index and gathers later copies', async () => {
    const datanet = await createDatanet(chain, owner, curated);
    const text = document(5);
    const original = await contributeDoc(farmer, datanet, text);
    const first = await contributeDoc(honest, datanet, edited(text, 2, 1));
    const second = await contributeDoc(farmer, datanet, edited(text, 2, 2));
    await reject(chain, owner, original);

    expect(await contributionOf(chain, first)).toMatchObject({ status: S.PENDING, indexedHeight: chain.height });
    expect(toHex((await contributionOf(chain, second)).duplicateOf)).toBe(toHex(first));
    expect((await contributionOf(chain, original)).indexedHeight).toBe(0n);
    const later = await contributeDoc(farmer, datanet, edited(text, 2, 3));
    expect(toHex((await contributionOf(chain, later)).duplicateOf)).toBe(toHex(first));
  });

  it('a rejected original with no copies leaves the index: the next near copy is an original', async () => {
    const datanet = await createDatanet(chain, owner, curated);
    const text = document(6);
    const original = await contributeDoc(farmer, datanet, text);
    await reject(chain, owner, original);
    const again = await contributeDoc(honest, datanet, edited(text, 2, 4));
    expect((await contributionOf(chain, again)).status).toBe(S.PENDING);
  });

  it('a curator may accept a near copy as distinct, but not an exact copy', async () => {
    const datanet = await createDatanet(chain, owner, curated);
    const text = document(7);
    const original = await contributeDoc(farmer, datanet, text);
    const near = await contributeDoc(honest, datanet, edited(text, 2, 5));
    const exact = await contributeDoc(honest, datanet, text);
    expect(toHex((await contributionOf(chain, exact)).duplicateOf)).toBe(toHex(original));

    const refused = chain.tx(owner, payloads.curate(exact, Verdict.ACCEPT));
    expect((await chain.block([refused])).txResults[0]?.code).toBe('EXACT_DUPLICATE');
    await accept(chain, owner, near);
    const accepted = await contributionOf(chain, near);
    expect(accepted.status).toBe(S.ACCEPTED);
    expect(accepted.duplicateOf).toHaveLength(0);
    expect(accepted.indexedHeight).toBe(chain.height);
    expect((await tables.datanets.get(chain.store, datanet))?.acceptedTotal).toBe(1n); // a member now
    // It is an original now: a copy of it duplicates it, not the first original.
    const copyOfNear = await contributeDoc(farmer, datanet, edited(text, 2, 5));
    expect(toHex((await contributionOf(chain, copyOfNear)).duplicateOf)).toBe(toHex(near));
  });

  it('a full bucket refuses further entries (lsh_bucket_cap)', async () => {
    const capped = {
      ...DEFAULT_PARAMS,
      attributionVersions: [{ ...DEFAULT_PARAMS.attributionVersions[0]!, lshBucketCap: 1 }],
    };
    chain = await TestChain.create(testGenesis([owner, farmer, honest], 10_000_000_000n, capped));
    const datanet = await createDatanet(chain, owner, curated);
    // Two different texts whose sketches agree in band 0 only: same first bucket, no near duplicate.
    const a = sketchBytes(utf8(document(8)));
    const b = sketchBytes(utf8(document(9)));
    b.set(a.subarray(0, 24), 0);
    const contributeSketch = (sketch: Uint8Array, label: string): TxPayload => ({
      payload: 'contribute',
      contribute: { datanetId: datanet, contentHash: sha256(utf8(label)), sizeBytes: 1n, sketch, uri: '' },
    });
    const first = deriveId('contribution', (await run(chain, farmer, contributeSketch(a, 'a'))).tx.hash);
    const second = deriveId('contribution', (await run(chain, honest, contributeSketch(b, 'b'))).tx.hash);
    expect((await contributionOf(chain, second)).status).toBe(S.PENDING);
    const lsh = { bands: 21, rows: 6, bucketCap: 1 };
    const [bucketA] = bandKeys(a, lsh, 'dup');
    const [bucketB, other] = bandKeys(b, lsh, 'dup');
    expect(toHex(bucketA!)).toBe(toHex(bucketB!));
    // A bucket's value is its members' ids, concatenated: the shared one kept only the first.
    const shared = await chain.store.get(keys.lshBucket(datanet, LSH_INDEX_ID.dup, bucketA!));
    expect(toHex(shared!)).toBe(toHex(first));
    expect(toHex((await chain.store.get(keys.lshBucket(datanet, LSH_INDEX_ID.dup, other!)))!)).toBe(toHex(second));
  });
});
