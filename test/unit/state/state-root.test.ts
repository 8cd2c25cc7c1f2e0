/** The state root's byte rules at block scale: the changes' sort order and digest (docs/protocol.md §6), against plain reference versions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareBytes, u32be } from '../../../src/crypto/bytes.js';
import { sha256 } from '../../../src/crypto/hash.js';
import { StateOverlay } from '../../../src/state/overlay.js';
import { changesAgainst, changesDigest } from '../../../src/state/state-root.js';
import type { Write } from '../../../src/state/store.js';

/** The digest as protocol.md writes it, part by part. */
function referenceDigest(changes: readonly Write[]): Uint8Array {
  const parts = changes.flatMap(([key, value]) => (value === null ? [u32be(key.length), key, new Uint8Array([0])] : [u32be(key.length), key, new Uint8Array([1]), u32be(value.length), value]));
  return sha256(Buffer.concat(parts));
}

const emptyState = new StateOverlay({
  get: async () => undefined,
  getMany: async (keys) => keys.map(() => undefined),
  scan: async () => [],
});

describe('state root', () => {
  it('digests a block-sized change set (200 000 changes, puts and deletes) as the part-by-part reference does', () => {
    const changes: Write[] = Array.from({ length: 200_000 }, (_, i) => [u32be(i), i % 7 === 0 ? null : u32be(i * 31)]);
    expect(changesDigest(changes)).toEqual(referenceDigest(changes));
  });

  it('sorts changes in byte order, a prefix first, whatever the write order', async () => {
    const key = fc.uint8Array({ minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(key, { selector: (k) => Buffer.from(k).toString('hex'), maxLength: 60 }), async (keys) => {
        const block = new StateOverlay(emptyState);
        for (const k of keys) block.put(k, new Uint8Array([1]));
        const sorted = await changesAgainst(emptyState, block);
        expect(sorted.map(([k]) => Buffer.from(k).toString('hex'))).toEqual([...keys].sort(compareBytes).map((k) => Buffer.from(k).toString('hex')));
        expect(changesDigest(sorted)).toEqual(referenceDigest(sorted));
      }),
    );
  });
});
