/**
 * The builders and options the Datanet flow does not use, through a real
 * node: each makes a tx the node accepts, and `tx_get` shows the fields
 * that were set.
 */
import { describe, expect, it } from 'vitest';
import { sketchBytes } from '../../../src/attribution/sketch.js';
import { toHex } from '../../../src/crypto/bytes.js';
import { sha256 } from '../../../src/crypto/hash.js';
import { describeContent, payloads, send, Wallet, type AttribClient, type Hex, type SendResult, type TxView } from '../../../src/client/index.js';
import type { TxPayload } from '../../../src/codec/types.js';
import { aliceWallet, bobWallet, clientError, clientOf, committed, startHarness } from './setup.js';

/** The decoded tx of a committed send. */
async function viewOf(client: AttribClient, sent: SendResult): Promise<TxView> {
  const got = await client.getTx(sent.hash);
  if (got.status !== 'committed') throw new Error(`${sent.hash} is not committed`);
  return got.tx;
}

describe('payload builders', () => {
  it('build txs the node accepts, with every field set', async () => {
    const h = await startHarness();
    const client = clientOf(h);
    const tx = (wallet: Wallet, payload: TxPayload) => send(client, wallet, payload);

    const created = await tx(aliceWallet, payloads.createDatanet({ name: 'open', licenseUri: 'https://l', autoAccept: true, challengeBlocks: 12n, contributionStake: '2000' }));
    const datanet = created.id!;
    expect(await client.getDatanet(datanet)).toMatchObject({
      curators: [aliceWallet.address], // none given: the owner curates
      auto_accept: true,
      challenge_blocks: '12',
      contribution_stake: '2000',
      license_uri: 'https://l',
    });

    const curators = await tx(aliceWallet, payloads.updateCurators(datanet, [aliceWallet.address, bobWallet.address]));
    committed(curators);
    expect(await viewOf(client, curators)).toMatchObject({ kind: 'updateCurators', payload: { datanet_id: datanet, curators: [aliceWallet.address, bobWallet.address] } });

    const contribute = (fill: number) =>
      tx(bobWallet, payloads.contribute({ datanetId: datanet, contentHash: new Uint8Array(32).fill(fill), sizeBytes: 10, sketch: new Uint8Array(512), uri: 'ipfs://x' }));
    const kept = (await contribute(1)).id!;
    const rejected = (await contribute(2)).id!;
    const rejection = await tx(bobWallet, payloads.reject(rejected, 'spam'));
    expect(committed(rejection).events).toEqual([{ type: 'contribution_rejected', attributes: { id: rejected, burned: '2000', reason: 'spam' } }]);
    expect(await viewOf(client, rejection)).toMatchObject({ kind: 'curate', payload: { contribution_id: rejected, verdict: 'REJECT', reason: 'spam' } });
    const cutoff = committed(await tx(bobWallet, payloads.accept(kept))).height;

    // A model version with an artifact hash, then uses in the attribution modes (sketch mode still to come).
    const model = (await tx(aliceWallet, payloads.registerModel({ name: 'm', ownerShareBps: 0, metadataUri: 'https://m' }))).id!;
    const artifact: Hex = `0x${'ab'.repeat(32)}`;
    const training = await tx(
      aliceWallet,
      payloads.recordTraining({ modelId: model, datanets: [{ datanetId: datanet, weightBps: 10_000 }], cutoffHeight: cutoff, artifactHash: artifact }),
    );
    committed(training);
    expect(training.poolIds).toHaveLength(1);
    expect(await viewOf(client, training)).toMatchObject({ kind: 'recordTraining', payload: { artifact_hash: artifact, cutoff_height: cutoff } });
    expect((await client.getModel(model)).versions[0]?.artifact_hash).toBe(artifact);
    const scored = await tx(aliceWallet, payloads.recordUsage({ modelId: model, version: 1, feePaid: 100, scores: [{ contributionId: kept, score: 3n }] }));
    // Score mode: the whole data share goes to the one scored member, as a DATA row.
    const scoredResult = committed(scored);
    expect(scoredResult.ok).toBe(true);
    const dataRows = (await client.payouts(scoredResult.height)).rows.filter((r) => r.role === 'DATA');
    expect(dataRows).toMatchObject([{ recipient: bobWallet.address, contribution: kept }]);
    expect(await viewOf(client, scored)).toMatchObject({
      kind: 'recordUsage',
      payload: { model_id: model, version: 1, fee_paid: '100', output_sketch: null, scores: [{ contribution_id: kept, score: '3' }] },
    });
    const sketched = await tx(aliceWallet, payloads.recordUsage({ modelId: model, version: 1, feePaid: 100, outputSketch: new Uint8Array(512).fill(7) }));
    expect(sketched.result).toMatchObject({ ok: true }); // sketch mode: nothing matches, the pool is paid
    const both = payloads.recordUsage({ modelId: model, version: 1, feePaid: 100, outputSketch: new Uint8Array(512), scores: [{ contributionId: kept, score: 1n }] });
    expect((await clientError(send(client, aliceWallet, both))).code).toBe('BOTH_MODES');

    committed(await tx(bobWallet, payloads.retire(kept)));
    expect((await client.getContribution(kept)).status).toBe('RETIRED');
    expect((await client.getContribution(rejected)).status).toBe('REJECTED');

    const consensus = Wallet.generate(); // stands for a validator_key.json
    const { chain_id: chainId } = await client.status();
    const aliceStake = payloads.stake(100_000n, consensus.exportSeed(), { chainId, operator: aliceWallet.address });
    const proof = aliceStake.payload === 'stake' ? toHex(aliceStake.stake.possessionProof) : '';
    // The proof names alice: sent from bob (front-running her key with her own proof), the node refuses it.
    expect((await clientError(send(client, bobWallet, aliceStake))).code).toBe('BAD_POSSESSION_PROOF');
    expect((await clientError(send(client, aliceWallet, payloads.stake(100_000n, consensus.exportSeed(), { chainId: 'another-chain', operator: aliceWallet.address })))).code).toBe(
      'BAD_POSSESSION_PROOF',
    );
    const stake = await tx(aliceWallet, aliceStake);
    committed(stake);
    expect(await viewOf(client, stake)).toMatchObject({ kind: 'stake', payload: { amount: '100000', consensus_key: consensus.publicKey, possession_proof: proof } });
    expect((await tx(aliceWallet, payloads.unstake(1))).result).toMatchObject({ ok: false, code: 'BELOW_MIN_STAKE' });
    const unstake = await tx(aliceWallet, payloads.unstake(100_000n));
    committed(unstake);
    expect(await viewOf(client, unstake)).toMatchObject({ kind: 'unstake', payload: { amount: '100000' } });
  });
});

describe('payloads.contributeData', () => {
  it('commits the sha256, size and sketch of the data, and a second copy is an exact DUPLICATE', async () => {
    const h = await startHarness();
    const client = clientOf(h);
    const data = new TextEncoder().encode('Shall I compare thee to a summer day? Thou art more lovely and more temperate.');
    const datanet = (await send(client, aliceWallet, payloads.createDatanet({ name: 'poems', autoAccept: true }))).id!;
    const first = await send(client, aliceWallet, payloads.contributeData(datanet, data));
    const stored = await client.getContribution(first.id!);
    expect(stored).toMatchObject({
      content_hash: toHex(sha256(data)),
      size_bytes: String(data.length),
      sketch: toHex(sketchBytes(data)),
      status: 'PENDING',
    });
    const copy = await send(client, bobWallet, payloads.contributeData(datanet, data));
    expect(await client.getContribution(copy.id!)).toMatchObject({ status: 'DUPLICATE', duplicate_of: first.id });
    expect(describeContent(data).sizeBytes).toBe(BigInt(data.length));
  });

  it('a salted commitment hides the hash behind sha256(salt ‖ data), and a salted copy is still caught by its sketch', async () => {
    const h = await startHarness();
    const client = clientOf(h);
    const data = new TextEncoder().encode('Rough winds do shake the darling buds of May, and summer’s lease hath all too short a date.');
    const [saltA, saltB] = [new Uint8Array(16).fill(0xa1), new Uint8Array(32).fill(0xb2)];
    const datanet = (await send(client, aliceWallet, payloads.createDatanet({ name: 'salted', autoAccept: true }))).id!;
    const first = await send(client, aliceWallet, payloads.contributeData(datanet, data, { salt: saltA, uri: 'ipfs://x' }));
    expect(await client.getContribution(first.id!)).toMatchObject({ content_hash: toHex(sha256(new Uint8Array([...saltA, ...data]))), uri: 'ipfs://x', status: 'PENDING' });
    expect(describeContent(data, saltA).contentHash).not.toEqual(sha256(data));
    // Another salt gives another hash, so no exact match; the sketch (of the data, unsalted) still finds the copy.
    const copy = await send(client, bobWallet, payloads.contributeData(datanet, data, { salt: toHex(saltB) }));
    expect(await client.getContribution(copy.id!)).toMatchObject({ status: 'DUPLICATE', duplicate_of: first.id });
    expect(() => payloads.contributeData(datanet, data, { salt: new Uint8Array(15) })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
