/**
 * The real-node attribution scenarios (test/e2e/attribution-*.test.ts): one
 * node process per test file, shared by its tests, which build on each
 * other's chain state. node-process.ts kills its nodes after every test, so
 * this starts its own in beforeAll and kills it in afterAll — same flags:
 * 127.0.0.1, an ephemeral RPC port, 100 ms blocks — on a devnet home.
 *
 * Also here, written from the docs and not from src/: the Merkle check of
 * `attribution_explain` proofs (docs/protocol.md §5, §11, with its own
 * PayoutRow encoder) and a full supply recount over RPC (protocol §7).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  AttribClient,
  createdIdOf,
  payloads,
  poolIdOf,
  send,
  Wallet,
  type Block,
  type CreateDatanetOptions,
  type Hex,
  type PayoutRow,
  type RecordUsageOptions,
  type TxEvent,
  type TxPayload,
} from '../../src/client/index.js';
import { sketchBytes } from '../../src/attribution/sketch.js';
import { utf8 } from '../../src/crypto/bytes.js';
import { keyPairFromSeed } from '../../src/crypto/ed25519.js';
import { sha256 } from '../../src/crypto/hash.js';
import { DEVNET_DEV, DEVNET_VALIDATOR, devnetGenesis } from '../../src/node/devnet.js';
import { initHome, writeKeyFile } from '../../src/node/home.js';
import { spawnNode, type NodeProcess } from '../../src/node/spawn.js';
import { DEFAULT_PARAMS } from '../../src/state/params.js';
import { deriveId } from '../../src/tx/hash.js';
import { runToExit } from './node-process.js';

export const FEE = DEFAULT_PARAMS.minTxFee;
export const STAKE = DEFAULT_PARAMS.minContributionStake;
export const CHALLENGE_BLOCKS = DEFAULT_PARAMS.minChallengeBlocks;
/** What every scenario wallet is funded with. */
export const FUNDS = 10_000_000n;

/** A committed tx, whether its payload applied (`ok`) or failed with `code`. */
export interface Committed {
  hash: Hex;
  height: bigint;
  index: number;
  ok: boolean;
  code: string | null;
  events: TxEvent[];
  /** The Datanet, contribution or model it created (whether or not the payload applied). */
  id?: Hex;
}

export interface Ledger {
  readonly home: string;
  readonly client: AttribClient;
  readonly dev: Wallet;
  /** Every RecordUsage sent (by `use` or recorded with `usages.push`): the proofs test checks them all. */
  readonly usages: Hex[];
  /** A wallet from a fixed seed with a key file `name` in the home (for `--from name`); not funded. */
  wallet(name: string): Wallet;
  /** Sends and waits for the block: throws unless committed (a failed payload is returned, ok false). */
  commit(from: Wallet, payload: TxPayload): Promise<Committed>;
  /** commit, and throws unless the payload applied. */
  apply(from: Wallet, payload: TxPayload): Promise<Committed>;
  /** A usage, applied, remembered in `usages`. */
  use(from: Wallet, usage: RecordUsageOptions): Promise<Committed>;
  /** Runs `attrib ARGS --json` against the node: exit 0 and its JSON, else throws with the output. */
  attrib<T>(args: string[]): Promise<T>;
  balance(address: string): Promise<bigint>;
  height(): Promise<bigint>;
  waitForHeight(height: bigint): Promise<void>;
}

/** Registers beforeAll/afterAll for the file's node; call at the top level of a test file. */
export function useLedger(): () => Ledger {
  let ledger: Ledger | undefined;
  let node: NodeProcess | undefined;
  let home: string | undefined;
  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'attrib-scenarios-'));
    initHome(home, devnetGenesis(), DEVNET_VALIDATOR);
    node = await spawnNode(home, ['--rpc-port', '0', '--p2p-port', '0'], { ...process.env, ATTRIB_BLOCK_TIME_MS: '100' });
    ledger = makeLedger(home, node.rpcUrl);
  }, 30_000);
  afterAll(async () => {
    await ledger?.client.close();
    if (node !== undefined) {
      node.child.kill('SIGKILL');
      await node.exited;
    }
    if (home !== undefined) rmSync(home, { recursive: true, force: true });
  });
  return () => {
    if (ledger === undefined) throw new Error('the ledger node is not running (beforeAll failed?)');
    return ledger;
  };
}

function makeLedger(home: string, url: string): Ledger {
  const client = new AttribClient(url);
  const usages: Hex[] = [];
  const commit = async (from: Wallet, payload: TxPayload): Promise<Committed> => {
    const sent = await send(client, from, payload);
    const r = sent.result;
    if (r.status !== 'committed') throw new Error(`${payload.payload} ${sent.hash} was not committed: ${JSON.stringify(r)}`);
    const id = createdIdOf(payload, sent.hash);
    return { hash: sent.hash, height: BigInt(r.height), index: r.index, ok: r.ok, code: r.code, events: r.events, ...(id === undefined ? {} : { id }) };
  };
  const apply = async (from: Wallet, payload: TxPayload): Promise<Committed> => {
    const c = await commit(from, payload);
    if (!c.ok) throw new Error(`${payload.payload} ${c.hash} failed: ${c.code}`);
    return c;
  };
  const height = async () => BigInt((await client.status()).height);
  return {
    home,
    client,
    dev: new Wallet(DEVNET_DEV.seed),
    usages,
    wallet(name) {
      const pair = keyPairFromSeed(sha256(utf8(`attribution scenarios: ${name}`)));
      writeKeyFile(home, name, pair);
      return new Wallet(pair.seed);
    },
    commit,
    apply,
    async use(from, usage) {
      const c = await apply(from, payloads.recordUsage(usage));
      usages.push(c.hash);
      return c;
    },
    async attrib<T>(args: string[]) {
      const run = await runToExit([...args, '--home', home, '--rpc', url, '--json']);
      if (run.code !== 0) throw new Error(`attrib ${args.join(' ')} exited ${run.code}:\n${run.output}`);
      return JSON.parse(run.output) as T;
    },
    balance: async (address) => BigInt((await client.getAccount(address)).balance),
    height,
    async waitForHeight(target) {
      while ((await height()) < target) await new Promise((resolve) => setTimeout(resolve, 50));
    },
  };
}

// ---- scenario steps ----

/** The sketch of a text, as the SDK and the CLI compute it. */
export const sketchOfText = (text: string): Uint8Array => sketchBytes(utf8(text));

/** A wallet per name (with its key file), each funded with FUNDS by the dev account, sent back to back. */
export async function fundedWallets<N extends string>(L: Ledger, names: readonly N[]): Promise<Record<N, Wallet>> {
  const wallets = Object.fromEntries(names.map((n) => [n, L.wallet(n)])) as Record<N, Wallet>;
  await Promise.all(names.map((n) => L.apply(L.dev, payloads.transfer(wallets[n].address, FUNDS))));
  return wallets;
}

/** A Datanet of `owner` with the default stake and challenge window unless given. */
export async function createDatanet(L: Ledger, owner: Wallet, opts: CreateDatanetOptions): Promise<Hex> {
  return (await L.apply(owner, payloads.createDatanet(opts))).id!;
}

/** Contributes each text (hash, size and sketch computed by the SDK); the ids in the same order. */
export async function contributeTexts(L: Ledger, from: Wallet, datanet: Hex, texts: readonly string[]): Promise<Hex[]> {
  return Promise.all(texts.map(async (text) => (await L.apply(from, payloads.contributeData(datanet, utf8(text)))).id!));
}

export async function acceptAll(L: Ledger, curator: Wallet, ids: readonly Hex[]): Promise<void> {
  await Promise.all(ids.map((id) => L.apply(curator, payloads.accept(id))));
}

/**
 * Records a version of `model` (registered here with `ownerShareBps` when
 * not given) trained on `datanets` with every contribution accepted up to
 * the current height; returns the model, the version and its pool ids.
 */
export async function train(
  L: Ledger,
  owner: Wallet,
  datanets: readonly (readonly [Hex, number])[],
  model: { id: Hex } | { ownerShareBps: number },
): Promise<{ model: Hex; version: number; pools: Hex[] }> {
  const id = 'id' in model ? model.id : (await L.apply(owner, payloads.registerModel({ name: 'model', ownerShareBps: model.ownerShareBps }))).id!;
  const trained = await L.apply(
    owner,
    payloads.recordTraining({ modelId: id, datanets: datanets.map(([datanetId, weightBps]) => ({ datanetId, weightBps })), cutoffHeight: await L.height() }),
  );
  const version = Number(trained.events.find((e) => e.type === 'model_trained')!.attributes.version);
  return { model: id, version, pools: datanets.map(([d]) => poolIdOf(id, version, d)) };
}

// ---- the Merkle check of explain proofs (protocol.md §5, §11) ----

const hash = (...parts: Uint8Array[]): Buffer => createHash('sha256').update(Buffer.concat(parts)).digest();
const leaf = (item: Uint8Array) => hash(Buffer.from([0]), item);
const inner = (left: Uint8Array, right: Uint8Array) => hash(Buffer.from([1]), left, right);
const hex = (bytes: Uint8Array) => '0x' + Buffer.from(bytes).toString('hex');
const unhex = (text: string) => Buffer.from(text.slice(2), 'hex');

/** Levels paired left to right; a last node without a sibling is promoted unchanged; empty tree: sha256(""). */
export function merkleRoot(items: readonly Uint8Array[]): string {
  if (items.length === 0) return hex(hash());
  let level = items.map(leaf);
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? inner(level[i]!, level[i + 1]!) : level[i]!);
    level = next;
  }
  return hex(level[0]!);
}

/** Folds a leaf with its proof, leaf to root (`left`: the sibling is on the left). */
export function foldProof(item: Uint8Array, proof: readonly { left: boolean; hash: string }[]): string {
  let acc = leaf(item);
  for (const step of proof) acc = step.left ? inner(unhex(step.hash), acc) : inner(acc, unhex(step.hash));
  return hex(acc);
}

const ROLE_NUMBER = { FEE: 1, VALIDATOR: 2, OWNER: 3, DATA: 4, POOL: 5, BURN: 6 } as const;

function varint(value: bigint): number[] {
  const out: number[] = [];
  for (let v = value; ; v >>= 7n) {
    if (v < 0x80n) return [...out, Number(v)];
    out.push(Number(v & 0x7fn) | 0x80);
  }
}

/** The canonical PayoutRow message: 1 tx_index, 2 role, 3 recipient, 4 contribution_id, 5 amount; defaults omitted. */
export function encodePayoutRow(row: PayoutRow): Buffer {
  const bytesField = (tag: number, value: string | null) => (value === null ? [] : [tag, ...varint(BigInt(unhex(value).length)), ...unhex(value)]);
  return Buffer.from([
    ...(row.tx_index === 0 ? [] : [0x08, ...varint(BigInt(row.tx_index))]),
    0x10,
    ROLE_NUMBER[row.role],
    ...bytesField(0x1a, row.recipient),
    ...bytesField(0x22, row.contribution),
    0x28,
    ...varint(BigInt(row.amount)),
  ]);
}

/**
 * For each usage: the block's whole payout table, encoded here, has the
 * header's payout_root; explain's rows are that table's rows of the tx,
 * encoded alike; each row's proof folds to the root, and a row changed by
 * one unit does not.
 */
export async function expectExplainProofsVerify(client: AttribClient, usages: readonly Hex[]): Promise<void> {
  for (const usage of usages) {
    const explained = await client.explain(usage);
    const [block, table] = await Promise.all([client.getBlock({ height: explained.height }), client.payouts(explained.height)]);
    const root = block.header.payout_root;
    expect(explained.payout_root).toBe(root);
    expect(merkleRoot(table.rows.map(encodePayoutRow))).toBe(root);
    const own = table.rows.filter((r) => r.tx_index === explained.index);
    expect(explained.rows.map(({ encoded: _e, flags: _f, proof: _p, ...row }) => row)).toEqual(own);
    for (const row of explained.rows) {
      expect(row.encoded).toBe(hex(encodePayoutRow(row)));
      expect(foldProof(unhex(row.encoded), row.proof), `${usage} row ${row.row}`).toBe(root);
      expect(foldProof(encodePayoutRow({ ...row, amount: String(BigInt(row.amount) + 1n) }), row.proof)).not.toBe(root);
    }
  }
}

// ---- a full supply recount over RPC (protocol.md §7 Supply) ----

const LOCKED = new Set(['PENDING', 'ACCEPTED', 'DUPLICATE']);
const BLOCKS_PER_BATCH = 500;

/**
 * Walks every block: the accounts that can hold tokens (genesis, validator
 * operators, every sender and transfer recipient), the Datanets and models
 * created, and the stakes burned by rejections (their events). Then
 * Σ balances + locked contribution stakes + validator stakes + pool
 * balances must equal the genesis supply minus what was burned. Call it
 * while no tx of the file is in flight. RETIRED contributions' stakes
 * (locked until their due height) are not counted: no scenario retires.
 * Returns the total burned.
 */
export async function expectSupplyRecount(client: AttribClient): Promise<bigint> {
  const genesis = devnetGenesis();
  const genesisSupply = genesis.accounts.reduce((n, a) => n + a.balance, 0n) + genesis.validators.reduce((n, v) => n + v.stake, 0n);
  const height = Number((await client.status()).height);
  const blocks = [];
  for (let from = 1; from <= height; from += BLOCKS_PER_BATCH) {
    const heights = Array.from({ length: Math.min(BLOCKS_PER_BATCH, height - from + 1) }, (_, i) => from + i);
    blocks.push(...(await client.batch(heights.map((h) => ({ method: 'block_get', params: { height: String(h) } })))));
  }
  const accounts = new Set<string>([...genesis.accounts.map((a) => hex(a.address)), ...genesis.validators.map((v) => hex(v.operator))]);
  const datanets: string[] = [];
  const models: string[] = [];
  const rejections: string[] = [];
  for (const outcome of blocks) {
    if (!outcome.ok) throw outcome.error;
    const block = outcome.result as Block;
    for (const [i, tx] of block.txs.entries()) {
      accounts.add(tx.sender);
      if (tx.kind === 'transfer') accounts.add(tx.payload.to);
      if (!block.results.txs[i]!.ok) continue;
      if (tx.kind === 'createDatanet') datanets.push(hex(deriveId('datanet', unhex(tx.hash))));
      if (tx.kind === 'registerModel') models.push(hex(deriveId('model', unhex(tx.hash))));
      if (tx.kind === 'curate' && tx.payload.verdict === 'REJECT') rejections.push(tx.hash);
    }
  }
  const sum = (values: readonly (string | bigint)[]) => values.reduce<bigint>((n, v) => n + BigInt(v), 0n);
  const balances = sum(await Promise.all([...accounts].map(async (a) => (await client.getAccount(a)).balance)));
  const stakes = sum(
    (await Promise.all(datanets.map((d) => client.listContributions(d, { limit: 1000 })))).flatMap((page) => {
      expect(page.next).toBeNull();
      return page.contributions.filter((c) => LOCKED.has(c.status)).map((c) => c.stake);
    }),
  );
  const validatorStakes = sum((await client.validators()).validators.map((v) => v.power));
  const pools = sum(
    (await Promise.all(models.map((m) => client.getModel(m)))).flatMap((m) => m.versions.flatMap((v) => v.datanets.map((d) => d.pool?.balance ?? '0'))),
  );
  const burned = sum(
    (await Promise.all(rejections.map((h) => client.getTx(h)))).flatMap((t) =>
      t.status === 'committed' ? t.events.filter((e) => e.type === 'contribution_rejected').map((e) => e.attributes.burned ?? '0') : [],
    ),
  );
  expect(balances + stakes + validatorStakes + pools).toBe(genesisSupply - burned);
  return burned;
}
