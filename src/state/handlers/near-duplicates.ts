/**
 * The duplicate LSH index of each Datanet (docs/attribution.md, Redundancy):
 * live originals (PENDING or ACCEPTED, not copies) are entered under one
 * bucket key per band; a new contribution's candidates are the originals
 * sharing a bucket with it, and the earliest by (height, tx index) whose
 * sketch is within dup_threshold of it is the one it duplicates. A full
 * bucket (lsh_bucket_cap entries) refuses further entries, so a lookup
 * compares at most bands × cap sketches.
 */
import { bandKeys, isIndexable, LSH_INDEX_ID, type LshParams } from '../../attribution/lsh.js';
import { similarity } from '../../attribution/sketch.js';
import { ContributionStatus as S, type AttributionVersion, type Contribution, type Params } from '../../codec/types.js';
import { bytesKey } from '../../crypto/bytes.js';
import { keys } from '../keys.js';
import { attributionVersionAt } from '../params.js';
import type { Scope } from '../scope.js';
import * as tables from '../tables.js';
import { EMPTY } from './common.js';

const DUP = LSH_INDEX_ID.dup;

function dupParams(v: AttributionVersion): LshParams {
  return { bands: v.dupBands, rows: v.dupRows, bucketCap: v.lshBucketCap };
}

function bucketsOf(sketch: Uint8Array, params: Params, height: bigint): Uint8Array[] {
  return isIndexable(sketch) ? bandKeys(sketch, dupParams(attributionVersionAt(params, height)), 'dup') : [];
}

/** The earliest live original of the Datanet within dup_threshold of `sketch`, if any. */
export async function nearOriginal(s: Scope, datanetId: Uint8Array, sketch: Uint8Array): Promise<Uint8Array | undefined> {
  const threshold = attributionVersionAt(s.env.params, s.env.height).dupThreshold;
  const seen = new Set<string>();
  let best: { id: Uint8Array; c: Contribution } | undefined;
  for (const bucket of bucketsOf(sketch, s.env.params, s.env.height)) {
    for (const [key] of await s.overlay.scan(keys.lshBucket(datanetId, DUP, bucket))) {
      const id = key.subarray(key.length - 32);
      if (seen.has(bytesKey(id))) continue;
      seen.add(bytesKey(id));
      const c = await tables.contributions.get(s.overlay, id);
      if (c === undefined || (c.status !== S.PENDING && c.status !== S.ACCEPTED)) continue;
      if (similarity(c.sketch, sketch) < threshold) continue;
      if (best === undefined || c.height < best.c.height || (c.height === best.c.height && c.txIndex < best.c.txIndex)) {
        best = { id, c };
      }
    }
  }
  return best?.id;
}

/** Enters an original under the params in force now; returns the indexed_height to record (0: not indexed). */
export async function indexOriginal(s: Scope, id: Uint8Array, c: Contribution): Promise<bigint> {
  const buckets = bucketsOf(c.sketch, s.env.params, s.env.height);
  const cap = attributionVersionAt(s.env.params, s.env.height).lshBucketCap;
  for (const bucket of buckets) {
    const members = await s.overlay.scan(keys.lshBucket(c.datanetId, DUP, bucket), { limit: cap });
    if (members.length < cap) s.overlay.put(keys.lshEntry(c.datanetId, DUP, bucket, id), EMPTY);
  }
  return buckets.length > 0 ? s.env.height : 0n;
}

/** Removes an original's entries, computed with the params it was entered under. */
export function unindexOriginal(s: Scope, id: Uint8Array, c: Contribution): void {
  if (c.indexedHeight === 0n) return;
  for (const bucket of bucketsOf(c.sketch, s.env.params, c.indexedHeight)) {
    s.overlay.del(keys.lshEntry(c.datanetId, DUP, bucket, id));
  }
}
