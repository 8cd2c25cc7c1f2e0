/**
 * Seeded random block sequences: every payload kind, valid and deliberately
 * invalid variants, only txs that keep the block valid (right nonce, payable
 * fee). After every block the supply rule and the payout sums are recounted
 * from a full scan of the store (docs/protocol.md §7); at the end a second
 * chain fed the same tx bytes must reach the same roots and the same store.
 *
 * The generator keeps its own view of the ledger, built from the events of
 * each block (ids checked against deriveId), and predicts the result code of
 * every tx whose outcome does not depend on the order of txs in its block.
 */
import { describe, expect, it } from 'vitest';
import { ContributionStatus as S, PayoutRole, Verdict, type TxPayload } from '../../../src/codec/types.js';
import { bytesEqual, fromHex, toHex } from '../../../src/crypto/bytes.js';
import type { BlockResult } from '../../../src/state/apply-block.js';
import { DEFAULT_PARAMS } from '../../../src/state/params.js';
import type { StateEvent } from '../../../src/state/scope.js';
import * as tables from '../../../src/state/tables.js';
import type { TxErrorCode } from '../../../src/tx/errors.js';
import { deriveId, poolId, type IdKind } from '../../../src/tx/hash.js';
import type { SignedTx } from '../../../src/tx/sign.js';
import { TestChain, testGenesis, testKey, type TestKey } from '../../support/chain.js';
import { accountOf, payloads } from '../../support/fixtures.js';
import {
  bump,
  earningAt,
  expectBlockAccounting,
  expectReplayIdentical,
  expectTotalsMatchScan,
  recordBlock,
  Rng,
  splitBps,
  type RecordedBlock,
} from '../../support/scenario.js';

const SEEDS = [0x5eed, 0xa11ce, 0xc0ffee];
const BLOCKS = 100;
const MAX_TXS = 12;
const KEYS = Array.from({ length: 6 }, (_, i) => testKey(`random-${i}`));
/** Short unbonding, so that unbonds and slashed stake come back within the run. */
const GENESIS = testGenesis(KEYS, undefined, { ...DEFAULT_PARAMS, unbondingBlocks: 30n, evidenceMaxAgeBlocks: 20n });
/** The consensus key each of KEYS bonds under (a few Stakes name another's: KEY_TAKEN). */
const CONSENSUS_KEYS = KEYS.map((_, i) => testKey(`random-consensus-${i}`));
const MIN_BOND = DEFAULT_PARAMS.minValidatorStake;
/** More than the whole supply: a debit of it always fails. */
const HUGE = 1n << 62n;

/** A tx's predicted code; 'any' where it depends on what earlier txs of its block did. */
type Expect = TxErrorCode | null | 'any';

interface Planned {
  tx: SignedTx;
  index: number;
  key: TestKey;
  label: string;
  expect: Expect;
}

interface DatanetView {
  id: Uint8Array;
  owner: TestKey;
  curators: TestKey[];
  stake: bigint;
  challengeBlocks: bigint;
  autoAccept: boolean;
  /** Its contribution stake is more than anyone has: every Contribute fails. */
  whale: boolean;
  names: string[];
}

interface ContributionView {
  id: Uint8Array;
  datanet: DatanetView;
  owner: TestKey;
  /** Datanet and content hash, as hex: the key of the content's original. */
  content: string;
  /** (height, tx index) of its inclusion: the order in which copies inherit. */
  order: [bigint, number];
  status: S;
  duplicateOf: string;
  acceptedHeight: bigint;
  /** Height it stopped earning after being accepted (0 while it has not). */
  removedHeight: bigint;
  /** The auto-accept height of a PENDING one, the unlock height of a RETIRED one with its stake; else 0. */
  due: bigint;
  stakeLocked: boolean;
}

interface ModelView {
  id: Uint8Array;
  owner: TestKey;
  versions: number;
}

interface PoolView {
  id: Uint8Array;
  datanet: DatanetView;
  cutoff: bigint;
  /** The earning members at the cutoff as this view counts them. */
  members: bigint;
  deposits: bigint;
  claimed: bigint;
  /** The pool arithmetic of docs/protocol.md §10, redone here. */
  perMember: bigint;
  carry: bigint;
  marks: Map<string, bigint>;
}

const hex = toHex;

/** The payload of a planned tx, which must be of `kind`. */
function payloadOf<K extends TxPayload['payload']>(p: Planned, kind: K): PayloadFields<K> {
  const body = p.tx.body as unknown as Record<string, unknown>;
  if (body.payload !== kind) throw new Error(`expected a ${kind} tx, got ${p.tx.body.payload}`);
  return body[kind] as PayloadFields<K>;
}
type PayloadFields<K extends TxPayload['payload']> = Extract<TxPayload, { payload: K }> extends infer P ? P[K & keyof P] : never;
const others = (key: TestKey) => KEYS.filter((k) => k !== key);

class RandomLedger {
  readonly rng: Rng;
  readonly datanets: DatanetView[] = [];
  readonly contributions = new Map<string, ContributionView>();
  readonly models: ModelView[] = [];
  readonly pools = new Map<string, PoolView>();
  /** Content key → id of the contribution that is its original. */
  private readonly originals = new Map<string, string>();
  /** How often each `label: code` happened (code `ok` when it applied). */
  readonly tally = new Map<string, number>();
  /** How often each type of event happened (`end …` for the end-of-block sweep's). */
  readonly events = new Map<string, number>();
  private names = 0;
  private planned: Planned[] = [];
  private budget = new Map<string, bigint>();
  private curatorsChanged = new Set<string>();
  /** Bonded stake by consensus key, from stake/unstake/slashed events. */
  private readonly bonds = new Map<string, bigint>();

  constructor(
    readonly seed: number,
    readonly chain: TestChain,
  ) {
    this.rng = new Rng(seed);
  }

  /** The txs of the next block: 0..MAX_TXS of them, each one fee-payable whatever the others do. */
  async planBlock(): Promise<Planned[]> {
    this.planned = [];
    this.curatorsChanged.clear();
    for (const k of KEYS) this.budget.set(hex(k.address), (await accountOf(this.chain, k.address)).balance);
    const n = this.rng.int(MAX_TXS + 1);
    for (let tries = 0; this.planned.length < n && tries < 8 * n; tries++) this.rng.weighted(this.actions())();
    return this.planned;
  }

  /** Checks each result against its prediction and folds the block's events into the view. */
  observe(result: BlockResult, context: string): void {
    const height = this.chain.height;
    for (const [i, p] of this.planned.entries()) {
      const r = result.txResults[i]!;
      bump(this.tally, `${p.label}: ${r.code ?? 'ok'}`);
      if (p.expect !== 'any') expect(r.code, `${context} tx ${i} (${p.label}): ${r.message}`).toBe(p.expect);
      for (const row of result.payouts) {
        if (row.txIndex === i && row.role === PayoutRole.POOL) this.deposit(this.pool(row.recipient), row.amount);
      }
      for (const e of r.events) {
        bump(this.events, e.type);
        this.onEvent(e, height, context, p);
      }
    }
    for (const e of result.endEvents) {
      bump(this.events, `end ${e.type}`);
      this.onEvent(e, height, context);
    }
  }

  /** The store agrees with the view: every contribution's lifecycle and every pool's arithmetic. */
  async verify(context: string): Promise<void> {
    for (const c of this.contributions.values()) {
      const stored = await tables.contributions.get(this.chain.store, c.id);
      const view = { status: c.status, duplicateOf: c.duplicateOf, acceptedHeight: c.acceptedHeight, due: c.due, stake: c.stakeLocked ? c.datanet.stake : 0n };
      expect(
        stored && { status: stored.status, duplicateOf: stored.duplicateOf.length === 0 ? '' : hex(stored.duplicateOf), acceptedHeight: stored.acceptedHeight, due: stored.dueHeight, stake: stored.stake },
        `${context}: contribution ${hex(c.id)}`,
      ).toEqual(view);
      expect(c.due === 0n || c.due > this.chain.height, `${context}: ${hex(c.id)} overdue`).toBe(true);
    }
    for (const [content, original] of this.originals) {
      const [datanetId, contentHash] = [fromHex(content.slice(0, 66))!, fromHex(`0x${content.slice(66)}`)!];
      const ref = await tables.contents.get(this.chain.store, datanetId, contentHash);
      expect(ref && hex(ref.original), `${context}: original of ${content}`).toBe(original);
    }
    for (const p of this.pools.values()) {
      const pool = await tables.pools.get(this.chain.store, p.id);
      if (pool === undefined) throw new Error(`${context}: pool ${hex(p.id)} is missing`);
      expect(
        { members: pool.members, perMember: pool.perMember, carry: pool.carry, balance: pool.balance },
        `${context}: pool ${hex(p.id)}`,
      ).toEqual({ members: p.members, perMember: p.perMember, carry: p.carry, balance: p.deposits - p.claimed });
      expect(pool.members * pool.perMember + pool.carry, `${context}: pool ${hex(p.id)} shares`).toBe(p.deposits);
    }
  }

  /** Every bond the events told of is the stored one. */
  async verifyBonds(context: string): Promise<void> {
    for (const [key, amount] of this.bonds) {
      expect((await tables.bonds.get(this.chain.store, fromHex(key)!))?.amount, `${context}: bond of ${key}`).toBe(amount);
    }
  }

  count(label: string, code: string): number {
    return this.tally.get(`${label}: ${code}`) ?? 0;
  }

  // ---- the view ----

  private onEvent(e: StateEvent, height: bigint, context: string, p?: Planned): void {
    const a = e.attributes;
    switch (e.type) {
      case 'datanet_created': {
        const d = payloadOf(p!, 'createDatanet');
        const curators = d.curators.length === 0 ? [p!.key] : KEYS.filter((k) => d.curators.some((c) => bytesEqual(c, k.address)));
        this.datanets.push({
          id: this.created(a.id!, 'datanet', p!),
          owner: p!.key,
          curators,
          stake: d.contributionStake,
          challengeBlocks: d.challengeBlocks,
          autoAccept: d.autoAccept,
          whale: d.contributionStake === HUGE,
          names: [],
        });
        return;
      }
      case 'curators_updated': {
        const body = payloadOf(p!, 'updateCurators');
        this.datanet(a.datanet!).curators = KEYS.filter((k) => body.curators.some((c) => bytesEqual(c, k.address)));
        return;
      }
      case 'contribution_added': {
        const body = payloadOf(p!, 'contribute');
        const datanet = this.datanet(a.datanet!);
        const content = hex(datanet.id) + hex(body.contentHash).slice(2);
        const original = this.originals.get(content);
        expect([a.status, a.duplicate_of], `${context}: ${a.id} added`).toEqual(original ? ['DUPLICATE', original] : ['PENDING', undefined]);
        if (original === undefined) this.originals.set(content, a.id!);
        this.contributions.set(a.id!, {
          id: this.created(a.id!, 'contribution', p!),
          datanet,
          owner: p!.key,
          content,
          order: [height, p!.index],
          status: original ? S.DUPLICATE : S.PENDING,
          duplicateOf: original ?? '',
          acceptedHeight: 0n,
          removedHeight: 0n,
          due: !original && datanet.autoAccept ? height + datanet.challengeBlocks : 0n,
          stakeLocked: true,
        });
        return;
      }
      case 'contribution_accepted': {
        const c = this.contribution(a.id!);
        if (p === undefined) expect(c.due, `${context}: auto-accept of ${a.id}`).toBe(height);
        Object.assign(c, { status: S.ACCEPTED, acceptedHeight: height, due: 0n });
        return;
      }
      case 'contribution_promoted': {
        // Emitted before the rejected/retired event of the original it replaces.
        const copies = this.copiesOf(a.replaces!);
        const heir = copies[0];
        expect(heir && hex(heir.id), `${context}: heir of ${a.replaces}`).toBe(a.id);
        const d = heir!.datanet;
        Object.assign(heir!, { status: S.PENDING, duplicateOf: '', due: d.autoAccept ? height + d.challengeBlocks : 0n });
        for (const copy of copies.slice(1)) copy.duplicateOf = a.id!;
        if (copies.length > 1) bump(this.events, 'promoted over other copies');
        this.originals.set(heir!.content, a.id!);
        return;
      }
      case 'contribution_rejected':
      case 'contribution_retired': {
        const c = this.contribution(a.id!);
        if (c.status === S.PENDING || c.status === S.ACCEPTED) {
          expect(this.copiesOf(a.id!), `${context}: copies of ${a.id} left behind`).toEqual([]);
          if (this.originals.get(c.content) === a.id) this.originals.delete(c.content);
        }
        if (c.status === S.ACCEPTED) c.removedHeight = height;
        if (e.type === 'contribution_rejected') {
          expect(a.burned, `${context}: burned by ${a.id}`).toBe(String(c.datanet.stake));
          Object.assign(c, { status: S.REJECTED, due: 0n, stakeLocked: false });
        } else {
          Object.assign(c, { status: S.RETIRED, due: height + c.datanet.challengeBlocks });
          expect(a.unlock_height, `${context}: unlock of ${a.id}`).toBe(String(c.due));
        }
        return;
      }
      case 'stake_unlocked': {
        const c = this.contribution(a.id!);
        expect([c.due, a.amount], `${context}: unlock of ${a.id}`).toEqual([height, String(c.datanet.stake)]);
        Object.assign(c, { due: 0n, stakeLocked: false });
        return;
      }
      case 'model_registered':
        this.models.push({ id: this.created(a.id!, 'model', p!), owner: p!.key, versions: 0 });
        return;
      case 'model_trained': {
        const body = payloadOf(p!, 'recordTraining');
        const model = this.models.find((m) => hex(m.id) === a.model)!;
        model.versions = Number(a.version);
        for (const d of body.datanets) {
          const datanet = this.datanet(hex(d.datanetId));
          const id = poolId(model.id, model.versions, d.datanetId);
          const cutoff = body.cutoffHeight;
          const members = this.earningAt(datanet, cutoff);
          this.pools.set(hex(id), { id, datanet, cutoff, members, deposits: 0n, claimed: 0n, perMember: 0n, carry: 0n, marks: new Map() });
        }
        return;
      }
      case 'stake':
        this.bonds.set(a.consensus_key!, BigInt(a.bonded!));
        return;
      case 'unstake':
        this.bonds.set(a.consensus_key!, this.bonds.get(a.consensus_key!)! - BigInt(a.amount!));
        return;
      case 'slashed':
        this.bonds.set(a.consensus_key!, 0n);
        return;
      case 'claimed': {
        const pool = this.pool(fromHex(a.pool!)!);
        const owed = pool.perMember - (pool.marks.get(a.contribution!) ?? 0n);
        expect(BigInt(a.amount!), `${context}: claim of ${a.contribution} from pool ${a.pool}`).toBe(owed);
        pool.marks.set(a.contribution!, pool.perMember);
        pool.claimed += owed;
        return;
      }
    }
  }

  private deposit(pool: PoolView, amount: bigint): void {
    const t = amount + pool.carry;
    pool.perMember += t / pool.members;
    pool.carry = t % pool.members;
    pool.deposits += amount;
  }

  /** The id in an event, checked against the id the protocol derives from the tx hash. */
  private created(id: string, kind: IdKind, p: Planned): Uint8Array {
    expect(id, `seed ${this.seed}: ${kind} id`).toBe(hex(deriveId(kind, p.tx.hash)));
    return fromHex(id)!;
  }

  private datanet(id: string): DatanetView {
    const d = this.datanets.find((x) => hex(x.id) === id);
    if (d === undefined) throw new Error(`seed ${this.seed}: unknown Datanet ${id}`);
    return d;
  }

  private contribution(id: string): ContributionView {
    const c = this.contributions.get(id);
    if (c === undefined) throw new Error(`seed ${this.seed}: unknown contribution ${id}`);
    return c;
  }

  private pool(id: Uint8Array): PoolView {
    const p = this.pools.get(hex(id));
    if (p === undefined) throw new Error(`seed ${this.seed}: unknown pool ${hex(id)}`);
    return p;
  }

  /** Accepted at a height ≤ h and not rejected or retired by then. */
  private earningAt(d: DatanetView, h: bigint): bigint {
    return earningAt([...this.contributions.values()].filter((c) => c.datanet === d), h);
  }

  /** The DUPLICATEs of an original, earliest (height, tx index) first. */
  private copiesOf(originalId: string): ContributionView[] {
    return [...this.contributions.values()]
      .filter((c) => c.status === S.DUPLICATE && c.duplicateOf === originalId)
      .sort((x, y) => (x.order[0] !== y.order[0] ? (x.order[0] < y.order[0] ? -1 : 1) : x.order[1] - y.order[1]));
  }

  private eligible(p: PoolView, c: ContributionView): boolean {
    return c.datanet === p.datanet && c.status === S.ACCEPTED && c.acceptedHeight <= p.cutoff;
  }

  // ---- planning ----

  /**
   * Adds a tx if its signer can pay fee + `debit` even if every earlier tx of
   * the block debits the most it could (then the fee is payable whatever
   * happens). `debit` is what the payload takes when it applies.
   */
  private plan(key: TestKey, payload: TxPayload, label: string, expected: Expect, debit = 0n): void {
    const fee = this.rng.bigint(10n, 40n);
    const left = this.budget.get(hex(key.address))!;
    if (left < fee + debit) return;
    this.budget.set(hex(key.address), left - fee - debit);
    this.planned.push({ tx: this.chain.tx(key, payload, fee), index: this.planned.length, key, label, expect: expected });
  }

  private get height(): bigint {
    return this.chain.height + 1n;
  }

  private listed<T>(items: readonly T[], use: (item: T) => void): () => void {
    return () => {
      if (items.length > 0) use(this.rng.pick(items));
    };
  }

  private actions(): [() => void, number][] {
    const r = this.rng;
    const all = [...this.contributions.values()];
    const open = this.datanets.filter((d) => !d.whale);
    const whales = this.datanets.filter((d) => d.whale);
    const trained = this.models.filter((m) => m.versions > 0);
    const pools = [...this.pools.values()];
    const ended = all.filter((c) => c.status === S.REJECTED || c.status === S.RETIRED);
    const unknownId = () => r.bytes(32);
    return [
      [() => this.transfer(), 5],
      [() => this.plan(r.pick(KEYS), payloads.transfer(r.pick(KEYS).address, HUGE), 'transfer more than the supply', 'INSUFFICIENT_FUNDS'), 1],
      [() => this.createDatanet(), this.datanets.length < 4 ? 8 : 0.7],
      [this.listed(this.datanets, (d) => this.updateCurators(d)), 1.3],
      [this.listed(open, (d) => this.contribute(d)), 14],
      [() => this.plan(r.pick(KEYS), payloads.contribute(unknownId(), 'x'), 'contribute to an unknown Datanet', 'NOT_FOUND'), 0.5],
      [this.listed(whales, (d) => this.plan(r.pick(KEYS), payloads.contribute(d.id, 'w'), 'contribute without the stake', 'INSUFFICIENT_FUNDS')), 0.5],
      [this.listed(all, (c) => this.curate(c, Verdict.ACCEPT)), 10],
      [this.listed(all, (c) => this.curate(c, Verdict.REJECT)), 2.5],
      [this.listed(all, (c) => this.curateByStranger(c)), 1],
      [() => this.plan(r.pick(KEYS), payloads.curate(unknownId(), Verdict.ACCEPT), 'curate an unknown contribution', 'NOT_FOUND'), 0.3],
      [this.listed(all, (c) => this.plan(c.owner, payloads.retire(c.id), 'retire', 'any')), 1.5],
      [() => this.handOver(), 1.5],
      [this.listed(all, (c) => this.plan(r.pick(others(c.owner)), payloads.retire(c.id), 'retire by a stranger', 'UNAUTHORIZED')), 0.5],
      [this.listed(ended, (c) => this.plan(c.owner, payloads.retire(c.id), 'retire an ended one', 'BAD_STATUS')), 0.5],
      [() => this.plan(r.pick(KEYS), payloads.registerModel(r.range(0, 3000)), 'register a model', null), this.models.length < 3 ? 5 : 0.4],
      [this.listed(this.models, (m) => this.train(m)), 5],
      [this.listed(this.models, (m) => this.trainBadly(m)), 1],
      [this.listed(trained, (m) => this.use(m)), 12],
      [this.listed(this.models, (m) => this.useBadly(m)), 1.7],
      [this.listed(pools, (p) => this.claim(p)), 9],
      [this.listed(pools, (p) => this.claimBadly(p)), 2.5],
      [() => this.stake(), 2],
      [() => this.unstake(), 1.5],
      [() => this.evidence(), 0.6],
    ];
  }

  /** To one of the keys or (a fifth of the time) to a new account. */
  private transfer(): void {
    const r = this.rng;
    const amount = r.bigint(1n, 100_000n);
    const to = r.chance(80) ? r.pick(KEYS).address : r.bytes(20);
    this.plan(r.pick(KEYS), payloads.transfer(to, amount), 'transfer', null, amount);
  }

  private createDatanet(): void {
    const r = this.rng;
    const whale = !this.datanets.some((d) => d.whale) && r.chance(15);
    // The first Datanets accept only by the sweep, so that every run has auto-accepts.
    const first = this.datanets.length === 0;
    const autoAccept = first || r.chance(40);
    const curators = autoAccept && (first || r.chance(50)) ? [] : r.sample(KEYS, r.range(1, 2)).map((k) => k.address);
    const payload = payloads.createDatanet({
      curators,
      autoAccept,
      stake: whale ? HUGE : r.bigint(1000n, 3000n),
      challengeBlocks: r.bigint(10n, 13n),
    });
    this.plan(r.pick(KEYS), payload, 'create a Datanet', null);
  }

  private updateCurators(d: DatanetView): void {
    const r = this.rng;
    const curators = r.sample(KEYS, r.range(1, 3)).map((k) => k.address);
    if (r.chance(70)) {
      this.curatorsChanged.add(hex(d.id));
      this.plan(d.owner, payloads.updateCurators(d.id, curators), 'update curators', null);
    } else {
      this.plan(r.pick(others(d.owner)), payloads.updateCurators(d.id, curators), 'update curators by a stranger', 'UNAUTHORIZED');
    }
  }

  /** A fresh name, or (a third of the time) an exact copy of content already sent to this Datanet. */
  private contribute(d: DatanetView): void {
    const r = this.rng;
    const copy = d.names.length > 0 && r.chance(35);
    const name = copy ? r.pick(d.names) : `doc-${this.names++}`;
    if (!copy) d.names.push(name);
    this.plan(r.pick(KEYS), payloads.contribute(d.id, name), copy ? 'contribute an exact copy' : 'contribute', null, d.stake);
  }

  /** By a curator; accepts favour contributions that can be accepted. */
  private curate(c: ContributionView, verdict: number): void {
    const r = this.rng;
    let target = c;
    if (verdict === Verdict.ACCEPT && r.chance(75)) {
      const pending = [...this.contributions.values()].filter((x) => x.status === S.PENDING || x.status === S.DUPLICATE);
      if (pending.length > 0) target = r.pick(pending);
    }
    this.plan(r.pick(target.datanet.curators), payloads.curate(target.id, verdict), verdict === Verdict.ACCEPT ? 'accept' : 'reject', 'any');
  }

  /** Rejects or retires an original that has copies, preferring one with several. */
  private handOver(): void {
    const r = this.rng;
    const live = [...this.contributions.values()].filter((c) => c.status === S.PENDING || c.status === S.ACCEPTED);
    const copied = live.filter((c) => this.copiesOf(hex(c.id)).length > 0);
    const several = copied.filter((c) => this.copiesOf(hex(c.id)).length > 1);
    const from = several.length > 0 && r.chance(70) ? several : copied;
    if (from.length === 0) return;
    const c = r.pick(from);
    if (r.chance(60)) this.plan(r.pick(c.datanet.curators), payloads.curate(c.id, Verdict.REJECT), 'reject an original with copies', 'any');
    else this.plan(c.owner, payloads.retire(c.id), 'retire an original with copies', 'any');
  }

  private curateByStranger(c: ContributionView): void {
    const strangers = KEYS.filter((k) => !c.datanet.curators.includes(k));
    if (strangers.length === 0) return;
    const certain = !this.curatorsChanged.has(hex(c.datanet.id));
    const verdict = this.rng.pick([Verdict.ACCEPT, Verdict.REJECT]);
    this.plan(this.rng.pick(strangers), payloads.curate(c.id, verdict), 'curate by a stranger', certain ? 'UNAUTHORIZED' : 'any');
  }

  /** By the owner, over 1–3 Datanets (mostly ones with earning members at the cutoff): the view predicts the code. */
  private train(m: ModelView): void {
    const r = this.rng;
    if (this.height < 2n) return;
    const low = this.height > 21n ? this.height - 20n : 1n;
    const cutoff = r.bigint(low, this.height - 1n);
    const earning = this.datanets.filter((d) => this.earningAt(d, cutoff) > 0n);
    const from = earning.length > 0 && r.chance(75) ? earning : this.datanets;
    const chosen = r.sample(from, r.range(1, 3));
    if (chosen.length === 0) return;
    const weights = splitBps(r, chosen.length);
    const datanets = chosen.map((d, i): [Uint8Array, number] => [d.id, weights[i]!]);
    const expected = chosen.every((d) => this.earningAt(d, cutoff) > 0n) ? null : 'NO_EARNING_MEMBERS';
    this.plan(m.owner, payloads.recordTraining(m.id, datanets, cutoff), 'train', expected);
  }

  private trainBadly(m: ModelView): void {
    const r = this.rng;
    const d = this.datanets[0];
    if (d === undefined) return;
    if (r.chance(50)) {
      const cutoff = r.bigint(1n, this.height + 3n);
      this.plan(r.pick(others(m.owner)), payloads.recordTraining(m.id, [[d.id, 10_000]], cutoff), 'train by a stranger', 'UNAUTHORIZED');
    } else {
      const cutoff = r.bigint(this.height, this.height + 3n);
      this.plan(m.owner, payloads.recordTraining(m.id, [[d.id, 10_000]], cutoff), 'train with a cutoff not below the height', 'CUTOFF_TOO_HIGH');
    }
  }

  private use(m: ModelView): void {
    const r = this.rng;
    const feePaid = r.bigint(100n, 1_000_000n);
    this.plan(r.pick(KEYS), payloads.recordUsage(m.id, r.range(1, m.versions), feePaid), 'use', null, feePaid);
  }

  private useBadly(m: ModelView): void {
    const r = this.rng;
    const payer = r.pick(KEYS);
    const variant = m.versions === 0 ? 0 : r.int(3);
    if (variant === 0) {
      this.plan(payer, payloads.recordUsage(m.id, m.versions + 50, 100n), 'use a missing version', 'NOT_FOUND');
    } else if (variant === 1) {
      this.plan(payer, payloads.recordUsage(m.id, m.versions, 100n, { scores: [[r.bytes(32), 5n]] }), 'use with scores naming no contribution', 'NOT_FOUND');
    } else {
      this.plan(payer, payloads.recordUsage(m.id, m.versions, HUGE), 'use with more than the supply', 'INSUFFICIENT_FUNDS');
    }
  }

  /** An eligible member's owner claims it and up to two more of its eligible (pool, member) pairs. */
  private claim(p: PoolView): void {
    const r = this.rng;
    const members = [...this.contributions.values()].filter((c) => this.eligible(p, c));
    if (members.length === 0) return;
    const owner = r.pick(members).owner;
    const pairs: [Uint8Array, Uint8Array][] = [];
    for (const pool of this.pools.values()) {
      for (const c of this.contributions.values()) {
        if (c.owner === owner && this.eligible(pool, c)) pairs.push([pool.id, c.id]);
      }
    }
    const mine = pairs.filter(([pool]) => bytesEqual(pool, p.id));
    const first = r.pick(mine);
    const more = r.sample(pairs.filter((x) => x !== first), r.int(3));
    this.plan(owner, payloads.claim([first, ...more]), 'claim', 'any');
  }

  /** A claim for someone else's contribution, or one that is not an earning member of the pool. */
  private claimBadly(p: PoolView): void {
    const r = this.rng;
    const all = [...this.contributions.values()];
    if (r.chance(50)) {
      const c = r.pick(all);
      this.plan(r.pick(others(c.owner)), payloads.claim([[p.id, c.id]]), 'claim by a stranger', 'UNAUTHORIZED');
      return;
    }
    const outsiders = all.filter((c) => !this.eligible(p, c));
    if (outsiders.length === 0) return;
    const c = r.pick(outsiders);
    this.plan(c.owner, payloads.claim([[p.id, c.id]]), 'claim as a non-member', 'NOT_ELIGIBLE');
  }

  /** Mostly bonds at or above the minimum under the signer's own key; outcomes depend on the block's order ('any'), the view checks the bonds. */
  private stake(): void {
    const r = this.rng;
    const i = r.int(KEYS.length);
    const amount = r.chance(20) ? r.bigint(1n, MIN_BOND) : r.bigint(MIN_BOND, 3n * MIN_BOND);
    const consensusKey = CONSENSUS_KEYS[r.chance(10) ? r.int(KEYS.length) : i]!;
    this.plan(KEYS[i]!, payloads.stake(amount, consensusKey, KEYS[i]!), 'stake', 'any', amount);
  }

  /** Half the time all of the key's bond as the view knows it, else a random amount (often BELOW_MIN_STAKE or INSUFFICIENT_STAKE). */
  private unstake(): void {
    const r = this.rng;
    const i = r.int(KEYS.length);
    const bonded = this.bonds.get(hex(CONSENSUS_KEYS[i]!.publicKey)) ?? 0n;
    const amount = bonded > 0n && r.chance(50) ? bonded : r.bigint(1n, 3n * MIN_BOND);
    this.plan(KEYS[i]!, payloads.unstake(amount), 'unstake', 'any');
  }

  /** Conflicting votes of one of the bonding keys, from up to 25 heights back (evidence_max_age_blocks is 20). */
  private evidence(): void {
    const r = this.rng;
    const back = r.bigint(0n, 25n);
    const height = this.height > back + 1n ? this.height - back : 1n;
    this.plan(r.pick(KEYS), payloads.evidence(r.pick(CONSENSUS_KEYS), height), 'evidence', 'any');
  }
}

/** What every seed's run must include at least this often (label, code, count), so it cannot pass vacuously. */
const EXERCISED: [label: string, code: string, min: number][] = [
  ['contribute', 'ok', 40],
  ['contribute an exact copy', 'ok', 10],
  ['accept', 'ok', 20],
  ['accept', 'EXACT_DUPLICATE', 5],
  ['reject', 'ok', 3],
  ['retire', 'ok', 2],
  ['train', 'ok', 10],
  ['train', 'NO_EARNING_MEMBERS', 2],
  ['use', 'ok', 40],
  ['claim', 'ok', 15],
  ['claim', 'NOTHING_TO_CLAIM', 3],
  ['claim as a non-member', 'NOT_ELIGIBLE', 2],
  ['stake', 'ok', 3],
  ['unstake', 'ok', 1],
  ['evidence', 'ok', 1],
];

/** Runs the sequence of one seed, checking every block; returns the generator and what each block was. */
async function runSequence(seed: number): Promise<{ ledger: RandomLedger; chain: TestChain; blocks: RecordedBlock[] }> {
  const chain = await TestChain.create(GENESIS);
  const ledger = new RandomLedger(seed, chain);
  const blocks: RecordedBlock[] = [];
  let totals = await expectTotalsMatchScan(chain.store, `seed ${seed} genesis`);
  for (let b = 0; b < BLOCKS; b++) {
    const planned = await ledger.planBlock();
    const txs = planned.map((p) => p.tx);
    const context = `seed ${seed} height ${chain.height + 1n}`;
    const result = await chain.block(txs).catch((err: unknown) => {
      throw new Error(`${context}: the block failed: ${String(err)}`, { cause: err });
    });
    totals = await expectBlockAccounting(chain.store, totals, result, txs, context);
    ledger.observe(result, context);
    await ledger.verify(context);
    await ledger.verifyBonds(context);
    blocks.push(recordBlock(result));
  }
  return { ledger, chain, blocks };
}

describe('random block sequences', () => {
  it.each(SEEDS)('seed %i: supply, payouts and the view hold after every block; a replay is identical', async (seed) => {
    const { ledger, chain, blocks } = await runSequence(seed);
    await expectReplayIdentical(GENESIS, blocks, chain.store, `seed ${seed}`);

    // The run exercised what it claims to: successes and failures of many kinds.
    const tally = JSON.stringify(Object.fromEntries(ledger.tally));
    for (const [label, code, min] of EXERCISED) {
      expect(ledger.count(label, code), `seed ${seed}: ${label}: ${code} in ${tally}`).toBeGreaterThanOrEqual(min);
    }
    const failureCodes = new Set([...ledger.tally.keys()].map((k) => k.split(': ')[1]).filter((c) => c !== 'ok'));
    expect(failureCodes.size, `seed ${seed}: distinct failure codes ${[...failureCodes].join(' ')}`).toBeGreaterThanOrEqual(10);
    for (const type of ['end validator_updated', 'end unbonded', 'end contribution_accepted', 'end stake_unlocked', 'contribution_promoted', 'promoted over other copies', 'contribution_rejected']) {
      expect(ledger.events.get(type) ?? 0, `seed ${seed}: ${type} events`).toBeGreaterThan(0);
    }
    const pools = [...ledger.pools.values()];
    expect(pools.some((p) => p.claimed > 0n && p.deposits > p.claimed), `seed ${seed}: a pool both paid out and kept shares`).toBe(true);
  }, 30_000);
});
