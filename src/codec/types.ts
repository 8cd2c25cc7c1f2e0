/**
 * Domain types of the protobuf schema (proto/ledger/v1): the shapes the codec
 * returns. uint64 → bigint, uint32 and enums → number, bytes → Uint8Array,
 * field names in camelCase. A oneof is flattened: `payload` names the member
 * that is set. Absent message fields decode as null.
 */

// ---- enums (values as in the .proto files) ----

export const Verdict = { UNSPECIFIED: 0, ACCEPT: 1, REJECT: 2 } as const;
export const VoteType = { UNSPECIFIED: 0, PREVOTE: 1, PRECOMMIT: 2 } as const;
export const PayoutRole = { UNSPECIFIED: 0, FEE: 1, VALIDATOR: 2, OWNER: 3, DATA: 4, POOL: 5, BURN: 6 } as const;
export type PayoutRole = (typeof PayoutRole)[keyof typeof PayoutRole];
export const ContributionStatus = {
  UNSPECIFIED: 0,
  PENDING: 1,
  ACCEPTED: 2,
  DUPLICATE: 3,
  REJECTED: 4,
  RETIRED: 5,
} as const;
export type ContributionStatus = (typeof ContributionStatus)[keyof typeof ContributionStatus];

// ---- transactions ----

export interface Tx {
  body: Uint8Array;
  signature: Uint8Array;
}

export interface Transfer {
  to: Uint8Array;
  amount: bigint;
}
export interface CreateDatanet {
  name: string;
  description: string;
  licenseUri: string;
  curators: Uint8Array[];
  contributionStake: bigint;
  challengeBlocks: bigint;
  autoAccept: boolean;
}
export interface UpdateCurators {
  datanetId: Uint8Array;
  curators: Uint8Array[];
}
export interface Contribute {
  datanetId: Uint8Array;
  contentHash: Uint8Array;
  sizeBytes: bigint;
  sketch: Uint8Array;
  uri: string;
}
export interface Curate {
  contributionId: Uint8Array;
  verdict: number;
  reason: string;
}
export interface Retire {
  contributionId: Uint8Array;
}
export interface RegisterModel {
  name: string;
  ownerShareBps: number;
  metadataUri: string;
}
export interface DatanetWeight {
  datanetId: Uint8Array;
  weightBps: number;
}
export interface RecordTraining {
  modelId: Uint8Array;
  datanets: DatanetWeight[];
  artifactHash: Uint8Array;
  cutoffHeight: bigint;
}
export interface ContributionScore {
  contributionId: Uint8Array;
  score: bigint;
}
export interface RecordUsage {
  modelId: Uint8Array;
  version: number;
  feePaid: bigint;
  outputSketch: Uint8Array;
  scores: ContributionScore[];
}
export interface ClaimEntry {
  poolId: Uint8Array;
  contributionId: Uint8Array;
}
export interface Claim {
  entries: ClaimEntry[];
}
export interface Stake {
  amount: bigint;
  consensusKey: Uint8Array;
  /** The consensus key's signature of possessionSignBytes for this chain and the signer's address (64 bytes). */
  possessionProof: Uint8Array;
}
/** What a Stake's possession_proof signs (docs/protocol.md §3). */
export interface PossessionProof {
  chainId: string;
  /** The 20-byte address of the operator that bonds: the Stake's signer. */
  operator: Uint8Array;
}
export interface Unstake {
  amount: bigint;
}
export interface Evidence {
  voteA: SignedVote | null;
  voteB: SignedVote | null;
}

export type TxPayload =
  | { payload: 'transfer'; transfer: Transfer }
  | { payload: 'createDatanet'; createDatanet: CreateDatanet }
  | { payload: 'updateCurators'; updateCurators: UpdateCurators }
  | { payload: 'contribute'; contribute: Contribute }
  | { payload: 'curate'; curate: Curate }
  | { payload: 'retire'; retire: Retire }
  | { payload: 'registerModel'; registerModel: RegisterModel }
  | { payload: 'recordTraining'; recordTraining: RecordTraining }
  | { payload: 'recordUsage'; recordUsage: RecordUsage }
  | { payload: 'claim'; claim: Claim }
  | { payload: 'stake'; stake: Stake }
  | { payload: 'unstake'; unstake: Unstake }
  | { payload: 'evidence'; evidence: Evidence };

export type PayloadKind = TxPayload['payload'];

export type TxBody = {
  chainId: string;
  signer: Uint8Array;
  nonce: bigint;
  fee: bigint;
} & TxPayload;

// ---- consensus ----

export interface Vote {
  chainId: string;
  height: bigint;
  round: number;
  type: number;
  blockHash: Uint8Array;
}
export interface SignedVote {
  vote: Vote | null;
  validator: Uint8Array;
  signature: Uint8Array;
}
export interface CommitSig {
  validator: Uint8Array;
  signature: Uint8Array;
}
export interface Commit {
  height: bigint;
  round: number;
  blockHash: Uint8Array;
  signatures: CommitSig[];
}
export interface VoteQuorum {
  vote: Vote | null;
  signatures: CommitSig[];
}
export interface ProposalContent {
  chainId: string;
  height: bigint;
  round: number;
  hasPolRound: boolean;
  polRound: number;
  blockHash: Uint8Array;
}

// ---- blocks ----

export interface Header {
  chainId: string;
  height: bigint;
  timeMs: bigint;
  prevHash: Uint8Array;
  txRoot: Uint8Array;
  stateRoot: Uint8Array;
  payoutRoot: Uint8Array;
  proposer: Uint8Array;
  validatorsHash: Uint8Array;
  lastCommitHash: Uint8Array;
}
export interface Block {
  header: Header | null;
  txs: Uint8Array[];
  lastCommit: Commit | null;
}
export interface PayoutRow {
  txIndex: number;
  role: PayoutRole;
  recipient: Uint8Array;
  contributionId: Uint8Array;
  amount: bigint;
}

// ---- state values ----

export interface AttributionVersion {
  fromHeight: bigint;
  version: number;
  dupThreshold: number;
  matchThreshold: number;
  topK: number;
  dupBands: number;
  dupRows: number;
  lshBucketCap: number;
  matchBands: number;
  matchRows: number;
}
export interface Params {
  validatorBps: number;
  maxOwnerShareBps: number;
  minTxFee: bigint;
  minUsageFee: bigint;
  minContributionStake: bigint;
  minChallengeBlocks: bigint;
  maxContributionBytes: bigint;
  maxTxBytes: number;
  maxBlockBytes: number;
  sketchK: number;
  maxScores: number;
  maxClaimEntries: number;
  maxCurators: number;
  maxTrainingDatanets: number;
  attributionVersions: AttributionVersion[];
  timeoutProposeMs: number;
  timeoutProposeDeltaMs: number;
  timeoutVoteMs: number;
  timeoutVoteDeltaMs: number;
  maxClockDriftMs: number;
  minValidatorStake: bigint;
  validatorUpdateDelay: bigint;
  unbondingBlocks: bigint;
  slashBps: number;
  evidenceMaxAgeBlocks: bigint;
}
export interface SupplyTotals {
  balances: bigint;
  contributionStakes: bigint;
  validatorStakes: bigint;
  unbonding: bigint;
  pools: bigint;
  burned: bigint;
}
export interface Account {
  balance: bigint;
  nonce: bigint;
}
export interface Validator {
  operator: Uint8Array;
  consensusKey: Uint8Array;
  power: bigint;
}
export interface Bond {
  operator: Uint8Array;
  amount: bigint;
  slashed: boolean;
}
export interface OperatorKey {
  consensusKey: Uint8Array;
}
export interface ValidatorSetChange {
  height: bigint;
  previous: Validator[];
}
export interface Amount {
  amount: bigint;
}
export interface Datanet {
  owner: Uint8Array;
  name: string;
  description: string;
  licenseUri: string;
  curators: Uint8Array[];
  contributionStake: bigint;
  challengeBlocks: bigint;
  autoAccept: boolean;
  createdHeight: bigint;
  acceptedTotal: bigint;
  removedTotal: bigint;
}
export interface MemberCounts {
  accepted: bigint;
  removed: bigint;
}
export interface Contribution {
  datanetId: Uint8Array;
  owner: Uint8Array;
  contentHash: Uint8Array;
  sizeBytes: bigint;
  sketch: Uint8Array;
  uri: string;
  status: ContributionStatus;
  duplicateOf: Uint8Array;
  stake: bigint;
  height: bigint;
  txIndex: number;
  acceptedHeight: bigint;
  dueHeight: bigint;
  endedHeight: bigint;
  indexedHeight: bigint;
}
export interface ContentRef {
  original: Uint8Array;
}
export interface Model {
  owner: Uint8Array;
  name: string;
  ownerShareBps: number;
  metadataUri: string;
  versionCount: number;
  createdHeight: bigint;
}
export interface TrainedDatanet {
  datanetId: Uint8Array;
  weightBps: number;
  poolId: Uint8Array;
}
export interface ModelVersion {
  datanets: TrainedDatanet[];
  artifactHash: Uint8Array;
  cutoffHeight: bigint;
  recordedHeight: bigint;
}
export interface Pool {
  modelId: Uint8Array;
  version: number;
  datanetId: Uint8Array;
  cutoffHeight: bigint;
  members: bigint;
  perMember: bigint;
  carry: bigint;
  balance: bigint;
}
export interface ClaimMark {
  perMember: bigint;
}

// ---- node records (store.proto): not consensus objects ----

export interface EventAttribute {
  key: string;
  value: string;
}
export interface StoredEvent {
  type: string;
  attributes: EventAttribute[];
}
export interface StoredTxResult {
  hash: Uint8Array;
  index: number;
  /** Empty when the payload applied. */
  code: string;
  message: string;
  events: StoredEvent[];
}
export interface BlockResults {
  txs: StoredTxResult[];
  endEvents: StoredEvent[];
  payouts: PayoutRow[];
}
export interface ChainHead {
  height: bigint;
  blockHash: Uint8Array;
  stateRoot: Uint8Array;
  timeMs: bigint;
}
export interface TxLocation {
  height: bigint;
  index: number;
}

// ---- p2p.proto: between nodes ----

export interface TxBatch {
  txs: Uint8Array[];
}
export interface CertifiedBlock {
  block: Block | null;
  commit: Commit | null;
}
export interface SyncRequest {
  fromHeight: bigint;
  maxBlocks: number;
}
export interface SyncStatus {
  height: bigint;
}
export interface SignedProposal {
  proposal: ProposalContent | null;
  proposer: Uint8Array;
  signature: Uint8Array;
  block: Block | null;
}
export type ConsensusMessage =
  | { message: 'proposal'; proposal: SignedProposal }
  | { message: 'vote'; vote: SignedVote }
  | { message: 'quorum'; quorum: VoteQuorum };

// ---- wal.proto: the consensus write-ahead log (node-local) ----

export interface WalTimeout {
  height: bigint;
  round: number;
  step: number;
}
export interface WalRound {
  height: bigint;
  round: number;
}
export interface WalValidated {
  height: bigint;
  round: number;
  blockHash: Uint8Array;
  valid: boolean;
}
export type WalRecord =
  | { record: 'message'; message: ConsensusMessage }
  | { record: 'timeout'; timeout: WalTimeout }
  | { record: 'round'; round: WalRound }
  | { record: 'validated'; validated: WalValidated };
