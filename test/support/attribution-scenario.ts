/**
 * A seeded generator of blocks that exercise the attribution paths with real
 * text and real sketches (src/attribution/sketch.ts): unrelated documents,
 * exact copies and lightly edited near copies of earlier contributions (by
 * their author or by others, in the same or another Datanet), curators
 * accepting and rejecting originals and copies, retirements (so copies are
 * re-promoted), models trained with cutoffs on both sides of acceptances,
 * usages in score mode (valid, and naming non-members), sketch mode (outputs
 * near a contribution, at the match threshold, mixing two, or unrelated) and
 * fallback pools, claims, and usages with stateless-invalid scores (probes).
 *
 * It predicts nothing: AttributionChecker judges every block. It only keeps
 * what it needs to aim its txs (ids it created, the text behind each
 * contribution) and reads statuses from the state.
 */
import { similarity, sketchBytes } from '../../src/attribution/sketch.js';
import { ContributionStatus as S, Verdict, type Contribution, type Params, type TxPayload } from '../../src/codec/types.js';
import { fromHex, toHex, utf8 } from '../../src/crypto/bytes.js';
import type { BlockResult } from '../../src/state/apply-block.js';
import { attributionVersionAt, DEFAULT_PARAMS } from '../../src/state/params.js';
import { deriveId, poolId } from '../../src/tx/hash.js';
import type { SignedTx } from '../../src/tx/sign.js';
import type { TxErrorCode } from '../../src/tx/errors.js';
import { scanContributions } from './attribution-checks.js';
import { testKey, type TestChain, type TestKey } from './chain.js';
import { accountOf, payloads, signWith } from './fixtures.js';
import { bump, Rng, splitBps } from './scenario.js';
import { syntheticDocument, withEdits } from './text-corpus.js';

const V1 = DEFAULT_PARAMS.attributionVersions[0]!;
/** Height from which the second attribution version applies. */
const SECOND_VERSION_AT = 30n;

/**
 * Default params but a small top_k (so it actually cuts) and a second
 * attribution version with another top_k and match_threshold. The LSH
 * parameters stay the same (AttributionChecker relies on it).
 */
export const ATTRIBUTION_PARAMS: Params = {
  ...DEFAULT_PARAMS,
  attributionVersions: [
    { ...V1, topK: 2 },
    { ...V1, fromHeight: SECOND_VERSION_AT, version: 2, topK: 1, matchThreshold: 30 },
  ],
};

export const ATTRIBUTION_KEYS: readonly TestKey[] = Array.from({ length: 5 }, (_, i) => testKey(`attribution-${i}`));

/** Edits per near copy: with documents of ≥ 600 words, two copies differ in ≤ 4 words, similarity ≈ 120 of 128. */
const MAX_NEAR_EDITS = 2;
const MAX_TXS = 8;

interface DatanetPlan {
  id: Uint8Array;
  curators: TestKey[];
}

/** What a contribution holds: its text and the document it derives from. */
interface Written {
  text: string;
  doc: number;
  author: TestKey;
}

interface VersionPlan {
  n: number;
  cutoff: bigint;
  datanets: Uint8Array[];
}

interface ModelPlan {
  id: Uint8Array;
  owner: TestKey;
  versions: VersionPlan[];
}

interface Planned {
  tx: SignedTx;
  label: string;
  onApplied?: () => void;
}

const hex = toHex;
const isLive = (c: Contribution) => c.status === S.PENDING || c.status === S.ACCEPTED;

export class AttributionScenario {
  readonly rng: Rng;
  readonly datanets: DatanetPlan[] = [];
  /** Contribution id → what it holds. */
  readonly written = new Map<string, Written>();
  readonly models: ModelPlan[] = [];
  /** How often each `label: code` happened (code `ok` when it applied). */
  readonly tally = new Map<string, number>();
  private readonly docs = new Map<number, string>();
  private nextDoc = 0;
  private nextEdit = 1;
  private planned: Planned[] = [];
  /** The contributions as stored before the block being planned. */
  private records = new Map<string, Contribution>();

  constructor(
    readonly seed: number,
    readonly chain: TestChain,
    readonly keys: readonly TestKey[] = ATTRIBUTION_KEYS,
  ) {
    this.rng = new Rng(seed);
  }

  /** The near-copy group of a contribution: the document its text derives from. */
  readonly groupOf = (id: string): string | undefined => {
    const w = this.written.get(id);
    return w && `doc ${w.doc}`;
  };

  /** The txs of the next block. */
  planBlock(): SignedTx[] {
    this.planned = [];
    this.records = scanContributions(this.chain.store);
    const n = this.rng.int(MAX_TXS + 1);
    for (let tries = 0; this.planned.length < n && tries < 8 * n; tries++) this.rng.weighted(this.actions())();
    return this.planned.map((p) => p.tx);
  }

  /** Records what the block created and how each planned tx ended. */
  observe(result: BlockResult): void {
    for (const [i, p] of this.planned.entries()) {
      const code = result.txResults[i]?.code;
      bump(this.tally, `${p.label}: ${code ?? 'ok'}`);
      if (code === null) p.onApplied?.();
    }
  }

  /**
   * A usage whose scores break a stateless rule (an id twice, a zero score),
   * signed with the payer's next nonce but never committed: a block holding
   * it must be refused with `txCode`.
   */
  async probe(): Promise<{ bytes: Uint8Array; txCode: TxErrorCode } | undefined> {
    const r = this.rng;
    const trained = this.models.filter((m) => m.versions.length > 0);
    if (trained.length === 0 || !r.chance(15)) return undefined;
    const model = r.pick(trained);
    const ids = [...this.records.keys()];
    const id = ids.length > 0 ? this.idOf(r.pick(ids)) : r.bytes(32);
    const twice = r.chance(50);
    const scores: [Uint8Array, bigint][] = twice ? [[id, 5n], [id, 7n]] : [[id, 0n]];
    const payer = r.pick(this.keys);
    const nonce = (await accountOf(this.chain, payer.address)).nonce;
    const tx = signWith(payer, payloads.recordUsage(model.id, model.versions.length, 1_000n, { scores }), { nonce });
    return { bytes: tx.bytes, txCode: twice ? 'DUPLICATE_ENTRY' : 'ZERO_SCORE' };
  }

  /** Document `doc` of this run: 600–900 words, seeded by the run's seed and the document number. */
  private document(doc: number): { text: string; doc: number } {
    let text = this.docs.get(doc);
    if (text === undefined) {
      text = syntheticDocument((this.seed * 7919 + doc * 104_729) >>> 0, 600 + ((doc * 37) % 300));
      this.docs.set(doc, text);
    }
    return { text, doc };
  }

  // ---- planning ----

  private plan(key: TestKey, payload: TxPayload, label: string, onApplied?: (tx: SignedTx) => void): void {
    const tx = this.chain.tx(key, payload);
    this.planned.push({ tx, label, ...(onApplied ? { onApplied: () => onApplied(tx) } : {}) });
  }

  private get height(): bigint {
    return this.chain.height + 1n;
  }

  private idOf = (key: string): Uint8Array => fromHex(key)!;

  private listed<T>(items: readonly T[], use: (item: T) => void): () => void {
    return () => {
      if (items.length > 0) use(this.rng.pick(items));
    };
  }

  private actions(): [() => void, number][] {
    const all = [...this.records.entries()];
    const live = all.filter(([, c]) => isLive(c));
    const copies = all.filter(([, c]) => c.status === S.DUPLICATE);
    const copied = live.filter(([id]) => copies.some(([, c]) => hex(c.duplicateOf) === id));
    const pending = all.filter(([, c]) => c.status === S.PENDING);
    const trained = this.models.filter((m) => m.versions.length > 0);
    const written = [...this.written.keys()];
    const { datanets } = this;
    return [
      [() => this.createDatanet(), datanets.length < 3 ? 12 : 0],
      [this.listed(datanets, (d) => this.contribute(d, this.document(this.nextDoc++), 'contribute a new document')), 6],
      [this.listed(written, (id) => this.copy(id, 'exact')), 4],
      [this.listed(written, (id) => this.copy(id, 'near')), 6],
      [this.listed(written, (id) => this.copy(id, 'elsewhere')), 0.8],
      [this.listed(pending, ([id, c]) => this.curate(id, c, Verdict.ACCEPT, 'accept a pending one')), 7],
      [this.listed(copies, ([id, c]) => this.curate(id, c, Verdict.ACCEPT, 'accept a copy')), 2.5],
      [this.listed(copied, ([id, c]) => this.curate(id, c, Verdict.REJECT, 'reject an original with copies')), 2],
      [this.listed(all, ([id, c]) => this.curate(id, c, Verdict.REJECT, 'reject')), 1.2],
      [this.listed(copied, ([id, c]) => this.retire(id, c, 'retire an original with copies')), 1.5],
      [this.listed(all, ([id, c]) => this.retire(id, c, 'retire')), 0.8],
      [() => this.registerModel(), this.models.length < 2 ? 4 : 0.1],
      [this.listed(this.models, (m) => this.train(m)), 3],
      [this.listed(trained, (m) => this.useSketch(m)), 10],
      [this.listed(trained, (m) => this.useScores(m, true)), 4],
      [this.listed(trained, (m) => this.useScores(m, false)), 4],
      [this.listed(trained, (m) => this.usePools(m)), 1.5],
      [this.listed(trained, (m) => this.claim(m)), 5],
    ];
  }

  private usePools(m: ModelPlan): void {
    this.plan(this.rng.pick(this.keys), payloads.recordUsage(m.id, this.versionOf(m).n, this.fee()), 'use the pools');
  }

  private fee(): bigint {
    return this.rng.bigint(100n, 200_000n);
  }

  /** A curated Datanet, then an auto-accept one, then either. */
  private createDatanet(): void {
    const r = this.rng;
    const autoAccept = this.datanets.length === 1 || (this.datanets.length > 1 && r.chance(50));
    const owner = r.pick(this.keys);
    const curators = autoAccept && r.chance(30) ? [owner] : r.sample(this.keys, r.range(1, 2));
    const payload = payloads.createDatanet({
      curators: curators.length === 1 && curators[0] === owner && autoAccept ? [] : curators.map((k) => k.address),
      autoAccept,
      stake: r.bigint(1000n, 2000n),
      challengeBlocks: r.bigint(10n, 12n),
    });
    this.plan(owner, payload, 'create a Datanet', (tx) => this.datanets.push({ id: deriveId('datanet', tx.hash), curators }));
  }

  private contribute(d: DatanetPlan, w: Omit<Written, 'author'>, label: string, author = this.rng.pick(this.keys)): void {
    this.plan(author, payloads.contributeText(d.id, w.text), label, (tx) => {
      this.written.set(hex(deriveId('contribution', tx.hash)), { ...w, author });
    });
  }

  /**
   * An exact copy of an earlier contribution's text, a near copy of its
   * document (fresh edits), or its text in another Datanet; by its author
   * about a third of the time, else by someone else.
   */
  private copy(id: string, how: 'exact' | 'near' | 'elsewhere'): void {
    const r = this.rng;
    const w = this.written.get(id)!;
    const record = this.records.get(id);
    const home = this.datanets.find((d) => record && hex(d.id) === hex(record.datanetId));
    const d = how === 'elsewhere' || home === undefined ? r.pick(this.datanets) : home;
    const text = how === 'near' ? withEdits(this.document(w.doc).text, r.range(1, MAX_NEAR_EDITS), this.nextEdit++) : w.text;
    const author = r.chance(35) ? w.author : r.pick(this.keys);
    const label = { exact: 'contribute an exact copy', near: 'contribute a near copy', elsewhere: 'contribute a copy elsewhere' }[how];
    this.contribute(d, { text, doc: w.doc }, label, author);
  }

  private datanetOf(c: Contribution): DatanetPlan | undefined {
    return this.datanets.find((d) => hex(d.id) === hex(c.datanetId));
  }

  private curate(id: string, c: Contribution, verdict: number, label: string): void {
    const d = this.datanetOf(c);
    if (d !== undefined) this.plan(this.rng.pick(d.curators), payloads.curate(this.idOf(id), verdict), label);
  }

  private retire(id: string, c: Contribution, label: string): void {
    const author = this.written.get(id)?.author;
    if (author !== undefined && hex(author.address) === hex(c.owner)) this.plan(author, payloads.retire(this.idOf(id)), label);
  }

  private registerModel(): void {
    const owner = this.rng.pick(this.keys);
    this.plan(owner, payloads.registerModel(this.rng.range(0, 3000)), 'register a model', (tx) => {
      this.models.push({ id: deriveId('model', tx.hash), owner, versions: [] });
    });
  }

  /** Earning at height h as far as the stored records tell (the checker counts exactly). */
  private earningAt(d: DatanetPlan, h: bigint): Contribution[] {
    return [...this.records.values()].filter(
      (c) =>
        hex(c.datanetId) === hex(d.id) &&
        c.acceptedHeight > 0n &&
        c.acceptedHeight <= h &&
        (c.status === S.ACCEPTED || c.endedHeight > h),
    );
  }

  /**
   * By the owner, over 1–2 Datanets, mostly ones with members earning at the
   * cutoff. The cutoff is often at, or one below, the height some
   * contribution was accepted at, so that members sit on both sides of it.
   */
  private train(m: ModelPlan): void {
    const r = this.rng;
    if (this.height < 2n) return;
    const accepted = [...this.records.values()].filter((c) => c.acceptedHeight > 1n).map((c) => c.acceptedHeight);
    const cutoff =
      accepted.length > 0 && r.chance(40)
        ? r.pick(accepted) - BigInt(r.int(2))
        : r.bigint(this.height > 13n ? this.height - 12n : 1n, this.height - 1n);
    const earning = this.datanets.filter((d) => this.earningAt(d, cutoff).length > 0);
    const from = earning.length > 0 && r.chance(85) ? earning : this.datanets;
    const chosen = r.sample(from, r.range(1, 2));
    if (chosen.length === 0) return;
    const weights = splitBps(r, chosen.length);
    const datanets = chosen.map((d, i): [Uint8Array, number] => [d.id, weights[i]!]);
    this.plan(m.owner, payloads.recordTraining(m.id, datanets, cutoff), 'train', () => {
      m.versions.push({ n: m.versions.length + 1, cutoff, datanets: chosen.map((d) => d.id) });
    });
  }

  private versionOf(m: ModelPlan): VersionPlan {
    return this.rng.pick(m.versions);
  }

  /** The stored contributions of a version's Datanets. */
  private inVersion(v: VersionPlan): [string, Contribution][] {
    const ids = new Set(v.datanets.map(hex));
    return [...this.records.entries()].filter(([, c]) => ids.has(hex(c.datanetId)));
  }

  /** Those that were earning members of the version when the block was planned. */
  private membersOf(v: VersionPlan): [string, Contribution][] {
    return this.inVersion(v).filter(([, c]) => c.status === S.ACCEPTED && c.acceptedHeight <= v.cutoff);
  }

  /** Accepted after the version's cutoff, at the first such height: just outside the training set. */
  private justAfterCutoff(v: VersionPlan): [string, Contribution][] {
    const late = this.inVersion(v).filter(([, c]) => c.status === S.ACCEPTED && c.acceptedHeight > v.cutoff);
    const first = late.reduce((h, [, c]) => (c.acceptedHeight < h ? c.acceptedHeight : h), 1n << 62n);
    return late.filter(([, c]) => c.acceptedHeight === first);
  }

  /** Mostly (`percent` %) one of `preferred`, else one of `all`. */
  private mostly<T>(preferred: readonly T[], all: readonly T[], percent = 75): T | undefined {
    const from = preferred.length > 0 && this.rng.chance(percent) ? preferred : all;
    return from.length > 0 ? this.rng.pick(from) : undefined;
  }

  /**
   * An output near a contribution of the version (a few edits), at a
   * similarity within a few units of match_threshold (of ATTRIBUTION_PARAMS),
   * half of one text and half of another, or a text nobody contributed. The
   * contributions are mostly earning members, sometimes ones accepted just
   * after the cutoff, else any of the version's Datanets.
   */
  private useSketch(m: ModelPlan): void {
    const r = this.rng;
    const v = this.versionOf(m);
    const known = ([id]: [string, Contribution]) => this.written.has(id);
    const sources = this.inVersion(v).filter(known);
    const late = this.justAfterCutoff(v).filter(known);
    const members = this.membersOf(v).filter(known);
    const source = () => (late.length > 0 && r.chance(20) ? r.pick(late) : this.mostly(members, sources)!);
    const text = () => this.written.get(source()[0])!.text;
    let output: string;
    let label: string;
    const kind = sources.length === 0 ? 3 : r.weighted([[0, 3], [1, 4], [2, 3], [3, 1]] as const);
    if (kind === 0) {
      [output, label] = [withEdits(text(), r.range(0, 20), this.nextEdit++), 'use with an output near a contribution'];
    } else if (kind === 1) {
      const target = attributionVersionAt(ATTRIBUTION_PARAMS, this.height).matchThreshold + r.range(-2, 3);
      [output, label] = [this.atSimilarity(text(), target), 'use with an output around the match threshold'];
    } else if (kind === 2) {
      // Two members if there are two, so that top_k 1 has to choose.
      const pair = members.length > 1 ? r.sample(members, 2) : [source(), source()];
      const [a, b] = pair.map(([id]) => this.written.get(id)!.text.split(' ')) as [string[], string[]];
      [output, label] = [[...a.slice(0, a.length >> 1), ...b.slice(b.length >> 1)].join(' '), 'use with an output mixing two texts'];
    } else {
      [output, label] = [syntheticDocument(0x7fff0000 + this.nextEdit++, 700), 'use with an unrelated output'];
    }
    const payload = payloads.recordUsage(m.id, v.n, this.fee(), { outputSketch: sketchBytes(utf8(output)) });
    this.plan(r.pick(this.keys), payload, label);
  }

  /**
   * `text` with as many words replaced as bring its similarity to `target`
   * (about; by bisection: the edits of one seed are nested, so similarity
   * falls as their number grows).
   */
  private atSimilarity(text: string, target: number): string {
    const original = sketchBytes(utf8(text));
    const seed = this.nextEdit++;
    let [lo, hi] = [0, text.split(' ').length];
    let output = text;
    while (lo < hi) {
      const edits = (lo + hi) >> 1;
      output = withEdits(text, edits, seed);
      const s = similarity(original, sketchBytes(utf8(output)));
      if (s === target) break;
      if (s > target) lo = edits + 1;
      else hi = edits;
    }
    return output;
  }

  /**
   * Scores for 1–3 members that were earning when the block was planned, or
   * (`valid` false) with one id that is not a member: a copy, a pending,
   * rejected or retired contribution, one accepted after the cutoff, one of
   * another Datanet, or no contribution at all.
   */
  private useScores(m: ModelPlan, valid: boolean): void {
    const r = this.rng;
    const v = this.versionOf(m);
    const members = this.membersOf(v);
    const chosen = r.sample(members, r.range(1, 3)).map(([id]) => this.idOf(id));
    if (!valid) {
      const outsiders = [...this.records.entries()].filter(([id]) => !members.some(([m]) => m === id));
      const outsider = r.chance(90) ? this.mostly(this.justAfterCutoff(v), outsiders, 30) : undefined;
      chosen.splice(r.int(chosen.length + 1), 0, outsider !== undefined ? this.idOf(outsider[0]) : r.bytes(32));
    }
    if (chosen.length === 0) return;
    const scores = chosen.map((id): [Uint8Array, bigint] => [id, r.bigint(1n, 1000n)]);
    this.plan(r.pick(this.keys), payloads.recordUsage(m.id, v.n, this.fee(), { scores }), valid ? 'use with scores' : 'use with a score for a non-member');
  }

  /**
   * The author of a contribution in one of the version's Datanets (mostly an
   * earning member) claims it from the version's pool, with up to two more
   * of its (pool, contribution) pairs from any trained version.
   */
  private claim(m: ModelPlan): void {
    const r = this.rng;
    const v = this.versionOf(m);
    const mine = (author: TestKey) => (x: [string, Contribution]) => this.written.get(x[0])?.author === author;
    const first = this.mostly(this.membersOf(v), this.inVersion(v), 80);
    const author = first && this.written.get(first[0])?.author;
    if (first === undefined || author === undefined) return;
    const pairs = new Map<string, [Uint8Array, Uint8Array]>();
    const add = (pool: Uint8Array, id: string) => pairs.set(`${hex(pool)}${id}`, [pool, this.idOf(id)]);
    add(poolId(m.id, v.n, first[1].datanetId), first[0]);
    for (let i = r.int(3); i > 0; i--) {
      const other = r.pick(this.models.filter((x) => x.versions.length > 0));
      const ov = this.versionOf(other);
      const from = r.chance(85) ? this.membersOf(ov) : this.inVersion(ov);
      const c = from.filter(mine(author));
      if (c.length > 0) {
        const [id, record] = r.pick(c);
        add(poolId(other.id, ov.n, record.datanetId), id);
      }
    }
    this.plan(author, payloads.claim([...pairs.values()]), 'claim');
  }
}
