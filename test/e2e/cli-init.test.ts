/**
 * `attrib init` makes a home a node starts from; keys list/show read it; a
 * usage with an output sketch reaches the node and pays the pool.
 * `attrib init --genesis` makes a home that joins that chain, whose operator
 * bonds with `tx stake` and reads it back with `query stake`/`validators`.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runToExit, startNodeProcess } from '../support/node-process.js';
import { tempDir } from '../support/tmp.js';

describe('attrib init', () => {
  it('writes a home with a fresh genesis and keys that a node runs from, and refuses to overwrite it', async () => {
    const home = tempDir('attrib-init-');
    const init = await runToExit(['init', '--home', home, '--chain-id', 'my-chain', '--json']);
    expect(init.code).toBe(0);
    const genesis = JSON.parse(readFileSync(join(home, 'genesis.json'), 'utf8')) as { chain_id: string; accounts: { address: string }[] };
    expect(genesis.chain_id).toBe('my-chain');
    const funded = JSON.parse(readFileSync(join(home, 'keys', 'default.json'), 'utf8')) as { address: string };
    expect(genesis.accounts.map((a) => a.address)).toContain(funded.address);
    expect(statSync(join(home, 'validator_key.json')).mode & 0o777).toBe(0o600);
    expect((await runToExit(['init', '--home', home])).code).toBe(1);

    const node = await startNodeProcess(home);
    const rpc = ['--home', home, '--rpc', node.rpcUrl];
    const list = await runToExit(['keys', 'list', ...rpc]);
    expect(list.output).toContain('default');
    const show = await runToExit(['keys', 'show', 'default', '--json', ...rpc]);
    expect(JSON.parse(show.output)).toMatchObject({ address: funded.address });
    expect(show.output).not.toContain('seed');

    const status = await runToExit(['query', 'status', '--json', ...rpc]);
    expect(JSON.parse(status.output)).toMatchObject({ chain_id: 'my-chain' });

    // A usage carrying the sketch of an unrelated output (sketch mode) matches nothing: the pool is paid.
    const run = async (...args: string[]) => {
      const r = await runToExit([...args, '--from', 'default', ...rpc]);
      expect(r.code, r.output).toBe(0);
      return r.output.trim();
    };
    const data = join(home, 'data.txt');
    writeFileSync(data, 'a contribution that will be accepted');
    const datanet = await run('tx', 'datanet-create', '--name', 'd', '--curators', 'default', '-q');
    const contribution = await run('tx', 'contribute', '--datanet', datanet, '--file', data, '-q');
    await run('tx', 'curate', '--contribution', contribution, '--accept');
    const model = await run('tx', 'model-register', '--name', 'm', '--owner-share-bps', '100', '-q');
    await run('tx', 'train', '--model', model, '--datanets', `${datanet}:10000`);
    const output = join(home, 'output.txt');
    writeFileSync(output, 'some model output text');
    const use = await runToExit(['tx', 'use', '--model', model, '--pay', '500', '--output-file', output, '--from', 'default', ...rpc]);
    expect(use.code, use.output).toBe(0);
    expect(use.output).toContain('POOL');
  }, 60_000);

  it('init --genesis joins an existing chain; its operator, once funded, stakes under the new consensus key and enters the set', async () => {
    const home = tempDir('attrib-init-');
    expect((await runToExit(['init', '--home', home, '--json'])).code).toBe(0);
    const node = await startNodeProcess(home);
    const joiner = tempDir('attrib-join-');
    const bad = await runToExit(['init', '--home', joiner, '--genesis', join(home, 'missing.json')]);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('cannot use');
    const joined = JSON.parse((await runToExit(['init', '--home', joiner, '--genesis', join(home, 'genesis.json'), '--json'])).output) as { operator: string; validator_public_key: string };
    expect(readFileSync(join(joiner, 'genesis.json'), 'utf8')).toBe(readFileSync(join(home, 'genesis.json'), 'utf8'));

    const run = async (...args: string[]) => {
      const r = await runToExit([...args, '--rpc', node.rpcUrl]);
      expect(r.code, r.output).toBe(0);
      return r.output;
    };
    await run('tx', 'transfer', '--to', joined.operator, '--amount', '200000', '--from', 'default', '--home', home);
    const low = await runToExit(['tx', 'stake', '--amount', '99999', '--from', 'operator', '--home', joiner, '--rpc', node.rpcUrl]);
    expect(low.code).not.toBe(0);
    expect(low.output).toContain('BELOW_MIN_STAKE');
    // --consensus-key-file signs the proof with another key file: a valid proof, but the genesis key is bound to its own operator.
    const taken = await runToExit(['tx', 'stake', '--amount', '100000', '--from', 'operator', '--home', joiner, '--consensus-key-file', join(home, 'validator_key.json'), '--rpc', node.rpcUrl]);
    expect(taken.code).toBe(1);
    expect(taken.output).toContain('KEY_TAKEN');
    await run('tx', 'stake', '--amount', '100000', '--from', 'operator', '--home', joiner);
    const stake = JSON.parse(await run('query', 'stake', 'operator', '--home', joiner, '--json')) as { consensus_key: string; bonded: string };
    expect(stake).toMatchObject({ consensus_key: joined.validator_public_key, bonded: '100000' });
    // 100 000 beside the genesis validator's 1 000 000: the set changes and the genesis validator alone still has +2/3.
    for (;;) {
      const set = JSON.parse(await run('query', 'validators', '--home', home, '--json')) as { validators: { consensus_key: string }[] };
      if (set.validators.some((v) => v.consensus_key === joined.validator_public_key)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await run('query', 'validators', '--home', home)).toMatch(/this set signs from height \d+/);
  }, 60_000);
});
