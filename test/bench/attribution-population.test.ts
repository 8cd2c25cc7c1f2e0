/**
 * The attribution benchmark measures a directly populated LevelDB state; these
 * check that it is the state real txs produce, and that the synthetic
 * sketches have the overlap bench/attribution/synthetic.ts promises.
 */
import { describe, expect, it } from 'vitest';
import { checkPopulation } from '../../bench/attribution/equivalence.js';
import { SyntheticSketches } from '../../bench/attribution/synthetic.js';
import { similarity } from '../../src/attribution/sketch.js';
import { DEFAULT_PARAMS } from '../../src/state/params.js';

const DUP_THRESHOLD = DEFAULT_PARAMS.attributionVersions[0]!.dupThreshold;
const MATCH_THRESHOLD = DEFAULT_PARAMS.attributionVersions[0]!.matchThreshold;

describe('direct population', () => {
  it('leaves the byte-identical state of executing the real Contribute txs, full buckets included', async () => {
    const v = DEFAULT_PARAMS.attributionVersions[0]!;
    const params = { ...DEFAULT_PARAMS, attributionVersions: [{ ...v, lshBucketCap: 3 }] };
    const result = await checkPopulation(params, { size: 120, clusterSize: 40, perBlock: 25 });
    expect(result.entries).toBeGreaterThan(120 * 60);
    expect(result.fullBuckets.dup).toBeGreaterThan(0);
    expect(result.fullBuckets.match).toBeGreaterThan(0);
  }, 60_000);
});

describe('synthetic sketches', () => {
  const sketches = new SyntheticSketches(400, 100, DUP_THRESHOLD);
  const members = Array.from({ length: sketches.size }, (_, i) => sketches.member(i));
  const best = (query: Uint8Array) => Math.max(...members.map((m) => similarity(m, query)));

  it('are the same for the same index and differ between indexes', () => {
    expect(sketches.member(7)).toEqual(members[7]);
    expect(new Set(members.map((m) => Buffer.from(m).toString('hex'))).size).toBe(members.length);
  });

  it('never puts two contributions within dup_threshold, yet match within a cluster and not across', () => {
    let inCluster = 0;
    let matching = 0;
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const s = similarity(members[a]!, members[b]!);
        expect(s).toBeLessThan(DUP_THRESHOLD);
        if (sketches.clusterOf(a) === sketches.clusterOf(b)) {
          inCluster++;
          if (s >= MATCH_THRESHOLD) matching++;
        } else {
          expect(s).toBeLessThanOrEqual(2);
        }
      }
    }
    expect(matching / inCluster).toBeGreaterThan(0.5);
  });

  it('makes copy queries near duplicates, cluster queries matches and unrelated queries neither', () => {
    for (let q = 0; q < 30; q++) {
      expect(best(sketches.query('copy', q))).toBeGreaterThanOrEqual(DUP_THRESHOLD);
      expect(best(sketches.query('cluster', q))).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
      expect(best(sketches.query('unrelated', q))).toBeLessThanOrEqual(2);
    }
  });
});
