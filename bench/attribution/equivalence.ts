/**
 * What keeps the attribution benchmark honest: a small Datanet filled by
 * executing its real Contribute txs and the same Datanet populated directly
 * must hold byte-identical state — every key, records, buckets, accounts,
 * counts — after the same training block. Run with a small bucket cap so
 * that buckets of both indexes fill and the cap rule is part of the check.
 */
import { LSH_INDEX_ID } from '../../src/attribution/lsh.js';
import type { Params } from '../../src/codec/types.js';
import { toHex } from '../../src/crypto/bytes.js';
import { Prefix } from '../../src/state/keys.js';
import { buildDatanet, type DatanetLayout } from './datanet.js';

export interface PopulationCheck {
  /** State entries compared. */
  entries: number;
  /** Buckets holding `bucketCap` entries, per index. */
  fullBuckets: { dup: number; match: number };
}

const ID_BYTES = 32;
// A bucket key is LSH_BUCKET ‖ 32-byte Datanet id ‖ index id ‖ 8-byte bucket key.
const INDEX_ID_AT = 1 + ID_BYTES;

/** Throws, naming the first differing key, unless both ways of filling the Datanet give the same state. */
export async function checkPopulation(params: Params, layout: DatanetLayout): Promise<PopulationCheck> {
  const real = await buildDatanet(params, layout, 'txs');
  try {
    const direct = await buildDatanet(params, layout, { direct: () => {} });
    try {
      const want = await real.ledger.entries();
      const got = await direct.ledger.entries();
      const line = ([k, v]: [Uint8Array, Uint8Array]) => `${toHex(k)}=${toHex(v)}`;
      for (let i = 0; i < Math.max(want.length, got.length); i++) {
        const [w, g] = [want[i], got[i]];
        if (w === undefined || g === undefined || line(w) !== line(g)) {
          throw new Error(`direct population differs from real txs at entry ${i}: txs ${w ? line(w) : 'none'}, direct ${g ? line(g) : 'none'}`);
        }
      }
      const cap = params.attributionVersions[0]!.lshBucketCap;
      const full = (index: number) =>
        want.filter(([k, v]) => k[0] === Prefix.LSH_BUCKET && k[INDEX_ID_AT] === index && v.length === cap * ID_BYTES).length;
      return { entries: want.length, fullBuckets: { dup: full(LSH_INDEX_ID.dup), match: full(LSH_INDEX_ID.match) } };
    } finally {
      await direct.ledger.destroy();
    }
  } finally {
    await real.ledger.destroy();
  }
}
