/**
 * The LSH indexes of each Datanet (docs/attribution.md §2): live originals
 * (PENDING or ACCEPTED, not copies) are entered under one bucket key per band
 * in the duplicate index (for near-duplicate detection at inclusion) and in
 * the match index (for sketch-mode usage). The candidates of a query are the
 * originals sharing a bucket with it. A full bucket (lsh_bucket_cap entries)
 * refuses further entries, so a lookup compares at most bands × cap sketches.
 *
 * A bucket is one state value, the concatenated 32-byte ids of its members
 * in the order they entered: every operation is a point read (answered from
 * the chain's state cache once warm) rather than a range scan.
 */
import { bandKeys, isIndexable, LSH_INDEX_ID, type LshIndex, type LshParams } from '../../attribution/lsh.js';
import { similarity } from '../../attribution/sketch.js';
import { ContributionStatus as S, type AttributionVersion, type Contribution, type Params } from '../../codec/types.js';
import { bytesEqual, bytesKey, concatBytes } from '../../crypto/bytes.js';
import { keys } from '../keys.js';
import { attributionVersionAt } from '../params.js';
import type { Scope } from '../scope.js';
import type { StateReader } from '../store.js';
import * as tables from '../tables.js';
import { EMPTY } from './common.js';

const INDEXES: readonly LshIndex[] = ['dup', 'match'];

function lshParams(v: AttributionVersion, index: LshIndex): LshParams {
  return index === 'dup'
    ? { bands: v.dupBands, rows: v.dupRows, bucketCap: v.lshBucketCap }
    : { bands: v.matchBands, rows: v.matchRows, bucketCap: v.lshBucketCap };
}

/** The bucket keys of `sketch` in `index` under the params in force at `height` (none if it is not indexable). */
export function bucketsOf(sketch: Uint8Array, params: Params, height: bigint, index: LshIndex): Uint8Array[] {
  return isIndexable(sketch) ? bandKeys(sketch, lshParams(attributionVersionAt(params, height), index), index) : [];
}

/** The state keys of `sketch`'s buckets in a Datanet's `index` (none if it is not indexable). */
function bucketStateKeys(datanetId: Uint8Array, sketch: Uint8Array, params: Params, height: bigint, index: LshIndex): Uint8Array[] {
  return bucketsOf(sketch, params, height, index).map((bucket) => keys.lshBucket(datanetId, LSH_INDEX_ID[index], bucket));
}

const ID = 32;

/** The member ids of each bucket, read at once (a bucket never written has none). */
async function bucketMembers(state: StateReader, bucketKeys: readonly Uint8Array[]): Promise<Uint8Array[]> {
  return (await state.getMany(bucketKeys)).map((ids) => ids ?? EMPTY);
}

function idsOf(bucket: Uint8Array): Uint8Array[] {
  const ids: Uint8Array[] = [];
  for (let at = 0; at < bucket.length; at += ID) ids.push(bucket.subarray(at, at + ID));
  return ids;
}

export interface Candidate {
  id: Uint8Array;
  c: Contribution;
  similarity: number;
}

/**
 * The live originals of a Datanet sharing a bucket of `index` with `sketch`,
 * each once (in bucket order, then order of entry), with their similarity.
 * Two reads whatever the count: every bucket, then every candidate's record.
 */
export async function candidates(
  state: StateReader,
  params: Params,
  height: bigint,
  datanetId: Uint8Array,
  sketch: Uint8Array,
  index: LshIndex,
): Promise<Candidate[]> {
  const bucketKeys = bucketStateKeys(datanetId, sketch, params, height, index);
  const seen = new Set<string>();
  const ids: Uint8Array[] = [];
  for (const bucket of await bucketMembers(state, bucketKeys)) {
    for (const id of idsOf(bucket)) {
      const key = bytesKey(id);
      if (seen.has(key)) continue;
      seen.add(key);
      ids.push(id);
    }
  }
  const records = await tables.contributions.getMany(state, ids.map((id) => [id] as [Uint8Array]));
  const found: Candidate[] = [];
  ids.forEach((id, i) => {
    const c = records[i];
    if (c !== undefined && (c.status === S.PENDING || c.status === S.ACCEPTED)) {
      found.push({ id, c, similarity: similarity(c.sketch, sketch) });
    }
  });
  return found;
}

/** The earliest live original of the Datanet within dup_threshold of `sketch`, if any. */
export async function nearOriginal(s: Scope, datanetId: Uint8Array, sketch: Uint8Array): Promise<Uint8Array | undefined> {
  const threshold = attributionVersionAt(s.env.params, s.env.height).dupThreshold;
  let best: Candidate | undefined;
  for (const x of await candidates(s.overlay, s.env.params, s.env.height, datanetId, sketch, 'dup')) {
    if (x.similarity < threshold) continue;
    if (best === undefined || x.c.height < best.c.height || (x.c.height === best.c.height && x.c.txIndex < best.c.txIndex)) {
      best = x;
    }
  }
  return best?.id;
}

/** The bucket keys of an original in each index, under the params in force at `height`. */
function originalBuckets(s: Scope, c: Contribution, height: bigint): Uint8Array[] {
  return INDEXES.flatMap((index) => bucketStateKeys(c.datanetId, c.sketch, s.env.params, height, index));
}

/** Enters an original in both indexes under the params in force now; returns the indexed_height to record (0: not indexed). */
export async function indexOriginal(s: Scope, id: Uint8Array, c: Contribution): Promise<bigint> {
  const cap = attributionVersionAt(s.env.params, s.env.height).lshBucketCap;
  const bucketKeys = originalBuckets(s, c, s.env.height);
  const buckets = await bucketMembers(s.overlay, bucketKeys);
  bucketKeys.forEach((key, i) => {
    const ids = buckets[i]!;
    if (ids.length < cap * ID) s.overlay.put(key, concatBytes(ids, id));
  });
  return bucketKeys.length > 0 ? s.env.height : 0n;
}

/** Removes an original from its buckets, computed with the params it was entered under. */
export async function unindexOriginal(s: Scope, id: Uint8Array, c: Contribution): Promise<void> {
  if (c.indexedHeight === 0n) return;
  const bucketKeys = originalBuckets(s, c, c.indexedHeight);
  const buckets = await bucketMembers(s.overlay, bucketKeys);
  bucketKeys.forEach((key, i) => {
    const ids = buckets[i]!;
    const kept = idsOf(ids).filter((member) => !bytesEqual(member, id));
    if (kept.length === 0) s.overlay.del(key);
    else if (kept.length * ID !== ids.length) s.overlay.put(key, concatBytes(...kept));
  });
}
