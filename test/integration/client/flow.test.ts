/**
 * The SDK against a real node: a Datanet from creation to claim sent with
 * `send` and the `payloads` builders, and every query method reading the
 * results back as typed values.
 */
import { describe, expect, it } from 'vitest';
import { payloads, poolIdOf, send, Wallet, type Hex } from '../../../src/client/index.js';
import { toHex } from '../../../src/crypto/bytes.js';
import { OPERATOR } from '../../support/chain.js';
import { aliceWallet, bobWallet, clientOf, committed, startHarness } from './setup.js';

/** A distinct sketch per fill value, as distinct contents have (equal sketches would be near duplicates). */
const sketchFilled = (fill: number) => new Uint8Array(512).fill(fill);
const FEE = 10n;

describe('AttribClient: a Datanet from creation to claim', () => {
  it('sends every step and reads each result back', async () => {
    const h = await startHarness();
    const client = clientOf(h);
    const owner = aliceWallet; // creates and curates the Datanet, pays for a use
    const contributor = bobWallet;
    const modeler = Wallet.generate();

    expect(await client.health()).toEqual({ ok: true, height: '0' });
    const status0 = await client.status();
    expect(status0).toMatchObject({ chain_id: 'test-chain', height: '0', block_hash: null, mempool: { size: 0, bytes: 0 } });
    expect(status0.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(await client.feeEstimate()).toEqual({ min_tx_fee: '10', min_usage_fee: '100', cheapest_pending_fee: null, pending_txs: 0 });
    expect((await client.validators()).validators).toEqual([
      { operator: toHex(OPERATOR.address), consensus_key: expect.stringMatching(/^0x[0-9a-f]{64}$/), power: '1000000' },
    ]);

    // Fund a fresh wallet; its account reads back.
    expect(await client.getAccount(modeler.address)).toEqual({ address: modeler.address, balance: '0', nonce: '0', pending_nonce: '0' });
    const funded = committed(await send(client, owner, payloads.transfer(modeler.address, 100_000n)));
    expect(funded.events).toEqual([{ type: 'transfer', attributes: { from: owner.address, to: modeler.address, amount: '100000' } }]);
    expect(await client.getAccount(modeler.address)).toEqual({ address: modeler.address, balance: '100000', nonce: '0', pending_nonce: '0' });

    // A Datanet curated by its owner.
    const createdDatanet = await send(client, owner, payloads.createDatanet({ name: 'poems', description: 'short ones', curators: [owner.address] }));
    committed(createdDatanet);
    const datanet = createdDatanet.id!;
    expect(datanet).toMatch(/^0x[0-9a-f]{64}$/);
    expect(await client.getDatanet(datanet)).toEqual({
      id: datanet,
      owner: owner.address,
      name: 'poems',
      description: 'short ones',
      license_uri: '',
      curators: [owner.address],
      contribution_stake: '1000',
      challenge_blocks: '10',
      auto_accept: false,
      created_height: committed(createdDatanet).height,
      accepted_total: '0',
      removed_total: '0',
      earning_members: '0',
    });
    expect(await client.listDatanets()).toEqual({ datanets: [await client.getDatanet(datanet)], next: null });

    // Two contributions, accepted by the owner.
    const contribution = async (fill: number): Promise<Hex> => {
      const contentHash = new Uint8Array(32).fill(fill);
      const sent = await send(client, contributor, payloads.contribute({ datanetId: datanet, contentHash, sizeBytes: 1000n, sketch: sketchFilled(fill) }));
      expect(committed(sent).events[0]).toMatchObject({ type: 'contribution_added', attributes: { id: sent.id, status: 'PENDING' } });
      return sent.id!;
    };
    const c1 = await contribution(1);
    const c2 = await contribution(2);
    const pending = await client.getContribution(c1);
    expect(pending).toMatchObject({ id: c1, datanet_id: datanet, owner: contributor.address, status: 'PENDING', stake: '1000', size_bytes: '1000' });
    expect(pending.content_hash).toBe('0x' + '01'.repeat(32));
    expect(pending.sketch).toBe('0x' + '01'.repeat(512));
    committed(await send(client, owner, payloads.accept(c1)));
    const cutoff = BigInt(committed(await send(client, owner, payloads.accept(c2, 'fine'))).height);
    expect((await client.getContribution(c2)).accepted_height).toBe(cutoff.toString());

    const listed = await client.listContributions(datanet);
    expect(listed.next).toBeNull();
    expect(listed.contributions.map((c) => c.id)).toEqual([c1, c2].sort().reverse());
    expect(listed.contributions.every((c) => c.status === 'ACCEPTED' && !('sketch' in c))).toBe(true);
    const page1 = await client.listContributions(datanet, { limit: 1 });
    const page2 = await client.listContributions(datanet, { limit: 1, after: page1.next! });
    expect([...page1.contributions, ...page2.contributions]).toEqual(listed.contributions);
    expect(page2.next).toBeNull();
    expect((await client.getDatanet(datanet)).earning_members).toBe('2');

    // A model trained on the Datanet as of the second acceptance.
    const registered = await send(client, modeler, payloads.registerModel({ name: 'model', ownerShareBps: 1000 }));
    const model = registered.id!;
    committed(registered);
    const trained = await send(client, modeler, payloads.recordTraining({ modelId: model, datanets: [{ datanetId: datanet, weightBps: 10_000 }], cutoffHeight: cutoff }));
    committed(trained);
    expect(trained.version).toBe(1);
    const pool = poolIdOf(model, 1, datanet);
    expect(trained.poolIds).toEqual([pool]);
    expect(await client.getModel(model)).toEqual({
      id: model,
      owner: modeler.address,
      name: 'model',
      owner_share_bps: 1000,
      metadata_uri: '',
      version_count: 1,
      created_height: committed(registered).height,
      versions: [
        {
          version: 1,
          datanets: [
            {
              datanet_id: datanet,
              weight_bps: 10_000,
              pool: {
                id: pool,
                model_id: model,
                version: 1,
                datanet_id: datanet,
                cutoff_height: cutoff.toString(),
                members: '2',
                per_member: '0',
                carry: '0',
                balance: '0',
              },
            },
          ],
          artifact_hash: null,
          cutoff_height: cutoff.toString(),
          recorded_height: committed(trained).height,
        },
      ],
    });

    // A use of the model: 5 % to the validator, 10 % to the model owner, the rest to the pool.
    const usage = committed(await send(client, owner, payloads.recordUsage({ modelId: model, version: 1, feePaid: 10_000n })));
    expect(await client.payouts(usage.height)).toEqual({
      height: usage.height,
      rows: [
        { row: 0, tx_index: 0, role: 'FEE', recipient: toHex(OPERATOR.address), contribution: null, amount: '10' },
        { row: 1, tx_index: 0, role: 'VALIDATOR', recipient: toHex(OPERATOR.address), contribution: null, amount: '500' },
        { row: 2, tx_index: 0, role: 'OWNER', recipient: modeler.address, contribution: null, amount: '1000' },
        { row: 3, tx_index: 0, role: 'POOL', recipient: pool, contribution: null, amount: '8500' },
      ],
    });
    expect(await client.payoutsByAccount(modeler.address)).toEqual({
      rows: [{ height: usage.height, row: 2, tx_index: 0, role: 'OWNER', recipient: modeler.address, contribution: null, amount: '1000' }],
      next: null,
    });
    // The operator was paid a FEE row per block: page through them one at a time.
    const operator = toHex(OPERATOR.address);
    const all = await client.payoutsByAccount(operator);
    const paged: string[] = [];
    let cursor: { from?: string; skip?: number } = {};
    for (let i = 0; i < 50; i++) {
      const page = await client.payoutsByAccount(operator, { ...cursor, limit: 1 });
      paged.push(...page.rows.map((r) => `${r.height}:${r.row}`));
      if (page.next === null) break;
      cursor = page.next;
    }
    expect(paged).toEqual(all.rows.map((r) => `${r.height}:${r.row}`));
    expect(all.rows.filter((r) => r.role === 'FEE')).toHaveLength(Number(usage.height));

    // 8500 over two members: the contributor claims both shares at once.
    const claimable = await client.claimable(contributor.address);
    expect(claimable.total).toBe('8500');
    expect([...claimable.entries].sort((a, b) => a.contribution_id.localeCompare(b.contribution_id))).toEqual(
      [c1, c2].sort().map((id) => ({ pool_id: pool, contribution_id: id, amount: '4250', model_id: model, version: 1, datanet_id: datanet })),
    );
    const before = BigInt((await client.getAccount(contributor.address)).balance);
    const claim = await send(client, contributor, payloads.claimAll(claimable));
    expect(committed(claim).events.map((e) => e.attributes.amount)).toEqual(['4250', '4250']);
    expect(BigInt((await client.getAccount(contributor.address)).balance) - before).toBe(8500n - FEE);
    expect(await client.claimable(contributor.address)).toEqual({ entries: [], total: '0' });

    // The claim's tx and block read back.
    const got = await client.getTx(claim.hash);
    if (got.status !== 'committed') throw new Error('claim not committed');
    expect(got).toMatchObject({ hash: claim.hash, height: committed(claim).height, ok: true, code: null });
    expect(got.tx).toMatchObject({ hash: claim.hash, sender: contributor.address, signer: contributor.publicKey, chain_id: 'test-chain', kind: 'claim', fee: '10' });
    if (got.tx.kind !== 'claim') throw new Error(`kind ${got.tx.kind}`);
    expect(got.tx.payload.entries).toHaveLength(2);
    const block = await client.getBlock({ height: got.height });
    expect(block.header.height).toBe(got.height);
    expect(block.txs.map((t) => t.hash)).toEqual([claim.hash]);
    expect(block.results).toEqual({
      txs: [{ hash: claim.hash, index: 0, ok: true, code: null, message: '' }],
      end_events: [],
      payout_rows: 1,
      payout_total: '10',
    });
    expect(block.last_commit?.height).toBe((BigInt(got.height) - 1n).toString());
    expect(await client.getBlock({ hash: block.hash })).toEqual(block);
    expect(await client.status()).toMatchObject({ height: got.height, block_hash: block.hash });
    expect(h.producerErrors).toEqual([]);
  });
});
