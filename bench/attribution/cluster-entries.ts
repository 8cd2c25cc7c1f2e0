/**
 * The state entries one cluster of a plan's contributions leaves: records,
 * content refs and LSH buckets, computed with the state machine's own
 * functions (codecs, keys, `bucketsOf`) and its cap rule. Runs in the
 * population workers, a million contributions' worth, so it keeps the
 * garbage collector's work small; entries cross threads packed in one
 * transferable buffer.
 */
import { LSH_INDEX_ID, LSH_KEY_BYTES, type LshIndex } from '../../src/attribution/lsh.js';
import { contentRefCodec, contributionCodec, txBodyCodec } from '../../src/codec/codecs.js';
import { ContributionStatus, type Contribution, type Params } from '../../src/codec/types.js';
import { concatBytes } from '../../src/crypto/bytes.js';
import { bucketsOf } from '../../src/state/handlers/lsh-index.js';
import { keys } from '../../src/state/keys.js';
import { attributionVersionAt } from '../../src/state/params.js';
import type { Write } from '../../src/state/store.js';
import { deriveId, txHash } from '../../src/tx/hash.js';
import type { ContributionPlan } from './plan.js';

const EMPTY = new Uint8Array(0);
const INDEXES: readonly LshIndex[] = ['dup', 'match'];

/** Puts, packed one after the other as u8 key length ‖ u32be value length ‖ key ‖ value (state keys are < 256 bytes). */
class PackedWrites {
  private bytes = new Uint8Array(1 << 20);
  private view = new DataView(this.bytes.buffer);
  private length = 0;

  put(key: Uint8Array, value: Uint8Array): void {
    const end = this.length + 5 + key.length + value.length;
    if (end > this.bytes.length) {
      const grown = new Uint8Array(Math.max(end, 2 * this.bytes.length));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
      this.view = new DataView(grown.buffer);
    }
    this.bytes[this.length] = key.length;
    this.view.setUint32(this.length + 1, value.length);
    this.bytes.set(key, this.length + 5);
    this.bytes.set(value, this.length + 5 + key.length);
    this.length = end;
  }

  /** The puts in a buffer of their own (to transfer between threads). */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

export function unpackWrites(bytes: Uint8Array): Write[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const writes: Write[] = [];
  for (let at = 0; at < bytes.length; ) {
    const keyEnd = at + 5 + bytes[at]!;
    const valueEnd = keyEnd + view.getUint32(at + 1);
    writes.push([bytes.subarray(at + 5, keyEnd), bytes.subarray(keyEnd, valueEnd)]);
    at = valueEnd;
  }
  return writes;
}

/**
 * The bucket entries a cluster's contributions ask for, in insertion order,
 * as parallel number arrays: a few hundred thousand of them per batch would
 * otherwise be as many objects for the garbage collector.
 */
class BucketEntries {
  readonly index: number[] = [];
  readonly hi: number[] = [];
  readonly lo: number[] = [];
  readonly member: number[] = [];

  add(index: number, bucket: Uint8Array, member: number): void {
    const view = new DataView(bucket.buffer, bucket.byteOffset, LSH_KEY_BYTES);
    this.index.push(index);
    this.hi.push(view.getUint32(0));
    this.lo.push(view.getUint32(4));
    this.member.push(member);
  }

  sameBucket(a: number, b: number): boolean {
    return this.index[a] === this.index[b] && this.hi[a] === this.hi[b] && this.lo[a] === this.lo[b];
  }

  /** Entry numbers ordered by bucket, each bucket's entries in insertion order. */
  byBucket(): Uint32Array {
    const { index, hi, lo } = this;
    return new Uint32Array(index.length)
      .map((_, j) => j)
      .sort((a, b) => index[a]! - index[b]! || hi[a]! - hi[b]! || lo[a]! - lo[b]! || a - b);
  }

  bucketKey(j: number): Uint8Array {
    const key = new Uint8Array(LSH_KEY_BYTES);
    const view = new DataView(key.buffer);
    view.setUint32(0, this.hi[j]!);
    view.setUint32(4, this.lo[j]!);
    return key;
  }
}

/**
 * The state entries of cluster `c`, packed: every contribution's record
 * (ACCEPTED, as its auto-acceptance leaves it) and content ref, and the
 * cluster's LSH buckets. A bucket takes entries in (height, tx index) order
 * while it holds fewer than the cap in force at the entering contribution's
 * height, as indexOriginal does; clusters share no bucket, so the cluster's
 * buckets are complete here.
 */
export function clusterEntries(plan: ContributionPlan, params: Params, stake: bigint, c: number): Uint8Array {
  const out = new PackedWrites();
  const entries = new BucketEntries();
  const ids: Uint8Array[] = [];
  const caps: number[] = [];
  for (const i of plan.sketches.membersOf(c)) {
    const body = plan.body(i);
    const p = body.contribute;
    const id = deriveId('contribution', txHash(txBodyCodec.encode(body)));
    const height = plan.height(i);
    let indexed = false;
    for (const index of INDEXES) {
      for (const bucket of bucketsOf(p.sketch, params, height, index)) {
        indexed = true;
        entries.add(LSH_INDEX_ID[index], bucket, ids.length);
      }
    }
    ids.push(id);
    caps.push(attributionVersionAt(params, height).lshBucketCap);
    const record: Contribution = {
      datanetId: p.datanetId,
      owner: plan.owner(i),
      contentHash: p.contentHash,
      sizeBytes: p.sizeBytes,
      sketch: p.sketch,
      uri: p.uri,
      status: ContributionStatus.ACCEPTED,
      duplicateOf: EMPTY,
      stake,
      height,
      txIndex: plan.txIndex(i),
      acceptedHeight: plan.acceptedHeight(i),
      dueHeight: 0n,
      endedHeight: 0n,
      indexedHeight: indexed ? height : 0n,
    };
    out.put(keys.contribution(id), contributionCodec.encode(record));
    out.put(keys.content(p.datanetId, p.contentHash), contentRefCodec.encode({ original: id }));
  }
  const order = entries.byBucket();
  for (let start = 0; start < order.length; ) {
    const first = order[start]!;
    const taken: Uint8Array[] = [];
    let end = start;
    for (; end < order.length && entries.sameBucket(order[end]!, first); end++) {
      const member = entries.member[order[end]!]!;
      if (taken.length < caps[member]!) taken.push(ids[member]!);
    }
    out.put(keys.lshBucket(plan.datanetId, entries.index[first]!, entries.bucketKey(first)), concatBytes(...taken));
    start = end;
  }
  return out.finish();
}
