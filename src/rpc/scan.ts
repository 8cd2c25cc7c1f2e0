/**
 * Paged reads of a state prefix for list queries. StateReader.scan bounds a
 * range only from above (`lte`), so lists walk in descending key order:
 * resuming "after" a key is one seek, and memory stays at one page however
 * many entries the prefix holds.
 */
import { bytesEqual, concatBytes } from '../crypto/bytes.js';
import type { Entry, StateReader } from '../state/store.js';

const PAGE = 256;

/**
 * Entries under `prefix` in descending key order, starting strictly below
 * `prefix ‖ after` when `after` (the key's suffix, e.g. an id) is given.
 */
export async function* scanDown(state: StateReader, prefix: Uint8Array, after?: Uint8Array): AsyncGenerator<Entry> {
  let bound = after === undefined ? undefined : concatBytes(prefix, after);
  for (;;) {
    const page = await state.scan(prefix, { reverse: true, limit: PAGE + 1, ...(bound === undefined ? {} : { lte: bound }) });
    let yielded = 0;
    for (const entry of page) {
      if (bound !== undefined && bytesEqual(entry[0], bound)) continue;
      yield entry;
      yielded++;
    }
    const last = page.at(-1);
    if (last === undefined || page.length <= PAGE || yielded === 0) return;
    bound = last[0];
  }
}
