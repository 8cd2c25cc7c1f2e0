/**
 * Typed results of every RPC method, in the node's JSON forms exactly as
 * src/rpc/json.ts writes them and docs/rpc.md documents them: snake_case
 * fields, bytes as lowercase `0x`-hex (`null` when absent), every uint64 as
 * a decimal string (`U64`), uint32 values as numbers, enums by name.
 *
 * The SDK is consistent about this: results are never converted (they print,
 * store and compare as they come, nothing is lost, and there is no second
 * schema to keep in step with the node); inputs accept the richer forms too
 * (convert.ts: Uint8Array or hex, bigint or number or string). Convert a
 * value where arithmetic needs it: `BigInt(account.balance)`,
 * `bytesOf(datanet.id)`.
 */
import type { PayloadKind } from '../codec/types.js';

/** Lowercase `0x`-hex. */
export type Hex = `0x${string}`;
/** A uint64 as a decimal string. */
export type U64 = string;

export type ContributionStatusName = 'PENDING' | 'ACCEPTED' | 'DUPLICATE' | 'REJECTED' | 'RETIRED';
export type PayoutRoleName = 'FEE' | 'VALIDATOR' | 'OWNER' | 'DATA' | 'POOL' | 'BURN';
export type Wait = 'none' | 'mempool' | 'commit';

// ---- status and fees ----

export interface Status {
  chain_id: string;
  height: U64;
  /** null at height 0. */
  block_hash: Hex | null;
  state_root: Hex;
  time_ms: U64;
  mempool: { size: number; bytes: number };
  /** A validator makes blocks; a follower imports them from peers. */
  role: 'validator' | 'follower';
  /** The p2p layer: this node's peer id and addresses, connected peers, sync. */
  p2p: P2pStatus | null;
  /** A validator's consensus (null on a follower): docs/consensus.md. */
  consensus: ConsensusStatus | null;
  version: string;
}

export interface ConsensusStatus {
  /** The height being decided. */
  height: U64;
  round: number;
  /** propose, prevote, precommit, or decided (waiting for the next height). */
  step: string;
  /** The round whose block this validator is locked on, -1 for none; valid_round likewise. */
  locked_round: number;
  valid_round: number;
}

export interface P2pStatus {
  peer_id: string;
  listen: string[];
  peers: number;
  /** The highest height a peer reported, at least this node's. */
  best_known_height: U64;
  syncing: boolean;
  /** Gossip messages this node checked, by verdict; rejected ones lower their forwarder's score. */
  gossip: { accepted: number; ignored: number; rejected: number };
}

export interface Health {
  ok: true;
  height: U64;
}

export interface FeeEstimate {
  min_tx_fee: U64;
  min_usage_fee: U64;
  /** The lowest fee among the txs ready for the next blocks; null when none is pending. */
  cheapest_pending_fee: U64 | null;
  pending_txs: number;
}

// ---- transactions ----

export interface TxEvent {
  type: string;
  attributes: Record<string, string>;
}

export interface TxPending {
  hash: Hex;
  status: 'pending';
}

/** A committed tx's outcome: `ok: false` with a `code` means its payload failed (fee and nonce still used). */
export interface TxCommitted {
  hash: Hex;
  status: 'committed';
  height: U64;
  index: number;
  ok: boolean;
  code: string | null;
  message: string;
  events: TxEvent[];
}

/** `tx_submit`: pending (wait "none"/"mempool", or no block within the timeout) or committed. */
/** Left out of a block by the producer (`code` says why, e.g. INSUFFICIENT_FUNDS for the fee): never committed. */
export interface TxDropped {
  hash: Hex;
  status: 'dropped';
  code: string;
  message: string;
}

export type SubmitResult = TxPending | TxCommitted | TxDropped;

/** The payload fields of each tx kind, as `tx_get` and `block_get` show them. */
export interface PayloadJson {
  transfer: { to: Hex; amount: U64 };
  createDatanet: DatanetSettings;
  updateCurators: { datanet_id: Hex; curators: Hex[] };
  contribute: { datanet_id: Hex; content_hash: Hex; size_bytes: U64; sketch: Hex; uri: string };
  curate: { contribution_id: Hex; verdict: 'ACCEPT' | 'REJECT'; reason: string };
  retire: { contribution_id: Hex };
  registerModel: { name: string; owner_share_bps: number; metadata_uri: string };
  recordTraining: { model_id: Hex; datanets: { datanet_id: Hex; weight_bps: number }[]; artifact_hash: Hex | null; cutoff_height: U64 };
  recordUsage: {
    model_id: Hex;
    version: number;
    fee_paid: U64;
    output_sketch: Hex | null;
    scores: { contribution_id: Hex; score: U64 }[];
  };
  claim: { entries: { pool_id: Hex; contribution_id: Hex }[] };
  stake: { amount: U64; consensus_key: Hex; possession_proof: Hex };
  unstake: { amount: U64 };
  evidence: { vote_a: SignedVoteJson | null; vote_b: SignedVoteJson | null };
}

export interface SignedVoteJson {
  vote: { chain_id: string; height: U64; round: number; type: number; block_hash: Hex | null } | null;
  validator: Hex;
  signature: Hex;
}

/** A decoded tx: `kind` says which payload it carries. */
export type TxView = {
  [K in PayloadKind]: {
    hash: Hex;
    /** The signer's address. */
    sender: Hex;
    /** The signer's public key. */
    signer: Hex;
    chain_id: string;
    nonce: U64;
    fee: U64;
    kind: K;
    payload: PayloadJson[K];
    size: number;
  };
}[PayloadKind];

/** `tx_get`: pending while in the mempool; once committed its outcome and the decoded tx. */
export type TxInfo = TxPending | (TxCommitted & { tx: TxView });

// ---- blocks and payouts ----

export interface Header {
  chain_id: string;
  height: U64;
  time_ms: U64;
  /** null at height 1. */
  prev_hash: Hex | null;
  tx_root: Hex;
  state_root: Hex;
  payout_root: Hex;
  proposer: Hex;
  validators_hash: Hex;
  /** null at height 1. */
  last_commit_hash: Hex | null;
}

export interface Commit {
  height: U64;
  round: number;
  block_hash: Hex;
  signatures: { validator: Hex; signature: Hex }[];
}

export interface TxResultSummary {
  hash: Hex;
  index: number;
  ok: boolean;
  code: string | null;
  message: string;
}

export interface Block {
  hash: Hex;
  header: Header;
  txs: TxView[];
  /** The commit of the previous block; null at height 1. */
  last_commit: Commit | null;
  results: {
    txs: TxResultSummary[];
    end_events: TxEvent[];
    payout_rows: number;
    payout_total: U64;
  };
}

export interface PayoutRow {
  /** The row's index in the block's payout table. */
  row: number;
  tx_index: number;
  role: PayoutRoleName;
  /** A 20-byte address, a 32-byte pool id for POOL, null for BURN. */
  recipient: Hex | null;
  contribution: Hex | null;
  amount: U64;
}

export interface BlockPayouts {
  height: U64;
  rows: PayoutRow[];
}

export interface AccountPayouts {
  rows: (PayoutRow & { height: U64 })[];
  /** Pass as `{from, skip}` for the following page; null on the last. */
  next: { from: U64; skip: number } | null;
}

// ---- state ----

export interface Account {
  address: Hex;
  balance: U64;
  /** The next nonce this account's tx must carry (committed state). */
  nonce: U64;
  /** The nonce after this account's txs pending in the node's mempool: what a new tx should carry. */
  pending_nonce: U64;
}

export interface Validator {
  operator: Hex;
  consensus_key: Hex;
  power: U64;
}

export interface Validators {
  validators: Validator[];
  /** The first height this set signs (1, or the height after its last change). */
  since_height: U64;
}

/** An operator's stake (docs/staking.md): bonded now, power in the current set, and what is unbonding until when. */
export interface Stake {
  operator: Hex;
  consensus_key: Hex;
  /** Bonded now; `power` follows it validator_update_delay blocks after a change. */
  bonded: U64;
  power: U64;
  slashed: boolean;
  unbonding: { unlock_height: U64; amount: U64 }[];
}

/** What a CreateDatanet tx sets. */
export interface DatanetSettings {
  name: string;
  description: string;
  license_uri: string;
  curators: Hex[];
  contribution_stake: U64;
  challenge_blocks: U64;
  auto_accept: boolean;
}

export interface Datanet extends DatanetSettings {
  id: Hex;
  owner: Hex;
  created_height: U64;
  accepted_total: U64;
  removed_total: U64;
  /** accepted − removed. */
  earning_members: U64;
}

export interface DatanetPage {
  datanets: Datanet[];
  /** Pass as `after` for the following page; null on the last. */
  next: Hex | null;
}

export interface Contribution {
  id: Hex;
  datanet_id: Hex;
  owner: Hex;
  content_hash: Hex;
  size_bytes: U64;
  uri: string;
  status: ContributionStatusName;
  /** null unless DUPLICATE. */
  duplicate_of: Hex | null;
  stake: U64;
  height: U64;
  tx_index: number;
  accepted_height: U64;
  due_height: U64;
  ended_height: U64;
}

/** contribution_get: the record with its sketch and what it has earned (DATA rows + pool claims) and can claim. */
export interface ContributionWithSketch extends Contribution {
  sketch: Hex;
  earned: U64;
  earned_data: U64;
  earned_claimed: U64;
  claimable: U64;
}

export interface ContributionPage {
  contributions: Contribution[];
  next: Hex | null;
}

export interface ClaimableEntry {
  pool_id: Hex;
  contribution_id: Hex;
  amount: U64;
  model_id: Hex;
  version: number;
  datanet_id: Hex;
}

export interface Claimable {
  entries: ClaimableEntry[];
  total: U64;
}

export interface Pool {
  id: Hex;
  model_id: Hex;
  version: number;
  datanet_id: Hex;
  cutoff_height: U64;
  members: U64;
  per_member: U64;
  carry: U64;
  balance: U64;
}

export interface ModelVersion {
  version: number;
  datanets: { datanet_id: Hex; weight_bps: number; pool: Pool | null }[];
  artifact_hash: Hex | null;
  cutoff_height: U64;
  recorded_height: U64;
}

export interface Model {
  id: Hex;
  owner: Hex;
  name: string;
  owner_share_bps: number;
  metadata_uri: string;
  version_count: number;
  created_height: U64;
  versions: ModelVersion[];
}

// ---- subscriptions (WebSocket) ----

export interface NewBlockMessage {
  height: U64;
  hash: Hex;
  header: Header;
  tx_count: number;
}

export interface PayoutMessage {
  height: U64;
  rows: PayoutRow[];
}

/** Filters and pushes of each subscription event. */
export interface SubscriptionEvents {
  newBlock: { filter: Record<string, never>; message: NewBlockMessage };
  /** `address` is the signer's. */
  tx: { filter: { hash?: string | Uint8Array; address?: string | Uint8Array }; message: TxCommitted };
  payout: { filter: { address?: string | Uint8Array }; message: PayoutMessage };
}
export type SubscriptionEvent = keyof SubscriptionEvents;

// ---- the method table ----

/** Method name → result: what `AttribClient.call` returns for each. */
/** attribution_explain: how a committed usage was split (docs/rpc.md). */
export interface Explanation {
  hash: Hex;
  height: U64;
  index: number;
  ok: boolean;
  code: string | null;
  payer: Hex;
  model: Hex;
  version: number;
  fee_paid: U64;
  payout_root: Hex;
  datanets: {
    datanet: Hex;
    weight_bps: number;
    mode: 'score' | 'sketch' | 'pool';
    part: U64;
    paid: ({ contribution: Hex; score: string } | { contribution: Hex; similarity: string })[];
    candidates: { contribution: Hex; similarity: string }[];
  }[];
  rows: (PayoutRow & { encoded: Hex; flags: ('payer' | 'model_owner')[]; proof: { left: boolean; hash: Hex }[] })[];
}

export interface RpcResults {
  status: Status;
  tx_submit: SubmitResult;
  tx_get: TxInfo;
  fee_estimate: FeeEstimate;
  block_get: Block;
  account_get: Account;
  validators: Validators;
  stake_get: Stake;
  datanet_get: Datanet;
  datanet_list: DatanetPage;
  contribution_list: ContributionPage;
  contribution_get: ContributionWithSketch;
  claimable_get: Claimable;
  model_get: Model;
  payouts_get: BlockPayouts;
  payouts_by_account: AccountPayouts;
  attribution_explain: Explanation;
  payouts_by_contribution: AccountPayouts;
}
export type RpcMethod = keyof RpcResults;
