import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/crypto/bytes.js';
import { GenesisError } from '../../../src/state/errors.js';
import { genesisState, genesisToJson, parseGenesis } from '../../../src/state/genesis.js';
import { OPERATOR, testKey, VALIDATOR } from '../../support/chain.js';

const alice = testKey('alice');

type Json = Record<string, any>;

function goodGenesis(): Json {
  return {
    chain_id: 'attrib-test',
    params: {
      validator_bps: 500,
      max_owner_share_bps: 3000,
      min_tx_fee: '10',
      min_usage_fee: '100',
      min_contribution_stake: '1000',
      min_challenge_blocks: '10',
      max_contribution_bytes: '1073741824',
      max_tx_bytes: 65536,
      max_block_bytes: 8388608,
      sketch_k: 128,
      max_scores: 64,
      max_claim_entries: 256,
      max_curators: 16,
      max_training_datanets: 16,
      timeout_propose_ms: 3000,
      timeout_propose_delta_ms: 500,
      timeout_vote_ms: 1000,
      timeout_vote_delta_ms: 500,
      max_clock_drift_ms: 10000,
      slash_bps: 500,
      min_validator_stake: '100000',
      validator_update_delay: '2',
      unbonding_blocks: '1000',
      evidence_max_age_blocks: '500',
      attribution_versions: [
        { from_height: '1', version: 1, dup_threshold: 103, match_threshold: 26, top_k: 32, dup_bands: 21, dup_rows: 6, lsh_bucket_cap: 64, match_bands: 64, match_rows: 2 },
      ],
    },
    accounts: [{ address: toHex(alice.address), balance: '1000000' }],
    validators: [{ operator: toHex(OPERATOR.address), consensus_key: toHex(VALIDATOR.publicKey), stake: '500000' }],
  };
}

function errorOf(input: unknown): { code: string; field: unknown } | undefined {
  try {
    parseGenesis(input);
  } catch (err) {
    if (err instanceof GenesisError) return { code: err.code, field: err.meta.field };
    throw err;
  }
  return undefined;
}

function mutated(edit: (g: Json) => void): Json {
  const g = goodGenesis();
  edit(g);
  return g;
}

describe('genesis', () => {
  it('parses a complete genesis, from an object or from JSON text', () => {
    const g = parseGenesis(JSON.stringify(goodGenesis()));
    expect(g.chainId).toBe('attrib-test');
    expect(g.params.minTxFee).toBe(10n);
    expect(g.params.attributionVersions[0]!.dupThreshold).toBe(103);
    expect(g.accounts[0]!.balance).toBe(1_000_000n);
    expect(g.validators[0]!.stake).toBe(500_000n);
  });

  it('writes params, totals, accounts and validators and is deterministic', async () => {
    const a = await genesisState(parseGenesis(goodGenesis()));
    const b = await genesisState(parseGenesis(goodGenesis()));
    // params, totals, the account, and the validator with its bond, its operator's key and the set's origin
    expect(a.changes).toHaveLength(7);
    expect(a.totals.balances).toBe(1_000_000n);
    expect(a.totals.validatorStakes).toBe(500_000n);
    expect(toHex(a.stateRoot)).toBe(toHex(b.stateRoot));
    const c = await genesisState(parseGenesis(mutated((g) => (g.accounts[0].balance = '1000001'))));
    expect(toHex(c.stateRoot)).not.toBe(toHex(a.stateRoot));
  });

  it.each([
    ['not JSON', '{', 'BAD_JSON', undefined],
    ['a missing param', mutated((g) => delete g.params.min_tx_fee), 'MISSING_FIELD', 'params.min_tx_fee'],
    ['an unknown param (a typo)', mutated((g) => (g.params.min_tx_fees = '1')), 'BAD_FIELD', 'params.min_tx_fees'],
    ['a uint64 as a JSON number', mutated((g) => (g.params.min_tx_fee = 10)), 'BAD_FIELD', 'params.min_tx_fee'],
    ['a uint64 above 2^64-1', mutated((g) => (g.accounts[0].balance = '18446744073709551616')), 'BAD_FIELD', 'accounts[0].balance'],
    ['a leading zero', mutated((g) => (g.accounts[0].balance = '010')), 'BAD_FIELD', 'accounts[0].balance'],
    ['a negative uint32', mutated((g) => (g.params.sketch_k = -1)), 'BAD_FIELD', 'params.sketch_k'],
    ['a bad chain id', mutated((g) => (g.chain_id = 'has space')), 'BAD_FIELD', 'chain_id'],
    ['a short address', mutated((g) => (g.accounts[0].address = '0x1234')), 'BAD_FIELD', 'accounts[0].address'],
    ['uppercase hex', mutated((g) => (g.accounts[0].address = g.accounts[0].address.toUpperCase())), 'BAD_FIELD', 'accounts[0].address'],
    ['a zero balance', mutated((g) => (g.accounts[0].balance = '0')), 'BAD_FIELD', 'accounts[0].balance'],
    ['a small-order consensus key', mutated((g) => (g.validators[0].consensus_key = '0x01' + '00'.repeat(31))), 'BAD_FIELD', 'validators[0].consensus_key'],
    ['no validators', mutated((g) => (g.validators = [])), 'BAD_FIELD', 'validators'],
    ['a repeated account', mutated((g) => g.accounts.push({ ...g.accounts[0] })), 'DUPLICATE_ENTRY', 'accounts.address'],
    ['a stake below min_validator_stake', mutated((g) => (g.validators[0].stake = '99999')), 'BAD_FIELD', 'validators[0].stake'],
    [
      'two consensus keys of one operator',
      mutated((g) => g.validators.push({ ...g.validators[0], consensus_key: toHex(alice.publicKey) })),
      'DUPLICATE_ENTRY',
      'validators.operator',
    ],
  ])('refuses %s', (_name, input, code, field) => {
    expect(errorOf(input)).toEqual({ code, field });
  });

  it.each([
    ['validator_bps + max_owner_share_bps > 10000', (g: Json) => (g.params.validator_bps = 7001)],
    ['min_challenge_blocks 0', (g: Json) => (g.params.min_challenge_blocks = '0')],
    ['min_tx_fee 0', (g: Json) => (g.params.min_tx_fee = '0')],
    ['timeout_propose_ms 0', (g: Json) => (g.params.timeout_propose_ms = 0)],
    ['max_clock_drift_ms 0', (g: Json) => (g.params.max_clock_drift_ms = 0)],
    ['timeout_vote_delta_ms above an hour', (g: Json) => (g.params.timeout_vote_delta_ms = 3_600_001)],
    ['max_tx_bytes above max_block_bytes', (g: Json) => (g.params.max_tx_bytes = 9_000_000)],
    ['a threshold above sketch_k', (g: Json) => (g.params.attribution_versions[0].dup_threshold = 129)],
    ['versions not starting at height 1', (g: Json) => (g.params.attribution_versions[0].from_height = '2')],
    ['supply above 2^64-1', (g: Json) => (g.validators[0].stake = '18446744073709551615')],
    ['duplicate LSH bands × rows above sketch_k', (g: Json) => (g.params.attribution_versions[0].dup_bands = 30)],
    ['an LSH bucket cap of 0', (g: Json) => (g.params.attribution_versions[0].lsh_bucket_cap = 0)],
    ['validator_update_delay 0', (g: Json) => (g.params.validator_update_delay = '0')],
    ['slash_bps above 10000', (g: Json) => (g.params.slash_bps = 10_001)],
    ['evidence_max_age_blocks not below unbonding_blocks', (g: Json) => (g.params.evidence_max_age_blocks = '1000')],
  ])('refuses an inconsistent genesis: %s', (_name, edit) => {
    expect(errorOf(mutated(edit))?.code).toBe('INCONSISTENT');
  });
});

describe('genesisToJson', () => {
  it('writes what parseGenesis reads back to the same genesis', async () => {
    const g = parseGenesis(goodGenesis());
    expect(JSON.parse(JSON.stringify(genesisToJson(g)))).toEqual(goodGenesis());
  });
});
