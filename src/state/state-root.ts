/**
 * state_root (docs/protocol.md §6): sha256(prev_state_root ‖ digest(changes)),
 * where changes are the keys whose value differs from the state before the
 * block, sorted by key. Comparing with the pre-block state (not a write log)
 * makes the root independent of how an implementation orders or repeats writes.
 */
import { bytesEqual } from '../crypto/bytes.js';
import { sha256 } from '../crypto/hash.js';
import type { StateOverlay } from './overlay.js';
import type { StateReader, Write } from './store.js';

export const GENESIS_PREV_ROOT = new Uint8Array(32);

/** The writes of `overlay` that change `base`, sorted by key (the order the overlay yields them in). */
export async function changesAgainst(base: StateReader, overlay: StateOverlay): Promise<Write[]> {
  const all = [...overlay.entries()];
  const befores = await base.getMany(all.map(([key]) => key));
  return all.filter(([, value], i) => {
    const before = befores[i];
    return value === null ? before !== undefined : before === undefined || !bytesEqual(before, value);
  });
}

/**
 * Entry encoding: u32be(key length) ‖ key ‖ 0x01 ‖ u32be(value length) ‖ value,
 * or ‖ 0x00 for a delete. Written into one buffer and hashed once: a block of
 * contributions changes tens of thousands of keys.
 */
export function changesDigest(sortedChanges: readonly Write[]): Uint8Array {
  let length = 0;
  for (const [key, value] of sortedChanges) length += 5 + key.length + (value === null ? 0 : 4 + value.length);
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [key, value] of sortedChanges) {
    view.setUint32(at, key.length);
    out.set(key, at + 4);
    at += 4 + key.length;
    if (value === null) {
      out[at++] = 0;
      continue;
    }
    out[at] = 1;
    view.setUint32(at + 1, value.length);
    out.set(value, at + 5);
    at += 5 + value.length;
  }
  return sha256(out);
}

export function nextStateRoot(prevRoot: Uint8Array, sortedChanges: readonly Write[]): Uint8Array {
  return sha256(prevRoot, changesDigest(sortedChanges));
}
