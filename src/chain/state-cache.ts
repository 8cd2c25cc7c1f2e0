/**
 * A read-through cache of committed state over the store, updated with each
 * commit's changes. The mempool reads every sender's account and block
 * execution reads each tx's accounts; a LevelDB get costs tens of µs of
 * main-thread time, a Map lookup almost nothing (docs/benchmarks.md).
 */
import { bytesKey } from '../crypto/bytes.js';
import { getManyThrough, type Entry, type ScanOptions, type StateReader, type Write } from '../state/store.js';

export class StateCache implements StateReader {
  /** null: known to be absent. */
  private readonly values = new Map<string, Uint8Array | null>();
  /** Bumped by every apply(), so a read that raced a commit is not cached. */
  private generation = 0;

  constructor(
    private readonly inner: StateReader,
    private readonly maxEntries = 500_000,
  ) {}

  async get(key: Uint8Array): Promise<Uint8Array | undefined> {
    const k = bytesKey(key);
    const cached = this.values.get(k);
    if (cached !== undefined) return cached ?? undefined;
    const generation = this.generation;
    const value = await this.inner.get(key);
    if (generation === this.generation) this.remember(k, value ?? null);
    return value;
  }

  async getMany(keys: readonly Uint8Array[]): Promise<(Uint8Array | undefined)[]> {
    const generation = this.generation;
    const { values, fetched } = await getManyThrough(keys, (key) => this.values.get(bytesKey(key)), this.inner);
    if (generation === this.generation) for (const [key, value] of fetched) this.remember(bytesKey(key), value ?? null);
    return values;
  }

  scan(prefix: Uint8Array, opts?: ScanOptions): Promise<Entry[]> {
    return this.inner.scan(prefix, opts);
  }

  /** Call once the store has committed `changes`: they are the new truth. */
  apply(changes: readonly Write[]): void {
    this.generation++;
    for (const [key, value] of changes) this.remember(bytesKey(key), value);
  }

  private remember(k: string, value: Uint8Array | null): void {
    if (this.values.size >= this.maxEntries && !this.values.has(k)) this.values.clear();
    this.values.set(k, value);
  }
}
