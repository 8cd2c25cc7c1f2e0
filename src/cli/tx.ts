/**
 * `attrib tx …`: builds a payload from the flags, signs it with --from's key
 * (client/send: chain id, nonce and the minimum fee filled in), waits for the
 * block unless --no-wait and prints what happened: a summary, `--json` (one
 * object: hash, status, ok, code, message, height, id when something was
 * created, the tx's payouts) or `-q` (the created id, else the hash).
 * A tx committed with ok: false exits 1.
 */
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import type { Command } from 'commander';
import type { AttribClient } from '../client/client.js';
import { MIN_SALT_BYTES, send, payloads, type SendResult } from '../client/tx.js';
import type { Hex, PayoutRow } from '../client/types.js';
import type { Wallet } from '../client/wallet.js';
import type { TxPayload } from '../codec/types.js';
import { Sketcher } from '../attribution/sketch.js';
import { fromHex } from '../crypto/bytes.js';
import { clientOf, feeOf, paramsOf, readKey, resolveAddress, resolveHome, type TxOptions } from './context.js';
import { homePaths, readSeedFile } from '../node/home.js';
import { amount, CliError, fields, parseId, parseList, parsePairs, parseU32, parseU64, parseWeights, table, toJson } from './output.js';
import { txOptions } from './program.js';

/** Files above this size get a progress line on stderr while hashed and sketched. */
export const PROGRESS_ABOVE_BYTES = 8 * 1024 * 1024;

/**
 * The content hash (sha256 of the file, or of `salt` ‖ file for a salted
 * commitment) and, with `k`, the sketch of a file, streamed; `size` is the
 * file's size in bytes.
 */
export async function digestFile(
  path: string,
  o: { k?: number; salt?: Uint8Array; progress?: ((done: number, total: number) => void) | undefined } = {},
): Promise<{ hash: Uint8Array; sketch?: Uint8Array; size: number }> {
  let total: number;
  try {
    total = statSync(path).size;
  } catch (err) {
    throw new CliError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const sha = createHash('sha256');
  if (o.salt !== undefined) sha.update(o.salt);
  const sketcher = o.k === undefined ? undefined : new Sketcher(o.k);
  let done = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    sha.update(chunk);
    sketcher?.update(chunk);
    done += chunk.length;
    o.progress?.(done, total);
  }
  return { hash: new Uint8Array(sha.digest()), ...(sketcher === undefined ? {} : { sketch: sketcher.digest() }), size: done };
}

/** `--salt HEX`: at least MIN_SALT_BYTES bytes. */
export function parseSalt(value: string | undefined): Uint8Array | undefined {
  if (value === undefined) return undefined;
  const salt = fromHex(`0x${value.replace(/^0x/i, '').toLowerCase()}`); // with or without 0x, as openssl prints it
  if (salt === undefined || salt.length < MIN_SALT_BYTES) {
    throw new CliError(`--salt must be at least ${MIN_SALT_BYTES} bytes of hex (e.g. from: openssl rand -hex 32), got ${JSON.stringify(value)}`, 2);
  }
  return salt;
}

/** A progress line on stderr for large files: `hashing FILE: 42% (12.0 of 28.6 MiB)`, redrawn in place. */
function progressLine(path: string): ((done: number, total: number) => void) | undefined {
  let last = -1;
  return (done, total) => {
    if (total <= PROGRESS_ABOVE_BYTES) return;
    const pct = Math.floor((done * 100) / total);
    if (pct === last) return;
    last = pct;
    const mib = (n: number) => (n / 1048576).toFixed(1);
    process.stderr.write(`\rhashing and sketching ${path}: ${pct}% (${mib(done)} of ${mib(total)} MiB)${done >= total ? '\n' : ''}`);
  };
}

/** What a tx command prints with --json. */
export interface TxSummary {
  hash: Hex;
  status: 'pending' | 'committed' | 'dropped';
  ok: boolean | null;
  code: string | null;
  message?: string;
  height?: string;
  id?: Hex;
  version?: number;
  pool_ids?: Hex[];
  payouts?: PayoutRow[];
}

async function summarise(client: AttribClient, sent: SendResult): Promise<TxSummary> {
  const r = sent.result;
  if (r.status === 'dropped') return { hash: sent.hash, status: 'dropped', ok: false, code: r.code, message: r.message };
  if (r.status !== 'committed') return { hash: sent.hash, status: 'pending', ok: null, code: null };
  const rows = r.ok ? (await client.payouts(r.height)).rows.filter((row) => row.tx_index === r.index) : [];
  return {
    hash: sent.hash,
    status: 'committed',
    ok: r.ok,
    code: r.code,
    message: r.message,
    height: r.height,
    ...(sent.id === undefined ? {} : { id: sent.id }),
    ...(sent.version === undefined ? {} : { version: sent.version, pool_ids: sent.poolIds ?? [] }),
    ...(rows.length === 0 ? {} : { payouts: rows }),
  };
}

export function payoutTable(rows: readonly PayoutRow[], withHeight = false): string {
  return table(
    [...(withHeight ? ['HEIGHT'] : []), 'ROW', 'TX', 'ROLE', 'RECIPIENT', 'CONTRIBUTION', 'AMOUNT'],
    rows.map((r) => [
      ...(withHeight ? [(r as PayoutRow & { height?: string }).height ?? ''] : []),
      String(r.row),
      String(r.tx_index),
      r.role,
      r.recipient ?? '-',
      r.contribution ?? '-',
      amount(r.amount),
    ]),
  );
}

function humanSummary(s: TxSummary, what: string): string {
  if (s.status === 'pending') return `${what}: tx ${s.hash} sent, pending (not in a block yet)\n  follow it with: attrib query tx ${s.hash}`;
  if (s.status === 'dropped') return `${what}: tx ${s.hash} was left out of the block: ${s.code}: ${s.message}`;
  const lines: [string, string][] = [
    ['tx', s.hash],
    ['height', s.height!],
    ['result', s.ok ? 'ok' : `FAILED ${s.code}: ${s.message}`],
  ];
  if (s.id !== undefined) lines.push(['created', s.id]);
  if (s.version !== undefined) lines.push(['version', String(s.version)], ['pools', (s.pool_ids ?? []).join(', ')]);
  let text = `${what}\n${fields(lines)}`;
  if (s.payouts !== undefined) text += `\n\npayouts of this tx:\n${payoutTable(s.payouts)}`;
  return text;
}

function print(opts: TxOptions, summaries: TxSummary[], what: string, extra: Record<string, unknown> = {}): void {
  const last = summaries[summaries.length - 1]!;
  if (opts.json) {
    console.log(toJson(summaries.length === 1 ? { ...last, ...extra } : { ...last, ...extra, txs: summaries }));
  } else if (opts.quiet) {
    console.log(last.id ?? last.hash);
  } else {
    console.log(summaries.map((s) => humanSummary(s, what)).join('\n\n'));
  }
  const failed = summaries.find((s) => s.ok === false);
  if (failed !== undefined) {
    if (!opts.json && failed.status === 'committed') {
      console.error(`attrib: the tx was committed but failed: ${failed.code}: ${failed.message} (its fee is spent)`);
    }
    process.exitCode = 1;
  }
}

/** Signs and sends one payload from --from, then prints it. */
async function submit(
  opts: TxOptions,
  what: string,
  build: (client: AttribClient, home: string, from: Wallet) => Promise<TxPayload> | TxPayload,
): Promise<void> {
  const home = resolveHome(opts);
  const key = readKey(home, opts.from ?? 'dev');
  const client = clientOf(opts);
  try {
    const payload = await build(client, home, key.wallet);
    const sent = await send(client, key.wallet, payload, { ...sendOptions(opts) });
    print(opts, [await summarise(client, sent)], what);
  } finally {
    await client.close();
  }
}

function sendOptions(opts: TxOptions): { fee?: bigint; wait: 'mempool' | 'commit' } {
  const fee = feeOf(opts);
  return { ...(fee === undefined ? {} : { fee }), wait: opts.wait === false ? 'mempool' : 'commit' };
}

const addresses = (home: string, list: string | undefined, what: string): Hex[] => parseList(list ?? '').map((a) => resolveAddress(home, a, what));

type Opts<T> = TxOptions & T;

export function txCommand(program: Command): void {
  const tx = program.command('tx').description('sign and send a transaction (waits for its block unless --no-wait)');

  txOptions(tx.command('transfer').description('send units to an address or a key name'))
    .requiredOption('--to <addr>', 'recipient: 0x address or key name')
    .requiredOption('--amount <n>', 'amount in units')
    .action((o: Opts<{ to: string; amount: string }>) =>
      submit(o, 'transfer', (_, home) => payloads.transfer(resolveAddress(home, o.to, '--to'), parseU64(o.amount, '--amount'))),
    );

  txOptions(tx.command('datanet-create').description('create a Datanet'))
    .requiredOption('--name <s>', 'the Datanet name')
    .option('--description <s>', 'a description')
    .option('--license-uri <s>', 'the license of its data')
    .option('--curators <list>', 'curators: addresses or key names, comma-separated')
    .option('--stake <n>', 'stake each contribution locks (default the chain minimum)')
    .option('--challenge-blocks <n>', 'blocks before auto-accept / stake unlock (default the chain minimum)')
    .option('--auto-accept', 'accept contributions after the challenge period without a curator')
    .action((o: Opts<{ name: string; description?: string; licenseUri?: string; curators?: string; stake?: string; challengeBlocks?: string; autoAccept?: boolean }>) =>
      submit(o, 'datanet-create', (_, home) =>
        payloads.createDatanet({
          name: o.name,
          ...(o.description === undefined ? {} : { description: o.description }),
          ...(o.licenseUri === undefined ? {} : { licenseUri: o.licenseUri }),
          curators: addresses(home, o.curators, '--curators'),
          ...(o.stake === undefined ? {} : { contributionStake: parseU64(o.stake, '--stake') }),
          ...(o.challengeBlocks === undefined ? {} : { challengeBlocks: parseU64(o.challengeBlocks, '--challenge-blocks') }),
          autoAccept: o.autoAccept ?? false,
        }),
      ),
    );

  txOptions(tx.command('curators').description("replace a Datanet's curators (owner only)"))
    .requiredOption('--datanet <id>', 'the Datanet id')
    .requiredOption('--set <list>', 'the new curators: addresses or key names, comma-separated')
    .action((o: Opts<{ datanet: string; set: string }>) =>
      submit(o, 'curators', (_, home) => payloads.updateCurators(parseId(o.datanet, '--datanet'), addresses(home, o.set, '--set'))),
    );

  txOptions(tx.command('contribute').description('contribute a file: its sha256 and sketch go on chain, the data stays here'))
    .requiredOption('--datanet <id>', 'the Datanet id')
    .requiredOption('--file <path>', 'the file, hashed and sketched locally')
    .option('--uri <s>', 'where curators can fetch the data')
    .option('--salt <hex>', 'commit to sha256(salt ‖ file) instead of sha256(file); share the salt with curators only')
    .action((o: Opts<{ datanet: string; file: string; uri?: string; salt?: string }>) =>
      submit(o, 'contribute', async (_, home) => {
        const datanetId = parseId(o.datanet, '--datanet');
        const salt = parseSalt(o.salt);
        const d = await digestFile(o.file, { k: paramsOf(home).sketchK, progress: progressLine(o.file), ...(salt === undefined ? {} : { salt }) });
        return payloads.contribute({ datanetId, contentHash: d.hash, sizeBytes: d.size, sketch: d.sketch!, ...(o.uri === undefined ? {} : { uri: o.uri }) });
      }),
    );

  txOptions(tx.command('curate').description('accept or reject a pending contribution (a curator)'))
    .requiredOption('--contribution <id>', 'the contribution id')
    .option('--accept', 'accept it')
    .option('--reject', 'reject it (its stake is burned)')
    .option('--reason <s>', 'why', '')
    .action((o: Opts<{ contribution: string; accept?: boolean; reject?: boolean; reason: string }>) => {
      if (o.accept === o.reject) throw new CliError('give exactly one of --accept and --reject', 2);
      const id = parseId(o.contribution, '--contribution');
      return submit(o, o.accept ? 'accept' : 'reject', () => (o.accept ? payloads.accept(id, o.reason) : payloads.reject(id, o.reason)));
    });

  txOptions(tx.command('model-register').description('register a model'))
    .requiredOption('--name <s>', 'the model name')
    .requiredOption('--owner-share-bps <n>', "the owner's share of each usage fee, in basis points")
    .option('--metadata-uri <s>', 'where to read about it')
    .action((o: Opts<{ name: string; ownerShareBps: string; metadataUri?: string }>) =>
      submit(o, 'model-register', () =>
        payloads.registerModel({ name: o.name, ownerShareBps: parseU32(o.ownerShareBps, '--owner-share-bps'), ...(o.metadataUri === undefined ? {} : { metadataUri: o.metadataUri }) }),
      ),
    );

  txOptions(tx.command('train').description('record a trained model version and the Datanets it used'))
    .requiredOption('--model <id>', 'the model id')
    .requiredOption('--datanets <list>', 'ID:BPS,… weights in basis points summing to 10000')
    .option('--cutoff <h>', 'count the members accepted up to this height (default: the current height − 1)')
    .option('--artifact <path>', 'a file whose sha256 is recorded as the artifact hash')
    .action((o: Opts<{ model: string; datanets: string; cutoff?: string; artifact?: string }>) =>
      submit(o, 'train', async (client) => {
        const modelId = parseId(o.model, '--model');
        const datanets = parseWeights(o.datanets);
        const cutoffHeight = o.cutoff !== undefined ? parseU64(o.cutoff, '--cutoff') : BigInt((await client.status()).height) - 1n;
        const artifact = o.artifact === undefined ? undefined : (await digestFile(o.artifact)).hash;
        return payloads.recordTraining({ modelId, datanets, cutoffHeight: cutoffHeight < 0n ? 0n : cutoffHeight, ...(artifact === undefined ? {} : { artifactHash: artifact }) });
      }),
    );

  txOptions(tx.command('use').description('record a paid usage of a model (no --output-file/--scores: pays the fallback pools)'))
    .requiredOption('--model <id>', 'the model id')
    .option('--version <v>', 'the model version (default: the latest)')
    .requiredOption('--pay <n>', 'the usage fee, in units')
    .option('--output-file <path>', "attribute by the sketch of the model's output (sketch mode)")
    .option('--scores <list>', 'attribute by ID:SCORE,… (score mode: earning members of the training set)')
    .action((o: Opts<{ model: string; version?: string; pay: string; outputFile?: string; scores?: string }>) => {
      if (o.outputFile !== undefined && o.scores !== undefined) throw new CliError('give at most one of --output-file and --scores', 2);
      return submit(o, 'use', async (client, home) => {
        const modelId = parseId(o.model, '--model');
        const feePaid = parseU64(o.pay, '--pay');
        let version: number;
        if (o.version !== undefined) version = parseU32(o.version, '--version');
        else {
          version = (await client.getModel(modelId)).version_count;
          if (version === 0) throw new CliError(`model ${modelId} has no trained version yet`, 1, 'record one with `attrib tx train`');
        }
        const outputSketch = o.outputFile === undefined ? undefined : (await digestFile(o.outputFile, { k: paramsOf(home).sketchK, progress: progressLine(o.outputFile) })).sketch;
        const scores = o.scores === undefined ? undefined : parsePairs(o.scores, '--scores').map((p) => ({ contributionId: p.id, score: p.value }));
        return payloads.recordUsage({ modelId, version, feePaid, ...(outputSketch === undefined ? {} : { outputSketch }), ...(scores === undefined ? {} : { scores }) });
      });
    });

  txOptions(tx.command('retire').description('retire your contribution (its stake unlocks after the challenge period)'))
    .requiredOption('--contribution <id>', 'the contribution id')
    .action((o: Opts<{ contribution: string }>) => submit(o, 'retire', () => payloads.retire(parseId(o.contribution, '--contribution'))));

  // The Stake proves possession of the consensus key, so it needs the key's seed, not only its public key.
  txOptions(tx.command('stake').description("bond --from's funds as validator stake under this home's consensus key (docs/staking.md)"))
    .requiredOption('--amount <n>', 'amount to bond, in units (a bond is 0 or at least the chain minimum)')
    .option('--consensus-key-file <path>', "the consensus key file to bond under and sign the proof of possession with (default: this home's validator_key.json)")
    .action((o: Opts<{ amount: string; consensusKeyFile?: string }>) =>
      submit(o, 'stake', async (client, home, from) => {
        const amount = parseU64(o.amount, '--amount');
        const consensusKey = readSeedFile(o.consensusKeyFile ?? homePaths(home).validatorKey);
        const { chain_id: chainId } = await client.status();
        return payloads.stake(amount, consensusKey.seed, { chainId, operator: from.address });
      }),
    );

  txOptions(tx.command('unstake').description("unbond some or all of --from's validator stake (back in the balance after the unbonding period)"))
    .requiredOption('--amount <n>', 'amount to unbond, in units')
    .action((o: Opts<{ amount: string }>) => submit(o, 'unstake', () => payloads.unstake(parseU64(o.amount, '--amount'))));

  txOptions(tx.command('claim').description("claim everything --from's contributions earned in fallback pools"))
    .action(async (o: TxOptions) => {
      const home = resolveHome(o);
      const key = readKey(home, o.from ?? 'dev');
      const client = clientOf(o);
      try {
        const claimable = await client.claimable(key.address);
        if (claimable.entries.length === 0) {
          if (o.json) console.log(toJson({ claimed: '0', txs: [] }));
          else if (!o.quiet) console.log(`nothing to claim for ${key.name} (${key.address})`);
          return;
        }
        const per = paramsOf(home).maxClaimEntries;
        const summaries: TxSummary[] = [];
        for (let i = 0; i < claimable.entries.length; i += per) {
          const chunk = claimable.entries.slice(i, i + per);
          const sent = await send(client, key.wallet, payloads.claim(chunk.map((e) => ({ poolId: e.pool_id, contributionId: e.contribution_id }))), sendOptions(o));
          summaries.push(await summarise(client, sent));
        }
        print(o, summaries, `claim of ${amount(claimable.total)} (${claimable.entries.length} entries)`, { claimed: claimable.total });
      } finally {
        await client.close();
      }
    });
}
