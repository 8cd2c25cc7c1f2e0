/**
 * Proof of attribution against copies, on a real node process (real
 * LevelDB, HTTP on 127.0.0.1, 100 ms blocks) driven through the SDK and the
 * `attrib` CLI: a farmer's near copies, near copies with forged sketches,
 * and a front-runner's copy of a pending contribution. Every text is
 * generated prose sketched by the project's sketch function; only the
 * forged sketches are random, because forging is the point. The tests share
 * one chain and run in order; the last one checks the Merkle proofs of
 * every usage made before it. The other half of the scenarios is
 * attribution-earning.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createdIdOf, payloads, similarity, type Hex, type TxCommitted, type Wallet } from '../../src/client/index.js';
import { utf8 } from '../../src/crypto/bytes.js';
import { sha256 } from '../../src/crypto/hash.js';
import { DEFAULT_PARAMS } from '../../src/state/params.js';
import {
  acceptAll,
  CHALLENGE_BLOCKS,
  contributeTexts,
  createDatanet,
  expectExplainProofsVerify,
  expectSupplyRecount,
  FEE,
  fundedWallets,
  FUNDS,
  sketchOfText,
  STAKE,
  train,
  useLedger,
  type Ledger,
} from '../support/attribution-node.js';
import { seededRandom, syntheticDocument, withEdits } from '../support/text-corpus.js';

const ledger = useLedger();
const DUP_THRESHOLD = DEFAULT_PARAMS.attributionVersions[0]!.dupThreshold;
/** Paid for each usage here: validator 5 % (450), owner 10 % (900), data 7 650 — divisible by 3 pool members. */
const USAGE_FEE = 9_000n;
const DATA_PART = 7_650n;

/** The file the farmer copies, and two unrelated honest documents of the same Datanet. */
const FILE = syntheticDocument(101);
const HONEST = [syntheticDocument(102), syntheticDocument(103)];

let L: Ledger;
let curator: Wallet, owner: Wallet, user: Wallet, alice: Wallet, forger: Wallet, carol: Wallet, frontRunner: Wallet, copier: Wallet;
let farmers: Wallet[];
/** The curated Datanet of scenarios 1 and 2, and what scenario 1 leaves in it. */
let farm: Hex;
let original: Hex;
let farmModel: Hex;

beforeAll(async () => {
  L = ledger();
  ({ curator, owner, user, alice, forger, carol, frontRunner, copier } = await fundedWallets(L, ['curator', 'owner', 'user', 'alice', 'forger', 'carol', 'frontRunner', 'copier']));
  farmers = Object.values(await fundedWallets(L, ['farmer0', 'farmer1', 'farmer2', 'farmer3', 'farmer4']));
  farm = await createDatanet(L, owner, { name: 'farm', curators: [curator.address] });
}, 30_000);

/** What a contribution earned and can still claim, as numbers. */
async function earnings(id: Hex): Promise<{ earned: bigint; earnedData: bigint; claimable: bigint }> {
  const c = await L.client.getContribution(id);
  return { earned: BigInt(c.earned), earnedData: BigInt(c.earned_data), claimable: BigInt(c.claimable) };
}

/** A pool usage and a sketch-mode usage whose output is `output`, both by `user`; the sketch usage's explanation. */
async function poolAndSketchUsage(model: Hex, version: number, output: Uint8Array) {
  const [, sketched] = await Promise.all([
    L.use(user, { modelId: model, version, feePaid: USAGE_FEE }),
    L.use(user, { modelId: model, version, feePaid: USAGE_FEE, outputSketch: output }),
  ]);
  return L.client.explain(sketched.hash);
}

const sumOf = (values: readonly bigint[]) => values.reduce((a, b) => a + b, 0n);

describe('proof of attribution against copies, on a real node', { timeout: 30_000 }, () => {
  it("a farmer's 50 near copies are DUPLICATEs of the original, keep their stakes locked, and its accounts earn what the one original earns", async () => {
    const path = join(L.home, 'file.txt');
    writeFileSync(path, FILE);
    // The farmer contributes the file the way a user would; alice contributes two unrelated documents.
    const cli = await L.attrib<{ ok: boolean; id: Hex }>(['tx', 'contribute', '--datanet', farm, '--file', path, '--from', 'farmer0']);
    expect(cli.ok).toBe(true);
    original = cli.id;
    const honest = await contributeTexts(L, alice, farm, HONEST);
    await acceptAll(L, curator, [original, ...honest]);

    // 50 near copies (2–9 words of ~2 000 replaced), spread over the farmer's 5 accounts.
    const copies = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => (await contributeTexts(L, farmers[i % 5]!, farm, [withEdits(FILE, 2 + (i % 8), 1_000 + i)]))[0]!),
    );
    for (const c of await Promise.all(copies.map((id) => L.client.getContribution(id)))) {
      expect(c).toMatchObject({ status: 'DUPLICATE', duplicate_of: original, stake: String(STAKE) });
    }

    const trained = await train(L, owner, [[farm, 10_000]], { ownerShareBps: 1_000 });
    farmModel = trained.model;
    const pool = (await L.client.getModel(farmModel)).versions[0]!.datanets[0]!.pool!;
    expect(pool.members).toBe('3'); // the original and alice's two, never the copies
    const explained = await poolAndSketchUsage(farmModel, 1, sketchOfText(withEdits(FILE, 30, 7)));
    expect(explained.datanets).toMatchObject([{ mode: 'sketch', part: String(DATA_PART), paid: [{ contribution: original }] }]);

    // The original: the whole sketch-mode part and a third of the pool deposit, like each of alice's.
    const one = await earnings(original);
    expect(one).toEqual({ earned: DATA_PART, earnedData: DATA_PART, claimable: DATA_PART / 3n });
    for (const id of honest) expect(await earnings(id)).toEqual({ earned: 0n, earnedData: 0n, claimable: DATA_PART / 3n });
    for (const id of copies) expect(await earnings(id)).toEqual({ earned: 0n, earnedData: 0n, claimable: 0n });

    // All the farmer's accounts together: exactly the original's DATA row and pool share, and 51 stakes still locked.
    const rows = (await Promise.all(farmers.map((f) => L.client.payoutsByAccount(f.address)))).flatMap((p) => p.rows);
    expect(rows.map((r) => [r.role, r.contribution])).toEqual([['DATA', original]]);
    const claimable = sumOf(await Promise.all(farmers.map(async (f) => BigInt((await L.client.claimable(f.address)).total))));
    expect(sumOf(rows.map((r) => BigInt(r.amount))) + claimable).toBe(one.earnedData + one.claimable);
    const balances = sumOf(await Promise.all(farmers.map((f) => L.balance(f.address))));
    expect(balances).toBe(5n * FUNDS - 51n * (STAKE + FEE) + one.earnedData);
  });

  it('near copies with forged sketches slip past detection as PENDING; rejected, their stakes are burned and they never earn', async () => {
    const burnedBefore = await expectSupplyRecount(L.client);
    const texts = [0, 1, 2, 3, 4].map((i) => withEdits(FILE, 4, 3_000 + i));
    // A forged sketch: random values instead of the text's sketch, which would have been caught.
    const forged = texts.map((_, i) => {
      const random = seededRandom(900 + i);
      return Uint8Array.from({ length: DEFAULT_PARAMS.sketchK * 4 }, () => random() & 0xff);
    });
    for (const text of texts) expect(similarity(sketchOfText(text), sketchOfText(FILE))).toBeGreaterThanOrEqual(DUP_THRESHOLD);
    const ids = await Promise.all(
      texts.map(async (text, i) => {
        const data = utf8(text);
        return (await L.apply(forger, payloads.contribute({ datanetId: farm, contentHash: sha256(data), sizeBytes: data.length, sketch: forged[i]! }))).id!;
      }),
    );
    for (const c of await Promise.all(ids.map((id) => L.client.getContribution(id)))) expect(c).toMatchObject({ status: 'PENDING', duplicate_of: null });
    const afterContributing = FUNDS - 5n * (STAKE + FEE);
    expect(await L.balance(forger.address)).toBe(afterContributing);

    // The curator, who holds the data, rejects them: each stake is burned, none comes back.
    const rejections = await Promise.all(ids.map((id) => L.apply(curator, payloads.reject(id, 'sketch does not match the data'))));
    for (const [i, r] of rejections.entries()) {
      expect(r.events).toContainEqual({ type: 'contribution_rejected', attributes: expect.objectContaining({ id: ids[i], burned: String(STAKE) }) });
    }
    expect(await L.balance(forger.address)).toBe(afterContributing);
    expect(await expectSupplyRecount(L.client)).toBe(burnedBefore + 5n * STAKE);

    // Usages after the rejection, of a version trained since: the forged sketch itself, their real text, the pool.
    const v2 = await train(L, owner, [[farm, 10_000]], { id: farmModel });
    expect((await L.client.getModel(farmModel)).versions[1]!.datanets[0]!.pool!.members).toBe('3');
    const byForgedSketch = await L.use(user, { modelId: farmModel, version: v2.version, feePaid: USAGE_FEE, outputSketch: forged[0]! });
    expect((await L.client.explain(byForgedSketch.hash)).datanets).toMatchObject([{ mode: 'pool', paid: [], candidates: [] }]);
    const byText = await poolAndSketchUsage(farmModel, v2.version, sketchOfText(texts[0]!));
    expect(byText.datanets).toMatchObject([{ mode: 'sketch', paid: [{ contribution: original }] }]);

    for (const id of ids) {
      expect(await L.client.getContribution(id)).toMatchObject({ status: 'REJECTED', earned: '0', claimable: '0' });
    }
    expect((await L.client.payoutsByAccount(forger.address)).rows).toEqual([]);
    expect(await L.client.claimable(forger.address)).toEqual({ entries: [], total: '0' });
    expect(await L.balance(forger.address)).toBe(afterContributing);
  });

  it('a front-runner copy included first makes the honest contribution its DUPLICATE; once the copy is rejected the honest one is the original and earns', async () => {
    const { honest, copy, text, attempts } = await frontRun();
    expect(copy.index).toBeLessThan(honest.index); // the higher fee went first in the block
    expect(await L.client.getContribution(copy.id)).toMatchObject({ status: 'PENDING', duplicate_of: null, due_height: String(copy.height + FRONT_RUN_WINDOW) });
    expect(await L.client.getContribution(honest.id)).toMatchObject({ status: 'DUPLICATE', duplicate_of: copy.id });
    // A later copier's exact copy is a DUPLICATE of the live original too, and follows the heir below.
    const [later] = await contributeTexts(L, copier, honest.datanet, [text]);
    expect(await L.client.getContribution(later!)).toMatchObject({ status: 'DUPLICATE', duplicate_of: copy.id });

    const rejected = await L.apply(curator, payloads.reject(copy.id, 'copied from a pending contribution'));
    expect(rejected.events).toContainEqual({ type: 'contribution_promoted', attributes: { id: honest.id, replaces: copy.id } });
    const due = rejected.height + FRONT_RUN_WINDOW;
    expect(await L.client.getContribution(honest.id)).toMatchObject({ status: 'PENDING', duplicate_of: null, due_height: String(due) });
    expect(await L.client.getContribution(copy.id)).toMatchObject({ status: 'REJECTED' });
    expect(await L.client.getContribution(later!)).toMatchObject({ status: 'DUPLICATE', duplicate_of: honest.id });
    expect(await L.balance(frontRunner.address)).toBe(FUNDS - attempts * (STAKE + FRONT_RUN_FEE));

    // The Datanet auto-accepts it at the end of its due height; a model trained then pays it.
    await L.waitForHeight(due);
    expect(await L.client.getContribution(honest.id)).toMatchObject({ status: 'ACCEPTED', accepted_height: String(due) });
    expect(await L.client.getDatanet(honest.datanet)).toMatchObject({ accepted_total: '1', removed_total: '0', earning_members: '1' });
    const trained = await train(L, owner, [[honest.datanet, 10_000]], { ownerShareBps: 1_000 });
    const explained = await poolAndSketchUsage(trained.model, trained.version, sketchOfText(withEdits(text, 30, 8)));
    expect(explained.datanets).toMatchObject([{ mode: 'sketch', paid: [{ contribution: honest.id }] }]);
    expect(explained.rows.filter((r) => r.role === 'DATA')).toMatchObject([{ recipient: carol.address, contribution: honest.id, amount: String(DATA_PART) }]);
    // Its only pool member: the whole pool deposit, claimed into carol's balance.
    expect(await earnings(honest.id)).toEqual({ earned: DATA_PART, earnedData: DATA_PART, claimable: DATA_PART });
    await L.apply(carol, payloads.claimAll(await L.client.claimable(carol.address)));
    expect(await L.balance(carol.address)).toBe(FUNDS - attempts * (STAKE + FEE) + DATA_PART + DATA_PART - FEE);
    expect(await L.client.getContribution(copy.id)).toMatchObject({ earned: '0', claimable: '0' });
    expect((await L.client.payoutsByAccount(frontRunner.address)).rows).toEqual([]);
  });

  it("every usage's payout rows prove into its block header's payout_root (Merkle check written from protocol.md §5)", async () => {
    expect(L.usages.length).toBeGreaterThanOrEqual(7);
    await expectExplainProofsVerify(L.client, L.usages);
  });
});

// ---- the front-run ----

/** Long enough that the copy is still PENDING when the test reads it, short enough to wait for the honest one's acceptance. */
const FRONT_RUN_WINDOW = 2n * CHALLENGE_BLOCKS;
const FRONT_RUN_FEE = 5n * FEE;

interface Included {
  id: Hex;
  datanet: Hex;
  height: bigint;
  index: number;
}

/**
 * Carol's Contribute and the front-runner's copy of it (same content, a
 * higher fee) reach the mempool in one HTTP batch, carol's first, into a
 * fresh auto-accept Datanet. The copy is "included first" only if both land
 * in one block; if a block boundary fell between them, try again with new
 * content in a new Datanet (rare, a matter of timing). `attempts` tells the
 * balance checks how many stakes each side locked.
 */
async function frontRun(): Promise<{ honest: Included; copy: Included; text: string; attempts: bigint }> {
  const chainId = (await L.client.status()).chain_id;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const datanet = await createDatanet(L, owner, { name: 'front-run', curators: [curator.address], autoAccept: true, challengeBlocks: FRONT_RUN_WINDOW });
    const text = syntheticDocument(300 + attempt);
    const payload = payloads.contributeData(datanet, utf8(text));
    const sign = async (w: Wallet, fee: bigint) => w.sign(payload, { chainId, nonce: (await L.client.getAccount(w.address)).pending_nonce, fee });
    const txs = [await sign(carol, FEE), await sign(frontRunner, FRONT_RUN_FEE)];
    // Subscribed before submitting, so neither commit can be missed.
    const commits = await Promise.all(txs.map((tx) => commitOf(tx.hash)));
    for (const outcome of await L.client.submitTxBatch(txs, { wait: 'mempool' })) if (!outcome.ok) throw outcome.error;
    const [honest, copy] = (await Promise.all(commits.map((c) => c.committed))).map(
      (r, i): Included => ({ id: createdIdOf(payload, txs[i]!.hash)!, datanet, height: BigInt(r.height), index: r.index }),
    ) as [Included, Included];
    if (honest.height === copy.height) return { honest, copy, text, attempts: BigInt(attempt) };
  }
  throw new Error('the two txs never landed in one block');
}

/** Subscribes to a tx's commit (before it is sent); `committed` resolves with its result. */
async function commitOf(hash: Uint8Array): Promise<{ committed: Promise<TxCommitted> }> {
  let resolve!: (r: TxCommitted) => void;
  const committed = new Promise<TxCommitted>((r) => (resolve = r));
  const sub = await L.client.subscribe('tx', { hash }, resolve);
  return { committed: committed.finally(() => sub.unsubscribe()) };
}
