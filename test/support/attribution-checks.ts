/**
 * Attribution invariants (DESIGN §3, docs/attribution.md §2–3), checked after
 * every block from the block's result and a scan of the state, never from
 * the handlers' own bookkeeping:
 *
 * - every DATA row pays an earning member of the usage's model version at the
 *   moment the usage ran: ACCEPTED (so never PENDING, DUPLICATE, REJECTED or
 *   RETIRED), accepted at or before the version's cutoff, in one of its
 *   Datanets, paid to its owner;
 * - each usage's DATA and POOL rows are exactly what an oracle computes from
 *   the earning members alone (score mode: the payer's scores; sketch mode:
 *   match-index candidates ≥ match_threshold, best top_k; otherwise the pool),
 *   so copies can neither take nor dilute a share; each pool counts exactly
 *   the members earning at its cutoff; claims and scores name earning members
 *   only, and a usage, training or claim fails only for a reason the state shows;
 * - a DUPLICATE points to a live original (PENDING or ACCEPTED) of its
 *   Datanet that is earlier by (height, tx index), and the duplicate lists
 *   (0x32) hold exactly the DUPLICATEs;
 * - two live originals of one Datanet never share a content hash;
 * - a group of near copies (one base document, as the generator knows it)
 *   never has two live originals, so in a usage it is paid as its original
 *   alone would be. A near copy a curator accepts as distinct is the
 *   curator's judgement, not a farm: it starts a lineage of its own, which
 *   its heirs continue when it leaves (re-promotion does not re-compare, so
 *   an heir may well be a near copy of the same document). Live originals
 *   are grouped by base document, except those of such a lineage, which
 *   form one group per lineage.
 *
 * Statuses "at the moment a usage ran" come from the state before the block
 * plus the block's events up to that tx; the events are checked to be legal
 * transitions that end exactly at the scanned state.
 *
 * The oracle reuses three pure functions that have their own vectors written
 * from the docs by a Python program (docs/attribution.md): the largest
 * remainder split, the LSH band keys and the attribution version lookup. What
 * it re-derives is who is paid: statuses, membership, candidates, similarity,
 * top_k.
 */
import { expect } from 'vitest';
import { bandKeys, isIndexable } from '../../src/attribution/lsh.js';
import { splitLargestRemainder, splitUsageFee } from '../../src/attribution/split.js';
import * as C from '../../src/codec/codecs.js';
import {
  ContributionStatus as S,
  PayoutRole,
  type Contribution,
  type ModelVersion,
  type Params,
  type PayoutRow,
  type RecordTraining,
  type RecordUsage,
} from '../../src/codec/types.js';
import { compareBytes, fromHex, toHex } from '../../src/crypto/bytes.js';
import { addressOf } from '../../src/crypto/address.js';
import { sha256 } from '../../src/crypto/hash.js';
import type { BlockResult } from '../../src/state/apply-block.js';
import { Prefix } from '../../src/state/keys.js';
import { attributionVersionAt } from '../../src/state/params.js';
import type { StateEvent } from '../../src/state/scope.js';
import type { MemoryStore } from '../../src/state/store.js';
import * as tables from '../../src/state/tables.js';
import type { TxErrorCode } from '../../src/tx/errors.js';
import type { SignedTx } from '../../src/tx/sign.js';
import { OPERATOR } from './chain.js';
import { bump, earningAt } from './scenario.js';

const hex = toHex;
type Status = (typeof S)[keyof typeof S];
const STATUS_NAME = Object.fromEntries(Object.entries(S).map(([k, v]) => [v, k])) as Record<number, string>;
const isLive = (status: Status): boolean => status === S.PENDING || status === S.ACCEPTED;

/** How a contribution last became a live original, and at which (height, tx index). */
export interface Origin {
  how: 'contribute' | 'bless' | 'promote';
  at: [bigint, number];
  /** The near copy a curator accepted as distinct whose lineage this original continues, if any. */
  blessedRoot?: string;
}

/** A contribution as the checker follows it through a block. */
export interface Tracked {
  id: Uint8Array;
  key: string;
  datanet: string;
  /** Datanet and content hash: two live originals must never share it. */
  content: string;
  owner: Uint8Array;
  sketch: Uint8Array;
  order: [bigint, number];
  status: Status;
  acceptedHeight: bigint;
  /** Height it stopped earning after being accepted (0 while it has not). */
  removedHeight: bigint;
  origin?: Origin;
}

export interface CheckerOptions {
  /**
   * The base document of a contribution, as the generator that wrote it
   * knows it (undefined: a group of its own). Copies of one document form a
   * near-copy group.
   */
  groupOf: (id: string) => string | undefined;
}

const compareOrder = (a: readonly [bigint, number], b: readonly [bigint, number]): number =>
  a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] - b[1];

/** Similarity (docs/attribution.md §1.1 step 7), recounted here: equal 4-byte groups at equal positions. */
export function sameValues(a: Uint8Array, b: Uint8Array): number {
  let n = 0;
  for (let at = 0; at + 4 <= Math.min(a.length, b.length); at += 4) {
    if (a[at] === b[at] && a[at + 1] === b[at + 1] && a[at + 2] === b[at + 2] && a[at + 3] === b[at + 3]) n++;
  }
  return n;
}

/** Every contribution record in the store, by hex id. */
export function scanContributions(store: MemoryStore): Map<string, Contribution> {
  const out = new Map<string, Contribution>();
  for (const [key, value] of store.entries()) {
    if (key[0] === Prefix.CONTRIBUTION) out.set(hex(key.subarray(1)), C.contributionCodec.decode(value));
  }
  return out;
}

function expectAtMostOne(originals: readonly Tracked[], what: string): void {
  if (originals.length > 1) expect.fail(`${what}: ${originals.map((c) => `${c.key} (${c.origin?.how})`).join(', ')}`);
}

type Row = Omit<PayoutRow, 'txIndex'>;
const rowLine = (r: Row): string =>
  `${r.role} ${hex(r.recipient)} ${hex(r.contributionId)} ${r.amount}`;

export class AttributionChecker {
  /** The contributions as of the point of the block being checked (between blocks: the scanned state). */
  readonly view = new Map<string, Tracked>();
  /** What was checked, so a run can show it was not vacuous. */
  readonly tally = new Map<string, number>();
  private readonly bands = new Map<string, Set<string>>();
  /** Originals a promotion replaced in the tx being folded: each must have left by the tx's end. */
  private replacing: Tracked[] = [];
  private params!: Params;

  constructor(
    private readonly store: MemoryStore,
    private readonly opts: CheckerOptions,
  ) {}

  async init(): Promise<this> {
    const params = await tables.params.get(this.store);
    if (params === undefined) throw new Error('store has no genesis');
    // The oracle computes an original's match buckets with today's LSH params, which is only right if they never change.
    const lsh = (v: Params['attributionVersions'][number]) => [v.matchBands, v.matchRows, v.lshBucketCap].join();
    expect(new Set(params.attributionVersions.map(lsh)).size, 'the checker needs one set of LSH params').toBe(1);
    this.params = params;
    for (const [key, c] of scanContributions(this.store)) this.view.set(key, this.track(key, c));
    return this;
  }

  /** Checks a committed block: `txs` in block order and its result. */
  async afterBlock(height: bigint, txs: readonly SignedTx[], result: BlockResult, context: string): Promise<void> {
    const records = scanContributions(this.store);
    for (const [i, tx] of txs.entries()) {
      const r = result.txResults[i];
      if (r === undefined) throw new Error(`${context}: no result for tx ${i}`);
      const ctx = `${context} tx ${i} (${tx.body.payload})`;
      const rows = result.payouts.filter((row) => row.txIndex === i);
      const body = tx.body;
      if (body.payload === 'recordUsage') await this.checkUsage(height, tx, body.recordUsage, r.code, rows, ctx);
      if (body.payload === 'claim') await this.checkClaim(tx, body.claim.entries, r.code, ctx);
      if (body.payload === 'recordTraining') await this.checkTraining(body.recordTraining, r.code, r.events, ctx);
      for (const e of r.events) this.apply(e, height, [height, i], records, ctx);
      for (const gone of this.replacing.splice(0)) {
        expect(isLive(gone.status), `${ctx}: ${gone.key} was replaced but is still live`).toBe(false);
      }
    }
    for (const e of result.endEvents) this.apply(e, height, [height, txs.length], records, `${context} end of block`);
    this.expectViewIsState(records, context);
    // What follows is judged on the scanned state: take each record's Datanet and content from it again.
    for (const [key, c] of records) {
      Object.assign(this.view.get(key)!, { datanet: hex(c.datanetId), content: `${hex(c.datanetId)}/${hex(c.contentHash)}` });
    }
    this.expectDuplicatesPointToEarlierLiveOriginals(records, context);
    this.expectNoSharedContent(context);
    this.expectOneLiveOriginalPerGroup(context);
    this.expectNoFullBucket(context);
  }

  // ---- following statuses through a block ----

  private track(key: string, c: Contribution): Tracked {
    const order: [bigint, number] = [c.height, c.txIndex];
    return {
      id: fromHex(key)!,
      key,
      datanet: hex(c.datanetId),
      content: `${hex(c.datanetId)}/${hex(c.contentHash)}`,
      owner: c.owner,
      sketch: c.sketch,
      order,
      status: c.status as Status,
      acceptedHeight: c.acceptedHeight,
      removedHeight: 0n,
      ...(isLive(c.status as Status) ? { origin: { how: 'contribute' as const, at: order } } : {}),
    };
  }

  /** Folds one event into the view; each must be a legal transition (docs/protocol.md §7). */
  private apply(e: StateEvent, height: bigint, at: [bigint, number], records: Map<string, Contribution>, ctx: string): void {
    const id = e.attributes.id;
    if (id === undefined) return;
    const LEGAL: Record<string, Status[]> = {
      contribution_accepted: [S.PENDING, S.DUPLICATE],
      contribution_promoted: [S.DUPLICATE],
      contribution_rejected: [S.PENDING, S.ACCEPTED, S.DUPLICATE, S.RETIRED],
      contribution_retired: [S.PENDING, S.ACCEPTED, S.DUPLICATE],
    };
    if (e.type === 'contribution_added') {
      const record = records.get(id);
      expect(record && !this.view.has(id), `${ctx}: ${id} added twice or missing from the state`).toBe(true);
      const c = this.track(id, { ...record!, status: e.attributes.status === 'DUPLICATE' ? S.DUPLICATE : S.PENDING, acceptedHeight: 0n });
      this.view.set(id, c);
      if (c.status === S.DUPLICATE) {
        const original = records.get(e.attributes.duplicate_of ?? '');
        bump(this.tally, original && hex(original.contentHash) === c.content.split('/')[1] ? 'exact copy' : 'near copy');
      }
      return;
    }
    const legal = LEGAL[e.type];
    if (legal === undefined) return;
    const c = this.view.get(id);
    if (c === undefined) throw new Error(`${ctx}: ${e.type} of unknown contribution ${id}`);
    expect(legal, `${ctx}: ${e.type} of ${id}, which was ${STATUS_NAME[c.status]}`).toContain(c.status);
    if ((e.type === 'contribution_rejected' || e.type === 'contribution_retired') && c.status === S.ACCEPTED) c.removedHeight = height;
    switch (e.type) {
      case 'contribution_accepted':
        if (c.status === S.DUPLICATE) {
          // A curator judged this near copy distinct: a lineage of its own from now on.
          c.origin = { how: 'bless', at, blessedRoot: c.key };
          bump(this.tally, 'near copy accepted as distinct');
        }
        Object.assign(c, { status: S.ACCEPTED, acceptedHeight: height });
        return;
      case 'contribution_promoted': {
        // Emitted before the event of the original it replaces, which must leave in the same tx (checked per tx).
        const replaced = this.view.get(e.attributes.replaces ?? '');
        expect(replaced && isLive(replaced.status), `${ctx}: ${id} replaces ${e.attributes.replaces}, not a live original`).toBe(true);
        const blessedRoot = replaced!.origin?.blessedRoot;
        Object.assign(c, { status: S.PENDING, origin: { how: 'promote', at, ...(blessedRoot ? { blessedRoot } : {}) } });
        this.replacing.push(replaced!);
        bump(this.tally, 'promoted');
        return;
      }
      case 'contribution_rejected':
        c.status = S.REJECTED;
        return;
      case 'contribution_retired':
        c.status = S.RETIRED;
        return;
    }
  }

  /** The view folded from the events is the scanned state: no status changed without an event. */
  private expectViewIsState(records: Map<string, Contribution>, context: string): void {
    const fromView = [...this.view.values()].map((c) => `${c.key} ${STATUS_NAME[c.status]} ${c.acceptedHeight}`).sort();
    const fromState = [...records].map(([key, c]) => `${key} ${STATUS_NAME[c.status]} ${c.acceptedHeight}`).sort();
    expect(fromView, `${context}: statuses from events vs the state`).toEqual(fromState);
  }

  // ---- usages, claims, training ----

  /** An earning member of the version's training set, as of now in the block. */
  private earning(c: Tracked | undefined, version: ModelVersion): boolean {
    return (
      c !== undefined &&
      c.status === S.ACCEPTED &&
      c.acceptedHeight > 0n &&
      c.acceptedHeight <= version.cutoffHeight &&
      version.datanets.some((d) => hex(d.datanetId) === c.datanet)
    );
  }

  private async checkUsage(height: bigint, tx: SignedTx, p: RecordUsage, code: TxErrorCode | null, rows: PayoutRow[], ctx: string): Promise<void> {
    const version = await tables.modelVersions.get(this.store, p.modelId, p.version);
    const scored = p.scores.map((s) => this.view.get(hex(s.contributionId)));
    if (code !== null) {
      // A usage fails only for a reason the state shows: no such version or contribution, or a non-member scored.
      bump(this.tally, `usage: ${code}`);
      if (code === 'NOT_FOUND') expect(version === undefined || scored.includes(undefined), `${ctx}: NOT_FOUND`).toBe(true);
      else if (code === 'NOT_IN_TRAINING_SET') expect(scored.some((c) => !this.earning(c, version!)), `${ctx}: NOT_IN_TRAINING_SET`).toBe(true);
      else expect(code, `${ctx}: usage failed`).toBe('INSUFFICIENT_FUNDS');
      return;
    }
    if (version === undefined) throw new Error(`${ctx}: applied without a version`);
    const model = await tables.models.get(this.store, p.modelId);
    for (const [i, c] of scored.entries()) {
      expect(this.earning(c, version), `${ctx}: scored ${hex(p.scores[i]!.contributionId)} is not an earning member`).toBe(true);
    }
    const split = splitUsageFee({
      feePaid: p.feePaid,
      validatorBps: this.params.validatorBps,
      ownerShareBps: model!.ownerShareBps,
      datanets: version.datanets,
      usageTxHash: tx.hash,
    });
    const expected: Row[] = [
      { role: PayoutRole.VALIDATOR, recipient: OPERATOR.address, contributionId: new Uint8Array(0), amount: split.validator },
      { role: PayoutRole.OWNER, recipient: model!.owner, contributionId: new Uint8Array(0), amount: split.owner },
    ];
    const mode = p.outputSketch.length > 0 ? 'sketch' : p.scores.length > 0 ? 'score' : 'pool';
    for (const [j, d] of version.datanets.entries()) {
      const part = split.datanetParts[j]!;
      const weighed =
        mode === 'sketch'
          ? this.matches(height, hex(d.datanetId), version, p.outputSketch, tx.hash)
          : scored.flatMap((c, i) => (c?.datanet === hex(d.datanetId) ? [{ c, weight: p.scores[i]!.score }] : []));
      bump(this.tally, `usage ${mode}: ${weighed.length > 0 ? 'DATA' : 'POOL'}`);
      if (weighed.length === 0) {
        expected.push({ role: PayoutRole.POOL, recipient: d.poolId, contributionId: new Uint8Array(0), amount: part });
        continue;
      }
      const shares = splitLargestRemainder(part, weighed.map((m) => ({ key: m.c.id, weight: m.weight })), tx.hash);
      for (const [i, m] of weighed.entries()) {
        expected.push({ role: PayoutRole.DATA, recipient: m.c.owner, contributionId: m.c.id, amount: shares[i]! });
      }
    }
    const paid = rows.filter((r) => r.role !== PayoutRole.FEE);
    expect(paid.map(rowLine).sort(), `${ctx}: rows vs the oracle`).toEqual(expected.filter((r) => r.amount > 0n).map(rowLine).sort());
    this.expectDataRowsPayEarningMembers(paid, version, ctx);
  }

  /**
   * Sketch mode's choice, re-derived: the earning members of the Datanet that
   * share a match-index bucket with the output, at or above match_threshold,
   * the best top_k by similarity, ties by sha256(usage tx hash ‖ id).
   */
  private matches(height: bigint, datanet: string, version: ModelVersion, output: Uint8Array, txHash: Uint8Array): { c: Tracked; weight: bigint }[] {
    const v = attributionVersionAt(this.params, height);
    if (!isIndexable(output)) return [];
    this.countNearMisses(datanet, version, output, v.matchThreshold);
    const query = this.bandsOf(output);
    const found = [...this.view.values()]
      .filter((c) => c.datanet === datanet && this.earning(c, version) && isIndexable(c.sketch))
      .filter((c) => [...this.bandsOf(c.sketch, c.key)].some((b) => query.has(b)))
      .map((c) => ({ c, similarity: sameValues(c.sketch, output), tie: sha256(txHash, c.id) }))
      .filter((m) => m.similarity >= v.matchThreshold)
      .sort((a, b) => b.similarity - a.similarity || compareBytes(a.tie, b.tie));
    if (found.length > v.topK) bump(this.tally, 'top_k left matches out');
    if (found.some((m) => m.similarity < v.matchThreshold + 4)) bump(this.tally, 'sketch match within 3 of the threshold');
    return found.slice(0, v.topK).map((m) => ({ c: m.c, weight: BigInt(m.similarity) }));
  }

  /** Counts the contributions of the Datanet as similar as a match that may not be paid, by why (coverage only). */
  private countNearMisses(datanet: string, version: ModelVersion, output: Uint8Array, threshold: number): void {
    for (const c of this.view.values()) {
      if (c.datanet !== datanet || this.earning(c, version) || sameValues(c.sketch, output) < threshold) continue;
      const why = c.status === S.ACCEPTED ? 'accepted after the cutoff' : STATUS_NAME[c.status];
      bump(this.tally, `sketch match left out: ${why}`);
    }
  }

  private bandsOf(sketch: Uint8Array, cacheKey?: string): Set<string> {
    const cached = cacheKey === undefined ? undefined : this.bands.get(cacheKey);
    if (cached !== undefined) return cached;
    const v = this.params.attributionVersions[0]!;
    const keys = new Set(bandKeys(sketch, { bands: v.matchBands, rows: v.matchRows, bucketCap: v.lshBucketCap }, 'match').map(hex));
    if (cacheKey !== undefined) this.bands.set(cacheKey, keys);
    return keys;
  }

  /**
   * The invariants stated for DATA rows, checked on their own (the oracle
   * comparison implies them, but says less when it fails): each pays an
   * earning member of the version to its owner, and the members paid by one
   * usage are in distinct near-copy groups.
   */
  expectDataRowsPayEarningMembers(rows: readonly PayoutRow[], version: ModelVersion, ctx: string): void {
    const groups = new Map<string, string>();
    for (const row of rows.filter((r) => r.role === PayoutRole.DATA)) {
      const id = hex(row.contributionId);
      const c = this.view.get(id);
      const what = `${ctx}: DATA row to ${id}`;
      if (c === undefined) throw new Error(`${what}: no such contribution`);
      expect([S.DUPLICATE, S.REJECTED, S.RETIRED, S.PENDING], `${what} while it is ${STATUS_NAME[c.status]}`).not.toContain(c.status);
      expect(c.acceptedHeight <= version.cutoffHeight, `${what}, accepted at ${c.acceptedHeight} after the cutoff ${version.cutoffHeight}`).toBe(true);
      expect(this.earning(c, version), `${what}, not in the version's Datanets`).toBe(true);
      expect(hex(row.recipient), `${what}: recipient`).toBe(hex(c.owner));
      const group = this.groupOf(c);
      const other = groups.get(group);
      if (other !== undefined) expect.fail(`${what}: the same usage also paid ${other} of the same near-copy group ${group}`);
      groups.set(group, id);
    }
  }

  private async checkClaim(tx: SignedTx, entries: readonly { poolId: Uint8Array; contributionId: Uint8Array }[], code: TxErrorCode | null, ctx: string): Promise<void> {
    if (code !== null && code !== 'NOT_ELIGIBLE') return;
    const eligible: boolean[] = [];
    const signer = hex(addressOf(tx.body.signer));
    for (const e of entries) {
      const pool = await tables.pools.get(this.store, e.poolId);
      const c = this.view.get(hex(e.contributionId));
      const member = pool !== undefined && c !== undefined && c.status === S.ACCEPTED && c.datanet === hex(pool.datanetId);
      eligible.push(member && c.acceptedHeight <= pool.cutoffHeight && hex(c.owner) === signer);
    }
    bump(this.tally, `claim: ${code ?? 'ok'}`);
    if (code === null) expect(eligible, `${ctx}: a claim paid a contribution that is not an earning member`).not.toContain(false);
    else expect(eligible, `${ctx}: NOT_ELIGIBLE with every entry eligible`).toContain(false);
  }

  /** Each new pool counts the Datanet's members accepted at a height ≤ cutoff and still earning then (no copies). */
  private async checkTraining(p: RecordTraining, code: TxErrorCode | null, events: readonly StateEvent[], ctx: string): Promise<void> {
    if (code !== null && code !== 'NO_EARNING_MEMBERS') return;
    const counts = p.datanets.map((d) => earningAt([...this.view.values()].filter((c) => c.datanet === hex(d.datanetId)), p.cutoffHeight));
    if (code === 'NO_EARNING_MEMBERS') {
      expect(counts, `${ctx}: NO_EARNING_MEMBERS`).toContain(0n);
      return;
    }
    const trained = events.find((e) => e.type === 'model_trained');
    const version = await tables.modelVersions.get(this.store, p.modelId, Number(trained?.attributes.version));
    const pools = await Promise.all(version!.datanets.map((d) => tables.pools.get(this.store, d.poolId)));
    expect(pools.map((pool) => pool?.members), `${ctx}: pool members`).toEqual(counts);
  }

  // ---- the state after the block ----

  private expectDuplicatesPointToEarlierLiveOriginals(records: Map<string, Contribution>, context: string): void {
    const listed = new Set<string>();
    for (const [key, value] of this.store.entries()) {
      if (key[0] === Prefix.DUPLICATES) listed.add(`${hex(key.subarray(1, 33))} ${hex(key.subarray(33))} ${hex(value)}`);
    }
    const duplicates = new Set<string>();
    for (const [id, c] of records) {
      if (c.status !== S.DUPLICATE) continue;
      const o = records.get(hex(c.duplicateOf));
      const what = `${context}: DUPLICATE ${id} of ${hex(c.duplicateOf)}`;
      if (o === undefined) throw new Error(`${what}: no such original`);
      expect(STATUS_NAME[o.status], `${what}: the original's status`).toMatch(/^(PENDING|ACCEPTED)$/);
      expect(hex(o.datanetId), `${what}: the original's Datanet`).toBe(hex(c.datanetId));
      // Earliest wins, except for an exact copy re-pointed by re-promotion to the
      // live original that owns its content, which may have come later
      // (docs/protocol.md §12.5): one content, one live original.
      if (hex(o.contentHash) !== hex(c.contentHash)) {
        expect(compareOrder([o.height, o.txIndex], [c.height, c.txIndex]), `${what}: the original is not earlier`).toBeLessThan(0);
      }
      const position = new Uint8Array(12);
      new DataView(position.buffer).setBigUint64(0, c.height);
      new DataView(position.buffer).setUint32(8, c.txIndex);
      duplicates.add(`${hex(c.duplicateOf)} ${hex(position)} ${id}`);
    }
    expect([...listed].sort(), `${context}: duplicate lists (0x32) vs DUPLICATE records`).toEqual([...duplicates].sort());
  }

  /** Live originals grouped by `key`, each group ordered by when its members became originals. */
  private liveBy(key: (c: Tracked) => string): Map<string, Tracked[]> {
    const out = new Map<string, Tracked[]>();
    for (const c of this.view.values()) {
      if (!isLive(c.status)) continue;
      const k = key(c);
      out.set(k, [...(out.get(k) ?? []), c]);
    }
    for (const list of out.values()) list.sort((a, b) => compareOrder(a.origin!.at, b.origin!.at));
    return out;
  }

  private expectNoSharedContent(context: string): void {
    for (const [content, same] of this.liveBy((c) => c.content)) {
      expectAtMostOne(same, `${context}: live originals with content ${content}`);
    }
  }

  private groupOf(c: Tracked): string {
    if (c.origin?.blessedRoot !== undefined) return `lineage of ${c.origin.blessedRoot}`;
    return `${c.datanet} ${this.opts.groupOf(c.key) ?? c.key}`;
  }

  private expectOneLiveOriginalPerGroup(context: string): void {
    for (const [group, live] of this.liveBy((c) => this.groupOf(c))) {
      expectAtMostOne(live, `${context}: live originals of near-copy group ${group}`);
    }
  }

  /** The oracle assumes every original sits in all its buckets: a full one would make it wrong, not the code. */
  private expectNoFullBucket(context: string): void {
    const cap = this.params.attributionVersions[0]!.lshBucketCap;
    for (const [key, value] of this.store.entries()) {
      if (key[0] === Prefix.LSH_BUCKET && value.length >= cap * 32) {
        throw new Error(`${context}: a full LSH bucket ${hex(key)}: the oracle cannot be used`);
      }
    }
  }
}
