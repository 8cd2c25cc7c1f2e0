/**
 * Uncommitted writes over a StateReader: one per block, and one per tx on top
 * of it so a failed tx is dropped by discarding its overlay. Scans merge the
 * overlay's writes into the parent's entries; to keep that O(group), scans
 * are only allowed inside the range groups of keys.ts.
 */
import { bytesKey, fromBytesKey } from '../crypto/bytes.js';
import { RANGE_GROUP_BYTES } from './keys.js';
import { getManyThrough, selectScan, startsWith, type Entry, type ScanOptions, type StateReader, type Write } from './store.js';

function groupOf(key: Uint8Array): string | undefined {
  const length = RANGE_GROUP_BYTES[key[0]!];
  return length === undefined || key.length < length ? undefined : bytesKey(key.subarray(0, length));
}

export class StateOverlay implements StateReader {
  private readonly writes = new Map<string, Uint8Array | null>();
  private readonly groups = new Map<string, Set<string>>();

  constructor(readonly parent: StateReader) {}

  async get(key: Uint8Array): Promise<Uint8Array | undefined> {
    const written = this.writes.get(bytesKey(key));
    if (written !== undefined) return written ?? undefined;
    return this.parent.get(key);
  }

  async getMany(keys: readonly Uint8Array[]): Promise<(Uint8Array | undefined)[]> {
    if (this.writes.size === 0) return this.parent.getMany(keys); // a fresh tx overlay: nothing to look up here
    return (await getManyThrough(keys, (key) => this.writes.get(bytesKey(key)), this.parent)).values;
  }

  put(key: Uint8Array, value: Uint8Array): void {
    this.record(key, value);
  }

  del(key: Uint8Array): void {
    this.record(key, null);
  }

  async scan(prefix: Uint8Array, opts: ScanOptions = {}): Promise<Entry[]> {
    const group = groupOf(prefix);
    if (group === undefined) throw new Error(`scan of ${bytesKey(prefix).length}-byte prefix outside a range group`);
    const mine = [...(this.groups.get(group) ?? [])].filter((k) => startsWith(fromBytesKey(k), prefix));
    // Deleted keys may hide parent entries, so ask the parent for that many more.
    const deletes = mine.filter((k) => this.writes.get(k) === null).length;
    const parentOpts = opts.limit === undefined ? opts : { ...opts, limit: opts.limit + deletes };
    const merged = new Map<string, Entry>();
    for (const e of await this.parent.scan(prefix, parentOpts)) merged.set(bytesKey(e[0]), e);
    for (const k of mine) {
      const value = this.writes.get(k)!;
      if (value === null) merged.delete(k);
      else merged.set(k, [fromBytesKey(k), value]);
    }
    return selectScan(merged.values(), prefix, opts);
  }

  /** Moves this overlay's writes into `target` (its parent overlay). */
  commitTo(target: StateOverlay): void {
    for (const [k, v] of this.writes) target.record(fromBytesKey(k), v);
  }

  /**
   * Every written key with its final value, in key order: the map's keys
   * are bytesKeys, one UTF-16 unit per byte, so native string order is byte
   * order (a block of contributions writes tens of thousands of keys).
   */
  *entries(): IterableIterator<Write> {
    const sorted = [...this.writes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [k, v] of sorted) yield [fromBytesKey(k), v];
  }

  private record(key: Uint8Array, value: Uint8Array | null): void {
    const k = bytesKey(key);
    this.writes.set(k, value);
    const group = groupOf(key);
    if (group !== undefined) {
      let set = this.groups.get(group);
      if (set === undefined) this.groups.set(group, (set = new Set()));
      set.add(k);
    }
  }
}
