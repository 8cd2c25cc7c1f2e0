import { describe, expect, it } from 'vitest';
import { StateCache } from '../../../src/chain/state-cache.js';
import { MemoryStore, type StateReader } from '../../../src/state/store.js';

const key = new Uint8Array([0x10, 1]);
const v = (n: number) => new Uint8Array([n]);

/** A reader whose gets wait until released, to interleave a read with a commit. */
function gated(inner: MemoryStore): { reader: StateReader; release(): void; gets: () => number } {
  let open!: () => void;
  let gate = new Promise<void>((r) => (open = r));
  let count = 0;
  return {
    reader: {
      async get(k) {
        count++;
        const value = await inner.get(k); // read before the commit lands…
        await gate; // …and return after it
        return value;
      },
      async getMany(ks) {
        count += ks.length;
        const values = await inner.getMany(ks);
        await gate;
        return values;
      },
      scan: (p, o) => inner.scan(p, o),
    },
    release: () => {
      open();
      gate = Promise.resolve();
    },
    gets: () => count,
  };
}

describe('StateCache', () => {
  it('reads through once, then answers from memory, including for absent keys', async () => {
    const store = new MemoryStore();
    store.apply([[key, v(1)]]);
    const g = gated(store);
    g.release();
    const cache = new StateCache(g.reader);
    expect(await cache.get(key)).toEqual(v(1));
    expect(await cache.get(key)).toEqual(v(1));
    expect(await cache.get(new Uint8Array([9]))).toBeUndefined();
    expect(await cache.get(new Uint8Array([9]))).toBeUndefined();
    expect(g.gets()).toBe(2);
  });

  it('takes each commit’s changes, puts and deletes', async () => {
    const store = new MemoryStore();
    store.apply([[key, v(1)]]);
    const g = gated(store);
    g.release();
    const cache = new StateCache(g.reader);
    await cache.get(key);
    cache.apply([[key, v(2)]]);
    expect(await cache.get(key)).toEqual(v(2));
    cache.apply([[key, null]]);
    expect(await cache.get(key)).toBeUndefined();
    expect(g.gets()).toBe(1);
  });

  it('does not keep a value read before a commit that changed it', async () => {
    const store = new MemoryStore();
    store.apply([[key, v(1)]]);
    const g = gated(store);
    const cache = new StateCache(g.reader);
    const racing = cache.get(key); // reads 1 from the store, then waits
    store.apply([[key, v(2)]]);
    cache.apply([[key, v(2)]]);
    g.release();
    expect(await racing).toEqual(v(1)); // the answer of its moment…
    expect(await cache.get(key)).toEqual(v(2)); // …but not cached over the commit
  });

  it('stays bounded: a full cache starts over', async () => {
    const store = new MemoryStore();
    const g = gated(store);
    g.release();
    const cache = new StateCache(g.reader, 2);
    for (const n of [1, 2, 3]) await cache.get(new Uint8Array([n]));
    await cache.get(new Uint8Array([1])); // evicted by the third: read again
    expect(g.gets()).toBe(4);
  });

  it('getMany reads only what it does not hold, in one call, and caches it', async () => {
    const store = new MemoryStore();
    const a = new Uint8Array([0x10, 2]);
    store.apply([[key, v(1)], [a, v(2)]]);
    const g = gated(store);
    g.release();
    const cache = new StateCache(g.reader);
    await cache.get(key);
    expect(await cache.getMany([a, key, new Uint8Array([9])])).toEqual([v(2), v(1), undefined]);
    expect(g.gets()).toBe(3); // key once by get, then a and the absent key by getMany
    expect(await cache.getMany([a, new Uint8Array([9]), key])).toEqual([v(2), undefined, v(1)]);
    expect(g.gets()).toBe(3);
  });

  it('getMany does not keep values read before a commit that changed them', async () => {
    const store = new MemoryStore();
    store.apply([[key, v(1)]]);
    const g = gated(store);
    const cache = new StateCache(g.reader);
    const racing = cache.getMany([key]);
    store.apply([[key, v(2)]]);
    cache.apply([[key, v(2)]]);
    g.release();
    expect(await racing).toEqual([v(1)]);
    expect(await cache.getMany([key])).toEqual([v(2)]);
  });
});
