/**
 * Lookup indexes for queries (not consensus, not in the state root): a
 * Datanet's contributions, an account's contributions and a Datanet's pools,
 * kept so that `contribution_list`, `claimable_get` and `contribution_get`
 * read only the entries they need instead of every contribution and pool of
 * the chain. They are derived from a block's state changes and written in
 * the block's own batch, so they are always exactly as current as the state.
 *
 * Contributions and pools are never deleted from the state, and their
 * Datanet and owner never change, so an entry, once written, stays true; a
 * changed record rewrites the same (empty) entry, which is harmless.
 */
import { contributionCodec, poolCodec } from '../codec/codecs.js';
import { Prefix } from '../state/keys.js';
import type { Write } from '../state/store.js';
import { Bucket, dbKeys } from './layout.js';

const EMPTY = new Uint8Array(0);
const ID_KEY_LENGTH = 33; // prefix byte ‖ 32-byte id

export function lookupOps(changes: readonly Write[]): { type: 'put'; key: Uint8Array; value: Uint8Array }[] {
  const ops: { type: 'put'; key: Uint8Array; value: Uint8Array }[] = [];
  const put = (key: Uint8Array) => ops.push({ type: 'put', key, value: EMPTY });
  for (const [key, value] of changes) {
    if (value === null || key.length !== ID_KEY_LENGTH) continue;
    const id = key.subarray(1);
    if (key[0] === Prefix.CONTRIBUTION) {
      const c = contributionCodec.decode(value);
      put(dbKeys.lookup(Bucket.DATANET_CONTRIBUTION, c.datanetId, id));
      put(dbKeys.lookup(Bucket.OWNER_CONTRIBUTION, c.owner, id));
    } else if (key[0] === Prefix.POOL) {
      put(dbKeys.lookup(Bucket.DATANET_POOL, poolCodec.decode(value).datanetId, id));
    }
  }
  return ops;
}
