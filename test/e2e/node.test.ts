/**
 * Real node processes: a restart keeps every balance, receipt and payout;
 * a bad genesis, config or key file stops the node with a clear code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Verdict, type TxPayload } from '../../src/codec/types.js';
import { homePaths, initHome } from '../../src/node/home.js';
import { deriveId } from '../../src/tx/hash.js';
import { OPERATOR, TestChain, testGenesis, testKey, VALIDATOR } from '../support/chain.js';
import { payloads } from '../support/fixtures.js';
import { runToExit, startNodeProcess } from '../support/node-process.js';
import { AttribClient } from '../../src/client/index.js';
import { tempDir } from '../support/tmp.js';

const alice = testKey('alice');
const bob = testKey('bob');
const genesis = testGenesis([alice, bob]);

function freshHome(): string {
  const home = tempDir('attrib-e2e-');
  initHome(home, genesis, { seed: VALIDATOR.seed, publicKey: VALIDATOR.publicKey });
  return home;
}

describe('a node process', () => {
  it('keeps every balance, receipt and payout across a restart', async () => {
    const home = freshHome();
    const node = await startNodeProcess(home);
    const signer = await TestChain.create(genesis);
    const submit = async (key: typeof alice, payload: TxPayload) => {
      const tx = signer.tx(key, payload);
      const r = await new AttribClient(node.rpcUrl).submitTx(tx.bytes, { wait: 'commit' });
      if (r.status !== 'committed') throw new Error(`tx ${r.hash} was not committed`);
      expect(r.ok).toBe(true);
      return { hash: tx.hash, height: BigInt(r.height) };
    };

    await submit(alice, payloads.transfer(bob.address, 12_345n));
    const dn = await submit(alice, payloads.createDatanet({ curators: [alice.address] }));
    const datanetId = deriveId('datanet', dn.hash);
    const contribution = await submit(bob, payloads.contribute(datanetId, 'doc'));
    await submit(alice, payloads.curate(deriveId('contribution', contribution.hash), Verdict.ACCEPT));
    const model = await submit(alice, payloads.registerModel(1000));
    const modelId = deriveId('model', model.hash);
    await submit(alice, payloads.recordTraining(modelId, [[datanetId, 10_000]], model.height - 1n));
    const usage = await submit(bob, payloads.recordUsage(modelId, 1, 5_000n));

    const snapshot = async (url: string) => {
      const client = new AttribClient(url);
      return {
        accounts: await Promise.all([alice, bob, OPERATOR].map((k) => client.getAccount(k.address))),
        receipts: await Promise.all([contribution.hash, usage.hash].map((h) => client.getTx(h))),
        payouts: await Promise.all(Array.from({ length: Number(usage.height) }, (_, i) => client.payouts(i + 1))),
        model: await client.getModel(modelId),
        block: await client.getBlock({ height: usage.height }),
      };
    };
    const before = await snapshot(node.rpcUrl);
    const usagePayouts = before.payouts[Number(usage.height) - 1] as { rows: { role: string }[] };
    expect(usagePayouts.rows.map((r) => r.role)).toEqual(expect.arrayContaining(['FEE', 'VALIDATOR', 'OWNER', 'POOL']));

    node.child.kill('SIGTERM');
    expect(await node.exited).toBe(0);
    const restarted = await startNodeProcess(home);
    expect(await snapshot(restarted.rpcUrl)).toEqual(before);
  });

  it.each([
    ['a genesis that is not JSON', (home: string) => writeFileSync(homePaths(home).genesis, '{'), 'BAD_JSON'],
    [
      'a genesis with a typo in a param',
      (home: string) => {
        const g = JSON.parse(readFileSync(homePaths(home).genesis, 'utf8'));
        g.params.min_tx_fees = g.params.min_tx_fee;
        writeFileSync(homePaths(home).genesis, JSON.stringify(g));
      },
      'BAD_FIELD',
    ],
    ['a bad config value', (home: string) => writeFileSync(join(home, 'config.json'), '{"block_time_ms": "soon"}'), 'BAD_VALUE'],
    ['a key file without a seed', (home: string) => writeFileSync(homePaths(home).validatorKey, '{}'), 'BAD_KEY_FILE'],
  ])('refuses to start with %s', async (_name, spoil, code) => {
    const home = freshHome();
    spoil(home);
    const { code: exit, output } = await runToExit(['start', '--home', home, '--rpc-port', '0', '--p2p-port', '0']);
    expect(exit).toBe(1);
    expect(output).toContain(`attrib: ${code}:`);
  });

  it('refuses a data directory made from another genesis', async () => {
    const home = freshHome();
    const node = await startNodeProcess(home);
    node.child.kill('SIGTERM');
    await node.exited;
    const g = JSON.parse(readFileSync(homePaths(home).genesis, 'utf8'));
    g.accounts[0].balance = '1';
    writeFileSync(homePaths(home).genesis, JSON.stringify(g));
    const { code, output } = await runToExit(['start', '--home', home, '--rpc-port', '0', '--p2p-port', '0']);
    expect(code).toBe(1);
    expect(output).toContain('attrib: GENESIS_MISMATCH:');
  });

  it('explains its usage: --help exits 0, an unknown flag exits 2', async () => {
    expect(await runToExit(['start', '--help'])).toMatchObject({ code: 0, output: expect.stringContaining('ATTRIB_RPC_PORT') });
    expect(await runToExit(['start', '--no-such-flag'])).toMatchObject({ code: 2 });
    expect(await runToExit(['frobnicate'])).toMatchObject({ code: 2 });
  });
});
