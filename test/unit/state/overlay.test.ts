import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/crypto/bytes.js';
import { keys, ScheduleKind } from '../../../src/state/keys.js';
import { StateOverlay } from '../../../src/state/overlay.js';
import { MemoryStore } from '../../../src/state/store.js';

const id = (n: number) => new Uint8Array(32).fill(n);
const v = (n: number) => new Uint8Array([n]);
const dump = (entries: [Uint8Array, Uint8Array][]) => entries.map(([k, val]) => [toHex(k), toHex(val)]);

describe('StateOverlay', () => {
  it('reads its own writes over the parent, including deletes', async () => {
    const base = new MemoryStore();
    const account = keys.account(id(1).subarray(0, 20));
    base.apply([[account, v(1)]]);
    const o = new StateOverlay(base);
    expect(await o.get(account)).toEqual(v(1));
    o.del(account);
    expect(await o.get(account)).toBeUndefined();
    o.put(keys.model(id(2)), v(2));
    expect(await o.get(keys.model(id(2)))).toEqual(v(2));
    expect(await base.get(account)).toEqual(v(1));
    expect(base.size).toBe(1);
  });

  it('getMany reads its own writes and deletes, and asks the parent only for the rest', async () => {
    const base = new MemoryStore();
    const [a, b, c] = [1, 2, 3].map((n) => keys.model(id(n)));
    base.apply([[a!, v(1)], [b!, v(2)]]);
    const asked: number[] = [];
    const parent = Object.assign(Object.create(base) as MemoryStore, {
      getMany: (ks: readonly Uint8Array[]) => {
        asked.push(ks.length);
        return base.getMany(ks);
      },
    });
    const o = new StateOverlay(parent);
    o.del(a!);
    o.put(c!, v(3));
    expect(await o.getMany([a!, b!, c!, keys.model(id(4))])).toEqual([undefined, v(2), v(3), undefined]);
    expect(asked).toEqual([2]); // b and the absent key, in one call
  });

  it('merges scans with the parent: puts added, deletes hidden, key order, reverse and limit', async () => {
    const base = new MemoryStore();
    const d = id(7);
    base.apply([1n, 3n, 5n].map((h) => [keys.counts(d, h), v(Number(h))]));
    const block = new StateOverlay(base);
    block.put(keys.counts(d, 4n), v(4));
    block.del(keys.counts(d, 5n));
    const tx = new StateOverlay(block);
    tx.put(keys.counts(d, 2n), v(2));
    tx.put(keys.counts(id(8), 1n), v(99)); // another group: never in d's scans

    const all = await tx.scan(keys.countsGroup(d));
    expect(dump(all)).toEqual(dump([1n, 2n, 3n, 4n].map((h) => [keys.counts(d, h), v(Number(h))])));
    // The last checkpoint at or before height 5: 5 is deleted in the block overlay, so 4.
    const [last] = await tx.scan(keys.countsGroup(d), { lte: keys.counts(d, 5n), reverse: true, limit: 1 });
    expect(toHex(last![1])).toBe(toHex(v(4)));
    const [atThree] = await tx.scan(keys.countsGroup(d), { lte: keys.counts(d, 3n), reverse: true, limit: 1 });
    expect(toHex(atThree![1])).toBe(toHex(v(3)));
  });

  it('asks the parent for extra entries when its deletes hide some under a limit', async () => {
    const base = new MemoryStore();
    base.apply([1, 2, 3].map((n) => [keys.schedule(9n, ScheduleKind.UNLOCK, id(n)), v(n)]));
    const o = new StateOverlay(base);
    o.del(keys.schedule(9n, ScheduleKind.UNLOCK, id(1)));
    o.del(keys.schedule(9n, ScheduleKind.UNLOCK, id(2)));
    const [first] = await o.scan(keys.scheduleGroup(9n), { limit: 1 });
    expect(toHex(first![1])).toBe(toHex(v(3)));
  });

  it('refuses scans outside a range group', async () => {
    await expect(new StateOverlay(new MemoryStore()).scan(new Uint8Array([0x10]))).rejects.toThrow(/range group/);
  });

  it('commits its writes into the parent overlay only when asked', async () => {
    const block = new StateOverlay(new MemoryStore());
    const tx = new StateOverlay(block);
    tx.put(keys.model(id(3)), v(3));
    expect(await block.get(keys.model(id(3)))).toBeUndefined();
    tx.commitTo(block);
    expect(await block.get(keys.model(id(3)))).toEqual(v(3));
    expect([...block.entries()]).toHaveLength(1);
  });
});
