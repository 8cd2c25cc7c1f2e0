/**
 * `attrib query …`: one RPC read each; text as fields and aligned tables,
 * amounts as `12,345 units`; `--json` prints the node's JSON unchanged.
 */
import type { Command } from 'commander';
import type { AttribClient } from '../client/client.js';
import type { Contribution } from '../client/types.js';
import { clientOf, DEFAULT_KEY, paramsOf, readKey, resolveAddress, resolveHome, type CommonOptions } from './context.js';
import { amount, CliError, fields, groupDigits, parseId, parseU64, table, toJson } from './output.js';
import { commonOptions } from './program.js';
import { checkFile, fileCheckRows } from './file-check.js';
import { parseSalt, payoutTable } from './tx.js';

/** Runs one read: prints `--json` as the node's JSON, else `human(result)`. */
function read<T>(opts: CommonOptions, fetch: (client: AttribClient, home: string) => Promise<T>, human: (result: T) => string): Promise<void> {
  return (async () => {
    const client = clientOf(opts);
    try {
      const result = await fetch(client, resolveHome(opts));
      console.log(opts.json ? toJson(result) : human(result));
    } finally {
      await client.close();
    }
  })();
}

const contributionRows = (list: readonly Contribution[]) =>
  table(
    ['ID', 'OWNER', 'STATUS', 'SIZE', 'STAKE', 'HEIGHT'],
    list.map((c) => [c.id, c.owner, c.status, `${groupDigits(c.size_bytes)} B`, amount(c.stake), c.height]),
  );

/** An address argument, or --key NAME, or the default key. */
function accountOf(home: string, addr: string | undefined, key: string | undefined): string {
  if (addr !== undefined && key !== undefined) throw new CliError('give an address or --key, not both', 2);
  return addr !== undefined ? resolveAddress(home, addr, 'address') : readKey(home, key ?? DEFAULT_KEY).address;
}

export function queryCommand(program: Command): void {
  const query = program.command('query').description('read chain state from the node');

  commonOptions(query.command('status').description('chain id, height, mempool, minimum fees')).action((o: CommonOptions) =>
    read(
      o,
      async (c) => ({ ...(await c.status()), fees: await c.feeEstimate() }),
      (s) =>
        fields([
          ['chain id', s.chain_id],
          ['height', s.height],
          ['block hash', s.block_hash ?? '-'],
          ['state root', s.state_root],
          ['block time', s.time_ms === '0' ? '-' : new Date(Number(s.time_ms)).toISOString()],
          ['mempool', `${s.mempool.size} txs, ${groupDigits(s.mempool.bytes)} bytes`],
          ['role', s.role],
          ['peers', s.p2p === null ? '-' : String(s.p2p.peers)],
          ['sync', s.p2p === null ? '-' : s.p2p.syncing ? `catching up to ${s.p2p.best_known_height}` : `at the tip (best known ${s.p2p.best_known_height})`],
          ['consensus', s.consensus === null ? '-' : `height ${s.consensus.height} round ${s.consensus.round} ${s.consensus.step}${s.consensus.locked_round >= 0 ? `, locked in round ${s.consensus.locked_round}` : ''}`],
          ['p2p address', s.p2p?.listen[0] ?? '-'],
          ['min tx fee', amount(s.fees.min_tx_fee)],
          ['min usage fee', amount(s.fees.min_usage_fee)],
          ['node version', s.version],
        ]),
    ),
  );

  commonOptions(query.command('account').argument('[address]', '0x address or key name (default: --key, else the dev key)').description('balance and nonce'))
    .option('--key <name>', 'the account of this key')
    .action((addr: string | undefined, o: CommonOptions & { key?: string }) =>
      read(
        o,
        (c, home) => c.getAccount(accountOf(home, addr, o.key)),
        (a) => fields([['address', a.address], ['balance', amount(a.balance)], ['nonce', a.nonce]]),
      ),
    );

  commonOptions(query.command('block').argument('<height>').description("a block's header, txs and results")).action((h: string, o: CommonOptions) =>
    read(
      o,
      (c) => c.getBlock({ height: parseU64(h, 'height') }),
      (b) =>
        fields([
          ['height', b.header.height],
          ['hash', b.hash],
          ['time', new Date(Number(b.header.time_ms)).toISOString()],
          ['proposer', b.header.proposer],
          ['state root', b.header.state_root],
          ['payout root', b.header.payout_root],
          ['payouts', `${b.results.payout_rows} rows, ${amount(b.results.payout_total)}`],
        ]) +
        (b.txs.length === 0
          ? '\n\nno txs'
          : '\n\n' +
            table(
              ['#', 'HASH', 'KIND', 'SENDER', 'FEE', 'RESULT'],
              b.txs.map((t, i) => {
                const r = b.results.txs[i];
                return [String(i), t.hash, t.kind, t.sender, amount(t.fee), r === undefined ? '?' : r.ok ? 'ok' : `${r.code}`];
              }),
            )),
    ),
  );

  commonOptions(query.command('tx').argument('<hash>').description('a tx: pending, or committed with its result')).action((hash: string, o: CommonOptions) =>
    read(
      o,
      (c) => c.getTx(parseId(hash, 'hash')),
      (t) =>
        t.status === 'pending'
          ? fields([['hash', t.hash], ['status', 'pending (in the mempool)']])
          : fields([
              ['hash', t.hash],
              ['status', `committed at height ${t.height}, index ${t.index}`],
              ['result', t.ok ? 'ok' : `FAILED ${t.code}: ${t.message}`],
              ['kind', t.tx.kind],
              ['sender', t.tx.sender],
              ['nonce', t.tx.nonce],
              ['fee', amount(t.tx.fee)],
              ['payload', JSON.stringify(t.tx.payload)],
              ['events', t.events.map((e) => `${e.type} ${JSON.stringify(e.attributes)}`).join('\n' + ' '.repeat(8)) || '-'],
            ]),
    ),
  );

  commonOptions(query.command('validators').description('the validator set')).action((o: CommonOptions) =>
    read(
      o,
      (c) => c.validators(),
      (v) =>
        `${table(['OPERATOR', 'CONSENSUS KEY', 'POWER'], v.validators.map((x) => [x.operator, x.consensus_key, groupDigits(x.power)]))}\nthis set signs from height ${v.since_height}`,
    ),
  );

  commonOptions(query.command('stake').argument('<operator>', "the operator: 0x address or key name").description("an operator's validator stake: bonded, power, unbonding")).action(
    (operator: string, o: CommonOptions) =>
      read(
        o,
        (c) => c.getStake(resolveAddress(resolveHome(o), operator, 'operator')),
        (s) =>
          [
            `operator:       ${s.operator}`,
            `consensus key:  ${s.consensus_key}${s.slashed ? '  (slashed: out of the set for good)' : ''}`,
            `bonded:         ${amount(s.bonded)}`,
            `power:          ${groupDigits(s.power)}${s.power === s.bonded ? '' : '  (follows the bond a few blocks after a change)'}`,
            s.unbonding.length === 0 ? 'unbonding:      none' : table(['UNLOCK HEIGHT', 'AMOUNT'], s.unbonding.map((u) => [u.unlock_height, amount(u.amount)])),
          ].join('\n'),
      ),
  );

  commonOptions(query.command('datanet').argument('[id]', 'the Datanet id (none: list them)').description('a Datanet, or the list of Datanets')).action(
    (id: string | undefined, o: CommonOptions) =>
      id === undefined
        ? read(
            o,
            (c) => c.listDatanets({ limit: 1000 }),
            (p) =>
              p.datanets.length === 0
                ? 'no Datanets yet'
                : table(['ID', 'NAME', 'OWNER', 'MEMBERS'], p.datanets.map((d) => [d.id, d.name, d.owner, groupDigits(d.earning_members)])),
          )
        : read(
            o,
            (c) => c.getDatanet(parseId(id, 'id')),
            (d) =>
              fields([
                ['id', d.id],
                ['name', d.name],
                ['owner', d.owner],
                ['curators', d.curators.join(', ') || '-'],
                ['stake', amount(d.contribution_stake)],
                ['challenge', `${d.challenge_blocks} blocks`],
                ['auto accept', d.auto_accept ? 'yes' : 'no'],
                ['members', `${groupDigits(d.earning_members)} earning (${groupDigits(d.accepted_total)} accepted, ${groupDigits(d.removed_total)} removed)`],
                ['created at', d.created_height],
              ]),
          ),
  );

  commonOptions(query.command('contributions').description("a Datanet's contributions"))
    .requiredOption('--datanet <id>', 'the Datanet id')
    .action((o: CommonOptions & { datanet: string }) =>
      read(
        o,
        (c) => c.listContributions(parseId(o.datanet, '--datanet'), { limit: 1000 }),
        (p) => (p.contributions.length === 0 ? 'no contributions yet' : contributionRows(p.contributions)),
      ),
    );

  commonOptions(query.command('contribution').argument('<id>').description('one contribution; with --file, checks a file against its commitment'))
    .option('--file <path>', "a curator's copy of the data: is it what the contribution committed to?")
    .option('--salt <hex>', 'the salt of a salted commitment')
    .action((id: string, o: CommonOptions & { file?: string; salt?: string }) =>
      read(
        o,
        async (c, home) => {
          const x = await c.getContribution(parseId(id, 'id'));
          return o.file === undefined ? x : { ...x, file_check: await checkFile(x, o.file, parseSalt(o.salt), paramsOf(home)) };
        },
        (x) =>
          fields([
            ['id', x.id],
            ['datanet', x.datanet_id],
            ['owner', x.owner],
            ['status', x.status + (x.duplicate_of ? ` of ${x.duplicate_of}` : '')],
            ['content hash', x.content_hash],
            ['size', `${groupDigits(x.size_bytes)} bytes`],
            ['uri', x.uri || '-'],
            ['stake', amount(x.stake)],
            ['height', x.height],
            ['accepted at', x.accepted_height === '0' ? '-' : x.accepted_height],
            ['earned', `${amount(x.earned)} (${amount(x.earned_data)} paid directly, ${amount(x.earned_claimed)} claimed from pools)`],
            ['claimable', amount(x.claimable)],
            ...('file_check' in x ? fileCheckRows(x.file_check) : []),
          ]),
      ),
    );

  commonOptions(query.command('model').argument('<id>').description('a model and its trained versions')).action((id: string, o: CommonOptions) =>
    read(
      o,
      (c) => c.getModel(parseId(id, 'id')),
      (m) => {
        const head = fields([
          ['id', m.id],
          ['name', m.name],
          ['owner', m.owner],
          ['owner share', `${m.owner_share_bps} bps`],
          ['versions', String(m.version_count)],
          ['created at', m.created_height],
        ]);
        const rows = m.versions.flatMap((v) =>
          v.datanets.map((d) => [String(v.version), v.cutoff_height, d.datanet_id, `${d.weight_bps} bps`, d.pool?.id ?? '-', d.pool ? amount(d.pool.balance) : '-']),
        );
        return rows.length === 0 ? head : `${head}\n\n${table(['VERSION', 'CUTOFF', 'DATANET', 'WEIGHT', 'POOL', 'POOL BALANCE'], rows)}`;
      },
    ),
  );

  commonOptions(query.command('payouts').argument('[height]', "a block's payout table").description("a block's payouts, or an account's with --account"))
    .option('--account <addr>', 'the payouts to this address or key name, every height')
    .action((h: string | undefined, o: CommonOptions & { account?: string }) => {
      if ((h === undefined) === (o.account === undefined)) throw new CliError('give a height or --account ADDR (one of them)', 2);
      return o.account !== undefined
        ? read(
            o,
            (c, home) => c.payoutsByAccount(resolveAddress(home, o.account!, '--account'), { limit: 1000 }),
            (p) => (p.rows.length === 0 ? 'no payouts' : payoutTable(p.rows, true)),
          )
        : read(
            o,
            (c) => c.payouts(parseU64(h!, 'height')),
            (p) => (p.rows.length === 0 ? `no payouts at height ${p.height}` : payoutTable(p.rows)),
          );
    });

  commonOptions(query.command('explain').argument('<hash>', 'a committed usage tx').description('how a usage was split, with proofs'))
    .action((hash: string, o: CommonOptions) =>
      read(
        o,
        (c) => c.explain(parseId(hash, 'hash')),
        (x) => {
          const head = fields([
            ['usage', x.hash],
            ['height', x.height],
            ['payer', x.payer],
            ['model', `${x.model} v${x.version}`],
            ['fee paid', amount(x.fee_paid)],
            ['result', x.ok ? 'ok' : `FAILED ${x.code}`],
          ]);
          const datanets = x.datanets.map((d) => {
            const paid = d.paid.map((p) => `${p.contribution} (${'score' in p ? `score ${p.score}` : `similarity ${p.similarity}/128`})`);
            const considered = d.mode === 'sketch' ? `\n  candidates: ${d.candidates.map((c) => `${c.contribution} ${c.similarity}`).join(', ') || 'none'}` : '';
            return `datanet ${d.datanet} (${d.weight_bps} bps): ${d.mode}, part ${amount(d.part)}${paid.length ? `\n  paid: ${paid.join(', ')}` : ''}${considered}`;
          });
          const rows = table(
            ['ROW', 'ROLE', 'RECIPIENT', 'CONTRIBUTION', 'AMOUNT', 'FLAGS', 'PROOF'],
            x.rows.map((r) => [String(r.row), r.role, r.recipient ?? '-', r.contribution ?? '-', amount(r.amount), r.flags.join(',') || '-', `${r.proof.length} steps`]),
          );
          return `${head}\n\n${datanets.join('\n')}\n\n${rows}\n\nevery row's proof leads to payout_root ${x.payout_root} (--json prints them)`;
        },
      ),
    );

  commonOptions(query.command('claimable').argument('[address]', '0x address or key name (default: --key, else the dev key)').description('what an account can claim'))
    .option('--key <name>', 'the account of this key')
    .action((addr: string | undefined, o: CommonOptions & { key?: string }) =>
      read(
        o,
        (c, home) => c.claimable(accountOf(home, addr, o.key)),
        (x) =>
          x.entries.length === 0
            ? 'nothing to claim'
            : `${table(
                ['POOL', 'CONTRIBUTION', 'AMOUNT'],
                x.entries.map((e) => [e.pool_id, e.contribution_id, amount(e.amount)]),
              )}\n\ntotal: ${amount(x.total)}`,
      ),
    );
}
