/**
 * Who earns from a usage, on a real node process (real LevelDB, HTTP on
 * 127.0.0.1, 100 ms blocks) driven through the SDK and the `attrib` CLI:
 * sketch mode pays the contributions an output resembles; rejected
 * contributions, contributions accepted after the training cutoff and
 * Datanets a model was not trained on never earn; scores naming them fail
 * and cost only the tx fee. Texts are generated prose sketched by the
 * project's sketch function. The tests share one chain and run in order;
 * the last one checks the Merkle proofs of every usage made before it.
 * The copy scenarios are attribution-scenarios.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { payloads, type Explanation, type Hex, type PayoutRow, type Wallet } from '../../src/client/index.js';
import {
  acceptAll,
  contributeTexts,
  createDatanet,
  expectExplainProofsVerify,
  expectSupplyRecount,
  FEE,
  fundedWallets,
  sketchOfText,
  STAKE,
  train,
  useLedger,
  type Ledger,
} from '../support/attribution-node.js';
import { syntheticDocument, withEdits } from '../support/text-corpus.js';

const ledger = useLedger();

let L: Ledger;
let curator: Wallet, owner: Wallet, user: Wallet, alice: Wallet, bob: Wallet, dave: Wallet;

beforeAll(async () => {
  L = ledger();
  ({ curator, owner, user, alice, bob, dave } = await fundedWallets(L, ['curator', 'owner', 'user', 'alice', 'bob', 'dave']));
}, 30_000);

const curated = (name: string) => createDatanet(L, owner, { name, curators: [curator.address] });
const rowsOf = (explained: Explanation, role: PayoutRow['role']) => explained.rows.filter((r) => r.role === role);

/** The contributions of scenarios 5 and 6, and the model trained before some of them were accepted or rejected. */
const members = {} as Record<'kept' | 'rejected' | 'late' | 'pending' | 'duplicate' | 'untrained', Hex>;
let cutoffModel: { model: Hex; version: number; pools: Hex[] };

describe('who earns from a usage, on a real node', { timeout: 30_000 }, () => {
  it("a usage whose output file is close to X pays X most of its Datanet's part, a partial match the rest, unrelated contributions nothing", async () => {
    const x = syntheticDocument(401);
    // Half of X's words followed by new text: similar enough to the output to be a match (J ≈ 1/3), far from a duplicate.
    const partial = x.split(' ').slice(0, 1_000).join(' ') + ' ' + syntheticDocument(402, 1_000);
    const [main, other] = await Promise.all([curated('main'), curated('other')]);
    const [[xId], [partialId, unrelatedId], [otherId]] = await Promise.all([
      contributeTexts(L, alice, main, [x]),
      contributeTexts(L, bob, main, [partial, syntheticDocument(403)]),
      contributeTexts(L, dave, other, [syntheticDocument(404)]),
    ]);
    await acceptAll(L, curator, [xId!, partialId!, unrelatedId!, otherId!]);
    const { model } = await train(L, owner, [[main, 7_000], [other, 3_000]], { ownerShareBps: 2_000 });

    // Through the CLI, as a user would: the model's output in a file, then the explanation.
    const output = join(L.home, 'output.txt');
    writeFileSync(output, withEdits(x, 40, 9));
    const used = await L.attrib<{ ok: boolean; hash: Hex }>(['tx', 'use', '--model', model, '--pay', '20000', '--output-file', output, '--from', 'user']);
    expect(used.ok).toBe(true);
    L.usages.push(used.hash);
    const explained = await L.attrib<Explanation>(['query', 'explain', used.hash]);

    // 20 000 paid: validator 1 000, owner 4 000, data 15 000 → main 10 500, other 4 500.
    expect(explained.datanets.map((d) => [d.datanet, d.mode, d.part])).toEqual([
      [main, 'sketch', '10500'],
      [other, 'pool', '4500'],
    ]);
    const paid = explained.datanets[0]!.paid as { contribution: Hex; similarity: string }[];
    expect(paid.map((p) => p.contribution)).toEqual([xId, partialId]);
    const [simX, simPartial] = paid.map((p) => BigInt(p.similarity)) as [bigint, bigint];
    expect(simX).toBeGreaterThan(2n * simPartial);
    const data = rowsOf(explained, 'DATA');
    expect(data).toHaveLength(2);
    const amountTo = (recipient: Hex, contribution: Hex) => BigInt(data.find((r) => r.recipient === recipient && r.contribution === contribution)!.amount);
    // Largest remainder by similarity: X's base share, or one unit more.
    const xAmount = amountTo(alice.address, xId!);
    const xBase = (10_500n * simX) / (simX + simPartial);
    expect(xAmount - xBase).toBeGreaterThanOrEqual(0n);
    expect(xAmount - xBase).toBeLessThanOrEqual(1n);
    expect(xAmount + amountTo(bob.address, partialId!)).toBe(10_500n);
    expect(rowsOf(explained, 'POOL').map((r) => r.amount)).toEqual(['4500']);
    for (const id of [unrelatedId!, otherId!]) {
      expect((await L.client.payoutsByContribution(id)).rows).toEqual([]);
      expect(await L.client.getContribution(id)).toMatchObject({ earned_data: '0' });
    }
  });

  it('rejected contributions, contributions accepted after the cutoff and untrained Datanets never earn: no DATA rows, no pool share', async () => {
    const [trained, untrained] = await Promise.all([curated('trained'), curated('untrained')]);
    const [[kept], [rejected], [late, pending, duplicate], [other]] = await Promise.all([
      contributeTexts(L, alice, trained, [syntheticDocument(501)]),
      contributeTexts(L, bob, trained, [syntheticDocument(502)]),
      contributeTexts(L, dave, trained, [syntheticDocument(503), syntheticDocument(504), withEdits(syntheticDocument(501), 3, 5)]),
      contributeTexts(L, dave, untrained, [syntheticDocument(505)]),
    ]);
    Object.assign(members, { kept, rejected, late, pending, duplicate, untrained: other });
    expect(await L.client.getContribution(duplicate!)).toMatchObject({ status: 'DUPLICATE', duplicate_of: kept });
    await acceptAll(L, curator, [kept!, rejected!, other!]);
    cutoffModel = await train(L, owner, [[trained, 10_000]], { ownerShareBps: 1_000 });
    // After the cutoff: one is accepted, a pool member is rejected (its share is forfeited).
    await acceptAll(L, curator, [late!]);
    await L.apply(curator, payloads.reject(rejected!, 'found out later'));
    const [pool] = cutoffModel.pools as [Hex];
    expect(await L.client.getDatanet(trained)).toMatchObject({ accepted_total: '3', removed_total: '1', earning_members: '2' });

    // Four usages of 10 000 (data 8 500 each): plain, and outputs close to the rejected, the late and the untrained one.
    const usage = (outputText?: string) =>
      L.use(user, { modelId: cutoffModel.model, version: 1, feePaid: 10_000, ...(outputText === undefined ? {} : { outputSketch: sketchOfText(outputText) }) });
    const usages = await Promise.all([usage(), usage(withEdits(syntheticDocument(502), 20, 1)), usage(withEdits(syntheticDocument(503), 20, 2)), usage(withEdits(syntheticDocument(505), 20, 3))]);
    for (const u of usages) {
      const explained = await L.client.explain(u.hash);
      expect(explained.datanets).toMatchObject([{ mode: 'pool', part: '8500', paid: [] }]);
      expect(explained.rows.map((r) => r.role)).toEqual(['FEE', 'VALIDATOR', 'OWNER', 'POOL']);
    }

    // The pool counted the two members of the cutoff; the rejected one's half stays in it, unclaimable.
    const poolNow = (await L.client.getModel(cutoffModel.model)).versions[0]!.datanets[0]!.pool!;
    expect(poolNow).toMatchObject({ id: pool, members: '2', per_member: '17000', balance: '34000' });
    expect(await L.client.getContribution(kept!)).toMatchObject({ claimable: '17000' });
    for (const id of [rejected!, late!, pending!, duplicate!, other!]) {
      expect(await L.client.getContribution(id)).toMatchObject({ earned: '0', claimable: '0' });
      expect((await L.client.payoutsByContribution(id)).rows).toEqual([]);
    }
    for (const w of [bob, dave]) expect((await L.client.claimable(w.address)).entries.filter((e) => e.pool_id === pool)).toEqual([]);
    // Claiming anyway fails NOT_ELIGIBLE and costs the tx fee.
    const claims = await Promise.all([
      L.commit(bob, payloads.claim([{ poolId: pool, contributionId: rejected! }])),
      L.commit(dave, payloads.claim([{ poolId: pool, contributionId: late! }])),
    ]);
    expect(claims.map((c) => [c.ok, c.code])).toEqual([
      [false, 'NOT_ELIGIBLE'],
      [false, 'NOT_ELIGIBLE'],
    ]);
    // Nothing was burned but the rejected stake; the forfeited share is still counted in the supply.
    expect(await expectSupplyRecount(L.client)).toBe(STAKE);
  });

  it('scores naming a contribution outside the training set fail with NOT_IN_TRAINING_SET and cost only the tx fee', async () => {
    const { model, version } = cutoffModel;
    const outside = [members.rejected, members.late, members.pending, members.duplicate, members.untrained];
    const cases = [...outside.map((id) => [id]), [members.kept, members.late]];
    const before = await L.balance(user.address);
    const failed = await Promise.all(
      cases.map((ids) => L.commit(user, payloads.recordUsage({ modelId: model, version, feePaid: 10_000, scores: ids.map((contributionId) => ({ contributionId, score: 1 })) }))),
    );
    for (const f of failed) {
      expect([f.ok, f.code]).toEqual([false, 'NOT_IN_TRAINING_SET']);
      expect(await L.client.getTx(f.hash)).toMatchObject({ status: 'committed', ok: false, code: 'NOT_IN_TRAINING_SET' });
      // Its only row: the tx fee to the proposer.
      const rows = (await L.client.payouts(f.height)).rows.filter((r) => r.tx_index === f.index);
      expect(rows.map((r) => [r.role, r.amount])).toEqual([['FEE', String(FEE)]]);
      L.usages.push(f.hash);
    }
    expect(await L.balance(user.address)).toBe(before - BigInt(cases.length) * FEE);

    // The same usage naming the earning member applies: the whole data part to its owner.
    const ok = await L.use(user, { modelId: model, version, feePaid: 10_000, scores: [{ contributionId: members.kept, score: 3 }] });
    expect(rowsOf(await L.client.explain(ok.hash), 'DATA')).toMatchObject([{ recipient: alice.address, contribution: members.kept, amount: '8500' }]);
  });

  it("every usage's payout rows prove into its block header's payout_root (Merkle check written from protocol.md §5)", async () => {
    expect(L.usages.length).toBeGreaterThanOrEqual(12);
    await expectExplainProofsVerify(L.client, L.usages);
  });
});
