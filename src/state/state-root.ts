/**
 * state_root (docs/protocol.md §6): sha256(prev_state_root ‖ digest(changes)),
 * where changes are the keys whose value differs from the state before the
 * block, sorted by key. Comparing with the pre-block state (not a write log)
 * makes the root independent of how an implementation orders or repeats writes.
 */
import { bytesEqual, compareBytes, u32be } from '../crypto/bytes.js';
import { sha256, sha256Of } from '../crypto/hash.js';
import type { StateReader, Write } from './store.js';

export const GENESIS_PREV_ROOT = new Uint8Array(32);
const PUT = new Uint8Array([1]);
const DEL = new Uint8Array([0]);

/** The writes that change `base`, sorted by key. */
export async function changesAgainst(base: StateReader, writes: Iterable<Write>): Promise<Write[]> {
  const all = [...writes];
  const befores = await base.getMany(all.map(([key]) => key));
  const changed = all.filter(([, value], i) => {
    const before = befores[i];
    return value === null ? before !== undefined : before === undefined || !bytesEqual(before, value);
  });
  return changed.sort((a, b) => compareBytes(a[0], b[0]));
}

/** Entry encoding: u32be(key length) ‖ key ‖ 0x01 ‖ u32be(value length) ‖ value, or ‖ 0x00 for a delete. */
export function changesDigest(sortedChanges: readonly Write[]): Uint8Array {
  return sha256Of(entryParts(sortedChanges));
}

function* entryParts(sortedChanges: readonly Write[]): Generator<Uint8Array> {
  for (const [key, value] of sortedChanges) {
    yield u32be(key.length);
    yield key;
    if (value === null) yield DEL;
    else yield* [PUT, u32be(value.length), value];
  }
}

export function nextStateRoot(prevRoot: Uint8Array, sortedChanges: readonly Write[]): Uint8Array {
  return sha256(prevRoot, changesDigest(sortedChanges));
}
