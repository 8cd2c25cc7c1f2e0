/**
 * The storage interface the state machine sees (DESIGN §1): point reads and
 * ordered scans under a prefix. store/ implements it over LevelDB; MemoryStore
 * is the Map-backed one for tests and tools.
 */
import { bytesKey, compareBytes, fromBytesKey } from '../crypto/bytes.js';

export type Entry = [key: Uint8Array, value: Uint8Array];

export interface ScanOptions {
  /** Only keys ≤ this bound (a full key). */
  lte?: Uint8Array;
  reverse?: boolean;
  limit?: number;
}

export interface StateReader {
  get(key: Uint8Array): Promise<Uint8Array | undefined>;
  /**
   * The values of `keys`, in their order. Over LevelDB this is one round trip
   * to its thread pool instead of one per key: readers that need many
   * independent values (an LSH lookup's buckets and candidates) ask at once.
   */
  getMany(keys: readonly Uint8Array[]): Promise<(Uint8Array | undefined)[]>;
  /** Entries whose key starts with `prefix`, in key order (or reversed). */
  scan(prefix: Uint8Array, opts?: ScanOptions): Promise<Entry[]>;
}

/** A change to one key: the new value, or null for a delete. */
export type Write = [key: Uint8Array, value: Uint8Array | null];

export function startsWith(key: Uint8Array, prefix: Uint8Array): boolean {
  if (key.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (key[i] !== prefix[i]) return false;
  return true;
}

/**
 * getMany for a layer over `parent` (an overlay, a cache): `local` answers
 * what the layer knows (a value, or null for known absent, or undefined for
 * unknown) and the rest is fetched from the parent in one call. Returns the
 * values and which keys came from the parent, with their values.
 */
export async function getManyThrough(
  keys: readonly Uint8Array[],
  local: (key: Uint8Array) => Uint8Array | null | undefined,
  parent: StateReader,
): Promise<{ values: (Uint8Array | undefined)[]; fetched: [key: Uint8Array, value: Uint8Array | undefined][] }> {
  const values: (Uint8Array | undefined)[] = new Array(keys.length);
  const missing: number[] = [];
  keys.forEach((key, i) => {
    const known = local(key);
    if (known === undefined) missing.push(i);
    else values[i] = known ?? undefined;
  });
  if (missing.length === 0) return { values, fetched: [] };
  const got = await parent.getMany(missing.map((i) => keys[i]!));
  const fetched: [Uint8Array, Uint8Array | undefined][] = [];
  missing.forEach((i, j) => {
    values[i] = got[j];
    fetched.push([keys[i]!, got[j]]);
  });
  return { values, fetched };
}

/** Filters, orders and limits entries as `scan` promises; shared by every implementation. */
export function selectScan(entries: Iterable<Entry>, prefix: Uint8Array, opts: ScanOptions = {}): Entry[] {
  const out: Entry[] = [];
  for (const e of entries) {
    if (!startsWith(e[0], prefix)) continue;
    if (opts.lte !== undefined && compareBytes(e[0], opts.lte) > 0) continue;
    out.push(e);
  }
  out.sort((a, b) => compareBytes(a[0], b[0]));
  if (opts.reverse) out.reverse();
  return opts.limit === undefined ? out : out.slice(0, opts.limit);
}

export class MemoryStore implements StateReader {
  private readonly map = new Map<string, Uint8Array>();
  /** The keys in byte order, rebuilt after writes: scans binary-search it instead of walking the map. */
  private sorted: string[] | undefined;

  async get(key: Uint8Array): Promise<Uint8Array | undefined> {
    return this.map.get(bytesKey(key));
  }

  async getMany(keys: readonly Uint8Array[]): Promise<(Uint8Array | undefined)[]> {
    return keys.map((key) => this.map.get(bytesKey(key)));
  }

  async scan(prefix: Uint8Array, opts?: ScanOptions): Promise<Entry[]> {
    this.sorted ??= [...this.map.keys()].sort();
    const keys = this.sorted;
    const start = bytesKey(prefix);
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    const inRange: Entry[] = [];
    for (let i = lo; i < keys.length && keys[i]!.startsWith(start); i++) inRange.push([fromBytesKey(keys[i]!), this.map.get(keys[i]!)!]);
    return selectScan(inRange, prefix, opts);
  }

  apply(writes: Iterable<Write>): void {
    this.sorted = undefined;
    for (const [key, value] of writes) {
      if (value === null) this.map.delete(bytesKey(key));
      else this.map.set(bytesKey(key), value);
    }
  }

  *entries(): IterableIterator<Entry> {
    for (const [k, v] of this.map) yield [fromBytesKey(k), v];
  }

  get size(): number {
    return this.map.size;
  }
}
