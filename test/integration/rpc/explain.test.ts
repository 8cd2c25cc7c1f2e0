/**
 * attribution_explain on a real node: a sketch-mode usage's explanation names
 * the mode, the candidates and who was paid, flags the payer and the model
 * owner, and every row's Merkle proof verifies against the header's
 * payout_root — checked here with an independent Merkle fold.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AttribClient, payloads as sdk } from '../../../src/client/index.js';
import { sketchBytes } from '../../../src/attribution/sketch.js';
import { Verdict } from '../../../src/codec/types.js';
import { toHex, utf8 } from '../../../src/crypto/bytes.js';
import { deriveId, poolId } from '../../../src/tx/hash.js';
import { payloads } from '../../support/fixtures.js';
import { syntheticDocument, withEdits } from '../../support/text-corpus.js';
import { alice, bob, startHarness } from './harness.js';

/** leaf sha256(0x00‖item), inner sha256(0x01‖l‖r), written from protocol.md §5, not from src/crypto. */
function foldProof(item: Buffer, proof: { left: boolean; hash: string }[]): string {
  const h = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
  let acc = h(Buffer.from([0]), item);
  for (const step of proof) {
    const sibling = Buffer.from(step.hash.slice(2), 'hex');
    acc = step.left ? h(Buffer.from([1]), sibling, acc) : h(Buffer.from([1]), acc, sibling);
  }
  return '0x' + acc.toString('hex');
}

interface Explained {
  payout_root: string;
  datanets: { mode: string; paid: { contribution: string }[]; candidates: { contribution: string; similarity: string }[] }[];
  rows: { role: string; recipient: string; contribution: string | null; encoded: string; flags: string[]; proof: { left: boolean; hash: string }[] }[];
}

describe('attribution_explain', () => {
  it('explains a sketch-mode usage with flags and verifiable proofs of every row', async () => {
    const h = await startHarness();
    const client = new AttribClient(h.url);
    const commit = async (key: typeof alice, payload: Parameters<typeof h.signer.tx>[1]) => {
      const tx = h.signer.tx(key, payload);
      const r = await client.submitTx(tx.bytes, { wait: 'commit' });
      if (r.status !== 'committed' || !r.ok) throw new Error(`${payload.payload} failed: ${JSON.stringify(r)}`);
      return { hash: tx.hash, height: BigInt(r.height) };
    };
    const text = syntheticDocument(21);
    const dn = deriveId('datanet', (await commit(alice, payloads.createDatanet({ curators: [alice.address] }))).hash);
    const mine = deriveId('contribution', (await commit(bob, payloads.contributeText(dn, text))).hash);
    const theirs = deriveId('contribution', (await commit(alice, payloads.contributeText(dn, syntheticDocument(22)))).hash);
    for (const id of [mine, theirs]) await commit(alice, payloads.curate(id, Verdict.ACCEPT));
    const registered = await commit(alice, payloads.registerModel(1000));
    const model = deriveId('model', registered.hash);
    await commit(alice, payloads.recordTraining(model, [[dn, 10_000]], registered.height));
    // Alice (the model owner) pays for an output close to bob's contribution.
    const usage = await commit(alice, sdk.recordUsage({ modelId: model, version: 1, feePaid: 50_000, outputSketch: sketchBytes(utf8(withEdits(text, 30, 1))) }));

    const explained = await client.call<Explained>('attribution_explain', { hash: toHex(usage.hash) });
    expect(explained.datanets).toHaveLength(1);
    expect(explained.datanets[0]).toMatchObject({ mode: 'sketch', paid: [{ contribution: toHex(mine) }] });
    expect(explained.datanets[0]!.candidates.map((c) => c.contribution)).toContain(toHex(mine));
    const roles = explained.rows.map((r) => r.role);
    expect(roles).toEqual(['FEE', 'VALIDATOR', 'OWNER', 'DATA']);
    expect(explained.rows.find((r) => r.role === 'OWNER')!.flags).toEqual(['payer', 'model_owner']);
    expect(explained.rows.find((r) => r.role === 'DATA')).toMatchObject({ recipient: toHex(bob.address), contribution: toHex(mine), flags: [] });

    const header = (await client.getBlock({ height: usage.height })).header;
    expect(explained.payout_root).toBe(header.payout_root);
    for (const row of explained.rows) {
      expect(foldProof(Buffer.from(row.encoded.slice(2), 'hex'), row.proof)).toBe(header.payout_root);
    }
    // contribution_get adds it up: the DATA row now; a pool share once a plain usage pays the pool, then a claim.
    const dataRow = explained.rows.find((r) => r.role === 'DATA')! as unknown as { amount: string };
    expect(await client.getContribution(mine)).toMatchObject({ earned: dataRow.amount, earned_data: dataRow.amount, earned_claimed: '0', claimable: '0' });
    await commit(alice, payloads.recordUsage(model, 1, 10_000n)); // data 8 500 to the pool: 4 250 per member
    expect(await client.getContribution(mine)).toMatchObject({ claimable: '4250' });
    await commit(bob, payloads.claim([[poolId(model, 1, dn), mine]]));
    expect(await client.getContribution(mine)).toMatchObject({
      earned: String(BigInt(dataRow.amount) + 4250n),
      earned_claimed: '4250',
      claimable: '0',
    });
    // The DATA row is indexed by contribution too.
    const byContribution = await client.call<{ rows: { height: string; role: string; amount: string }[] }>('payouts_by_contribution', { id: toHex(mine) });
    expect(byContribution.rows).toEqual([expect.objectContaining({ height: usage.height.toString(), role: 'DATA' })]);
    expect(await client.call('payouts_by_contribution', { id: toHex(theirs) })).toEqual({ rows: [], next: null });
    // A tampered row does not verify.
    const bad = Buffer.from(explained.rows[3]!.encoded.slice(2), 'hex');
    bad[bad.length - 1]! ^= 1;
    expect(foldProof(bad, explained.rows[3]!.proof)).not.toBe(header.payout_root);
    await client.close();
  });

  it('refuses a tx that is not a usage', async () => {
    const h = await startHarness();
    const client = new AttribClient(h.url);
    const tx = h.signer.tx(alice, payloads.transfer(bob.address, 1n));
    await client.submitTx(tx.bytes, { wait: 'commit' });
    await expect(client.call('attribution_explain', { hash: toHex(tx.hash) })).rejects.toMatchObject({ code: 'INVALID_PARAMS' });
    await client.close();
  });
});
