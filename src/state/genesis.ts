/**
 * Genesis (docs/protocol.md §9): a JSON document parsed and checked here,
 * purely, with a GenesisError naming the offending field; then turned into
 * the initial state writes and the genesis state root.
 */
import { checkLshParams } from '../attribution/lsh.js';
import type { AttributionVersion, Params, SupplyTotals } from '../codec/types.js';
import { ADDRESS_BYTES } from '../crypto/address.js';
import { bytesKey, fromHex, toHex, U64_MAX } from '../crypto/bytes.js';
import { isValidPublicKey } from '../crypto/ed25519.js';
import { MAX_CHAIN_ID_BYTES } from '../tx/limits.js';
import { GenesisError } from './errors.js';
import { StateOverlay } from './overlay.js';
import { changesAgainst, GENESIS_PREV_ROOT, nextStateRoot } from './state-root.js';
import { MemoryStore, type Write } from './store.js';
import * as tables from './tables.js';

export interface GenesisAccount {
  address: Uint8Array;
  balance: bigint;
}
export interface GenesisValidator {
  operator: Uint8Array;
  consensusKey: Uint8Array;
  stake: bigint;
}
export interface Genesis {
  chainId: string;
  params: Params;
  accounts: GenesisAccount[];
  validators: GenesisValidator[];
}

type Obj = Record<string, unknown>;

function bad(field: string, message: string, code: 'BAD_FIELD' | 'MISSING_FIELD' = 'BAD_FIELD'): never {
  throw new GenesisError(code, `genesis ${field}: ${message}`, { field });
}

function object(value: unknown, field: string, allowed: readonly string[]): Obj {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) bad(field, 'must be an object');
  for (const k of Object.keys(value)) if (!allowed.includes(k)) bad(`${field}.${k}`, 'is not a known field');
  for (const k of allowed) if (!(k in value)) bad(`${field}.${k}`, 'is required', 'MISSING_FIELD');
  return value as Obj;
}

function array(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) bad(field, 'must be an array');
  return value;
}

function u32(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    bad(field, 'must be an integer in 0..4294967295');
  }
  return value;
}

/** uint64 in JSON: a decimal string (JSON numbers lose precision above 2^53). */
function u64(value: unknown, field: string): bigint {
  if (typeof value !== 'string' || !/^(0|[1-9][0-9]*)$/.test(value) || BigInt(value) > U64_MAX) {
    bad(field, 'must be a decimal string of a uint64');
  }
  return BigInt(value);
}

function hexBytes(value: unknown, field: string, length: number): Uint8Array {
  const bytes = typeof value === 'string' ? fromHex(value) : undefined;
  if (bytes === undefined || bytes.length !== length) bad(field, `must be ${length} bytes of lowercase 0x-hex`);
  return bytes;
}

const U32_PARAMS = [
  'validator_bps',
  'max_owner_share_bps',
  'max_tx_bytes',
  'max_block_bytes',
  'sketch_k',
  'max_scores',
  'max_claim_entries',
  'max_curators',
  'max_training_datanets',
  'timeout_propose_ms',
  'timeout_propose_delta_ms',
  'timeout_vote_ms',
  'timeout_vote_delta_ms',
  'max_clock_drift_ms',
  'slash_bps',
] as const;
const U64_PARAMS = [
  'min_tx_fee',
  'min_usage_fee',
  'min_contribution_stake',
  'min_challenge_blocks',
  'max_contribution_bytes',
  'min_validator_stake',
  'validator_update_delay',
  'unbonding_blocks',
  'evidence_max_age_blocks',
] as const;
const VERSION_FIELDS = [
  'from_height',
  'version',
  'dup_threshold',
  'match_threshold',
  'top_k',
  'dup_bands',
  'dup_rows',
  'lsh_bucket_cap',
  'match_bands',
  'match_rows',
] as const;

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function parseParams(value: unknown): Params {
  const o = object(value, 'params', [...U32_PARAMS, ...U64_PARAMS, 'attribution_versions']);
  const p: Record<string, unknown> = {};
  for (const k of U32_PARAMS) p[camel(k)] = u32(o[k], `params.${k}`);
  for (const k of U64_PARAMS) p[camel(k)] = u64(o[k], `params.${k}`);
  p.attributionVersions = array(o.attribution_versions, 'params.attribution_versions').map((v, i) => {
    const field = `params.attribution_versions[${i}]`;
    const a = object(v, field, VERSION_FIELDS);
    return {
      fromHeight: u64(a.from_height, `${field}.from_height`),
      version: u32(a.version, `${field}.version`),
      dupThreshold: u32(a.dup_threshold, `${field}.dup_threshold`),
      matchThreshold: u32(a.match_threshold, `${field}.match_threshold`),
      topK: u32(a.top_k, `${field}.top_k`),
      dupBands: u32(a.dup_bands, `${field}.dup_bands`),
      dupRows: u32(a.dup_rows, `${field}.dup_rows`),
      lshBucketCap: u32(a.lsh_bucket_cap, `${field}.lsh_bucket_cap`),
      matchBands: u32(a.match_bands, `${field}.match_bands`),
      matchRows: u32(a.match_rows, `${field}.match_rows`),
    } satisfies AttributionVersion;
  });
  const params = p as unknown as Params;
  checkParams(params);
  return params;
}

function inconsistent(message: string): never {
  throw new GenesisError('INCONSISTENT', `genesis params: ${message}`);
}

/** An hour: longer consensus timeouts are a typo, not a choice. */
const MAX_TIMEOUT_MS = 3_600_000;

function checkParams(p: Params): void {
  if (p.validatorBps + p.maxOwnerShareBps > 10_000) inconsistent('validator_bps + max_owner_share_bps exceeds 10000');
  if (p.minChallengeBlocks < 1n) inconsistent('min_challenge_blocks must be at least 1');
  if (p.minTxFee < 1n) inconsistent('min_tx_fee must be at least 1 (free txs make spam free)');
  if (p.sketchK < 1 || p.sketchK > 1024) inconsistent('sketch_k must be in 1..1024');
  if (p.maxTxBytes < 256 || p.maxTxBytes > p.maxBlockBytes) inconsistent('max_tx_bytes must be in 256..max_block_bytes');
  for (const k of ['maxScores', 'maxClaimEntries', 'maxCurators', 'maxTrainingDatanets'] as const) {
    if (p[k] < 1) inconsistent(`${k} must be at least 1`);
  }
  if (p.timeoutProposeMs < 1 || p.timeoutVoteMs < 1 || p.maxClockDriftMs < 1) {
    inconsistent('timeout_propose_ms, timeout_vote_ms and max_clock_drift_ms must be at least 1');
  }
  for (const k of ['timeoutProposeMs', 'timeoutProposeDeltaMs', 'timeoutVoteMs', 'timeoutVoteDeltaMs', 'maxClockDriftMs'] as const) {
    if (p[k] > MAX_TIMEOUT_MS) inconsistent(`${k} must be at most ${MAX_TIMEOUT_MS} ms`);
  }
  if (p.validatorUpdateDelay < 1n) inconsistent('validator_update_delay must be at least 1');
  if (p.slashBps > 10_000) inconsistent('slash_bps must be at most 10000');
  if (p.minValidatorStake < 1n) inconsistent('min_validator_stake must be at least 1');
  if (p.evidenceMaxAgeBlocks >= p.unbondingBlocks) {
    inconsistent('evidence_max_age_blocks must be less than unbonding_blocks (an equivocator must still have stake to slash)');
  }
  const versions = p.attributionVersions;
  if (versions[0]?.fromHeight !== 1n) inconsistent('attribution_versions must start at from_height 1');
  versions.forEach((v, i) => {
    const prev = versions[i - 1];
    if (prev !== undefined && (v.fromHeight <= prev.fromHeight || v.version <= prev.version)) {
      inconsistent('attribution_versions must increase in from_height and version');
    }
    if (v.dupThreshold > p.sketchK || v.matchThreshold > p.sketchK || v.matchThreshold < 1 || v.topK < 1) {
      inconsistent(`attribution_versions[${i}]: thresholds must be in 1..sketch_k and top_k at least 1`);
    }
    try {
      checkLshParams({ bands: v.dupBands, rows: v.dupRows, bucketCap: v.lshBucketCap }, p.sketchK);
      checkLshParams({ bands: v.matchBands, rows: v.matchRows, bucketCap: v.lshBucketCap }, p.sketchK);
    } catch (err) {
      inconsistent(`attribution_versions[${i}]: ${(err as Error).message}`);
    }
  });
}

function distinct(keys: Uint8Array[], field: string): void {
  const seen = new Set(keys.map(bytesKey));
  if (seen.size !== keys.length) throw new GenesisError('DUPLICATE_ENTRY', `genesis ${field}: listed twice`, { field });
}

export function parseGenesis(input: unknown): Genesis {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (err) {
      throw new GenesisError('BAD_JSON', `genesis is not valid JSON: ${(err as Error).message}`);
    }
  }
  const o = object(value, 'genesis', ['chain_id', 'params', 'accounts', 'validators']);
  if (typeof o.chain_id !== 'string' || !/^[A-Za-z0-9._-]+$/.test(o.chain_id) || o.chain_id.length > MAX_CHAIN_ID_BYTES) {
    bad('chain_id', `must be 1..${MAX_CHAIN_ID_BYTES} characters of A-Z a-z 0-9 . _ -`);
  }
  const params = parseParams(o.params);
  const accounts = array(o.accounts, 'accounts').map((a, i) => {
    const e = object(a, `accounts[${i}]`, ['address', 'balance']);
    const balance = u64(e.balance, `accounts[${i}].balance`);
    if (balance === 0n) bad(`accounts[${i}].balance`, 'must be greater than 0');
    return { address: hexBytes(e.address, `accounts[${i}].address`, ADDRESS_BYTES), balance };
  });
  const validators = array(o.validators, 'validators').map((v, i) => {
    const e = object(v, `validators[${i}]`, ['operator', 'consensus_key', 'stake']);
    const consensusKey = hexBytes(e.consensus_key, `validators[${i}].consensus_key`, 32);
    if (!isValidPublicKey(consensusKey)) bad(`validators[${i}].consensus_key`, 'is not a valid ed25519 public key');
    const stake = u64(e.stake, `validators[${i}].stake`);
    if (stake < params.minValidatorStake) bad(`validators[${i}].stake`, `must be at least min_validator_stake (${params.minValidatorStake})`);
    return { operator: hexBytes(e.operator, `validators[${i}].operator`, ADDRESS_BYTES), consensusKey, stake };
  });
  if (validators.length === 0) bad('validators', 'at least one validator is required');
  distinct(accounts.map((a) => a.address), 'accounts.address');
  distinct(validators.map((v) => v.consensusKey), 'validators.consensus_key');
  distinct(validators.map((v) => v.operator), 'validators.operator'); // one consensus key per operator
  const supply = [...accounts.map((a) => a.balance), ...validators.map((v) => v.stake)].reduce((x, y) => x + y, 0n);
  if (supply > U64_MAX) throw new GenesisError('INCONSISTENT', 'genesis supply exceeds 2^64 - 1');
  return { chainId: o.chain_id, params, accounts, validators };
}

/** The initial state: every write of genesis, sorted, and the genesis state root. */
export async function genesisState(g: Genesis): Promise<{ changes: Write[]; stateRoot: Uint8Array; totals: SupplyTotals }> {
  const empty = new MemoryStore();
  const overlay = new StateOverlay(empty);
  const totals: SupplyTotals = {
    balances: g.accounts.reduce((n, a) => n + a.balance, 0n),
    contributionStakes: 0n,
    validatorStakes: g.validators.reduce((n, v) => n + v.stake, 0n),
    unbonding: 0n,
    pools: 0n,
    burned: 0n,
  };
  tables.params.put(overlay, g.params);
  tables.totals.put(overlay, totals);
  for (const a of g.accounts) tables.accounts.put(overlay, { balance: a.balance, nonce: 0n }, a.address);
  for (const v of g.validators) {
    tables.validators.put(overlay, { operator: v.operator, consensusKey: v.consensusKey, power: v.stake }, v.consensusKey);
    tables.bonds.put(overlay, { operator: v.operator, amount: v.stake, slashed: false }, v.consensusKey);
    tables.operatorKeys.put(overlay, { consensusKey: v.consensusKey }, v.operator);
  }
  tables.validatorSetChange.put(overlay, { height: 1n, previous: [] });
  const changes = await changesAgainst(empty, overlay);
  return { changes, stateRoot: nextStateRoot(GENESIS_PREV_ROOT, changes), totals };
}

/** The JSON document of a genesis, as parseGenesis reads it (snake_case, uint64 as decimal strings). */
export function genesisToJson(g: Genesis): Record<string, unknown> {
  const p = g.params;
  return {
    chain_id: g.chainId,
    params: {
      ...Object.fromEntries(U32_PARAMS.map((k) => [k, p[camel(k) as keyof Params]])),
      ...Object.fromEntries(U64_PARAMS.map((k) => [k, String(p[camel(k) as keyof Params])])),
      attribution_versions: p.attributionVersions.map((v) => ({
        from_height: String(v.fromHeight),
        version: v.version,
        dup_threshold: v.dupThreshold,
        match_threshold: v.matchThreshold,
        top_k: v.topK,
        dup_bands: v.dupBands,
        dup_rows: v.dupRows,
        lsh_bucket_cap: v.lshBucketCap,
        match_bands: v.matchBands,
        match_rows: v.matchRows,
      })),
    },
    accounts: g.accounts.map((a) => ({ address: toHex(a.address), balance: String(a.balance) })),
    validators: g.validators.map((v) => ({
      operator: toHex(v.operator),
      consensus_key: toHex(v.consensusKey),
      stake: String(v.stake),
    })),
  };
}
