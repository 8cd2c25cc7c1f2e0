/**
 * Running counts per Datanet (docs/protocol.md §6): cumulative accepted and
 * removed (accepted, then rejected or retired) totals, checkpointed at every
 * height where they change, so "earning members at height H" is one reverse
 * seek: accepted − removed of the last checkpoint at or before H.
 */
import { memberCountsCodec } from '../codec/codecs.js';
import { keys } from './keys.js';
import type { Scope } from './scope.js';
import type { StateReader } from './store.js';
import * as tables from './tables.js';

export async function countMember(s: Scope, datanetId: Uint8Array, change: 'accepted' | 'removed'): Promise<void> {
  const d = await tables.datanets.get(s.overlay, datanetId);
  if (d === undefined) throw new Error('contribution of a missing Datanet');
  const next =
    change === 'accepted' ? { ...d, acceptedTotal: d.acceptedTotal + 1n } : { ...d, removedTotal: d.removedTotal + 1n };
  tables.datanets.put(s.overlay, next, datanetId);
  tables.counts.put(s.overlay, { accepted: next.acceptedTotal, removed: next.removedTotal }, datanetId, s.env.height);
}

export async function earningMembersAt(state: StateReader, datanetId: Uint8Array, height: bigint): Promise<bigint> {
  const [last] = await state.scan(keys.countsGroup(datanetId), {
    lte: keys.counts(datanetId, height),
    reverse: true,
    limit: 1,
  });
  if (last === undefined) return 0n;
  const c = memberCountsCodec.decode(last[1]);
  return c.accepted - c.removed;
}
