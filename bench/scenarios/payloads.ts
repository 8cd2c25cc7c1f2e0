/**
 * What each kind of tx costs the state machine: blocks of one kind from the
 * payload mix (bench/workload.ts: 20 000 txs, 4 blocks of 500 of each kind,
 * 1 of near copies; quick 2 000, blocks of 50) executed in this process on a real LevelDB
 * read through the node's StateCache, signatures already verified (as for
 * txs a node took into its mempool), then committed. Reported per kind as
 * executed tx/s (block execution including the state root and payout table,
 * plus the LevelDB write) beside the one-thread verify ceiling of the same
 * run: how many signature checks one such tx is worth. This is where the
 * payload mix's time goes in the single-validator and validators4 scenarios.
 */
import { StateCache } from '../../src/chain/state-cache.js';
import { DEFAULT_PARAMS } from '../../src/state/params.js';
import { BenchLedger } from '../attribution/ledger.js';
import { benchGenesis } from '../attribution/plan.js';
import { failures } from '../load.js';
import type { BenchRow, BenchScenario } from '../types.js';
import { mixedWorkload, PAYLOAD_KINDS } from '../workload.js';
import { verifyCeiling } from './ceilings.js';

const NAME = 'payloads';

export const payloads: BenchScenario = {
  name: NAME,
  async run({ quick, progress, measured }): Promise<BenchRow[]> {
    const perBlock = quick ? 50 : 500;
    const blocks = quick ? 2 : 4;
    const genesis = benchGenesis(DEFAULT_PARAMS);
    // The rarest kind, near copies (3 in 200), fills one block.
    const workload = mixedWorkload(genesis.chainId, quick ? 2_000 : 20_000, quick ? 64 : 512, progress);
    const ledger = await BenchLedger.create({ ...genesis, accounts: [...genesis.accounts, ...workload.accounts] });
    try {
      const state = new StateCache(ledger.store.state);
      for (const [i, wave] of workload.setup.entries()) {
        progress(i, workload.setup.length, 'setting up the chain');
        const result = await ledger.execute(wave(ledger.height).map((t) => t.bytes), undefined, state);
        const failed = result.txResults.find((r) => r.code !== null);
        if (failed !== undefined) throw new Error(`set-up wave ${i + 1}: tx ${failed.index} failed with ${failed.code}`);
        await ledger.commit(result);
        state.apply(result.changes);
      }
      const ceiling = verifyCeiling(measured);
      const rows: BenchRow[] = [];
      for (const kind of PAYLOAD_KINDS) {
        const all = workload.txs.filter((t) => t.kind === kind);
        const kindBlocks = Math.max(1, Math.min(blocks, Math.floor(all.length / perBlock)));
        const txs = all.slice(0, perBlock * kindBlocks);
        let seconds = 0;
        const failed: Record<string, number> = {};
        for (let b = 0; b < kindBlocks; b++) {
          progress(b, kindBlocks, kind);
          const block = txs.slice(b * perBlock, (b + 1) * perBlock).map((t) => t.bytes);
          const started = performance.now();
          const result = await ledger.execute(block, new Set(block), state);
          await ledger.commit(result);
          state.apply(result.changes);
          seconds += (performance.now() - started) / 1000;
          for (const r of result.txResults) if (r.code !== null) failed[r.code] = (failed[r.code] ?? 0) + 1;
        }
        rows.push({
          scenario: NAME,
          metric: `executed tx/s, ${kind}`,
          value: txs.length / seconds,
          unit: 'tx/s',
          ...(ceiling ? { ceiling } : {}),
          note: `${kindBlocks} block${kindBlocks > 1 ? 's' : ''} of ${perBlock}, executed and written to LevelDB, signatures pre-verified${failures(failed)}`,
        });
      }
      return rows;
    } finally {
      await ledger.destroy();
    }
  },
};
