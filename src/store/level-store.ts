/**
 * The node's LevelDB (classic-level): the state the state machine reads,
 * committed blocks with their results, and the indexes queries need. A block
 * is committed in one atomic batch together with its state changes and the
 * new head, so the store is always at a whole block.
 */
import { ClassicLevel } from 'classic-level';
import { blockCodec, blockResultsCodec, chainHeadCodec, commitCodec, txLocationCodec } from '../codec/codecs.js';
import type { Block, BlockResults, CertifiedBlock, ChainHead, Commit, TxLocation } from '../codec/types.js';
import { readU32be, readU64be, u32be, u64be } from '../crypto/bytes.js';
import { startsWith, type Entry, type ScanOptions, type StateReader, type Write } from '../state/store.js';
import { Bucket, dbKeys, prefixEnd, STORE_FORMAT, type LookupIndex, type PayoutIndex } from './layout.js';
import { lookupOps } from './lookup-index.js';

type Db = ClassicLevel<Uint8Array, Uint8Array>;
type BatchOp = { type: 'put'; key: Uint8Array; value: Uint8Array } | { type: 'del'; key: Uint8Array };

export interface CommittedBlock {
  block: Block;
  hash: Uint8Array;
  /** The state keys the block changed (BlockResult.changes). */
  changes: readonly Write[];
  results: BlockResults;
  /** The block's own commit (+2/3 precommits for it), kept until the next block carries it as last_commit. */
  commit: Commit;
}

export class LevelStore {
  readonly state: StateReader;

  private constructor(private readonly db: Db) {
    this.state = {
      get: (key) => this.get(dbKeys.state(key)),
      getMany: (keys) => this.db.getMany(keys.map((key) => dbKeys.state(key))),
      scan: (prefix, opts) => this.scanState(prefix, opts),
    };
  }

  static async open(path: string): Promise<LevelStore> {
    const db: Db = new ClassicLevel<Uint8Array, Uint8Array>(path, { keyEncoding: 'view', valueEncoding: 'view' });
    await db.open();
    return new LevelStore(db);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  async head(): Promise<ChainHead | undefined> {
    const bytes = await this.get(dbKeys.head());
    return bytes && chainHeadCodec.decode(bytes);
  }

  async genesisRoot(): Promise<Uint8Array | undefined> {
    return this.get(dbKeys.genesisRoot());
  }

  /** The store format the data directory was written in (1 before the format was recorded). */
  async format(): Promise<number> {
    const bytes = await this.get(dbKeys.format());
    return bytes === undefined ? 1 : readU32be(bytes);
  }

  /** Writes the genesis state and a height-0 head, atomically. */
  async initGenesis(changes: readonly Write[], stateRoot: Uint8Array): Promise<void> {
    const head: ChainHead = { height: 0n, blockHash: new Uint8Array(0), stateRoot, timeMs: 0n };
    await this.db.batch([
      ...stateOps(changes),
      ...lookupOps(changes),
      { type: 'put', key: dbKeys.genesisRoot(), value: stateRoot },
      { type: 'put', key: dbKeys.format(), value: u32be(STORE_FORMAT) },
      { type: 'put', key: dbKeys.head(), value: chainHeadCodec.encode(head) },
    ]);
  }

  /** Writes state entries outside any block, in one batch: bulk loading for benchmarks, never used by the node. */
  async writeState(changes: readonly Write[]): Promise<void> {
    await this.db.batch([...stateOps(changes), ...lookupOps(changes)]);
  }

  async commitBlock(c: CommittedBlock): Promise<ChainHead> {
    const header = c.block.header!;
    const height = header.height;
    const head: ChainHead = { height, blockHash: c.hash, stateRoot: header.stateRoot, timeMs: header.timeMs };
    const ops: BatchOp[] = [
      ...stateOps(c.changes),
      ...lookupOps(c.changes),
      { type: 'put', key: dbKeys.block(height), value: blockCodec.encode(c.block) },
      { type: 'put', key: dbKeys.blockHash(c.hash), value: u64be(height) },
      { type: 'put', key: dbKeys.results(height), value: blockResultsCodec.encode(c.results) },
      { type: 'put', key: dbKeys.head(), value: chainHeadCodec.encode(head) },
      { type: 'put', key: dbKeys.seenCommit(), value: commitCodec.encode(c.commit) },
    ];
    for (const r of c.results.txs) {
      ops.push({ type: 'put', key: dbKeys.tx(r.hash), value: txLocationCodec.encode({ height, index: r.index }) });
    }
    c.results.payouts.forEach((row, i) => {
      const index = (bucket: PayoutIndex, owner: Uint8Array) =>
        ops.push({ type: 'put', key: dbKeys.payoutIndexEntry(bucket, owner, height, i), value: new Uint8Array(0) });
      if (row.recipient.length === 20) index(Bucket.ACCOUNT_PAYOUT, row.recipient);
      if (row.contributionId.length > 0) index(Bucket.CONTRIBUTION_PAYOUT, row.contributionId);
    });
    await this.db.batch(ops, { sync: true });
    return head;
  }

  async block(height: bigint): Promise<Block | undefined> {
    const bytes = await this.get(dbKeys.block(height));
    return bytes && blockCodec.decode(bytes);
  }

  /**
   * The commit of the block at `height`: the next block's last_commit, or for
   * the head block the commit stored with it. Undefined above the head.
   */
  async commitOf(height: bigint): Promise<Commit | undefined> {
    const next = await this.block(height + 1n);
    return next === undefined ? this.seenCommit(height) : (next.lastCommit ?? undefined);
  }

  /**
   * Up to `count` stored blocks from `from` on, each with its commit (as
   * commitOf), reading and decoding each block once: what sync serves.
   */
  async *certifiedBlocks(from: bigint, count: bigint): AsyncGenerator<CertifiedBlock> {
    let block = await this.block(from);
    for (let h = from; block !== undefined && h < from + count; h++) {
      const next = await this.block(h + 1n);
      const commit = next === undefined ? await this.seenCommit(h) : next.lastCommit;
      if (commit == null) return;
      yield { block, commit };
      block = next;
    }
  }

  /** The commit stored with the head block, if the head is at `height`. */
  private async seenCommit(height: bigint): Promise<Commit | undefined> {
    const bytes = await this.get(dbKeys.seenCommit());
    const seen = bytes && commitCodec.decode(bytes);
    return seen?.height === height ? seen : undefined;
  }

  async heightOfBlock(hash: Uint8Array): Promise<bigint | undefined> {
    const bytes = await this.get(dbKeys.blockHash(hash));
    return bytes && readU64be(bytes);
  }

  async results(height: bigint): Promise<BlockResults | undefined> {
    const bytes = await this.get(dbKeys.results(height));
    return bytes && blockResultsCodec.decode(bytes);
  }

  async txLocation(hash: Uint8Array): Promise<TxLocation | undefined> {
    const bytes = await this.get(dbKeys.tx(hash));
    return bytes && txLocationCodec.decode(bytes);
  }

  /** (height, row index) of the payout rows paid to an account or for a contribution, oldest first, from `fromHeight` on. */
  async indexedPayouts(bucket: PayoutIndex, owner: Uint8Array, fromHeight: bigint, limit: number): Promise<{ height: bigint; row: number }[]> {
    const prefix = dbKeys.payoutIndex(bucket, owner);
    const entries = await this.range(dbKeys.payoutIndexEntry(bucket, owner, fromHeight, 0), prefixEnd(prefix), limit);
    return entries.map(([key]) => {
      const view = new DataView(key.buffer, key.byteOffset + prefix.length, 12);
      return { height: view.getBigUint64(0), row: view.getUint32(8) };
    });
  }

  /**
   * The ids under `owner` (a Datanet id or an address) in a lookup index, in
   * descending order, strictly below `after` when given: the paging of the
   * list queries (rpc/scan.ts).
   */
  async lookup(bucket: LookupIndex, owner: Uint8Array, opts: { after?: Uint8Array; limit?: number } = {}): Promise<Uint8Array[]> {
    const prefix = dbKeys.lookup(bucket, owner);
    const end = opts.after === undefined ? prefixEnd(prefix) : dbKeys.lookup(bucket, owner, opts.after);
    const ids: Uint8Array[] = [];
    for await (const key of this.db.keys({ gte: prefix, ...(end === undefined ? {} : { lt: end }), reverse: true, limit: opts.limit ?? -1 })) {
      ids.push(key.subarray(prefix.length));
    }
    return ids;
  }

  private async get(key: Uint8Array): Promise<Uint8Array | undefined> {
    return this.db.get(key);
  }

  /** StateReader.scan over the STATE bucket: state keys under `prefix`, at most `lte`. */
  private async scanState(prefix: Uint8Array, opts: ScanOptions = {}): Promise<Entry[]> {
    const gte = dbKeys.state(prefix);
    const end = prefixEnd(gte);
    const iterator = this.db.iterator({
      gte,
      ...(opts.lte !== undefined ? { lte: dbKeys.state(opts.lte) } : end !== undefined ? { lt: end } : {}),
      reverse: opts.reverse ?? false,
      limit: opts.limit ?? -1,
    });
    const out: Entry[] = [];
    for await (const [key, value] of iterator) {
      if (startsWith(key, gte)) out.push([key.subarray(1), value]);
    }
    return out;
  }

  private async range(gte: Uint8Array, lt: Uint8Array | undefined, limit: number): Promise<Entry[]> {
    const out: Entry[] = [];
    for await (const entry of this.db.iterator({ gte, ...(lt ? { lt } : {}), limit })) out.push(entry);
    return out;
  }
}

function stateOps(changes: readonly Write[]): BatchOp[] {
  return changes.map(([key, value]) =>
    value === null ? { type: 'del', key: dbKeys.state(key) } : { type: 'put', key: dbKeys.state(key), value },
  );
}
