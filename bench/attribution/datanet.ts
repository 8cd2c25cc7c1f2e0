/**
 * The benchmark's chain: an auto-accepting Datanet and a model (real blocks),
 * filled with a plan's contributions either by executing their Contribute
 * txs or by direct population, then a RecordTraining (a real block) whose
 * cutoff comes after every acceptance, so each contribution is an earning
 * member of version 1 and its pool counts all of them.
 */
import type { Params } from '../../src/codec/types.js';
import { deriveId } from '../../src/tx/hash.js';
import { signTx } from '../../src/tx/sign.js';
import * as tables from '../../src/state/tables.js';
import { BenchLedger } from './ledger.js';
import { benchGenesis, ContributionPlan, OWNER } from './plan.js';
import { populate } from './populate.js';

export interface DatanetLayout {
  /** Contributions. */
  size: number;
  clusterSize: number;
  /** Contributions per block. */
  perBlock: number;
}

export interface BenchDatanet {
  ledger: BenchLedger;
  plan: ContributionPlan;
  modelId: Uint8Array;
  /** State entries written by direct population (0 when filled by txs). */
  populated: number;
}

/** How the contributions get into the state: their real txs, block by block, or `populate`. */
export type Fill = 'txs' | { direct: (done: number, total: number) => void };

export async function buildDatanet(params: Params, layout: DatanetLayout, fill: Fill): Promise<BenchDatanet> {
  const ledger = await BenchLedger.create(benchGenesis(params));
  try {
    const fee = params.minTxFee;
    const created = await ledger.block([
      ledger.tx(
        OWNER,
        {
          payload: 'createDatanet',
          createDatanet: {
            name: 'bench',
            description: '',
            licenseUri: '',
            curators: [],
            contributionStake: params.minContributionStake,
            challengeBlocks: params.minChallengeBlocks,
            autoAccept: true,
          },
        },
        fee,
      ),
    ]);
    const datanetId = deriveId('datanet', created.txResults[0]!.hash);
    const registered = await ledger.block([
      ledger.tx(OWNER, { payload: 'registerModel', registerModel: { name: 'bench model', ownerShareBps: 1000, metadataUri: '' } }, fee),
    ]);
    const modelId = deriveId('model', registered.txResults[0]!.hash);
    const plan = new ContributionPlan({
      ...layout,
      dupThreshold: params.attributionVersions[0]!.dupThreshold,
      chainId: ledger.genesis.chainId,
      datanetId,
      fee,
      challengeBlocks: params.minChallengeBlocks,
      firstHeight: ledger.height + 1n,
    });

    let populated = 0;
    if (fill === 'txs') await contributeByTxs(ledger, plan);
    else {
      populated = await populate(ledger, plan, fill.direct);
      ledger.skipTo(plan.height(plan.size - 1));
    }
    while (ledger.height < plan.allAcceptedHeight) await ledger.block();

    const cutoffHeight = ledger.height;
    await ledger.block([
      ledger.tx(
        OWNER,
        { payload: 'recordTraining', recordTraining: { modelId, datanets: [{ datanetId, weightBps: 10_000 }], artifactHash: new Uint8Array(0), cutoffHeight } },
        fee,
      ),
    ]);
    const version = await tables.modelVersions.get(ledger.state, modelId, 1);
    const pool = version && (await tables.pools.get(ledger.state, version.datanets[0]!.poolId));
    if (pool?.members !== BigInt(plan.size)) throw new Error(`the trained pool counts ${pool?.members} members, not ${plan.size}`);
    return { ledger, plan, modelId, populated };
  } catch (err) {
    await ledger.destroy();
    throw err;
  }
}

/** Executes the plan's Contribute txs, perBlock to a block, and checks each became an original. */
async function contributeByTxs(ledger: BenchLedger, plan: ContributionPlan): Promise<void> {
  for (let first = 0; first < plan.size; first += plan.perBlock) {
    const txs = [];
    for (let i = first; i < Math.min(plan.size, first + plan.perBlock); i++) txs.push(signTx(plan.body(i), plan.contributor(i).seed));
    const result = await ledger.block(txs);
    const copy = result.txResults.find((r) => r.events.some((e) => e.attributes.status === 'DUPLICATE'));
    if (copy !== undefined) throw new Error(`synthetic contribution ${first + copy.index} was judged a duplicate`);
  }
}
