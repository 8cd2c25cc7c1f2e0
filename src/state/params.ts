/**
 * Default genesis params (DESIGN §3.5 and docs/protocol.md §9 for why each
 * value). Genesis files must still list every param: these are what
 * `attrib init` and the devnet write, not fallbacks for missing fields.
 */
import type { AttributionVersion, Params } from '../codec/types.js';

export const DEFAULT_PARAMS: Params = {
  validatorBps: 500,
  maxOwnerShareBps: 3000,
  minTxFee: 10n,
  minUsageFee: 100n,
  minContributionStake: 1000n,
  minChallengeBlocks: 10n,
  maxContributionBytes: 1n << 30n,
  maxTxBytes: 65_536,
  maxBlockBytes: 8 << 20,
  sketchK: 128,
  maxScores: 64,
  maxClaimEntries: 256,
  maxCurators: 16,
  maxTrainingDatanets: 16,
  attributionVersions: [
    {
      fromHeight: 1n,
      version: 1,
      dupThreshold: 103,
      matchThreshold: 26,
      topK: 32,
      dupBands: 21,
      dupRows: 6,
      lshBucketCap: 64,
      matchBands: 64,
      matchRows: 2,
    },
  ],
  // CometBFT's defaults: 3 s to propose, 1 s per vote step, +0.5 s per round.
  timeoutProposeMs: 3000,
  timeoutProposeDeltaMs: 500,
  timeoutVoteMs: 1000,
  timeoutVoteDeltaMs: 500,
  // A live proposal's time may run this far ahead of a validator's clock (DESIGN §2).
  maxClockDriftMs: 10_000,
  // Staking (docs/staking.md): 5 % slashed; evidence stays usable for half the unbonding period.
  minValidatorStake: 100_000n,
  validatorUpdateDelay: 2n,
  unbondingBlocks: 1000n,
  slashBps: 500,
  evidenceMaxAgeBlocks: 500n,
};

/** The attribution version in force at `height`: the last whose from_height is at or below it. */
export function attributionVersionAt(params: Params, height: bigint): AttributionVersion {
  let found = params.attributionVersions[0]!;
  for (const v of params.attributionVersions) if (v.fromHeight <= height) found = v;
  return found;
}
