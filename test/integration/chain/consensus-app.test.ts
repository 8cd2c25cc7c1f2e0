/**
 * The chain as consensus sees it (src/node/consensus-app.ts) on real
 * LevelDB: validating a proposal waits its turn behind a block being
 * imported from sync, on the one queue every chain call takes. Before, the
 * engine called the chain directly while the importer committed (Chain's
 * calls must not overlap): a proposal for the next height, checked in the
 * middle of an import, failed with BAD_HEIGHT and the validator prevoted
 * nil for a good block.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Chain } from '../../../src/chain/chain.js';
import { BlockImporter } from '../../../src/chain/importer.js';
import { Mempool } from '../../../src/mempool/mempool.js';
import { consensusApp } from '../../../src/node/consensus-app.js';
import { ChainEvents } from '../../../src/node/events.js';
import { toHex } from '../../../src/crypto/bytes.js';
import { LevelStore } from '../../../src/store/level-store.js';
import { testGenesis, testKey, VALIDATOR } from '../../support/chain.js';
import { tempDir } from '../../support/tmp.js';

const genesis = testGenesis([testKey('alice')]);
const open: LevelStore[] = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close().catch(() => undefined);
});

async function openChain(): Promise<Chain> {
  const store = await LevelStore.open(tempDir());
  open.push(store);
  return Chain.open(store, genesis);
}

/** Counts the chain's calls running at once (a wrapper around the instance, in the test). */
function countOverlaps(chain: Chain): { most: number } {
  const seen = { most: 0 };
  let running = 0;
  // validateProposal runs through validate, so wrapping validate counts it once.
  for (const name of ['propose', 'validate', 'commit'] as const) {
    const call = chain[name].bind(chain) as (...args: unknown[]) => Promise<unknown>;
    (chain as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      running++;
      seen.most = Math.max(seen.most, running);
      try {
        return await call(...args);
      } finally {
        running--;
      }
    };
  }
  return seen;
}

describe('consensusApp', () => {
  it('validates a proposal only after the import running before it has committed', async () => {
    // A leader makes blocks 1 and 2; the follower imports block 1 while its consensus is handed block 2.
    const leader = await openChain();
    const first = await leader.propose([], 1000n, VALIDATOR);
    await leader.commitProposed(first, VALIDATOR);
    const second = await leader.propose([], 2000n, VALIDATOR);
    const commit1 = (await leader.store.commitOf(1n))!;

    const follower = await openChain();
    const overlaps = countOverlaps(follower);
    const mempool = new Mempool(follower);
    const importer = new BlockImporter(follower, mempool, new ChainEvents());
    const app = consensusApp(follower, mempool, importer, VALIDATOR);

    const importing = importer.import({ block: first.block, commit: commit1 });
    const validating = app.validate(second.block);
    expect(await importing).toBe('committed');
    expect(toHex((await validating).hash)).toBe(toHex(second.hash));
    expect(overlaps.most).toBe(1);
  });
});
