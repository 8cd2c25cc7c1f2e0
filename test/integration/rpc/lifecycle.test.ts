/**
 * Every tx kind through tx_submit (wait "commit") in the order a real
 * Datanet lives — fund, create, curate, contribute, accept, train, use,
 * retire, claim — and every query reading the result back over HTTP.
 */
import { describe, expect, it } from 'vitest';
import { Verdict } from '../../../src/codec/types.js';
import { toHex } from '../../../src/crypto/bytes.js';
import { DEFAULT_PARAMS } from '../../../src/state/params.js';
import { poolId } from '../../../src/tx/hash.js';
import { OPERATOR, testKey } from '../../support/chain.js';
import { payloads } from '../../support/fixtures.js';
import { alice, bob, call, errorCode, startHarness, submitCommitted } from './harness.js';

const carol = testKey('carol');
const FEE = DEFAULT_PARAMS.minTxFee;
const STAKE = DEFAULT_PARAMS.minContributionStake;

/** The id a tx created, as its event reports it. */
function createdId(result: { events: { type: string; attributes: Record<string, string> }[] }, type: string): string {
  const event = result.events.find((e) => e.type === type);
  if (event === undefined) throw new Error(`no ${type} event in ${JSON.stringify(result.events)}`);
  return event.attributes.id!;
}
const bytes = (hex: string) => new Uint8Array(Buffer.from(hex.slice(2), 'hex'));

describe('RPC: a Datanet from creation to claim', () => {
  it('commits every tx kind and reads each result back', async () => {
    const h = await startHarness();
    const { url } = h;

    // Fund a third account.
    const fund = await submitCommitted(h, alice, payloads.transfer(carol.address, 100_000n));
    expect(fund.result).toMatchObject({ hash: toHex(fund.tx.hash), status: 'committed', ok: true, code: null, index: 0 });
    expect(await call(url, 'account_get', { address: toHex(carol.address) })).toEqual({
      address: toHex(carol.address),
      balance: '100000',
      nonce: '0',
      pending_nonce: '0',
    });

    // Alice creates a Datanet curated by Bob, then makes herself its curator.
    const created = await submitCommitted(h, alice, payloads.createDatanet({ curators: [bob.address] }));
    const datanet = createdId(created.result, 'datanet_created');
    await submitCommitted(h, alice, payloads.updateCurators(bytes(datanet), [alice.address]));
    expect(await call(url, 'datanet_get', { id: datanet })).toMatchObject({
      id: datanet,
      owner: toHex(alice.address),
      curators: [toHex(alice.address)],
      contribution_stake: STAKE.toString(),
      auto_accept: false,
      accepted_total: '0',
    });
    expect((await call(url, 'datanet_list', {})).datanets.map((d: { id: string }) => d.id)).toEqual([datanet]);

    // Carol contributes twice, Bob once; Alice accepts all three.
    const c1 = createdId((await submitCommitted(h, carol, payloads.contribute(bytes(datanet), 'one'))).result, 'contribution_added');
    const c2 = createdId((await submitCommitted(h, carol, payloads.contribute(bytes(datanet), 'two'))).result, 'contribution_added');
    const c3 = createdId((await submitCommitted(h, bob, payloads.contribute(bytes(datanet), 'three'))).result, 'contribution_added');
    expect(await call(url, 'contribution_get', { id: c1 })).toMatchObject({ id: c1, status: 'PENDING', owner: toHex(carol.address), stake: STAKE.toString() });
    let accepted = 0n;
    for (const id of [c1, c2, c3]) {
      accepted = BigInt((await submitCommitted(h, alice, payloads.curate(bytes(id), Verdict.ACCEPT))).result.height);
    }
    const listed = await call(url, 'contribution_list', { datanet });
    expect(listed.contributions.map((c: { id: string }) => c.id).sort()).toEqual([c1, c2, c3].sort());
    expect(listed.contributions.every((c: { status: string; sketch?: string }) => c.status === 'ACCEPTED' && c.sketch === undefined)).toBe(true);
    const firstPage = await call(url, 'contribution_list', { datanet, limit: 2 });
    const secondPage = await call(url, 'contribution_list', { datanet, limit: 2, after: firstPage.next });
    expect([...firstPage.contributions, ...secondPage.contributions].map((c: { id: string }) => c.id)).toEqual(
      listed.contributions.map((c: { id: string }) => c.id),
    );
    expect(secondPage.next).toBeNull();

    // Bob registers a model and records its training on the Datanet as of the last acceptance.
    const model = createdId((await submitCommitted(h, bob, payloads.registerModel(1000))).result, 'model_registered');
    await submitCommitted(h, bob, payloads.recordTraining(bytes(model), [[bytes(datanet), 10_000]], accepted));
    const pool = toHex(poolId(bytes(model), 1, bytes(datanet)));
    const modelView = await call(url, 'model_get', { id: model });
    expect(modelView).toMatchObject({ id: model, owner: toHex(bob.address), owner_share_bps: 1000, version_count: 1 });
    expect(modelView.versions).toEqual([
      {
        version: 1,
        datanets: [
          {
            datanet_id: datanet,
            weight_bps: 10_000,
            pool: expect.objectContaining({ id: pool, members: '3', per_member: '0', balance: '0', cutoff_height: accepted.toString() }),
          },
        ],
        artifact_hash: null,
        cutoff_height: accepted.toString(),
        recorded_height: expect.any(String),
      },
    ]);

    // Carol retires c2 after the cutoff: it still counts as a member but can no longer claim.
    await submitCommitted(h, carol, payloads.retire(bytes(c2)));
    expect((await call(url, 'contribution_get', { id: c2 })).status).toBe('RETIRED');

    // Alice pays 10 000 for a use of the model: 5 % to the validator, 10 % to Bob, the rest to the pool.
    const usage = await submitCommitted(h, alice, payloads.recordUsage(bytes(model), 1, 10_000n));
    const height = usage.result.height as string;
    const rows = (await call(url, 'payouts_get', { height })).rows;
    expect(rows).toEqual([
      { row: 0, tx_index: 0, role: 'FEE', recipient: toHex(OPERATOR.address), contribution: null, amount: FEE.toString() },
      { row: 1, tx_index: 0, role: 'VALIDATOR', recipient: toHex(OPERATOR.address), contribution: null, amount: '500' },
      { row: 2, tx_index: 0, role: 'OWNER', recipient: toHex(bob.address), contribution: null, amount: '1000' },
      { row: 3, tx_index: 0, role: 'POOL', recipient: pool, contribution: null, amount: '8500' },
    ]);
    const bobPayouts = await call(url, 'payouts_by_account', { address: toHex(bob.address) });
    expect(bobPayouts).toEqual({ rows: [{ height, row: 2, tx_index: 0, role: 'OWNER', recipient: toHex(bob.address), contribution: null, amount: '1000' }], next: null });

    // 8500 / 3 members = 2833 each (carry 1): Carol's c1 and Bob's c3 can claim, the retired c2 cannot.
    const carolClaimable = await call(url, 'claimable_get', { address: toHex(carol.address) });
    expect(carolClaimable).toEqual({
      entries: [{ pool_id: pool, contribution_id: c1, amount: '2833', model_id: model, version: 1, datanet_id: datanet }],
      total: '2833',
    });
    expect((await call(url, 'claimable_get', { address: toHex(bob.address) })).entries).toEqual([expect.objectContaining({ contribution_id: c3, amount: '2833' })]);

    const before = BigInt((await call(url, 'account_get', { address: toHex(carol.address) })).balance);
    const claim = await submitCommitted(h, carol, payloads.claim([[bytes(pool), bytes(c1)]]));
    expect(claim.result.events).toEqual([{ type: 'claimed', attributes: { pool, contribution: c1, amount: '2833' } }]);
    const after = BigInt((await call(url, 'account_get', { address: toHex(carol.address) })).balance);
    expect(after - before).toBe(2833n - FEE);
    expect(await call(url, 'claimable_get', { address: toHex(carol.address) })).toEqual({ entries: [], total: '0' });

    // The claim's tx and block read back.
    const got = await call(url, 'tx_get', { hash: toHex(claim.tx.hash) });
    expect(got).toMatchObject({ hash: toHex(claim.tx.hash), status: 'committed', height: claim.result.height, ok: true, code: null });
    expect(got.tx).toMatchObject({ sender: toHex(carol.address), kind: 'claim', fee: FEE.toString(), payload: { entries: [{ pool_id: pool, contribution_id: c1 }] } });
    const block = await call(url, 'block_get', { height: claim.result.height });
    expect(block.header.height).toBe(claim.result.height);
    expect(block.txs.map((t: { hash: string }) => t.hash)).toEqual([toHex(claim.tx.hash)]);
    expect(block.results.txs).toEqual([{ hash: toHex(claim.tx.hash), index: 0, ok: true, code: null, message: '' }]);
    expect(block.last_commit).toMatchObject({ height: String(BigInt(claim.result.height) - 1n), signatures: [expect.any(Object)] });
    expect(await call(url, 'block_get', { hash: block.hash })).toEqual(block);

    const status = await call(url, 'status');
    expect(status).toMatchObject({ chain_id: 'test-chain', height: claim.result.height, block_hash: block.hash, mempool: { size: 0, bytes: 0 } });
    expect(status.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(h.producerErrors).toEqual([]);
    expect(await errorCode(url, 'block_get', { height: String(BigInt(claim.result.height) + 1n) })).toBe('NOT_FOUND');
  });
});
