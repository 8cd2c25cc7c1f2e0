/**
 * The timed operations of the attribution benchmark on a populated Datanet.
 * Nothing is committed, so every sample sees the same LevelDB state; each
 * reads LevelDB itself (LevelStore.state, a fresh overlay per block) or, for
 * usages, optionally through a StateCache as the node does (`Reads`), with
 * whatever LevelDB's block cache and the OS page cache hold from the run so far. Queries cycle through the kinds of
 * synthetic.ts; a few extra queries run first, untimed, to warm the JIT.
 */
import { StateCache } from '../../src/chain/state-cache.js';
import { txBodyCodec } from '../../src/codec/codecs.js';
import { candidates, nearOriginal } from '../../src/state/handlers/lsh-index.js';
import { keys } from '../../src/state/keys.js';
import { Scope } from '../../src/state/scope.js';
import * as tables from '../../src/state/tables.js';
import { deriveId, txHash } from '../../src/tx/hash.js';
import { signTx } from '../../src/tx/sign.js';
import { seededRandom } from '../../test/support/text-corpus.js';
import { mean, quantile } from '../stats.js';
import type { BenchDatanet } from './datanet.js';
import { OPERATOR_ADDRESS, PAYER } from './plan.js';
import { QUERY_KINDS, type QueryKind } from './synthetic.js';

/** What one kind of operation cost, in µs, and what it found. */
export interface OpStats {
  samples: number;
  mean: number;
  p99: number;
  /** Mean µs per query kind (sketch operations only). */
  byKind: Partial<Record<QueryKind, number>>;
  /** Mean candidates compared per operation (sketch operations only). */
  candidates: number;
  /** Operations that found something: sketch-mode matches paid, or a near original found. */
  found: number;
}

const FEE_PAID = 100_000n;
const WARM_UP = 30;
// Query numbers of each use, far apart so that no two uses share a query sketch.
const DUP_QUERIES = 1_000_000;
const WARM_UP_QUERIES = 2_000_000;

interface Sample {
  micros: number;
  kind?: QueryKind;
  candidates?: number;
  found?: boolean;
}

function summarise(samples: readonly Sample[]): OpStats {
  const micros = samples.map((s) => s.micros).sort((a, b) => a - b);
  const byKind: Partial<Record<QueryKind, number>> = {};
  for (const kind of QUERY_KINDS) {
    const of = samples.filter((s) => s.kind === kind);
    if (of.length > 0) byKind[kind] = mean(of.map((s) => s.micros));
  }
  return {
    samples: samples.length,
    mean: mean(micros),
    p99: quantile(micros, 0.99),
    byKind,
    candidates: mean(samples.map((s) => s.candidates ?? 0)),
    found: samples.filter((s) => s.found).length,
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ micros: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { micros: (performance.now() - start) * 1000, value };
}

/**
 * How a usage block reads the committed state: `cold`, every read a LevelDB
 * get; `cached`, through one StateCache (the node's cache of committed
 * values) kept across the run's blocks, so what every block reads (params,
 * totals, proposer, payer, model, version, pool) is in memory and the
 * Datanet's buckets and records are as earlier usages left them.
 */
export type Reads = 'cold' | 'cached';

/**
 * One RecordUsage of the trained model per block, executed by executeBlock:
 * in sketch mode with query sketches of every kind, or without a sketch (the
 * fallback pool). The signature counts as verified, as for a tx the node
 * verified at mempool entry.
 */
export async function timeUsages(d: BenchDatanet, mode: 'sketch' | 'fallback', count: number, reads: Reads): Promise<OpStats> {
  const { ledger, plan, modelId } = d;
  const state = reads === 'cold' ? ledger.state : new StateCache(ledger.state);
  const usage = (q: number) => {
    const kind = QUERY_KINDS[q % QUERY_KINDS.length]!;
    const outputSketch = mode === 'sketch' ? plan.sketches.query(kind, q) : new Uint8Array(0);
    const body = {
      chainId: ledger.genesis.chainId,
      signer: PAYER.publicKey,
      nonce: 0n, // the payer's committed nonce: blocks here are never committed
      fee: plan.fee,
      payload: 'recordUsage' as const,
      recordUsage: { modelId, version: 1, feePaid: FEE_PAID + BigInt(q), outputSketch, scores: [] },
    };
    return { kind, bytes: signTx(body, PAYER.seed).bytes };
  };
  const run = async (q: number): Promise<Sample> => {
    const { kind, bytes } = usage(q);
    const { micros, value: result } = await timed(() => ledger.execute([bytes], new Set([bytes]), state));
    const r = result.txResults[0]!;
    if (r.code !== null) throw new Error(`usage failed: ${r.code} ${r.message}`);
    const attribution = r.events.find((e) => e.type === 'attribution')!.attributes;
    const considered = attribution.candidates === '' ? 0 : attribution.candidates!.split(',').length;
    return mode === 'sketch' ? { micros, kind, candidates: considered, found: attribution.mode === 'sketch' } : { micros };
  };
  for (let q = 0; q < WARM_UP; q++) await run(WARM_UP_QUERIES + q);
  const samples: Sample[] = [];
  for (let q = 0; q < count; q++) samples.push(await run(q));
  return summarise(samples);
}

/** nearOriginal, the duplicate check of every Contribute, for query sketches of every kind. */
export async function timeDuplicateChecks(d: BenchDatanet, count: number): Promise<OpStats> {
  const { ledger, plan } = d;
  const params = (await tables.params.get(ledger.state))!;
  const totals = (await tables.totals.get(ledger.state))!;
  const env = { params, height: ledger.height + 1n, proposerOperator: OPERATOR_ADDRESS };
  const run = async (q: number): Promise<Sample> => {
    const kind = QUERY_KINDS[q % QUERY_KINDS.length]!;
    const sketch = plan.sketches.query(kind, q);
    const scope = new Scope(ledger.state, { ...totals, transit: 0n }, env);
    const { micros, value: original } = await timed(() => nearOriginal(scope, plan.datanetId, sketch));
    const compared = await candidates(ledger.state, params, env.height, plan.datanetId, sketch, 'dup'); // untimed, for the note
    return { micros, kind, candidates: compared.length, found: original !== undefined };
  };
  for (let q = 0; q < WARM_UP; q++) await run(WARM_UP_QUERIES + q);
  const samples: Sample[] = [];
  for (let q = 0; q < count; q++) samples.push(await run(DUP_QUERIES + q));
  return summarise(samples);
}

/** One LevelDB point get of a random contribution record through LevelStore.state: the unit of every read above. */
export async function timeGets(d: BenchDatanet, count: number): Promise<OpStats> {
  const { ledger, plan } = d;
  const random = seededRandom(0x9e7);
  const ids = Array.from({ length: count + WARM_UP }, () => {
    const i = random() % plan.size;
    return keys.contribution(deriveId('contribution', txHash(txBodyCodec.encode(plan.body(i)))));
  });
  const samples: Sample[] = [];
  for (const [n, key] of ids.entries()) {
    const { micros, value } = await timed(() => ledger.state.get(key));
    if (value === undefined) throw new Error('a populated contribution is missing');
    if (n >= WARM_UP) samples.push({ micros });
  }
  return summarise(samples);
}
