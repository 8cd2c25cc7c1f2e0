/**
 * Direct population: the state entries that a plan's Contribute txs and
 * their auto-acceptance leave, computed with the state machine's own
 * functions and written to LevelDB in large batches instead of executing a
 * block per thousand txs, far too slow for a million.
 *
 * One batch per cluster, computed in worker threads (cluster-entries.ts:
 * records, content refs and LSH buckets under the handler's own keys and cap
 * rule) and written by the main thread through LevelStore.writeState while
 * the workers compute the next ones. Then, in height order, what the txs and
 * the end-of-block sweeps change elsewhere: each contributor's fee, nonce and
 * stake, the proposer's fees (Scope.chargeFee, credit, debit, as applyTx and
 * applyContribute call them) and each acceptance's member count
 * (countMember, as the sweep calls it).
 *
 * Not run: the duplicate check (the sketches make every member an original
 * by construction; `checkPopulation` confirms it against real txs), and the
 * auto-accept schedule entries, which the sweep deletes again.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Params } from '../../src/codec/types.js';
import { Prefix } from '../../src/state/keys.js';
import { countMember } from '../../src/state/member-counts.js';
import { Scope } from '../../src/state/scope.js';
import type { Write } from '../../src/state/store.js';
import * as tables from '../../src/state/tables.js';
import { unpackWrites } from './cluster-entries.js';
import type { BenchLedger } from './ledger.js';
import { OPERATOR_ADDRESS, type ContributionPlan } from './plan.js';

/** Writes the plan's contributions into the ledger's state, `progress(done, total)` after each batch; returns the state entries written. */
export async function populate(ledger: BenchLedger, plan: ContributionPlan, progress: (done: number, total: number) => void): Promise<number> {
  const params = (await tables.params.get(ledger.state))!;
  const stake = (await tables.datanets.get(ledger.state, plan.datanetId))!.contributionStake;
  const clusters = plan.sketches.clusters;
  let next = 0;
  const take = () => (next < clusters ? next++ : undefined);
  let done = 0;
  let written = 0;
  const threads = Math.min(availableParallelism(), clusters);
  const workers = Array.from({ length: threads }, () => new Worker(WORKER, { workerData: { spec: plan.spec, params, stake } }));
  try {
    await Promise.all(
      workers.map(async (worker) => {
        const ask = (cluster: number) => {
          worker.postMessage(cluster);
          return nextMessage(worker) as Promise<Uint8Array>;
        };
        await nextMessage(worker); // ready
        let cluster = take();
        let reply = cluster === undefined ? undefined : ask(cluster);
        while (reply !== undefined) {
          const packed = await reply;
          // The worker computes its next cluster while this thread writes the last one.
          cluster = take();
          reply = cluster === undefined ? undefined : ask(cluster);
          const writes = unpackWrites(packed);
          await ledger.write(writes);
          written += writes.length;
          progress((done += contributionsIn(writes)), plan.size);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  const rest = await ledgerEntries(ledger, plan, params, stake);
  await ledger.write(rest);
  return written + rest.length;
}

const WORKER = new URL('./populate-worker.js', import.meta.url);

/** The worker's next message (listen before anything can await: messages without a listener are lost). */
function nextMessage(worker: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => {
      worker.off('message', onMessage);
      reject(err);
    };
    const onMessage = (message: unknown) => {
      worker.off('error', onError);
      resolve(message);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
  });
}

function contributionsIn(writes: readonly Write[]): number {
  return writes.filter(([key]) => key[0] === Prefix.CONTRIBUTION).length;
}

/** Accounts, supply totals, the Datanet's accepted total and its member-count checkpoints after every contribution. */
async function ledgerEntries(ledger: BenchLedger, plan: ContributionPlan, params: Params, stake: bigint): Promise<Write[]> {
  const before = (await tables.totals.get(ledger.state))!;
  const all = new Scope(ledger.state, { ...before, transit: 0n }, { params, height: 0n, proposerOperator: OPERATOR_ADDRESS });
  for (let i = 0; i < plan.size; i++) {
    const sender = plan.owner(i);
    all.chargeFee(sender, await all.account(sender), plan.fee);
    await all.credit(OPERATOR_ADDRESS, plan.fee, 'transit'); // the proposer's FEE row
    await all.debit(sender, stake, 'contributionStakes');
  }
  // The sweep of each height accepts what fell due there; checkpoints must be written in height order.
  for (let first = 0; first < plan.size; first += plan.perBlock) {
    const sweep = new Scope(all.overlay, all.totals, { ...all.env, height: plan.acceptedHeight(first) });
    for (let i = first; i < Math.min(plan.size, first + plan.perBlock); i++) await countMember(sweep, plan.datanetId, 'accepted');
    sweep.overlay.commitTo(all.overlay);
  }
  const { transit, ...totals } = all.totals;
  if (transit !== 0n) throw new Error(`population left ${transit} in transit`);
  tables.totals.put(all.overlay, totals);
  return [...all.overlay.entries()];
}
